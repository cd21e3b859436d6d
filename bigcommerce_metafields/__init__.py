"""Typed async and sync clients for BigCommerce's cart and product metafields.

    from bigcommerce_metafields import AsyncMetafieldsClient

    async with AsyncMetafieldsClient() as client:  # BIGCOMMERCE_STORE_HASH / _ACCESS_TOKEN
        created = await client.product_metafields.create(
            111, namespace="warehouse", key="location_id", value="4HG", permission_set="app_only"
        )

Everything public is importable from here; models and enums also from
`bigcommerce_metafields.models`, and the resource classes from `bigcommerce_metafields.resources`.
"""

from ._client import DEFAULT_MAX_IN_FLIGHT, DEFAULT_TIMEOUT, AsyncMetafieldsClient, MetafieldsClient
from ._config import ConfigurationError
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BigCommerceError,
    ConflictError,
    NotFoundError,
    OtherClientError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)
from ._generated.types import UNSET, Unset
from ._operation import APIResponse, TimeoutTypes
from ._pagination import AsyncPaginator, Page, Paginator
from ._ratelimit import RateLimitInfo
from ._retry import RetryPolicy
from ._version import __version__
from .models import (
    CartMetafield,
    CartMetafieldList,
    CartMetafieldResponse,
    ErrorResponse,
    ErrorResponseErrors,
    ListMeta,
    Meta,
    MetafieldCreate,
    MetafieldUpdate,
    Pagination,
    PaginationLinks,
    PermissionSet,
    ProductMetafield,
    ProductMetafieldList,
    ProductMetafieldListItem,
    ProductMetafieldResponse,
    SortDirection,
)

__all__ = [
    "DEFAULT_MAX_IN_FLIGHT",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMetafieldsClient",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BigCommerceError",
    "CartMetafield",
    "CartMetafieldList",
    "CartMetafieldResponse",
    "ConfigurationError",
    "ConflictError",
    "ErrorResponse",
    "ErrorResponseErrors",
    "ListMeta",
    "Meta",
    "MetafieldCreate",
    "MetafieldUpdate",
    "MetafieldsClient",
    "NotFoundError",
    "OtherClientError",
    "Page",
    "Pagination",
    "PaginationLinks",
    "Paginator",
    "PermissionDeniedError",
    "PermissionSet",
    "ProductMetafield",
    "ProductMetafieldList",
    "ProductMetafieldListItem",
    "ProductMetafieldResponse",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseParseError",
    "RetryPolicy",
    "ServerError",
    "SortDirection",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "Unset",
    "ValidationError",
    "__version__",
]
