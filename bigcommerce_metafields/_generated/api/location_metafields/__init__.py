"""`location_metafields`: typed operations for the SDK's client (generated; do not edit)."""

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
    LocationMetafield,
    LocationMetafieldCreateItem,
    LocationMetafieldCursorList,
    LocationMetafieldList,
    LocationMetafieldUpdateItem,
    PartialLocationMetafield,
    PartialLocationMetafieldCursorList,
)
from ...models.error_response import ErrorResponse
from ...models.location_metafield_batch import LocationMetafieldBatch
from ...models.location_metafield_create_item import LocationMetafieldCreateItem
from ...models.location_metafield_cursor_list import LocationMetafieldCursorList
from ...models.location_metafield_list import LocationMetafieldList
from ...models.location_metafield_response import LocationMetafieldResponse
from ...models.location_metafield_update_item import LocationMetafieldUpdateItem
from ...models.metafield_batch_deletion import MetafieldBatchDeletion
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.metafield_update import MetafieldUpdate
from ...models.partial_location_metafield_cursor_list import (
    PartialLocationMetafieldCursorList,
)
from ...models.partial_location_metafield_list import PartialLocationMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from . import (
    create_location_metafield,
    create_location_metafields_batch,
    delete_location_metafield,
    delete_location_metafields_batch,
    get_location_metafield,
    get_location_metafields,
    get_location_metafields_batch,
    update_location_metafield,
    update_location_metafields_batch,
)

_GET_LOCATION_METAFIELDS = Operation(
    operation_id="get_location_metafields",
    method="GET",
    path="/inventory/locations/{location_id}/metafields",
    build_request=get_location_metafields._get_kwargs,
    success=LocationMetafieldList,
    path_parameters=(("location_id", int),),
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
    sparse_success=PartialLocationMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=LocationMetafieldCursorList,
    sparse_cursor_success=PartialLocationMetafieldCursorList,
)

