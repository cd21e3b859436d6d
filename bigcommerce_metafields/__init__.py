"""Typed async and sync clients for BigCommerce's metafields.

    from bigcommerce_metafields import AsyncMetafieldsClient

    async with AsyncMetafieldsClient() as client:  # BIGCOMMERCE_STORE_HASH / _ACCESS_TOKEN
        created = await client.product_metafields.create(
            111, namespace="warehouse", key="location_id", value="4HG", permission_set="app_only"
        )

Everything public is importable from here: the names below, and every model and enum of the spec
(also from `bigcommerce_metafields.models`); the resource classes from
`bigcommerce_metafields.resources`.
"""

from . import models as _models
from ._batch import DEFAULT_BATCH_SIZE, BatchFailure
from ._bodies import validate
from ._client import DEFAULT_MAX_IN_FLIGHT, DEFAULT_TIMEOUT, AsyncMetafieldsClient, MetafieldsClient
from ._config import (
    ACCESS_TOKEN_ENV,
    BASE_URL_ENV,
    QUOTA_URL_ENV,
    STORE_HASH_ENV,
    ConfigurationError,
)
from ._errors import (
    AmbiguousMetafieldError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchError,
    BigCommerceError,
    ClientClosedError,
    ConflictError,
    DecodeError,
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
from ._operation import APIResponse, TimeoutTypes, UpsertAction, Upserted
from ._pagination import (
    DEFAULT_CONCURRENCY,
    MAX_PAGE_SIZE,
    AsyncCursorPaginator,
    AsyncPaginator,
    CursorPage,
    CursorPaginator,
    Page,
    Paginator,
)
from ._parse import parse
from ._ratelimit import RateLimitInfo
from ._retry import RetryPolicy
from ._version import __version__
from .models import *  # noqa: F403 - every model of the spec; models.__all__ is the list

__all__ = [
    "ACCESS_TOKEN_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_IN_FLIGHT",
    "DEFAULT_TIMEOUT",
    "MAX_PAGE_SIZE",
    "QUOTA_URL_ENV",
    "STORE_HASH_ENV",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousMetafieldError",
    "AsyncCursorPaginator",
    "AsyncMetafieldsClient",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchFailure",
    "BigCommerceError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CursorPage",
    "CursorPaginator",
    "DecodeError",
    "MetafieldsClient",
    "NotFoundError",
    "OtherClientError",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseParseError",
    "RetryPolicy",
    "ServerError",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "Unset",
    "UpsertAction",
    "Upserted",
    "ValidationError",
    "__version__",
    "parse",
    "validate",
]
__all__ += _models.__all__

# Tracebacks and reprs name the path users import from, as httpx does. Only for the SDK's own
# classes: the generated models keep their module, which `typing.get_type_hints` needs.
for _name in __all__:
    _value = globals()[_name]
    _module = getattr(_value, "__module__", "")
    _private = _module.startswith(__name__ + "._") and not _module.startswith(
        __name__ + "._generated"
    )
    if isinstance(_value, type) and _private:
        _value.__module__ = __name__
del _name, _value, _module, _private
