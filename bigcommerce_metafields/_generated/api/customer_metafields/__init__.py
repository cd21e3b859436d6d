"""`customer_metafields`: typed operations for the SDK's client (generated; do not edit)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast, overload

from ...._operation import (
    APIResponse,
    AsyncInvoker,
    Bulk,
    CallOptions,
    FieldRule,
    Operation,
    QueryRule,
    SyncInvoker,
    TimeoutTypes,
    Upserted,
)
from ...._pagination import (
    AsyncCursorPaginator,
    AsyncPaginator,
    CursorPaginator,
    Paginator,
)
from ...models import (
    CustomerMetafield,
    CustomerMetafieldCreateItem,
    CustomerMetafieldCursorList,
    CustomerMetafieldList,
    CustomerMetafieldUpdateItem,
    PartialCustomerMetafield,
    PartialCustomerMetafieldCursorList,
)
from ...models.customer_metafield_batch import CustomerMetafieldBatch
from ...models.customer_metafield_create_item import CustomerMetafieldCreateItem
from ...models.customer_metafield_cursor_list import CustomerMetafieldCursorList
from ...models.customer_metafield_list import CustomerMetafieldList
from ...models.customer_metafield_response import CustomerMetafieldResponse
from ...models.customer_metafield_update_item import CustomerMetafieldUpdateItem
from ...models.error_response import ErrorResponse
from ...models.metafield_batch_deletion import MetafieldBatchDeletion
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.metafield_update import MetafieldUpdate
from ...models.partial_customer_metafield_cursor_list import (
    PartialCustomerMetafieldCursorList,
)
from ...models.partial_customer_metafield_list import PartialCustomerMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from . import (
    create_customer_metafield,
    create_customer_metafields_batch,
    delete_customer_metafield,
    delete_customer_metafields_batch,
    get_customer_metafield,
    get_customer_metafields,
    get_customer_metafields_batch,
    update_customer_metafield,
    update_customer_metafields_batch,
)

_GET_CUSTOMER_METAFIELDS = Operation(
    operation_id="get_customer_metafields",
    method="GET",
    path="/customers/{customer_id}/metafields",
    build_request=get_customer_metafields._get_kwargs,
    success=CustomerMetafieldList,
    path_parameters=(("customer_id", int),),
    query_rules=(
        QueryRule(
            name="page",
            public="page",
            generated="page",
            kind="integer",
            minimum=1,
        ),
        QueryRule(
            name="limit",
            public="limit",
            generated="limit",
            kind="integer",
            minimum=1,
            maximum=250,
        ),
        QueryRule(
            name="key",
            public="key",
            generated="key",
            kind="string",
            min_length=1,
            max_length=64,
        ),
        QueryRule(
            name="namespace",
            public="namespace",
            generated="namespace",
            kind="string",
            min_length=1,
            max_length=64,
        ),
        QueryRule(
            name="direction",
            public="direction",
            generated="direction",
            kind="enum",
            choices=(
                "asc",
                "desc",
            ),
        ),
        QueryRule(
            name="key:in",
            public="key_in",
            generated="keyin",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="key:in[]",
                public="key_in[]",
                generated="",
                kind="string",
                min_length=1,
                max_length=64,
                pattern="^[^,]*$",
            ),
        ),
        QueryRule(
            name="namespace:in",
            public="namespace_in",
            generated="namespacein",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="namespace:in[]",
                public="namespace_in[]",
                generated="",
                kind="string",
                min_length=1,
                max_length=64,
                pattern="^[^,]*$",
            ),
        ),
        QueryRule(
            name="date_created:min",
            public="date_created_min",
            generated="date_createdmin",
            kind="date-time",
        ),
        QueryRule(
            name="date_created:max",
            public="date_created_max",
            generated="date_createdmax",
            kind="date-time",
        ),
        QueryRule(
            name="date_modified:min",
            public="date_modified_min",
            generated="date_modifiedmin",
            kind="date-time",
        ),
        QueryRule(
            name="date_modified:max",
            public="date_modified_max",
            generated="date_modifiedmax",
            kind="date-time",
        ),
        QueryRule(
            name="include_fields",
            public="include_fields",
            generated="include_fields",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="include_fields[]",
                public="include_fields[]",
                generated="",
                kind="enum",
                choices=(
                    "date_created",
                    "date_modified",
                    "description",
                    "key",
                    "namespace",
                    "owner_client_id",
                    "permission_set",
                    "resource_id",
                    "resource_type",
                    "value",
                ),
            ),
        ),
        QueryRule(
            name="before",
            public="before",
            generated="before",
            kind="string",
            min_length=1,
        ),
        QueryRule(
            name="after",
            public="after",
            generated="after",
            kind="string",
            min_length=1,
        ),
    ),
    sparse_parameters=("include_fields",),
    sparse_success=PartialCustomerMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=CustomerMetafieldCursorList,
    sparse_cursor_success=PartialCustomerMetafieldCursorList,
)

_CREATE_CUSTOMER_METAFIELD = Operation(
    operation_id="create_customer_metafield",
    method="POST",
    path="/customers/{customer_id}/metafields",
    build_request=create_customer_metafield._get_kwargs,
    success=CustomerMetafieldResponse,
    path_parameters=(("customer_id", int),),
    query_rules=(),
    body_model=MetafieldCreate,
    body_rules=(
        FieldRule(
            name="permission_set",
            required=True,
            min_length=None,
            max_length=None,
            choices=(
                "app_only",
                "read",
                "read_and_sf_access",
                "write",
                "write_and_sf_access",
            ),
        ),
        FieldRule(
            name="namespace",
            required=True,
            min_length=1,
            max_length=64,
            choices=None,
        ),
        FieldRule(
            name="key",
            required=True,
            min_length=1,
            max_length=64,
            choices=None,
        ),
        FieldRule(
            name="value",
            required=True,
            min_length=1,
            max_length=65535,
            choices=None,
        ),
        FieldRule(
            name="description",
            required=False,
            min_length=0,
            max_length=255,
            choices=None,
        ),
    ),
)

_GET_CUSTOMER_METAFIELD = Operation(
    operation_id="get_customer_metafield",
    method="GET",
    path="/customers/{customer_id}/metafields/{metafield_id}",
    build_request=get_customer_metafield._get_kwargs,
    success=CustomerMetafieldResponse,
    path_parameters=(
        ("customer_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_UPDATE_CUSTOMER_METAFIELD = Operation(
    operation_id="update_customer_metafield",
    method="PUT",
    path="/customers/{customer_id}/metafields/{metafield_id}",
    build_request=update_customer_metafield._get_kwargs,
    success=CustomerMetafieldResponse,
    path_parameters=(
        ("customer_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
    body_model=MetafieldUpdate,
    body_rules=(
        FieldRule(
            name="permission_set",
            required=False,
            min_length=None,
            max_length=None,
            choices=(
                "app_only",
                "read",
                "read_and_sf_access",
                "write",
                "write_and_sf_access",
            ),
        ),
        FieldRule(
            name="namespace",
            required=False,
            min_length=1,
            max_length=64,
            choices=None,
        ),
        FieldRule(
            name="key",
            required=False,
            min_length=1,
            max_length=64,
            choices=None,
        ),
        FieldRule(
            name="value",
            required=False,
            min_length=1,
            max_length=65535,
            choices=None,
        ),
        FieldRule(
            name="description",
            required=False,
            min_length=0,
            max_length=255,
            choices=None,
        ),
    ),
)

_DELETE_CUSTOMER_METAFIELD = Operation(
    operation_id="delete_customer_metafield",
    method="DELETE",
    path="/customers/{customer_id}/metafields/{metafield_id}",
    build_request=delete_customer_metafield._get_kwargs,
    success=type(None),
    path_parameters=(
        ("customer_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_GET_CUSTOMER_METAFIELDS_BATCH = Operation(
    operation_id="get_customer_metafields_batch",
    method="GET",
    path="/customers/metafields",
    build_request=get_customer_metafields_batch._get_kwargs,
    success=CustomerMetafieldList,
    path_parameters=(),
    query_rules=(
        QueryRule(
            name="page",
            public="page",
            generated="page",
            kind="integer",
            minimum=1,
        ),
        QueryRule(
            name="limit",
            public="limit",
            generated="limit",
            kind="integer",
            minimum=1,
            maximum=250,
        ),
        QueryRule(
            name="key",
            public="key",
            generated="key",
            kind="string",
            min_length=1,
            max_length=64,
        ),
        QueryRule(
            name="key:in",
            public="key_in",
            generated="keyin",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="key:in[]",
                public="key_in[]",
                generated="",
                kind="string",
                min_length=1,
                max_length=64,
                pattern="^[^,]*$",
            ),
        ),
        QueryRule(
            name="namespace",
            public="namespace",
            generated="namespace",
            kind="string",
            min_length=1,
            max_length=64,
        ),
        QueryRule(
            name="namespace:in",
            public="namespace_in",
            generated="namespacein",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="namespace:in[]",
                public="namespace_in[]",
                generated="",
                kind="string",
                min_length=1,
                max_length=64,
                pattern="^[^,]*$",
            ),
        ),
        QueryRule(
            name="direction",
            public="direction",
            generated="direction",
            kind="enum",
            choices=(
                "asc",
                "desc",
            ),
        ),
        QueryRule(
            name="include_fields",
            public="include_fields",
            generated="include_fields",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="include_fields[]",
                public="include_fields[]",
                generated="",
                kind="enum",
                choices=(
                    "date_created",
                    "date_modified",
                    "description",
                    "key",
                    "namespace",
                    "owner_client_id",
                    "permission_set",
                    "resource_id",
                    "resource_type",
                    "value",
                ),
            ),
        ),
        QueryRule(
            name="date_created:min",
            public="date_created_min",
            generated="date_createdmin",
            kind="date-time",
        ),
        QueryRule(
            name="date_created:max",
            public="date_created_max",
            generated="date_createdmax",
            kind="date-time",
        ),
        QueryRule(
            name="date_modified:min",
            public="date_modified_min",
            generated="date_modifiedmin",
            kind="date-time",
        ),
        QueryRule(
            name="date_modified:max",
            public="date_modified_max",
            generated="date_modifiedmax",
            kind="date-time",
        ),
        QueryRule(
            name="before",
            public="before",
            generated="before",
            kind="string",
            min_length=1,
        ),
        QueryRule(
            name="after",
            public="after",
            generated="after",
            kind="string",
            min_length=1,
        ),
    ),
    sparse_parameters=("include_fields",),
    sparse_success=PartialCustomerMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=CustomerMetafieldCursorList,
    sparse_cursor_success=PartialCustomerMetafieldCursorList,
)

_UPDATE_CUSTOMER_METAFIELDS_BATCH = Operation(
    operation_id="update_customer_metafields_batch",
    method="PUT",
    path="/customers/metafields",
    build_request=update_customer_metafields_batch._get_kwargs,
    success=CustomerMetafieldBatch,
    path_parameters=(),
    query_rules=(),
    bulk=Bulk(
        kind="update",
        rules=(
            FieldRule(
                name="permission_set",
                required=False,
                min_length=None,
                max_length=None,
                choices=(
                    "app_only",
                    "read",
                    "read_and_sf_access",
                    "write",
                    "write_and_sf_access",
                ),
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="namespace",
                required=False,
                min_length=1,
                max_length=64,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="key",
                required=False,
                min_length=1,
                max_length=64,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="value",
                required=False,
                min_length=1,
                max_length=65535,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="description",
                required=False,
                min_length=0,
                max_length=255,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="id",
                required=True,
                min_length=None,
                max_length=None,
                choices=None,
                kind="integer",
                minimum=1,
                pattern=None,
            ),
        ),
        item=CustomerMetafieldUpdateItem,
    ),
)

_CREATE_CUSTOMER_METAFIELDS_BATCH = Operation(
    operation_id="create_customer_metafields_batch",
    method="POST",
    path="/customers/metafields",
    build_request=create_customer_metafields_batch._get_kwargs,
    success=CustomerMetafieldBatch,
    path_parameters=(),
    query_rules=(),
    bulk=Bulk(
        kind="create",
        rules=(
            FieldRule(
                name="permission_set",
                required=True,
                min_length=None,
                max_length=None,
                choices=(
                    "app_only",
                    "read",
                    "read_and_sf_access",
                    "write",
                    "write_and_sf_access",
                ),
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="namespace",
                required=True,
                min_length=1,
                max_length=64,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="key",
                required=True,
                min_length=1,
                max_length=64,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="value",
                required=True,
                min_length=1,
                max_length=65535,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="description",
                required=False,
                min_length=0,
                max_length=255,
                choices=None,
                kind="string",
                minimum=None,
                pattern=None,
            ),
            FieldRule(
                name="resource_id",
                required=True,
                min_length=None,
                max_length=None,
                choices=None,
                kind="integer",
                minimum=1,
                pattern=None,
            ),
        ),
        item=CustomerMetafieldCreateItem,
        lookup=_GET_CUSTOMER_METAFIELDS_BATCH,
    ),
)

_DELETE_CUSTOMER_METAFIELDS_BATCH = Operation(
    operation_id="delete_customer_metafields_batch",
    method="DELETE",
    path="/customers/metafields",
    build_request=delete_customer_metafields_batch._get_kwargs,
    success=MetafieldBatchDeletion,
    path_parameters=(),
    query_rules=(),
    bulk=Bulk(
        kind="delete",
        rules=(
            FieldRule(
                name="id",
                required=True,
                min_length=None,
                max_length=None,
                choices=None,
                kind="integer",
                minimum=1,
                pattern=None,
            ),
        ),
    ),
)


OPERATIONS: dict[str, tuple[str, Operation[Any]]] = {
    "get_customer_metafields": ("list", _GET_CUSTOMER_METAFIELDS),
    "create_customer_metafield": ("create", _CREATE_CUSTOMER_METAFIELD),
    "get_customer_metafield": ("get", _GET_CUSTOMER_METAFIELD),
    "update_customer_metafield": ("update", _UPDATE_CUSTOMER_METAFIELD),
    "delete_customer_metafield": ("delete", _DELETE_CUSTOMER_METAFIELD),
    "get_customer_metafields_batch": ("batch.list", _GET_CUSTOMER_METAFIELDS_BATCH),
    "update_customer_metafields_batch": ("batch.update", _UPDATE_CUSTOMER_METAFIELDS_BATCH),
    "create_customer_metafields_batch": ("batch.create", _CREATE_CUSTOMER_METAFIELDS_BATCH),
    "delete_customer_metafields_batch": ("batch.delete", _DELETE_CUSTOMER_METAFIELDS_BATCH),
}
"""Every operation of the tag: its method on the resource classes (`x-sdk-method`; "group.method"
for a sub-resource's, per `x-sdk-group`), and its facts."""


class CustomerMetafieldsBatch:
    """`customer_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CustomerMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return CustomerMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldList: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldList: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        CustomerMetafieldList
        | CustomerMetafieldCursorList
        | PartialCustomerMetafieldList
        | PartialCustomerMetafieldCursorList
    ):
        """List customer metafields across the store. (`GET /customers/metafields`)"""
        return self._invoker.call(
            _GET_CUSTOMER_METAFIELDS_BATCH,
            {
                "page": page,
                "limit": limit,
                "key": key,
                "key_in": key_in,
                "namespace": namespace,
                "namespace_in": namespace_in,
                "direction": direction,
                "include_fields": include_fields,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CursorPaginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[PartialCustomerMetafield]: ...

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CursorPaginator[PartialCustomerMetafield]: ...

    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset", "cursor"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        Paginator[CustomerMetafield]
        | CursorPaginator[CustomerMetafield]
        | Paginator[PartialCustomerMetafield]
        | CursorPaginator[PartialCustomerMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_CUSTOMER_METAFIELDS_BATCH,
                {
                    "key": key,
                    "key_in": key_in,
                    "namespace": namespace,
                    "namespace_in": namespace_in,
                    "direction": direction,
                    "include_fields": include_fields,
                    "date_created_min": date_created_min,
                    "date_created_max": date_created_max,
                    "date_modified_min": date_modified_min,
                    "date_modified_max": date_modified_max,
                },
                page_size=page_size,
                concurrency=concurrency,
                max_items=max_items,
                options=CallOptions(
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            )
        return self._invoker.paginate(
            _GET_CUSTOMER_METAFIELDS_BATCH,
            {
                "key": key,
                "key_in": key_in,
                "namespace": namespace,
                "namespace_in": namespace_in,
                "direction": direction,
                "include_fields": include_fields,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
            },
            page_size=page_size,
            concurrency=concurrency,
            max_items=max_items,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            mode=mode,
        )

    def update(
        self,
        items: Sequence[CustomerMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[CustomerMetafield]:
        """Update several customer metafields. (`PUT /customers/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _UPDATE_CUSTOMER_METAFIELDS_BATCH,
            items,
            item=CustomerMetafield,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def create(
        self,
        items: Sequence[CustomerMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[CustomerMetafield]:
        """Create several customer metafields. (`POST /customers/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _CREATE_CUSTOMER_METAFIELDS_BATCH,
            items,
            item=CustomerMetafield,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def delete(
        self,
        ids: Sequence[int],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete several customer metafields. (`DELETE /customers/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_delete(
            _DELETE_CUSTOMER_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CustomerMetafieldsBatchWithRawResponse:
    """`customer_metafields.batch` operations, answering with the raw response beside the model.

    Store-wide operations on many metafields at once; no batch writes here: a write of many
    items gets many answers."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldList]: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldList]: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    @overload
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        APIResponse[CustomerMetafieldList]
        | APIResponse[CustomerMetafieldCursorList]
        | APIResponse[PartialCustomerMetafieldList]
        | APIResponse[PartialCustomerMetafieldCursorList]
    ):
        """List customer metafields across the store. (`GET /customers/metafields`)"""
        return self._invoker.call_raw(
            _GET_CUSTOMER_METAFIELDS_BATCH,
            {
                "page": page,
                "limit": limit,
                "key": key,
                "key_in": key_in,
                "namespace": namespace,
                "namespace_in": namespace_in,
                "direction": direction,
                "include_fields": include_fields,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCustomerMetafieldsBatch:
    """`customer_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCustomerMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncCustomerMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldList: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldList: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        CustomerMetafieldList
        | CustomerMetafieldCursorList
        | PartialCustomerMetafieldList
        | PartialCustomerMetafieldCursorList
    ):
        """List customer metafields across the store. (`GET /customers/metafields`)"""
        return await self._invoker.call(
            _GET_CUSTOMER_METAFIELDS_BATCH,
            {
                "page": page,
                "limit": limit,
                "key": key,
                "key_in": key_in,
                "namespace": namespace,
                "namespace_in": namespace_in,
                "direction": direction,
                "include_fields": include_fields,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncCursorPaginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[PartialCustomerMetafield]: ...

    @overload
    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncCursorPaginator[PartialCustomerMetafield]: ...

    def paginate(
        self,
        *,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset", "cursor"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        AsyncPaginator[CustomerMetafield]
        | AsyncCursorPaginator[CustomerMetafield]
        | AsyncPaginator[PartialCustomerMetafield]
        | AsyncCursorPaginator[PartialCustomerMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_CUSTOMER_METAFIELDS_BATCH,
                {
                    "key": key,
                    "key_in": key_in,
                    "namespace": namespace,
                    "namespace_in": namespace_in,
                    "direction": direction,
                    "include_fields": include_fields,
                    "date_created_min": date_created_min,
                    "date_created_max": date_created_max,
                    "date_modified_min": date_modified_min,
                    "date_modified_max": date_modified_max,
                },
                page_size=page_size,
                concurrency=concurrency,
                max_items=max_items,
                options=CallOptions(
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            )
        return self._invoker.paginate(
            _GET_CUSTOMER_METAFIELDS_BATCH,
            {
                "key": key,
                "key_in": key_in,
                "namespace": namespace,
                "namespace_in": namespace_in,
                "direction": direction,
                "include_fields": include_fields,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
            },
            page_size=page_size,
            concurrency=concurrency,
            max_items=max_items,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            mode=mode,
        )

    async def update(
        self,
        items: Sequence[CustomerMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[CustomerMetafield]:
        """Update several customer metafields. (`PUT /customers/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _UPDATE_CUSTOMER_METAFIELDS_BATCH,
            items,
            item=CustomerMetafield,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def create(
        self,
        items: Sequence[CustomerMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[CustomerMetafield]:
        """Create several customer metafields. (`POST /customers/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _CREATE_CUSTOMER_METAFIELDS_BATCH,
            items,
            item=CustomerMetafield,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def delete(
        self,
        ids: Sequence[int],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete several customer metafields. (`DELETE /customers/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_delete(
            _DELETE_CUSTOMER_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCustomerMetafieldsBatchWithRawResponse:
    """`customer_metafields.batch` operations, answering with the raw response beside the model.

    Store-wide operations on many metafields at once; no batch writes here: a write of many
    items gets many answers."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldList]: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldList]: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace: str | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        APIResponse[CustomerMetafieldList]
        | APIResponse[CustomerMetafieldCursorList]
        | APIResponse[PartialCustomerMetafieldList]
        | APIResponse[PartialCustomerMetafieldCursorList]
    ):
        """List customer metafields across the store. (`GET /customers/metafields`)"""
        return await self._invoker.call_raw(
            _GET_CUSTOMER_METAFIELDS_BATCH,
            {
                "page": page,
                "limit": limit,
                "key": key,
                "key_in": key_in,
                "namespace": namespace,
                "namespace_in": namespace_in,
                "direction": direction,
                "include_fields": include_fields,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CustomerMetafields:
    """`customer_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CustomerMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return CustomerMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> CustomerMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return CustomerMetafieldsBatch(self._invoker)

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldList: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldList: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        CustomerMetafieldList
        | CustomerMetafieldCursorList
        | PartialCustomerMetafieldList
        | PartialCustomerMetafieldCursorList
    ):
        """List a customer's metafields. (`GET /customers/{customer_id}/metafields`)"""
        return self._invoker.call(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "include_fields": include_fields,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CursorPaginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[PartialCustomerMetafield]: ...

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CursorPaginator[PartialCustomerMetafield]: ...

    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset", "cursor"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        Paginator[CustomerMetafield]
        | CursorPaginator[CustomerMetafield]
        | Paginator[PartialCustomerMetafield]
        | CursorPaginator[PartialCustomerMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_CUSTOMER_METAFIELDS,
                {
                    "customer_id": customer_id,
                    "key": key,
                    "namespace": namespace,
                    "direction": direction,
                    "key_in": key_in,
                    "namespace_in": namespace_in,
                    "date_created_min": date_created_min,
                    "date_created_max": date_created_max,
                    "date_modified_min": date_modified_min,
                    "date_modified_max": date_modified_max,
                    "include_fields": include_fields,
                },
                page_size=page_size,
                concurrency=concurrency,
                max_items=max_items,
                options=CallOptions(
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            )
        return self._invoker.paginate(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "include_fields": include_fields,
            },
            page_size=page_size,
            concurrency=concurrency,
            max_items=max_items,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            mode=mode,
        )

    @overload
    def create(
        self,
        customer_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    @overload
    def create(
        self,
        customer_id: int,
        *,
        permission_set: PermissionSet,
        namespace: str,
        key: str,
        value: str,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    def create(
        self,
        customer_id: int,
        body: MetafieldCreate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse:
        """Create a metafield on a customer. (`POST /customers/{customer_id}/metafields`)"""
        return self._invoker.call(
            _CREATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def get(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse:
        """Get one metafield of a customer. (`GET /customers/{customer_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    @overload
    def update(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse:
        """Update a metafield of a customer. (`PUT /customers/{customer_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _UPDATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def delete(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a customer. (`DELETE /customers/{customer_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def find(
        self,
        customer_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return self._invoker.find(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=CustomerMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def upsert(
        self,
        customer_id: int,
        *,
        permission_set: PermissionSet,
        namespace: str,
        key: str,
        value: str,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Upserted[CustomerMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return self._invoker.upsert(
            find=_GET_CUSTOMER_METAFIELDS,
            create=_CREATE_CUSTOMER_METAFIELD,
            update=_UPDATE_CUSTOMER_METAFIELD,
            arguments={
                "customer_id": customer_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=CustomerMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CustomerMetafieldsWithRawResponse:
    """`customer_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> CustomerMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return CustomerMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldList]: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldList]: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    @overload
    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        APIResponse[CustomerMetafieldList]
        | APIResponse[CustomerMetafieldCursorList]
        | APIResponse[PartialCustomerMetafieldList]
        | APIResponse[PartialCustomerMetafieldCursorList]
    ):
        """List a customer's metafields. (`GET /customers/{customer_id}/metafields`)"""
        return self._invoker.call_raw(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "include_fields": include_fields,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def create(
        self,
        customer_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    @overload
    def create(
        self,
        customer_id: int,
        *,
        permission_set: PermissionSet,
        namespace: str,
        key: str,
        value: str,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    def create(
        self,
        customer_id: int,
        body: MetafieldCreate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]:
        """Create a metafield on a customer. (`POST /customers/{customer_id}/metafields`)"""
        return self._invoker.call_raw(
            _CREATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def get(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]:
        """Get one metafield of a customer. (`GET /customers/{customer_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    @overload
    def update(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]:
        """Update a metafield of a customer. (`PUT /customers/{customer_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _UPDATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def delete(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a customer. (`DELETE /customers/{customer_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCustomerMetafields:
    """`customer_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCustomerMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncCustomerMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> AsyncCustomerMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncCustomerMetafieldsBatch(self._invoker)

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldList: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldCursorList: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldList: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldCursorList: ...

    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        CustomerMetafieldList
        | CustomerMetafieldCursorList
        | PartialCustomerMetafieldList
        | PartialCustomerMetafieldCursorList
    ):
        """List a customer's metafields. (`GET /customers/{customer_id}/metafields`)"""
        return await self._invoker.call(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "include_fields": include_fields,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncCursorPaginator[CustomerMetafield]: ...

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[PartialCustomerMetafield]: ...

    @overload
    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncCursorPaginator[PartialCustomerMetafield]: ...

    def paginate(
        self,
        customer_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset", "cursor"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        AsyncPaginator[CustomerMetafield]
        | AsyncCursorPaginator[CustomerMetafield]
        | AsyncPaginator[PartialCustomerMetafield]
        | AsyncCursorPaginator[PartialCustomerMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_CUSTOMER_METAFIELDS,
                {
                    "customer_id": customer_id,
                    "key": key,
                    "namespace": namespace,
                    "direction": direction,
                    "key_in": key_in,
                    "namespace_in": namespace_in,
                    "date_created_min": date_created_min,
                    "date_created_max": date_created_max,
                    "date_modified_min": date_modified_min,
                    "date_modified_max": date_modified_max,
                    "include_fields": include_fields,
                },
                page_size=page_size,
                concurrency=concurrency,
                max_items=max_items,
                options=CallOptions(
                    timeout=timeout,
                    max_retries=max_retries,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            )
        return self._invoker.paginate(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "include_fields": include_fields,
            },
            page_size=page_size,
            concurrency=concurrency,
            max_items=max_items,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            mode=mode,
        )

    @overload
    async def create(
        self,
        customer_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    @overload
    async def create(
        self,
        customer_id: int,
        *,
        permission_set: PermissionSet,
        namespace: str,
        key: str,
        value: str,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    async def create(
        self,
        customer_id: int,
        body: MetafieldCreate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse:
        """Create a metafield on a customer. (`POST /customers/{customer_id}/metafields`)"""
        return await self._invoker.call(
            _CREATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def get(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse:
        """Get one metafield of a customer. (`GET /customers/{customer_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    async def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    @overload
    async def update(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse: ...

    async def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldResponse:
        """Update a metafield of a customer. (`PUT /customers/{customer_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _UPDATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def delete(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a customer. (`DELETE /customers/{customer_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def find(
        self,
        customer_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return await self._invoker.find(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=CustomerMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def upsert(
        self,
        customer_id: int,
        *,
        permission_set: PermissionSet,
        namespace: str,
        key: str,
        value: str,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Upserted[CustomerMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return await self._invoker.upsert(
            find=_GET_CUSTOMER_METAFIELDS,
            create=_CREATE_CUSTOMER_METAFIELD,
            update=_UPDATE_CUSTOMER_METAFIELD,
            arguments={
                "customer_id": customer_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=CustomerMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCustomerMetafieldsWithRawResponse:
    """`customer_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> AsyncCustomerMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncCustomerMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldList]: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: Unset = UNSET,
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldList]: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: str,
        after: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField],
        before: Unset = UNSET,
        after: str,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldCursorList]: ...

    async def list(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        before: str | Unset = UNSET,
        after: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        APIResponse[CustomerMetafieldList]
        | APIResponse[CustomerMetafieldCursorList]
        | APIResponse[PartialCustomerMetafieldList]
        | APIResponse[PartialCustomerMetafieldCursorList]
    ):
        """List a customer's metafields. (`GET /customers/{customer_id}/metafields`)"""
        return await self._invoker.call_raw(
            _GET_CUSTOMER_METAFIELDS,
            {
                "customer_id": customer_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created_min": date_created_min,
                "date_created_max": date_created_max,
                "date_modified_min": date_modified_min,
                "date_modified_max": date_modified_max,
                "include_fields": include_fields,
                "before": before,
                "after": after,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    async def create(
        self,
        customer_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    @overload
    async def create(
        self,
        customer_id: int,
        *,
        permission_set: PermissionSet,
        namespace: str,
        key: str,
        value: str,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    async def create(
        self,
        customer_id: int,
        body: MetafieldCreate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]:
        """Create a metafield on a customer. (`POST /customers/{customer_id}/metafields`)"""
        return await self._invoker.call_raw(
            _CREATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def get(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]:
        """Get one metafield of a customer. (`GET /customers/{customer_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    async def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    @overload
    async def update(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]: ...

    async def update(
        self,
        customer_id: int,
        metafield_id: int,
        body: MetafieldUpdate | Unset = UNSET,
        *,
        permission_set: PermissionSet | Unset = UNSET,
        namespace: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldResponse]:
        """Update a metafield of a customer. (`PUT /customers/{customer_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _UPDATE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def delete(
        self,
        customer_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a customer. (`DELETE /customers/{customer_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_CUSTOMER_METAFIELD,
            {
                "customer_id": customer_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
