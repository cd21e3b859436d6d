"""`store_metafields`: typed operations for the SDK's client (generated; do not edit)."""

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
    MetafieldCreate,
    PartialStoreMetafield,
    PartialStoreMetafieldCursorList,
    StoreMetafield,
    StoreMetafieldCursorList,
    StoreMetafieldList,
    StoreMetafieldResponse,
    StoreMetafieldUpdateItem,
)
from ...models.error_response import ErrorResponse
from ...models.metafield_batch_deletion import MetafieldBatchDeletion
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.partial_store_metafield_cursor_list import (
    PartialStoreMetafieldCursorList,
)
from ...models.partial_store_metafield_list import PartialStoreMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...models.store_metafield_batch import StoreMetafieldBatch
from ...models.store_metafield_cursor_list import StoreMetafieldCursorList
from ...models.store_metafield_list import StoreMetafieldList
from ...models.store_metafield_response import StoreMetafieldResponse
from ...models.store_metafield_update_item import StoreMetafieldUpdateItem
from ...types import UNSET, Unset
from . import (
    create_store_metafields_batch,
    delete_store_metafield,
    delete_store_metafields_batch,
    get_store_metafield,
    get_store_metafields_batch,
    update_store_metafield,
    update_store_metafields_batch,
)

_GET_STORE_METAFIELD = Operation(
    operation_id="get_store_metafield",
    method="GET",
    path="/store/metafields/{metafield_id}",
    build_request=get_store_metafield._get_kwargs,
    success=StoreMetafieldResponse,
    path_parameters=(("metafield_id", int | str),),
    query_rules=(),
)

_UPDATE_STORE_METAFIELD = Operation(
    operation_id="update_store_metafield",
    method="PUT",
    path="/store/metafields/{metafield_id}",
    build_request=update_store_metafield._get_kwargs,
    success=StoreMetafieldResponse,
    path_parameters=(("metafield_id", int | str),),
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

_DELETE_STORE_METAFIELD = Operation(
    operation_id="delete_store_metafield",
    method="DELETE",
    path="/store/metafields/{metafield_id}",
    build_request=delete_store_metafield._get_kwargs,
    success=type(None),
    path_parameters=(("metafield_id", int | str),),
    query_rules=(),
)

_GET_STORE_METAFIELDS_BATCH = Operation(
    operation_id="get_store_metafields_batch",
    method="GET",
    path="/store/metafields",
    build_request=get_store_metafields_batch._get_kwargs,
    success=StoreMetafieldList,
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
    sparse_success=PartialStoreMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=StoreMetafieldCursorList,
    sparse_cursor_success=PartialStoreMetafieldCursorList,
)

_UPDATE_STORE_METAFIELDS_BATCH = Operation(
    operation_id="update_store_metafields_batch",
    method="PUT",
    path="/store/metafields",
    build_request=update_store_metafields_batch._get_kwargs,
    success=StoreMetafieldBatch,
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
        item=StoreMetafieldUpdateItem,
    ),
)

_CREATE_STORE_METAFIELDS_BATCH = Operation(
    operation_id="create_store_metafields_batch",
    method="POST",
    path="/store/metafields",
    build_request=create_store_metafields_batch._get_kwargs,
    success=StoreMetafieldBatch,
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
        ),
        item=MetafieldCreate,
        lookup=_GET_STORE_METAFIELDS_BATCH,
        single=StoreMetafieldResponse,
    ),
)

_DELETE_STORE_METAFIELDS_BATCH = Operation(
    operation_id="delete_store_metafields_batch",
    method="DELETE",
    path="/store/metafields",
    build_request=delete_store_metafields_batch._get_kwargs,
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
    "get_store_metafield": ("get", _GET_STORE_METAFIELD),
    "update_store_metafield": ("update", _UPDATE_STORE_METAFIELD),
    "delete_store_metafield": ("delete", _DELETE_STORE_METAFIELD),
    "get_store_metafields_batch": ("batch.list", _GET_STORE_METAFIELDS_BATCH),
    "update_store_metafields_batch": ("batch.update", _UPDATE_STORE_METAFIELDS_BATCH),
    "create_store_metafields_batch": ("batch.create", _CREATE_STORE_METAFIELDS_BATCH),
    "delete_store_metafields_batch": ("batch.delete", _DELETE_STORE_METAFIELDS_BATCH),
}
"""Every operation of the tag: its method on the resource classes (`x-sdk-method`; "group.method"
for a sub-resource's, per `x-sdk-group`), and its facts."""


