"""Every tag's resource, for the SDK's clients (generated; do not edit)."""

from ..._operation import AsyncInvoker, SyncInvoker
from .brand_metafields import (
    AsyncBrandMetafields,
    AsyncBrandMetafieldsBatch,
    AsyncBrandMetafieldsBatchWithRawResponse,
    AsyncBrandMetafieldsWithRawResponse,
    BrandMetafields,
    BrandMetafieldsBatch,
    BrandMetafieldsBatchWithRawResponse,
    BrandMetafieldsWithRawResponse,
)
from .cart_metafields import (
    AsyncCartMetafields,
    AsyncCartMetafieldsBatch,
    AsyncCartMetafieldsBatchWithRawResponse,
    AsyncCartMetafieldsWithRawResponse,
    CartMetafields,
    CartMetafieldsBatch,
    CartMetafieldsBatchWithRawResponse,
    CartMetafieldsWithRawResponse,
)
from .category_metafields import (
    AsyncCategoryMetafields,
    AsyncCategoryMetafieldsBatch,
    AsyncCategoryMetafieldsBatchWithRawResponse,
    AsyncCategoryMetafieldsWithRawResponse,
    CategoryMetafields,
    CategoryMetafieldsBatch,
    CategoryMetafieldsBatchWithRawResponse,
    CategoryMetafieldsWithRawResponse,
)
from .channel_metafields import (
    AsyncChannelMetafields,
    AsyncChannelMetafieldsBatch,
    AsyncChannelMetafieldsBatchWithRawResponse,
    AsyncChannelMetafieldsWithRawResponse,
    ChannelMetafields,
    ChannelMetafieldsBatch,
    ChannelMetafieldsBatchWithRawResponse,
    ChannelMetafieldsWithRawResponse,
)
from .customer_metafields import (
    AsyncCustomerMetafields,
    AsyncCustomerMetafieldsBatch,
    AsyncCustomerMetafieldsBatchWithRawResponse,
    AsyncCustomerMetafieldsWithRawResponse,
    CustomerMetafields,
    CustomerMetafieldsBatch,
    CustomerMetafieldsBatchWithRawResponse,
    CustomerMetafieldsWithRawResponse,
)
from .location_metafields import (
    AsyncLocationMetafields,
    AsyncLocationMetafieldsBatch,
    AsyncLocationMetafieldsBatchWithRawResponse,
    AsyncLocationMetafieldsWithRawResponse,
    LocationMetafields,
    LocationMetafieldsBatch,
    LocationMetafieldsBatchWithRawResponse,
    LocationMetafieldsWithRawResponse,
)
from .order_metafields import (
    AsyncOrderMetafields,
    AsyncOrderMetafieldsBatch,
    AsyncOrderMetafieldsBatchWithRawResponse,
    AsyncOrderMetafieldsWithRawResponse,
    OrderMetafields,
    OrderMetafieldsBatch,
    OrderMetafieldsBatchWithRawResponse,
    OrderMetafieldsWithRawResponse,
)
from .product_metafields import (
    AsyncProductMetafields,
    AsyncProductMetafieldsBatch,
    AsyncProductMetafieldsBatchWithRawResponse,
    AsyncProductMetafieldsWithRawResponse,
    ProductMetafields,
    ProductMetafieldsBatch,
    ProductMetafieldsBatchWithRawResponse,
    ProductMetafieldsWithRawResponse,
)
from .store_metafields import (
    AsyncStoreMetafields,
    AsyncStoreMetafieldsBatch,
    AsyncStoreMetafieldsBatchWithRawResponse,
    AsyncStoreMetafieldsWithRawResponse,
    StoreMetafields,
    StoreMetafieldsBatch,
    StoreMetafieldsBatchWithRawResponse,
    StoreMetafieldsWithRawResponse,
)
from .variant_metafields import (
    AsyncVariantMetafields,
    AsyncVariantMetafieldsBatch,
    AsyncVariantMetafieldsBatchWithRawResponse,
    AsyncVariantMetafieldsWithRawResponse,
    VariantMetafields,
    VariantMetafieldsBatch,
    VariantMetafieldsBatchWithRawResponse,
    VariantMetafieldsWithRawResponse,
)