_CREATE_LOCATION_METAFIELD = Operation(
    operation_id="create_location_metafield",
    method="POST",
    path="/inventory/locations/{location_id}/metafields",
    build_request=create_location_metafield._get_kwargs,
    success=LocationMetafieldResponse,
    path_parameters=(("location_id", int),),
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

_GET_LOCATION_METAFIELD = Operation(
    operation_id="get_location_metafield",
    method="GET",
    path="/inventory/locations/{location_id}/metafields/{metafield_id}",
    build_request=get_location_metafield._get_kwargs,
    success=LocationMetafieldResponse,
    path_parameters=(
        ("location_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_UPDATE_LOCATION_METAFIELD = Operation(
    operation_id="update_location_metafield",
    method="PUT",
    path="/inventory/locations/{location_id}/metafields/{metafield_id}",
    build_request=update_location_metafield._get_kwargs,
    success=LocationMetafieldResponse,
    path_parameters=(
        ("location_id", int),
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

_DELETE_LOCATION_METAFIELD = Operation(
    operation_id="delete_location_metafield",
    method="DELETE",
    path="/inventory/locations/{location_id}/metafields/{metafield_id}",
    build_request=delete_location_metafield._get_kwargs,
    success=type(None),
    path_parameters=(
        ("location_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_GET_LOCATION_METAFIELDS_BATCH = Operation(
    operation_id="get_location_metafields_batch",
    method="GET",
    path="/inventory/locations/metafields",
    build_request=get_location_metafields_batch._get_kwargs,
    success=LocationMetafieldList,
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
    sparse_success=PartialLocationMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=LocationMetafieldCursorList,
    sparse_cursor_success=PartialLocationMetafieldCursorList,
)

_UPDATE_LOCATION_METAFIELDS_BATCH = Operation(
    operation_id="update_location_metafields_batch",
    method="PUT",
    path="/inventory/locations/metafields",
    build_request=update_location_metafields_batch._get_kwargs,
    success=LocationMetafieldBatch,
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
                kind="string",
                minimum=None,
                pattern="^[0-9]+$",
            ),
        ),
        item=LocationMetafieldUpdateItem,
    ),
)

_CREATE_LOCATION_METAFIELDS_BATCH = Operation(
    operation_id="create_location_metafields_batch",
    method="POST",
    path="/inventory/locations/metafields",
    build_request=create_location_metafields_batch._get_kwargs,
    success=LocationMetafieldBatch,
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
        item=LocationMetafieldCreateItem,
        lookup=_GET_LOCATION_METAFIELDS_BATCH,
    ),
)

_DELETE_LOCATION_METAFIELDS_BATCH = Operation(
    operation_id="delete_location_metafields_batch",
    method="DELETE",
    path="/inventory/locations/metafields",
    build_request=delete_location_metafields_batch._get_kwargs,
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
    "get_location_metafields": ("list", _GET_LOCATION_METAFIELDS),
    "create_location_metafield": ("create", _CREATE_LOCATION_METAFIELD),
    "get_location_metafield": ("get", _GET_LOCATION_METAFIELD),
    "update_location_metafield": ("update", _UPDATE_LOCATION_METAFIELD),
    "delete_location_metafield": ("delete", _DELETE_LOCATION_METAFIELD),
    "get_location_metafields_batch": ("batch.list", _GET_LOCATION_METAFIELDS_BATCH),
    "update_location_metafields_batch": ("batch.update", _UPDATE_LOCATION_METAFIELDS_BATCH),
    "create_location_metafields_batch": ("batch.create", _CREATE_LOCATION_METAFIELDS_BATCH),
    "delete_location_metafields_batch": ("batch.delete", _DELETE_LOCATION_METAFIELDS_BATCH),
}
"""Every operation of the tag: its method on the resource classes (`x-sdk-method`; "group.method"
for a sub-resource's, per `x-sdk-group`), and its facts."""


class LocationMetafieldsBatch:
    """`location_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> LocationMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return LocationMetafieldsBatchWithRawResponse(self._invoker)

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
    ) -> LocationMetafieldList: ...

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
    ) -> LocationMetafieldCursorList: ...

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
    ) -> LocationMetafieldCursorList: ...

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
    ) -> PartialLocationMetafieldList: ...

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
    ) -> PartialLocationMetafieldCursorList: ...

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
    ) -> PartialLocationMetafieldCursorList: ...

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
        LocationMetafieldList
        | LocationMetafieldCursorList
        | PartialLocationMetafieldList
        | PartialLocationMetafieldCursorList
    ):
        """List inventory location metafields across the store. (`GET /inventory/locations/metafields`)"""
        return self._invoker.call(
            _GET_LOCATION_METAFIELDS_BATCH,
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
    ) -> Paginator[LocationMetafield]: ...

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
    ) -> CursorPaginator[LocationMetafield]: ...

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
    ) -> Paginator[PartialLocationMetafield]: ...

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
    ) -> CursorPaginator[PartialLocationMetafield]: ...

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
        Paginator[LocationMetafield]
        | CursorPaginator[LocationMetafield]
        | Paginator[PartialLocationMetafield]
        | CursorPaginator[PartialLocationMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_LOCATION_METAFIELDS_BATCH,
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
            _GET_LOCATION_METAFIELDS_BATCH,
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
        items: Sequence[LocationMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[LocationMetafield]:
        """Update several inventory location metafields. (`PUT /inventory/locations/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _UPDATE_LOCATION_METAFIELDS_BATCH,
            items,
            item=LocationMetafield,
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
        items: Sequence[LocationMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[LocationMetafield]:
        """Create several inventory location metafields. (`POST /inventory/locations/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _CREATE_LOCATION_METAFIELDS_BATCH,
            items,
            item=LocationMetafield,
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
        """Delete several inventory location metafields. (`DELETE /inventory/locations/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_delete(
            _DELETE_LOCATION_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class LocationMetafieldsBatchWithRawResponse:
    """`location_metafields.batch` operations, answering with the raw response beside the model.

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
    ) -> APIResponse[LocationMetafieldList]: ...

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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialLocationMetafieldList]: ...

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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

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
        APIResponse[LocationMetafieldList]
        | APIResponse[LocationMetafieldCursorList]
        | APIResponse[PartialLocationMetafieldList]
        | APIResponse[PartialLocationMetafieldCursorList]
    ):
        """List inventory location metafields across the store. (`GET /inventory/locations/metafields`)"""
        return self._invoker.call_raw(
            _GET_LOCATION_METAFIELDS_BATCH,
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


class AsyncLocationMetafieldsBatch:
    """`location_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncLocationMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncLocationMetafieldsBatchWithRawResponse(self._invoker)

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
    ) -> LocationMetafieldList: ...

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
    ) -> LocationMetafieldCursorList: ...

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
    ) -> LocationMetafieldCursorList: ...

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
    ) -> PartialLocationMetafieldList: ...

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
    ) -> PartialLocationMetafieldCursorList: ...

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
    ) -> PartialLocationMetafieldCursorList: ...

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
        LocationMetafieldList
        | LocationMetafieldCursorList
        | PartialLocationMetafieldList
        | PartialLocationMetafieldCursorList
    ):
        """List inventory location metafields across the store. (`GET /inventory/locations/metafields`)"""
        return await self._invoker.call(
            _GET_LOCATION_METAFIELDS_BATCH,
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
    ) -> AsyncPaginator[LocationMetafield]: ...

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
    ) -> AsyncCursorPaginator[LocationMetafield]: ...

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
    ) -> AsyncPaginator[PartialLocationMetafield]: ...

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
    ) -> AsyncCursorPaginator[PartialLocationMetafield]: ...

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
        AsyncPaginator[LocationMetafield]
        | AsyncCursorPaginator[LocationMetafield]
        | AsyncPaginator[PartialLocationMetafield]
        | AsyncCursorPaginator[PartialLocationMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_LOCATION_METAFIELDS_BATCH,
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
            _GET_LOCATION_METAFIELDS_BATCH,
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
        items: Sequence[LocationMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[LocationMetafield]:
        """Update several inventory location metafields. (`PUT /inventory/locations/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _UPDATE_LOCATION_METAFIELDS_BATCH,
            items,
            item=LocationMetafield,
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
        items: Sequence[LocationMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[LocationMetafield]:
        """Create several inventory location metafields. (`POST /inventory/locations/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _CREATE_LOCATION_METAFIELDS_BATCH,
            items,
            item=LocationMetafield,
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
        """Delete several inventory location metafields. (`DELETE /inventory/locations/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_delete(
            _DELETE_LOCATION_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncLocationMetafieldsBatchWithRawResponse:
    """`location_metafields.batch` operations, answering with the raw response beside the model.

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
    ) -> APIResponse[LocationMetafieldList]: ...

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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialLocationMetafieldList]: ...

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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

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
        APIResponse[LocationMetafieldList]
        | APIResponse[LocationMetafieldCursorList]
        | APIResponse[PartialLocationMetafieldList]
        | APIResponse[PartialLocationMetafieldCursorList]
    ):
        """List inventory location metafields across the store. (`GET /inventory/locations/metafields`)"""
        return await self._invoker.call_raw(
            _GET_LOCATION_METAFIELDS_BATCH,
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


class LocationMetafields:
    """`location_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> LocationMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return LocationMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> LocationMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return LocationMetafieldsBatch(self._invoker)

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> LocationMetafieldList: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> LocationMetafieldCursorList: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> LocationMetafieldCursorList: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> PartialLocationMetafieldList: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> PartialLocationMetafieldCursorList: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> PartialLocationMetafieldCursorList: ...

    def list(
        self,
        location_id: int,
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
        LocationMetafieldList
        | LocationMetafieldCursorList
        | PartialLocationMetafieldList
        | PartialLocationMetafieldCursorList
    ):
        """List an inventory location's metafields. (`GET /inventory/locations/{location_id}/metafields`)"""
        return self._invoker.call(
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
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
        location_id: int,
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
    ) -> Paginator[LocationMetafield]: ...

    @overload
    def paginate(
        self,
        location_id: int,
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
    ) -> CursorPaginator[LocationMetafield]: ...

    @overload
    def paginate(
        self,
        location_id: int,
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
    ) -> Paginator[PartialLocationMetafield]: ...

    @overload
    def paginate(
        self,
        location_id: int,
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
    ) -> CursorPaginator[PartialLocationMetafield]: ...

    def paginate(
        self,
        location_id: int,
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
        Paginator[LocationMetafield]
        | CursorPaginator[LocationMetafield]
        | Paginator[PartialLocationMetafield]
        | CursorPaginator[PartialLocationMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_LOCATION_METAFIELDS,
                {
                    "location_id": location_id,
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
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
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
        location_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafieldResponse: ...

    @overload
    def create(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse: ...

    def create(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse:
        """Create a metafield on a location. (`POST /inventory/locations/{location_id}/metafields`)"""
        return self._invoker.call(
            _CREATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafieldResponse:
        """Get one metafield of a location. (`GET /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafieldResponse: ...

    @overload
    def update(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse: ...

    def update(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse:
        """Update a metafield of a location. (`PUT /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _UPDATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a location. (`DELETE /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return self._invoker.find(
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=LocationMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def upsert(
        self,
        location_id: int,
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
    ) -> Upserted[LocationMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return self._invoker.upsert(
            find=_GET_LOCATION_METAFIELDS,
            create=_CREATE_LOCATION_METAFIELD,
            update=_UPDATE_LOCATION_METAFIELD,
            arguments={
                "location_id": location_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=LocationMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class LocationMetafieldsWithRawResponse:
    """`location_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> LocationMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return LocationMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldList]: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> APIResponse[PartialLocationMetafieldList]: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

    @overload
    def list(
        self,
        location_id: int,
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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

    def list(
        self,
        location_id: int,
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
        APIResponse[LocationMetafieldList]
        | APIResponse[LocationMetafieldCursorList]
        | APIResponse[PartialLocationMetafieldList]
        | APIResponse[PartialLocationMetafieldCursorList]
    ):
        """List an inventory location's metafields. (`GET /inventory/locations/{location_id}/metafields`)"""
        return self._invoker.call_raw(
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
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
        location_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[LocationMetafieldResponse]: ...

    @overload
    def create(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]: ...

    def create(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]:
        """Create a metafield on a location. (`POST /inventory/locations/{location_id}/metafields`)"""
        return self._invoker.call_raw(
            _CREATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[LocationMetafieldResponse]:
        """Get one metafield of a location. (`GET /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[LocationMetafieldResponse]: ...

    @overload
    def update(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]: ...

    def update(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]:
        """Update a metafield of a location. (`PUT /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _UPDATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a location. (`DELETE /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncLocationMetafields:
    """`location_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncLocationMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncLocationMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> AsyncLocationMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncLocationMetafieldsBatch(self._invoker)

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> LocationMetafieldList: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> LocationMetafieldCursorList: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> LocationMetafieldCursorList: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> PartialLocationMetafieldList: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> PartialLocationMetafieldCursorList: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> PartialLocationMetafieldCursorList: ...

    async def list(
        self,
        location_id: int,
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
        LocationMetafieldList
        | LocationMetafieldCursorList
        | PartialLocationMetafieldList
        | PartialLocationMetafieldCursorList
    ):
        """List an inventory location's metafields. (`GET /inventory/locations/{location_id}/metafields`)"""
        return await self._invoker.call(
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
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
        location_id: int,
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
    ) -> AsyncPaginator[LocationMetafield]: ...

    @overload
    def paginate(
        self,
        location_id: int,
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
    ) -> AsyncCursorPaginator[LocationMetafield]: ...

    @overload
    def paginate(
        self,
        location_id: int,
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
    ) -> AsyncPaginator[PartialLocationMetafield]: ...

    @overload
    def paginate(
        self,
        location_id: int,
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
    ) -> AsyncCursorPaginator[PartialLocationMetafield]: ...

    def paginate(
        self,
        location_id: int,
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
        AsyncPaginator[LocationMetafield]
        | AsyncCursorPaginator[LocationMetafield]
        | AsyncPaginator[PartialLocationMetafield]
        | AsyncCursorPaginator[PartialLocationMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_LOCATION_METAFIELDS,
                {
                    "location_id": location_id,
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
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
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
        location_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafieldResponse: ...

    @overload
    async def create(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse: ...

    async def create(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse:
        """Create a metafield on a location. (`POST /inventory/locations/{location_id}/metafields`)"""
        return await self._invoker.call(
            _CREATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafieldResponse:
        """Get one metafield of a location. (`GET /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafieldResponse: ...

    @overload
    async def update(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse: ...

    async def update(
        self,
        location_id: int,
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
    ) -> LocationMetafieldResponse:
        """Update a metafield of a location. (`PUT /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _UPDATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a location. (`DELETE /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> LocationMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return await self._invoker.find(
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=LocationMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def upsert(
        self,
        location_id: int,
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
    ) -> Upserted[LocationMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return await self._invoker.upsert(
            find=_GET_LOCATION_METAFIELDS,
            create=_CREATE_LOCATION_METAFIELD,
            update=_UPDATE_LOCATION_METAFIELD,
            arguments={
                "location_id": location_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=LocationMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncLocationMetafieldsWithRawResponse:
    """`location_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> AsyncLocationMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncLocationMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldList]: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> APIResponse[PartialLocationMetafieldList]: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        location_id: int,
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
    ) -> APIResponse[PartialLocationMetafieldCursorList]: ...

    async def list(
        self,
        location_id: int,
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
        APIResponse[LocationMetafieldList]
        | APIResponse[LocationMetafieldCursorList]
        | APIResponse[PartialLocationMetafieldList]
        | APIResponse[PartialLocationMetafieldCursorList]
    ):
        """List an inventory location's metafields. (`GET /inventory/locations/{location_id}/metafields`)"""
        return await self._invoker.call_raw(
            _GET_LOCATION_METAFIELDS,
            {
                "location_id": location_id,
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
        location_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[LocationMetafieldResponse]: ...

    @overload
    async def create(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]: ...

    async def create(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]:
        """Create a metafield on a location. (`POST /inventory/locations/{location_id}/metafields`)"""
        return await self._invoker.call_raw(
            _CREATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[LocationMetafieldResponse]:
        """Get one metafield of a location. (`GET /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[LocationMetafieldResponse]: ...

    @overload
    async def update(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]: ...

    async def update(
        self,
        location_id: int,
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
    ) -> APIResponse[LocationMetafieldResponse]:
        """Update a metafield of a location. (`PUT /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _UPDATE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
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
        location_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a location. (`DELETE /inventory/locations/{location_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_LOCATION_METAFIELD,
            {
                "location_id": location_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
