"""`order_metafields`: typed operations for the SDK's client (generated; do not edit)."""

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
    OrderMetafield,
    OrderMetafieldCreateItem,
    OrderMetafieldCursorList,
    OrderMetafieldList,
    OrderMetafieldUpdateItem,
    PartialOrderMetafield,
    PartialOrderMetafieldCursorList,
)
from ...models.error_response import ErrorResponse
from ...models.metafield_batch_deletion import MetafieldBatchDeletion
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.order_metafield_batch import OrderMetafieldBatch
from ...models.order_metafield_create_item import OrderMetafieldCreateItem
from ...models.order_metafield_cursor_list import OrderMetafieldCursorList
from ...models.order_metafield_list import OrderMetafieldList
from ...models.order_metafield_response import OrderMetafieldResponse
from ...models.order_metafield_update_item import OrderMetafieldUpdateItem
from ...models.partial_order_metafield_cursor_list import (
    PartialOrderMetafieldCursorList,
)
from ...models.partial_order_metafield_list import PartialOrderMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from . import (
    create_order_metafield,
    create_order_metafields_batch,
    delete_order_metafield,
    delete_order_metafields_batch,
    get_order_metafield,
    get_order_metafields,
    get_order_metafields_batch,
    update_order_metafield,
    update_order_metafields_batch,
)

_GET_ORDER_METAFIELDS = Operation(
    operation_id="get_order_metafields",
    method="GET",
    path="/orders/{order_id}/metafields",
    build_request=get_order_metafields._get_kwargs,
    success=OrderMetafieldList,
    path_parameters=(("order_id", int),),
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
            name="date_created",
            public="date_created",
            generated="date_created",
            kind="date-time",
        ),
        QueryRule(
            name="date_modified",
            public="date_modified",
            generated="date_modified",
            kind="date-time",
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
    sparse_success=PartialOrderMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=OrderMetafieldCursorList,
    sparse_cursor_success=PartialOrderMetafieldCursorList,
)

