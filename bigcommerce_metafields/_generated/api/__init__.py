"""Every tag's resource, for the SDK's clients (generated; do not edit)."""

from ..._operation import AsyncInvoker, SyncInvoker
from .brand_metafields import (
    AsyncBrandMetafields,
    AsyncBrandMetafieldsWithRawResponse,
    BrandMetafields,
    BrandMetafieldsWithRawResponse,
)
from .cart_metafields import (
    AsyncCartMetafields,
    AsyncCartMetafieldsWithRawResponse,
    CartMetafields,
    CartMetafieldsWithRawResponse,
)
from .category_metafields import (
    AsyncCategoryMetafields,
    AsyncCategoryMetafieldsWithRawResponse,
    CategoryMetafields,
    CategoryMetafieldsWithRawResponse,
)
from .channel_metafields import (
    AsyncChannelMetafields,
    AsyncChannelMetafieldsWithRawResponse,
    ChannelMetafields,
    ChannelMetafieldsWithRawResponse,
)
from .customer_metafields import (
    AsyncCustomerMetafields,
    AsyncCustomerMetafieldsWithRawResponse,
    CustomerMetafields,
    CustomerMetafieldsWithRawResponse,
)
from .location_metafields import (
    AsyncLocationMetafields,
    AsyncLocationMetafieldsWithRawResponse,
    LocationMetafields,
    LocationMetafieldsWithRawResponse,
)
from .order_metafields import (
    AsyncOrderMetafields,
    AsyncOrderMetafieldsWithRawResponse,
    OrderMetafields,
    OrderMetafieldsWithRawResponse,
)
from .product_metafields import (
    AsyncProductMetafields,
    AsyncProductMetafieldsWithRawResponse,
    ProductMetafields,
    ProductMetafieldsWithRawResponse,
)
from .store_metafields import (
    AsyncStoreMetafields,
    AsyncStoreMetafieldsWithRawResponse,
    StoreMetafields,
    StoreMetafieldsWithRawResponse,
)
from .variant_metafields import (
    AsyncVariantMetafields,
    AsyncVariantMetafieldsWithRawResponse,
    VariantMetafields,
    VariantMetafieldsWithRawResponse,
)

__all__ = [
    "AsyncResources",
    "Resources",
    "AsyncBrandMetafields",
    "AsyncBrandMetafieldsWithRawResponse",
    "BrandMetafields",
    "BrandMetafieldsWithRawResponse",
    "AsyncCartMetafields",
    "AsyncCartMetafieldsWithRawResponse",
    "CartMetafields",
    "CartMetafieldsWithRawResponse",
    "AsyncCategoryMetafields",
    "AsyncCategoryMetafieldsWithRawResponse",
    "CategoryMetafields",
    "CategoryMetafieldsWithRawResponse",
    "AsyncChannelMetafields",
    "AsyncChannelMetafieldsWithRawResponse",
    "ChannelMetafields",
    "ChannelMetafieldsWithRawResponse",
    "AsyncCustomerMetafields",
    "AsyncCustomerMetafieldsWithRawResponse",
    "CustomerMetafields",
    "CustomerMetafieldsWithRawResponse",
    "AsyncLocationMetafields",
    "AsyncLocationMetafieldsWithRawResponse",
    "LocationMetafields",
    "LocationMetafieldsWithRawResponse",
    "AsyncOrderMetafields",
    "AsyncOrderMetafieldsWithRawResponse",
    "OrderMetafields",
    "OrderMetafieldsWithRawResponse",
    "AsyncProductMetafields",
    "AsyncProductMetafieldsWithRawResponse",
    "ProductMetafields",
    "ProductMetafieldsWithRawResponse",
    "AsyncStoreMetafields",
    "AsyncStoreMetafieldsWithRawResponse",
    "StoreMetafields",
    "StoreMetafieldsWithRawResponse",
    "AsyncVariantMetafields",
    "AsyncVariantMetafieldsWithRawResponse",
    "VariantMetafields",
    "VariantMetafieldsWithRawResponse",
]


class Resources:
    """The synchronous operations, grouped by tag."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self.brand_metafields = BrandMetafields(invoker)
        self.cart_metafields = CartMetafields(invoker)
        self.category_metafields = CategoryMetafields(invoker)
        self.channel_metafields = ChannelMetafields(invoker)
        self.customer_metafields = CustomerMetafields(invoker)
        self.location_metafields = LocationMetafields(invoker)
        self.order_metafields = OrderMetafields(invoker)
        self.product_metafields = ProductMetafields(invoker)
        self.store_metafields = StoreMetafields(invoker)
        self.variant_metafields = VariantMetafields(invoker)


class AsyncResources:
    """The asynchronous operations, grouped by tag."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self.brand_metafields = AsyncBrandMetafields(invoker)
        self.cart_metafields = AsyncCartMetafields(invoker)
        self.category_metafields = AsyncCategoryMetafields(invoker)
        self.channel_metafields = AsyncChannelMetafields(invoker)
        self.customer_metafields = AsyncCustomerMetafields(invoker)
        self.location_metafields = AsyncLocationMetafields(invoker)
        self.order_metafields = AsyncOrderMetafields(invoker)
        self.product_metafields = AsyncProductMetafields(invoker)
        self.store_metafields = AsyncStoreMetafields(invoker)
        self.variant_metafields = AsyncVariantMetafields(invoker)


TAGS: tuple[str, ...] = (
    "brand_metafields",
    "cart_metafields",
    "category_metafields",
    "channel_metafields",
    "customer_metafields",
    "location_metafields",
    "order_metafields",
    "product_metafields",
    "store_metafields",
    "variant_metafields",
)
"""The attribute name of every tag's resource."""