__all__ = [
    "AsyncResources",
    "Resources",
    "AsyncBrandMetafields",
    "AsyncBrandMetafieldsBatch",
    "AsyncBrandMetafieldsBatchWithRawResponse",
    "AsyncBrandMetafieldsWithRawResponse",
    "BrandMetafields",
    "BrandMetafieldsBatch",
    "BrandMetafieldsBatchWithRawResponse",
    "BrandMetafieldsWithRawResponse",
    "AsyncCartMetafields",
    "AsyncCartMetafieldsBatch",
    "AsyncCartMetafieldsBatchWithRawResponse",
    "AsyncCartMetafieldsWithRawResponse",
    "CartMetafields",
    "CartMetafieldsBatch",
    "CartMetafieldsBatchWithRawResponse",
    "CartMetafieldsWithRawResponse",
    "AsyncCategoryMetafields",
    "AsyncCategoryMetafieldsBatch",
    "AsyncCategoryMetafieldsBatchWithRawResponse",
    "AsyncCategoryMetafieldsWithRawResponse",
    "CategoryMetafields",
    "CategoryMetafieldsBatch",
    "CategoryMetafieldsBatchWithRawResponse",
    "CategoryMetafieldsWithRawResponse",
    "AsyncChannelMetafields",
    "AsyncChannelMetafieldsBatch",
    "AsyncChannelMetafieldsBatchWithRawResponse",
    "AsyncChannelMetafieldsWithRawResponse",
    "ChannelMetafields",
    "ChannelMetafieldsBatch",
    "ChannelMetafieldsBatchWithRawResponse",
    "ChannelMetafieldsWithRawResponse",
    "AsyncCustomerMetafields",
    "AsyncCustomerMetafieldsBatch",
    "AsyncCustomerMetafieldsBatchWithRawResponse",
    "AsyncCustomerMetafieldsWithRawResponse",
    "CustomerMetafields",
    "CustomerMetafieldsBatch",
    "CustomerMetafieldsBatchWithRawResponse",
    "CustomerMetafieldsWithRawResponse",
    "AsyncLocationMetafields",
    "AsyncLocationMetafieldsBatch",
    "AsyncLocationMetafieldsBatchWithRawResponse",
    "AsyncLocationMetafieldsWithRawResponse",
    "LocationMetafields",
    "LocationMetafieldsBatch",
    "LocationMetafieldsBatchWithRawResponse",
    "LocationMetafieldsWithRawResponse",
    "AsyncOrderMetafields",
    "AsyncOrderMetafieldsBatch",
    "AsyncOrderMetafieldsBatchWithRawResponse",
    "AsyncOrderMetafieldsWithRawResponse",
    "OrderMetafields",
    "OrderMetafieldsBatch",
    "OrderMetafieldsBatchWithRawResponse",
    "OrderMetafieldsWithRawResponse",
    "AsyncProductMetafields",
    "AsyncProductMetafieldsBatch",
    "AsyncProductMetafieldsBatchWithRawResponse",
    "AsyncProductMetafieldsWithRawResponse",
    "ProductMetafields",
    "ProductMetafieldsBatch",
    "ProductMetafieldsBatchWithRawResponse",
    "ProductMetafieldsWithRawResponse",
    "AsyncStoreMetafields",
    "AsyncStoreMetafieldsBatch",
    "AsyncStoreMetafieldsBatchWithRawResponse",
    "AsyncStoreMetafieldsWithRawResponse",
    "StoreMetafields",
    "StoreMetafieldsBatch",
    "StoreMetafieldsBatchWithRawResponse",
    "StoreMetafieldsWithRawResponse",
    "AsyncVariantMetafields",
    "AsyncVariantMetafieldsBatch",
    "AsyncVariantMetafieldsBatchWithRawResponse",
    "AsyncVariantMetafieldsWithRawResponse",
    "VariantMetafields",
    "VariantMetafieldsBatch",
    "VariantMetafieldsBatchWithRawResponse",
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