_CREATE_ORDER_METAFIELD = Operation(
    operation_id="create_order_metafield",
    method="POST",
    path="/orders/{order_id}/metafields",
    build_request=create_order_metafield._get_kwargs,
    success=OrderMetafieldResponse,
    path_parameters=(("order_id", int),),
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

_GET_ORDER_METAFIELD = Operation(
    operation_id="get_order_metafield",
    method="GET",
    path="/orders/{order_id}/metafields/{metafield_id}",
    build_request=get_order_metafield._get_kwargs,
    success=OrderMetafieldResponse,
    path_parameters=(
        ("order_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_UPDATE_ORDER_METAFIELD = Operation(
    operation_id="update_order_metafield",
    method="PUT",
    path="/orders/{order_id}/metafields/{metafield_id}",
    build_request=update_order_metafield._get_kwargs,
    success=OrderMetafieldResponse,
    path_parameters=(
        ("order_id", int),
        ("metafield_id", int),
    ),
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

_DELETE_ORDER_METAFIELD = Operation(
    operation_id="delete_order_metafield",
    method="DELETE",
    path="/orders/{order_id}/metafields/{metafield_id}",
    build_request=delete_order_metafield._get_kwargs,
    success=type(None),
    path_parameters=(
        ("order_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_GET_ORDER_METAFIELDS_BATCH = Operation(
    operation_id="get_order_metafields_batch",
    method="GET",
    path="/orders/metafields",
    build_request=get_order_metafields_batch._get_kwargs,
    success=OrderMetafieldList,
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
    sparse_success=PartialOrderMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=OrderMetafieldCursorList,
    sparse_cursor_success=PartialOrderMetafieldCursorList,
)

_UPDATE_ORDER_METAFIELDS_BATCH = Operation(
    operation_id="update_order_metafields_batch",
    method="PUT",
    path="/orders/metafields",
    build_request=update_order_metafields_batch._get_kwargs,
    success=OrderMetafieldBatch,
    path_parameters=(),
    query_rules=(),
    bulk=Bulk(
        kind="update",
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
        item=OrderMetafieldUpdateItem,
    ),
)

_CREATE_ORDER_METAFIELDS_BATCH = Operation(
    operation_id="create_order_metafields_batch",
    method="POST",
    path="/orders/metafields",
    build_request=create_order_metafields_batch._get_kwargs,
    success=OrderMetafieldBatch,
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
        item=OrderMetafieldCreateItem,
        lookup=_GET_ORDER_METAFIELDS_BATCH,
    ),
)

_DELETE_ORDER_METAFIELDS_BATCH = Operation(
    operation_id="delete_order_metafields_batch",
    method="DELETE",
    path="/orders/metafields",
    build_request=delete_order_metafields_batch._get_kwargs,
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
    "get_order_metafields": ("list", _GET_ORDER_METAFIELDS),
    "create_order_metafield": ("create", _CREATE_ORDER_METAFIELD),
    "get_order_metafield": ("get", _GET_ORDER_METAFIELD),
    "update_order_metafield": ("update", _UPDATE_ORDER_METAFIELD),
    "delete_order_metafield": ("delete", _DELETE_ORDER_METAFIELD),
    "get_order_metafields_batch": ("batch.list", _GET_ORDER_METAFIELDS_BATCH),
    "update_order_metafields_batch": ("batch.update", _UPDATE_ORDER_METAFIELDS_BATCH),
    "create_order_metafields_batch": ("batch.create", _CREATE_ORDER_METAFIELDS_BATCH),
    "delete_order_metafields_batch": ("batch.delete", _DELETE_ORDER_METAFIELDS_BATCH),
}
"""Every operation of the tag: its method on the resource classes (`x-sdk-method`; "group.method"
for a sub-resource's, per `x-sdk-group`), and its facts."""


class OrderMetafieldsBatch:
    """`order_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> OrderMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return OrderMetafieldsBatchWithRawResponse(self._invoker)

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
    ) -> OrderMetafieldList: ...

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
    ) -> OrderMetafieldCursorList: ...

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
    ) -> OrderMetafieldCursorList: ...

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
    ) -> PartialOrderMetafieldList: ...

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
    ) -> PartialOrderMetafieldCursorList: ...

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
    ) -> PartialOrderMetafieldCursorList: ...

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
        OrderMetafieldList
        | OrderMetafieldCursorList
        | PartialOrderMetafieldList
        | PartialOrderMetafieldCursorList
    ):
        """List order metafields across the store. (`GET /orders/metafields`)"""
        return self._invoker.call(
            _GET_ORDER_METAFIELDS_BATCH,
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
    ) -> Paginator[OrderMetafield]: ...

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
    ) -> CursorPaginator[OrderMetafield]: ...

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
    ) -> Paginator[PartialOrderMetafield]: ...

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
    ) -> CursorPaginator[PartialOrderMetafield]: ...

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
        Paginator[OrderMetafield]
        | CursorPaginator[OrderMetafield]
        | Paginator[PartialOrderMetafield]
        | CursorPaginator[PartialOrderMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_ORDER_METAFIELDS_BATCH,
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
            _GET_ORDER_METAFIELDS_BATCH,
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
        items: Sequence[OrderMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[OrderMetafield]:
        """Update several order metafields. (`PUT /orders/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _UPDATE_ORDER_METAFIELDS_BATCH,
            items,
            item=OrderMetafield,
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
        items: Sequence[OrderMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[OrderMetafield]:
        """Create several order metafields. (`POST /orders/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _CREATE_ORDER_METAFIELDS_BATCH,
            items,
            item=OrderMetafield,
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
        """Delete several order metafields. (`DELETE /orders/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_delete(
            _DELETE_ORDER_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class OrderMetafieldsBatchWithRawResponse:
    """`order_metafields.batch` operations, answering with the raw response beside the model.

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
    ) -> APIResponse[OrderMetafieldList]: ...

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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialOrderMetafieldList]: ...

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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

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
        APIResponse[OrderMetafieldList]
        | APIResponse[OrderMetafieldCursorList]
        | APIResponse[PartialOrderMetafieldList]
        | APIResponse[PartialOrderMetafieldCursorList]
    ):
        """List order metafields across the store. (`GET /orders/metafields`)"""
        return self._invoker.call_raw(
            _GET_ORDER_METAFIELDS_BATCH,
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


class AsyncOrderMetafieldsBatch:
    """`order_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncOrderMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncOrderMetafieldsBatchWithRawResponse(self._invoker)

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
    ) -> OrderMetafieldList: ...

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
    ) -> OrderMetafieldCursorList: ...

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
    ) -> OrderMetafieldCursorList: ...

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
    ) -> PartialOrderMetafieldList: ...

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
    ) -> PartialOrderMetafieldCursorList: ...

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
    ) -> PartialOrderMetafieldCursorList: ...

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
        OrderMetafieldList
        | OrderMetafieldCursorList
        | PartialOrderMetafieldList
        | PartialOrderMetafieldCursorList
    ):
        """List order metafields across the store. (`GET /orders/metafields`)"""
        return await self._invoker.call(
            _GET_ORDER_METAFIELDS_BATCH,
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
    ) -> AsyncPaginator[OrderMetafield]: ...

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
    ) -> AsyncCursorPaginator[OrderMetafield]: ...

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
    ) -> AsyncPaginator[PartialOrderMetafield]: ...

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
    ) -> AsyncCursorPaginator[PartialOrderMetafield]: ...

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
        AsyncPaginator[OrderMetafield]
        | AsyncCursorPaginator[OrderMetafield]
        | AsyncPaginator[PartialOrderMetafield]
        | AsyncCursorPaginator[PartialOrderMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_ORDER_METAFIELDS_BATCH,
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
            _GET_ORDER_METAFIELDS_BATCH,
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
        items: Sequence[OrderMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[OrderMetafield]:
        """Update several order metafields. (`PUT /orders/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _UPDATE_ORDER_METAFIELDS_BATCH,
            items,
            item=OrderMetafield,
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
        items: Sequence[OrderMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[OrderMetafield]:
        """Create several order metafields. (`POST /orders/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _CREATE_ORDER_METAFIELDS_BATCH,
            items,
            item=OrderMetafield,
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
        """Delete several order metafields. (`DELETE /orders/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_delete(
            _DELETE_ORDER_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncOrderMetafieldsBatchWithRawResponse:
    """`order_metafields.batch` operations, answering with the raw response beside the model.

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
    ) -> APIResponse[OrderMetafieldList]: ...

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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialOrderMetafieldList]: ...

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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

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
        APIResponse[OrderMetafieldList]
        | APIResponse[OrderMetafieldCursorList]
        | APIResponse[PartialOrderMetafieldList]
        | APIResponse[PartialOrderMetafieldCursorList]
    ):
        """List order metafields across the store. (`GET /orders/metafields`)"""
        return await self._invoker.call_raw(
            _GET_ORDER_METAFIELDS_BATCH,
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


class OrderMetafields:
    """`order_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> OrderMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return OrderMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> OrderMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return OrderMetafieldsBatch(self._invoker)

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> OrderMetafieldList: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> OrderMetafieldCursorList: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> OrderMetafieldCursorList: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> PartialOrderMetafieldList: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> PartialOrderMetafieldCursorList: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> PartialOrderMetafieldCursorList: ...

    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
        OrderMetafieldList
        | OrderMetafieldCursorList
        | PartialOrderMetafieldList
        | PartialOrderMetafieldCursorList
    ):
        """List an order's metafields. (`GET /orders/{order_id}/metafields`)"""
        return self._invoker.call(
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created": date_created,
                "date_modified": date_modified,
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
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> Paginator[OrderMetafield]: ...

    @overload
    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> CursorPaginator[OrderMetafield]: ...

    @overload
    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> Paginator[PartialOrderMetafield]: ...

    @overload
    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> CursorPaginator[PartialOrderMetafield]: ...

    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
        Paginator[OrderMetafield]
        | CursorPaginator[OrderMetafield]
        | Paginator[PartialOrderMetafield]
        | CursorPaginator[PartialOrderMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_ORDER_METAFIELDS,
                {
                    "order_id": order_id,
                    "key": key,
                    "namespace": namespace,
                    "direction": direction,
                    "key_in": key_in,
                    "namespace_in": namespace_in,
                    "date_created": date_created,
                    "date_modified": date_modified,
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
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created": date_created,
                "date_modified": date_modified,
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
        order_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldResponse: ...

    @overload
    def create(
        self,
        order_id: int,
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
    ) -> OrderMetafieldResponse: ...

    def create(
        self,
        order_id: int,
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
    ) -> OrderMetafieldResponse:
        """Create a metafield on an order. (`POST /orders/{order_id}/metafields`)"""
        return self._invoker.call(
            _CREATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldResponse:
        """Get one metafield of an order. (`GET /orders/{order_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldResponse: ...

    @overload
    def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> OrderMetafieldResponse: ...

    def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> OrderMetafieldResponse:
        """Update a metafield of an order. (`PUT /orders/{order_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _UPDATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of an order. (`DELETE /orders/{order_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return self._invoker.find(
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=OrderMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def upsert(
        self,
        order_id: int,
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
    ) -> Upserted[OrderMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return self._invoker.upsert(
            find=_GET_ORDER_METAFIELDS,
            create=_CREATE_ORDER_METAFIELD,
            update=_UPDATE_ORDER_METAFIELD,
            arguments={
                "order_id": order_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=OrderMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class OrderMetafieldsWithRawResponse:
    """`order_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> OrderMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return OrderMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[OrderMetafieldList]: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[PartialOrderMetafieldList]: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
        APIResponse[OrderMetafieldList]
        | APIResponse[OrderMetafieldCursorList]
        | APIResponse[PartialOrderMetafieldList]
        | APIResponse[PartialOrderMetafieldCursorList]
    ):
        """List an order's metafields. (`GET /orders/{order_id}/metafields`)"""
        return self._invoker.call_raw(
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created": date_created,
                "date_modified": date_modified,
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
        order_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldResponse]: ...

    @overload
    def create(
        self,
        order_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]: ...

    def create(
        self,
        order_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]:
        """Create a metafield on an order. (`POST /orders/{order_id}/metafields`)"""
        return self._invoker.call_raw(
            _CREATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldResponse]:
        """Get one metafield of an order. (`GET /orders/{order_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldResponse]: ...

    @overload
    def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]: ...

    def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]:
        """Update a metafield of an order. (`PUT /orders/{order_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _UPDATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of an order. (`DELETE /orders/{order_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_ORDER_METAFIELD,
            {
                "order_id": order_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncOrderMetafields:
    """`order_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncOrderMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncOrderMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> AsyncOrderMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncOrderMetafieldsBatch(self._invoker)

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> OrderMetafieldList: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> OrderMetafieldCursorList: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> OrderMetafieldCursorList: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> PartialOrderMetafieldList: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> PartialOrderMetafieldCursorList: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> PartialOrderMetafieldCursorList: ...

    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
        OrderMetafieldList
        | OrderMetafieldCursorList
        | PartialOrderMetafieldList
        | PartialOrderMetafieldCursorList
    ):
        """List an order's metafields. (`GET /orders/{order_id}/metafields`)"""
        return await self._invoker.call(
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created": date_created,
                "date_modified": date_modified,
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
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> AsyncPaginator[OrderMetafield]: ...

    @overload
    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> AsyncCursorPaginator[OrderMetafield]: ...

    @overload
    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> AsyncPaginator[PartialOrderMetafield]: ...

    @overload
    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> AsyncCursorPaginator[PartialOrderMetafield]: ...

    def paginate(
        self,
        order_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
        AsyncPaginator[OrderMetafield]
        | AsyncCursorPaginator[OrderMetafield]
        | AsyncPaginator[PartialOrderMetafield]
        | AsyncCursorPaginator[PartialOrderMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_ORDER_METAFIELDS,
                {
                    "order_id": order_id,
                    "key": key,
                    "namespace": namespace,
                    "direction": direction,
                    "key_in": key_in,
                    "namespace_in": namespace_in,
                    "date_created": date_created,
                    "date_modified": date_modified,
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
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created": date_created,
                "date_modified": date_modified,
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
        order_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldResponse: ...

    @overload
    async def create(
        self,
        order_id: int,
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
    ) -> OrderMetafieldResponse: ...

    async def create(
        self,
        order_id: int,
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
    ) -> OrderMetafieldResponse:
        """Create a metafield on an order. (`POST /orders/{order_id}/metafields`)"""
        return await self._invoker.call(
            _CREATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldResponse:
        """Get one metafield of an order. (`GET /orders/{order_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldResponse: ...

    @overload
    async def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> OrderMetafieldResponse: ...

    async def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> OrderMetafieldResponse:
        """Update a metafield of an order. (`PUT /orders/{order_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _UPDATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of an order. (`DELETE /orders/{order_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return await self._invoker.find(
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=OrderMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def upsert(
        self,
        order_id: int,
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
    ) -> Upserted[OrderMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return await self._invoker.upsert(
            find=_GET_ORDER_METAFIELDS,
            create=_CREATE_ORDER_METAFIELD,
            update=_UPDATE_ORDER_METAFIELD,
            arguments={
                "order_id": order_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=OrderMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncOrderMetafieldsWithRawResponse:
    """`order_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> AsyncOrderMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncOrderMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[OrderMetafieldList]: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[OrderMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[PartialOrderMetafieldList]: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
    ) -> APIResponse[PartialOrderMetafieldCursorList]: ...

    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Sequence[str] | Unset = UNSET,
        namespace_in: str | Sequence[str] | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        date_modified: datetime.datetime | Unset = UNSET,
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
        APIResponse[OrderMetafieldList]
        | APIResponse[OrderMetafieldCursorList]
        | APIResponse[PartialOrderMetafieldList]
        | APIResponse[PartialOrderMetafieldCursorList]
    ):
        """List an order's metafields. (`GET /orders/{order_id}/metafields`)"""
        return await self._invoker.call_raw(
            _GET_ORDER_METAFIELDS,
            {
                "order_id": order_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
                "key_in": key_in,
                "namespace_in": namespace_in,
                "date_created": date_created,
                "date_modified": date_modified,
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
        order_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldResponse]: ...

    @overload
    async def create(
        self,
        order_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]: ...

    async def create(
        self,
        order_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]:
        """Create a metafield on an order. (`POST /orders/{order_id}/metafields`)"""
        return await self._invoker.call_raw(
            _CREATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldResponse]:
        """Get one metafield of an order. (`GET /orders/{order_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldResponse]: ...

    @overload
    async def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]: ...

    async def update(
        self,
        order_id: int,
        metafield_id: int,
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
    ) -> APIResponse[OrderMetafieldResponse]:
        """Update a metafield of an order. (`PUT /orders/{order_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _UPDATE_ORDER_METAFIELD,
            {
                "order_id": order_id,
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
        order_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of an order. (`DELETE /orders/{order_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_ORDER_METAFIELD,
            {
                "order_id": order_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