class StoreMetafieldsBatch:
    """`store_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> StoreMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return StoreMetafieldsBatchWithRawResponse(self._invoker)

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
    ) -> StoreMetafieldList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
        StoreMetafieldList
        | StoreMetafieldCursorList
        | PartialStoreMetafieldList
        | PartialStoreMetafieldCursorList
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return self._invoker.call(
            _GET_STORE_METAFIELDS_BATCH,
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
    ) -> Paginator[StoreMetafield]: ...

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
    ) -> CursorPaginator[StoreMetafield]: ...

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
    ) -> Paginator[PartialStoreMetafield]: ...

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
    ) -> CursorPaginator[PartialStoreMetafield]: ...

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
        Paginator[StoreMetafield]
        | CursorPaginator[StoreMetafield]
        | Paginator[PartialStoreMetafield]
        | CursorPaginator[PartialStoreMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_STORE_METAFIELDS_BATCH,
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
            _GET_STORE_METAFIELDS_BATCH,
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
        items: Sequence[StoreMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[StoreMetafield]:
        """Update several store metafields. (`PUT /store/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _UPDATE_STORE_METAFIELDS_BATCH,
            items,
            item=StoreMetafield,
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
        items: Sequence[MetafieldCreate],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[StoreMetafield]:
        """Create several store metafields. (`POST /store/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _CREATE_STORE_METAFIELDS_BATCH,
            items,
            item=StoreMetafield,
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
        """Delete several store metafields. (`DELETE /store/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_delete(
            _DELETE_STORE_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class StoreMetafieldsBatchWithRawResponse:
    """`store_metafields.batch` operations, answering with the raw response beside the model.

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
    ) -> APIResponse[StoreMetafieldList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
        APIResponse[StoreMetafieldList]
        | APIResponse[StoreMetafieldCursorList]
        | APIResponse[PartialStoreMetafieldList]
        | APIResponse[PartialStoreMetafieldCursorList]
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return self._invoker.call_raw(
            _GET_STORE_METAFIELDS_BATCH,
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


class AsyncStoreMetafieldsBatch:
    """`store_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncStoreMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncStoreMetafieldsBatchWithRawResponse(self._invoker)

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
    ) -> StoreMetafieldList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
        StoreMetafieldList
        | StoreMetafieldCursorList
        | PartialStoreMetafieldList
        | PartialStoreMetafieldCursorList
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return await self._invoker.call(
            _GET_STORE_METAFIELDS_BATCH,
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
    ) -> AsyncPaginator[StoreMetafield]: ...

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
    ) -> AsyncCursorPaginator[StoreMetafield]: ...

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
    ) -> AsyncPaginator[PartialStoreMetafield]: ...

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
    ) -> AsyncCursorPaginator[PartialStoreMetafield]: ...

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
        AsyncPaginator[StoreMetafield]
        | AsyncCursorPaginator[StoreMetafield]
        | AsyncPaginator[PartialStoreMetafield]
        | AsyncCursorPaginator[PartialStoreMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_STORE_METAFIELDS_BATCH,
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
            _GET_STORE_METAFIELDS_BATCH,
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
        items: Sequence[StoreMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[StoreMetafield]:
        """Update several store metafields. (`PUT /store/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _UPDATE_STORE_METAFIELDS_BATCH,
            items,
            item=StoreMetafield,
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
        items: Sequence[MetafieldCreate],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[StoreMetafield]:
        """Create several store metafields. (`POST /store/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _CREATE_STORE_METAFIELDS_BATCH,
            items,
            item=StoreMetafield,
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
        """Delete several store metafields. (`DELETE /store/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_delete(
            _DELETE_STORE_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncStoreMetafieldsBatchWithRawResponse:
    """`store_metafields.batch` operations, answering with the raw response beside the model.

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
    ) -> APIResponse[StoreMetafieldList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
        APIResponse[StoreMetafieldList]
        | APIResponse[StoreMetafieldCursorList]
        | APIResponse[PartialStoreMetafieldList]
        | APIResponse[PartialStoreMetafieldCursorList]
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return await self._invoker.call_raw(
            _GET_STORE_METAFIELDS_BATCH,
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


class StoreMetafields:
    """`store_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> StoreMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return StoreMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> StoreMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return StoreMetafieldsBatch(self._invoker)

    def get(
        self,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafieldResponse:
        """Get one metafield of the store. (`GET /store/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafieldResponse: ...

    @overload
    def update(
        self,
        metafield_id: int | str,
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
    ) -> StoreMetafieldResponse: ...

    def update(
        self,
        metafield_id: int | str,
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
    ) -> StoreMetafieldResponse:
        """Update a metafield of the store. (`PUT /store/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _UPDATE_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of the store. (`DELETE /store/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_STORE_METAFIELD,
            {
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
    ) -> StoreMetafieldList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
        StoreMetafieldList
        | StoreMetafieldCursorList
        | PartialStoreMetafieldList
        | PartialStoreMetafieldCursorList
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return self._invoker.call(
            _GET_STORE_METAFIELDS_BATCH,
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
    ) -> Paginator[StoreMetafield]: ...

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
    ) -> CursorPaginator[StoreMetafield]: ...

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
    ) -> Paginator[PartialStoreMetafield]: ...

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
    ) -> CursorPaginator[PartialStoreMetafield]: ...

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
        Paginator[StoreMetafield]
        | CursorPaginator[StoreMetafield]
        | Paginator[PartialStoreMetafield]
        | CursorPaginator[PartialStoreMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_STORE_METAFIELDS_BATCH,
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
            _GET_STORE_METAFIELDS_BATCH,
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

    @overload
    def create(
        self,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafieldResponse: ...

    @overload
    def create(
        self,
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
    ) -> StoreMetafieldResponse: ...

    def create(
        self,
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
    ) -> StoreMetafieldResponse:
        """Create a store metafield. The one-item form of `batch.create` (`POST /store/metafields`)."""
        answered = self._invoker.create_one(
            _CREATE_STORE_METAFIELDS_BATCH,
            {},
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            answer=StoreMetafieldResponse,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
        return answered.parsed

    def find(
        self,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return self._invoker.find(
            _GET_STORE_METAFIELDS_BATCH,
            {},
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=StoreMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def upsert(
        self,
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
    ) -> Upserted[StoreMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return self._invoker.upsert(
            find=_GET_STORE_METAFIELDS_BATCH,
            create=_CREATE_STORE_METAFIELDS_BATCH,
            update=_UPDATE_STORE_METAFIELD,
            arguments={},
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=StoreMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class StoreMetafieldsWithRawResponse:
    """`store_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> StoreMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return StoreMetafieldsBatchWithRawResponse(self._invoker)

    def get(
        self,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[StoreMetafieldResponse]:
        """Get one metafield of the store. (`GET /store/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[StoreMetafieldResponse]: ...

    @overload
    def update(
        self,
        metafield_id: int | str,
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
    ) -> APIResponse[StoreMetafieldResponse]: ...

    def update(
        self,
        metafield_id: int | str,
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
    ) -> APIResponse[StoreMetafieldResponse]:
        """Update a metafield of the store. (`PUT /store/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _UPDATE_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of the store. (`DELETE /store/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_STORE_METAFIELD,
            {
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
    ) -> APIResponse[StoreMetafieldList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
        APIResponse[StoreMetafieldList]
        | APIResponse[StoreMetafieldCursorList]
        | APIResponse[PartialStoreMetafieldList]
        | APIResponse[PartialStoreMetafieldCursorList]
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return self._invoker.call_raw(
            _GET_STORE_METAFIELDS_BATCH,
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
    def create(
        self,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[StoreMetafieldResponse]: ...

    @overload
    def create(
        self,
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
    ) -> APIResponse[StoreMetafieldResponse]: ...

    def create(
        self,
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
    ) -> APIResponse[StoreMetafieldResponse]:
        """Create a store metafield. The one-item form of `batch.create` (`POST /store/metafields`)."""
        answered = self._invoker.create_one(
            _CREATE_STORE_METAFIELDS_BATCH,
            {},
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            answer=StoreMetafieldResponse,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
        return answered


class AsyncStoreMetafields:
    """`store_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncStoreMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncStoreMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> AsyncStoreMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncStoreMetafieldsBatch(self._invoker)

    async def get(
        self,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafieldResponse:
        """Get one metafield of the store. (`GET /store/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafieldResponse: ...

    @overload
    async def update(
        self,
        metafield_id: int | str,
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
    ) -> StoreMetafieldResponse: ...

    async def update(
        self,
        metafield_id: int | str,
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
    ) -> StoreMetafieldResponse:
        """Update a metafield of the store. (`PUT /store/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _UPDATE_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of the store. (`DELETE /store/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_STORE_METAFIELD,
            {
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
    ) -> StoreMetafieldList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> StoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
    ) -> PartialStoreMetafieldCursorList: ...

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
        StoreMetafieldList
        | StoreMetafieldCursorList
        | PartialStoreMetafieldList
        | PartialStoreMetafieldCursorList
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return await self._invoker.call(
            _GET_STORE_METAFIELDS_BATCH,
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
    ) -> AsyncPaginator[StoreMetafield]: ...

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
    ) -> AsyncCursorPaginator[StoreMetafield]: ...

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
    ) -> AsyncPaginator[PartialStoreMetafield]: ...

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
    ) -> AsyncCursorPaginator[PartialStoreMetafield]: ...

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
        AsyncPaginator[StoreMetafield]
        | AsyncCursorPaginator[StoreMetafield]
        | AsyncPaginator[PartialStoreMetafield]
        | AsyncCursorPaginator[PartialStoreMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_STORE_METAFIELDS_BATCH,
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
            _GET_STORE_METAFIELDS_BATCH,
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

    @overload
    async def create(
        self,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafieldResponse: ...

    @overload
    async def create(
        self,
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
    ) -> StoreMetafieldResponse: ...

    async def create(
        self,
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
    ) -> StoreMetafieldResponse:
        """Create a store metafield. The one-item form of `batch.create` (`POST /store/metafields`)."""
        answered = await self._invoker.create_one(
            _CREATE_STORE_METAFIELDS_BATCH,
            {},
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            answer=StoreMetafieldResponse,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
        return answered.parsed

    async def find(
        self,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> StoreMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return await self._invoker.find(
            _GET_STORE_METAFIELDS_BATCH,
            {},
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=StoreMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def upsert(
        self,
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
    ) -> Upserted[StoreMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return await self._invoker.upsert(
            find=_GET_STORE_METAFIELDS_BATCH,
            create=_CREATE_STORE_METAFIELDS_BATCH,
            update=_UPDATE_STORE_METAFIELD,
            arguments={},
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=StoreMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncStoreMetafieldsWithRawResponse:
    """`store_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> AsyncStoreMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncStoreMetafieldsBatchWithRawResponse(self._invoker)

    async def get(
        self,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[StoreMetafieldResponse]:
        """Get one metafield of the store. (`GET /store/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[StoreMetafieldResponse]: ...

    @overload
    async def update(
        self,
        metafield_id: int | str,
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
    ) -> APIResponse[StoreMetafieldResponse]: ...

    async def update(
        self,
        metafield_id: int | str,
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
    ) -> APIResponse[StoreMetafieldResponse]:
        """Update a metafield of the store. (`PUT /store/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _UPDATE_STORE_METAFIELD,
            {
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
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of the store. (`DELETE /store/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_STORE_METAFIELD,
            {
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
    ) -> APIResponse[StoreMetafieldList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[StoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialStoreMetafieldCursorList]: ...

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
        APIResponse[StoreMetafieldList]
        | APIResponse[StoreMetafieldCursorList]
        | APIResponse[PartialStoreMetafieldList]
        | APIResponse[PartialStoreMetafieldCursorList]
    ):
        """List store metafields across the store. (`GET /store/metafields`)"""
        return await self._invoker.call_raw(
            _GET_STORE_METAFIELDS_BATCH,
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
    async def create(
        self,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[StoreMetafieldResponse]: ...

    @overload
    async def create(
        self,
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
    ) -> APIResponse[StoreMetafieldResponse]: ...

    async def create(
        self,
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
    ) -> APIResponse[StoreMetafieldResponse]:
        """Create a store metafield. The one-item form of `batch.create` (`POST /store/metafields`)."""
        answered = await self._invoker.create_one(
            _CREATE_STORE_METAFIELDS_BATCH,
            {},
            body=body,
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            answer=StoreMetafieldResponse,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
        return answered
