"""Every tag's resource, for the SDK's clients (generated; do not edit)."""

from ..._operation import AsyncInvoker, SyncInvoker
from .cart_metafields import (
    AsyncCartMetafields,
    AsyncCartMetafieldsWithRawResponse,
    CartMetafields,
    CartMetafieldsWithRawResponse,
)
from .product_metafields import (
    AsyncProductMetafields,
    AsyncProductMetafieldsWithRawResponse,
    ProductMetafields,
    ProductMetafieldsWithRawResponse,
)

__all__ = [
    "AsyncResources",
    "Resources",
    "AsyncCartMetafields",
    "AsyncCartMetafieldsWithRawResponse",
    "CartMetafields",
    "CartMetafieldsWithRawResponse",
    "AsyncProductMetafields",
    "AsyncProductMetafieldsWithRawResponse",
    "ProductMetafields",
    "ProductMetafieldsWithRawResponse",
]


class Resources:
    """The synchronous operations, grouped by tag."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self.cart_metafields = CartMetafields(invoker)
        self.product_metafields = ProductMetafields(invoker)


class AsyncResources:
    """The asynchronous operations, grouped by tag."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self.cart_metafields = AsyncCartMetafields(invoker)
        self.product_metafields = AsyncProductMetafields(invoker)


TAGS: tuple[str, ...] = (
    "cart_metafields",
    "product_metafields",
)
"""The attribute name of every tag's resource."""
