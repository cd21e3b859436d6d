"""`variant_metafields`: typed operations for the SDK's client (generated; do not edit)."""

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
    PartialVariantMetafield,
    PartialVariantMetafieldCursorList,
    VariantMetafield,
    VariantMetafieldCreateItem,
    VariantMetafieldCursorList,
    VariantMetafieldList,
    VariantMetafieldUpdateItem,
)
from ...models.error_response import ErrorResponse
from ...models.metafield_batch_deletion import MetafieldBatchDeletion
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.partial_variant_metafield_cursor_list import (
    PartialVariantMetafieldCursorList,
)
from ...models.partial_variant_metafield_list import PartialVariantMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...models.variant_metafield_batch import VariantMetafieldBatch
from ...models.variant_metafield_create_item import VariantMetafieldCreateItem
from ...models.variant_metafield_cursor_list import VariantMetafieldCursorList
from ...models.variant_metafield_list import VariantMetafieldList
from ...models.variant_metafield_response import VariantMetafieldResponse
from ...models.variant_metafield_update_item import VariantMetafieldUpdateItem
from ...types import UNSET, Unset
from . import (
    create_variant_metafield,
    create_variant_metafields_batch,
    delete_variant_metafield,
    delete_variant_metafields_batch,
    get_variant_metafield,
    get_variant_metafields,
    get_variant_metafields_batch,
    update_variant_metafield,
    update_variant_metafields_batch,
)

_GET_VARIANT_METAFIELDS = Operation(
    operation_id="get_variant_metafields",
    method="GET",
    path="/catalog/products/{product_id}/variants/{variant_id}/metafields",
    build_request=get_variant_metafields._get_kwargs,
    success=VariantMetafieldList,
    path_parameters=(
        ("product_id", int),
        ("variant_id", int),
    ),
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
    sparse_success=PartialVariantMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=VariantMetafieldCursorList,
    sparse_cursor_success=PartialVariantMetafieldCursorList,
)

_CREATE_VARIANT_METAFIELD = Operation(
    operation_id="create_variant_metafield",
    method="POST",
    path="/catalog/products/{product_id}/variants/{variant_id}/metafields",
    build_request=create_variant_metafield._get_kwargs,
    success=VariantMetafieldResponse,
    path_parameters=(
        ("product_id", int),
        ("variant_id", int),
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

_GET_VARIANT_METAFIELD = Operation(
    operation_id="get_variant_metafield",
    method="GET",
    path="/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}",
    build_request=get_variant_metafield._get_kwargs,
    success=VariantMetafieldResponse,
    path_parameters=(
        ("product_id", int),
        ("variant_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_UPDATE_VARIANT_METAFIELD = Operation(
    operation_id="update_variant_metafield",
    method="PUT",
    path="/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}",
    build_request=update_variant_metafield._get_kwargs,
    success=VariantMetafieldResponse,
    path_parameters=(
        ("product_id", int),
        ("variant_id", int),
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

_DELETE_VARIANT_METAFIELD = Operation(
    operation_id="delete_variant_metafield",
    method="DELETE",
    path="/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}",
    build_request=delete_variant_metafield._get_kwargs,
    success=type(None),
    path_parameters=(
        ("product_id", int),
        ("variant_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_GET_VARIANT_METAFIELDS_BATCH = Operation(
    operation_id="get_variant_metafields_batch",
    method="GET",
    path="/catalog/variants/metafields",
    build_request=get_variant_metafields_batch._get_kwargs,
    success=VariantMetafieldList,
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
        QueryRule(
            name="resource_id:in",
            public="resource_id_in",
            generated="resource_idin",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="resource_id:in[]",
                public="resource_id_in[]",
                generated="",
                kind="integer",
                minimum=1,
            ),
        ),
    ),
    sparse_parameters=("include_fields",),
    sparse_success=PartialVariantMetafieldList,
    cursor_parameters=(
        "before",
        "after",
    ),
    cursor_next="after",
    cursor_success=VariantMetafieldCursorList,
    sparse_cursor_success=PartialVariantMetafieldCursorList,
)

_UPDATE_VARIANT_METAFIELDS_BATCH = Operation(
    operation_id="update_variant_metafields_batch",
    method="PUT",
    path="/catalog/variants/metafields",
    build_request=update_variant_metafields_batch._get_kwargs,
    success=VariantMetafieldBatch,
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
        item=VariantMetafieldUpdateItem,
    ),
)

_CREATE_VARIANT_METAFIELDS_BATCH = Operation(
    operation_id="create_variant_metafields_batch",
    method="POST",
    path="/catalog/variants/metafields",
    build_request=create_variant_metafields_batch._get_kwargs,
    success=VariantMetafieldBatch,
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
        item=VariantMetafieldCreateItem,
        lookup=_GET_VARIANT_METAFIELDS_BATCH,
    ),
)

_DELETE_VARIANT_METAFIELDS_BATCH = Operation(
    operation_id="delete_variant_metafields_batch",
    method="DELETE",
    path="/catalog/variants/metafields",
    build_request=delete_variant_metafields_batch._get_kwargs,
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
    "get_variant_metafields": ("list", _GET_VARIANT_METAFIELDS),
    "create_variant_metafield": ("create", _CREATE_VARIANT_METAFIELD),
    "get_variant_metafield": ("get", _GET_VARIANT_METAFIELD),
    "update_variant_metafield": ("update", _UPDATE_VARIANT_METAFIELD),
    "delete_variant_metafield": ("delete", _DELETE_VARIANT_METAFIELD),
    "get_variant_metafields_batch": ("batch.list", _GET_VARIANT_METAFIELDS_BATCH),
    "update_variant_metafields_batch": ("batch.update", _UPDATE_VARIANT_METAFIELDS_BATCH),
    "create_variant_metafields_batch": ("batch.create", _CREATE_VARIANT_METAFIELDS_BATCH),
    "delete_variant_metafields_batch": ("batch.delete", _DELETE_VARIANT_METAFIELDS_BATCH),
}
"""Every operation of the tag: its method on the resource classes (`x-sdk-method`; "group.method"
for a sub-resource's, per `x-sdk-group`), and its facts."""


class VariantMetafieldsBatch:
    """`variant_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> VariantMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return VariantMetafieldsBatchWithRawResponse(self._invoker)

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialVariantMetafieldList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialVariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialVariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        VariantMetafieldList
        | VariantMetafieldCursorList
        | PartialVariantMetafieldList
        | PartialVariantMetafieldCursorList
    ):
        """List variant metafields across the store. (`GET /catalog/variants/metafields`)"""
        return self._invoker.call(
            _GET_VARIANT_METAFIELDS_BATCH,
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
                "resource_id_in": resource_id_in,
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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[VariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CursorPaginator[VariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[PartialVariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CursorPaginator[PartialVariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset", "cursor"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        Paginator[VariantMetafield]
        | CursorPaginator[VariantMetafield]
        | Paginator[PartialVariantMetafield]
        | CursorPaginator[PartialVariantMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_VARIANT_METAFIELDS_BATCH,
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
                    "resource_id_in": resource_id_in,
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
            _GET_VARIANT_METAFIELDS_BATCH,
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
                "resource_id_in": resource_id_in,
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
        items: Sequence[VariantMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[VariantMetafield]:
        """Update several variant metafields. (`PUT /catalog/variants/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _UPDATE_VARIANT_METAFIELDS_BATCH,
            items,
            item=VariantMetafield,
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
        items: Sequence[VariantMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[VariantMetafield]:
        """Create several variant metafields. (`POST /catalog/variants/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_write(
            _CREATE_VARIANT_METAFIELDS_BATCH,
            items,
            item=VariantMetafield,
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
        """Delete several variant metafields. (`DELETE /catalog/variants/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return self._invoker.batch_delete(
            _DELETE_VARIANT_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class VariantMetafieldsBatchWithRawResponse:
    """`variant_metafields.batch` operations, answering with the raw response beside the model.

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialVariantMetafieldList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        APIResponse[VariantMetafieldList]
        | APIResponse[VariantMetafieldCursorList]
        | APIResponse[PartialVariantMetafieldList]
        | APIResponse[PartialVariantMetafieldCursorList]
    ):
        """List variant metafields across the store. (`GET /catalog/variants/metafields`)"""
        return self._invoker.call_raw(
            _GET_VARIANT_METAFIELDS_BATCH,
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
                "resource_id_in": resource_id_in,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncVariantMetafieldsBatch:
    """`variant_metafields.batch` operations.

    Store-wide operations on many metafields at once."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncVariantMetafieldsBatchWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncVariantMetafieldsBatchWithRawResponse(self._invoker)

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialVariantMetafieldList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialVariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialVariantMetafieldCursorList: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        VariantMetafieldList
        | VariantMetafieldCursorList
        | PartialVariantMetafieldList
        | PartialVariantMetafieldCursorList
    ):
        """List variant metafields across the store. (`GET /catalog/variants/metafields`)"""
        return await self._invoker.call(
            _GET_VARIANT_METAFIELDS_BATCH,
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
                "resource_id_in": resource_id_in,
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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[VariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncCursorPaginator[VariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[PartialVariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["cursor"],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncCursorPaginator[PartialVariantMetafield]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        mode: Literal["offset", "cursor"] = "offset",
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        AsyncPaginator[VariantMetafield]
        | AsyncCursorPaginator[VariantMetafield]
        | AsyncPaginator[PartialVariantMetafield]
        | AsyncCursorPaginator[PartialVariantMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_VARIANT_METAFIELDS_BATCH,
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
                    "resource_id_in": resource_id_in,
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
            _GET_VARIANT_METAFIELDS_BATCH,
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
                "resource_id_in": resource_id_in,
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
        items: Sequence[VariantMetafieldUpdateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[VariantMetafield]:
        """Update several variant metafields. (`PUT /catalog/variants/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _UPDATE_VARIANT_METAFIELDS_BATCH,
            items,
            item=VariantMetafield,
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
        items: Sequence[VariantMetafieldCreateItem],
        *,
        batch_size: int | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> builtins.list[VariantMetafield]:
        """Create several variant metafields. (`POST /catalog/variants/metafields`)

        Any number of items, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently. Returns the metafields as written, in the order given.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_write(
            _CREATE_VARIANT_METAFIELDS_BATCH,
            items,
            item=VariantMetafield,
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
        """Delete several variant metafields. (`DELETE /catalog/variants/metafields`)

        Any number of ids, each checked before anything is sent, go in chunks of
        `batch_size`, concurrently.

        If any fails, `BatchError` is raised once every chunk is done: it holds what succeeded
        and each failure with its index and reason (see the README's "Batch operations").
        """
        return await self._invoker.batch_delete(
            _DELETE_VARIANT_METAFIELDS_BATCH,
            ids,
            batch_size=batch_size,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncVariantMetafieldsBatchWithRawResponse:
    """`variant_metafields.batch` operations, answering with the raw response beside the model.

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialVariantMetafieldList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

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
        resource_id_in: str | Sequence[int] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> (
        APIResponse[VariantMetafieldList]
        | APIResponse[VariantMetafieldCursorList]
        | APIResponse[PartialVariantMetafieldList]
        | APIResponse[PartialVariantMetafieldCursorList]
    ):
        """List variant metafields across the store. (`GET /catalog/variants/metafields`)"""
        return await self._invoker.call_raw(
            _GET_VARIANT_METAFIELDS_BATCH,
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
                "resource_id_in": resource_id_in,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class VariantMetafields:
    """`variant_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> VariantMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return VariantMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> VariantMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return VariantMetafieldsBatch(self._invoker)

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldList: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldCursorList: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldCursorList: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> PartialVariantMetafieldList: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> PartialVariantMetafieldCursorList: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> PartialVariantMetafieldCursorList: ...

    def list(
        self,
        product_id: int,
        variant_id: int,
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
        VariantMetafieldList
        | VariantMetafieldCursorList
        | PartialVariantMetafieldList
        | PartialVariantMetafieldCursorList
    ):
        """List a product variant's metafields. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return self._invoker.call(
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
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
    ) -> Paginator[VariantMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> CursorPaginator[VariantMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> Paginator[PartialVariantMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> CursorPaginator[PartialVariantMetafield]: ...

    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
        Paginator[VariantMetafield]
        | CursorPaginator[VariantMetafield]
        | Paginator[PartialVariantMetafield]
        | CursorPaginator[PartialVariantMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_VARIANT_METAFIELDS,
                {
                    "product_id": product_id,
                    "variant_id": variant_id,
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
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldResponse: ...

    @overload
    def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse: ...

    def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse:
        """Create a metafield on a variant. (`POST /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return self._invoker.call(
            _CREATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldResponse:
        """Get one metafield of a variant. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldResponse: ...

    @overload
    def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse: ...

    def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse:
        """Update a metafield of a variant. (`PUT /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _UPDATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a variant. (`DELETE /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return self._invoker.find(
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=VariantMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def upsert(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> Upserted[VariantMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return self._invoker.upsert(
            find=_GET_VARIANT_METAFIELDS,
            create=_CREATE_VARIANT_METAFIELD,
            update=_UPDATE_VARIANT_METAFIELD,
            arguments={
                "product_id": product_id,
                "variant_id": variant_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=VariantMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class VariantMetafieldsWithRawResponse:
    """`variant_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> VariantMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return VariantMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldList]: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldCursorList]: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldCursorList]: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[PartialVariantMetafieldList]: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

    @overload
    def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

    def list(
        self,
        product_id: int,
        variant_id: int,
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
        APIResponse[VariantMetafieldList]
        | APIResponse[VariantMetafieldCursorList]
        | APIResponse[PartialVariantMetafieldList]
        | APIResponse[PartialVariantMetafieldCursorList]
    ):
        """List a product variant's metafields. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return self._invoker.call_raw(
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldResponse]: ...

    @overload
    def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]: ...

    def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]:
        """Create a metafield on a variant. (`POST /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return self._invoker.call_raw(
            _CREATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldResponse]:
        """Get one metafield of a variant. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldResponse]: ...

    @overload
    def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]: ...

    def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]:
        """Update a metafield of a variant. (`PUT /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _UPDATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a variant. (`DELETE /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncVariantMetafields:
    """`variant_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncVariantMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncVariantMetafieldsWithRawResponse(self._invoker)

    @property
    def batch(self) -> AsyncVariantMetafieldsBatch:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncVariantMetafieldsBatch(self._invoker)

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldList: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldCursorList: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldCursorList: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> PartialVariantMetafieldList: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> PartialVariantMetafieldCursorList: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> PartialVariantMetafieldCursorList: ...

    async def list(
        self,
        product_id: int,
        variant_id: int,
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
        VariantMetafieldList
        | VariantMetafieldCursorList
        | PartialVariantMetafieldList
        | PartialVariantMetafieldCursorList
    ):
        """List a product variant's metafields. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return await self._invoker.call(
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
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
    ) -> AsyncPaginator[VariantMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> AsyncCursorPaginator[VariantMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> AsyncPaginator[PartialVariantMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> AsyncCursorPaginator[PartialVariantMetafield]: ...

    def paginate(
        self,
        product_id: int,
        variant_id: int,
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
        AsyncPaginator[VariantMetafield]
        | AsyncCursorPaginator[VariantMetafield]
        | AsyncPaginator[PartialVariantMetafield]
        | AsyncCursorPaginator[PartialVariantMetafield]
    ):
        """Every item of `list`, fetching pages as needed (see the README's "Pagination").

        mode="offset" reads pages by number, several at once (fastest); mode="cursor" reads
        them one after another from cursors, and is consistent while the listing changes."""
        if mode == "cursor":
            return self._invoker.paginate_cursors(
                _GET_VARIANT_METAFIELDS,
                {
                    "product_id": product_id,
                    "variant_id": variant_id,
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
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldResponse: ...

    @overload
    async def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse: ...

    async def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse:
        """Create a metafield on a variant. (`POST /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return await self._invoker.call(
            _CREATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldResponse:
        """Get one metafield of a variant. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafieldResponse: ...

    @overload
    async def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse: ...

    async def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> VariantMetafieldResponse:
        """Update a metafield of a variant. (`PUT /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _UPDATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a variant. (`DELETE /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> VariantMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return await self._invoker.find(
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=VariantMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def upsert(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> Upserted[VariantMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return await self._invoker.upsert(
            find=_GET_VARIANT_METAFIELDS,
            create=_CREATE_VARIANT_METAFIELD,
            update=_UPDATE_VARIANT_METAFIELD,
            arguments={
                "product_id": product_id,
                "variant_id": variant_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=VariantMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncVariantMetafieldsWithRawResponse:
    """`variant_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def batch(self) -> AsyncVariantMetafieldsBatchWithRawResponse:
        """`batch` operations: many metafields per request, store-wide."""
        return AsyncVariantMetafieldsBatchWithRawResponse(self._invoker)

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldList]: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[PartialVariantMetafieldList]: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

    @overload
    async def list(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[PartialVariantMetafieldCursorList]: ...

    async def list(
        self,
        product_id: int,
        variant_id: int,
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
        APIResponse[VariantMetafieldList]
        | APIResponse[VariantMetafieldCursorList]
        | APIResponse[PartialVariantMetafieldList]
        | APIResponse[PartialVariantMetafieldCursorList]
    ):
        """List a product variant's metafields. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return await self._invoker.call_raw(
            _GET_VARIANT_METAFIELDS,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldResponse]: ...

    @overload
    async def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]: ...

    async def create(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]:
        """Create a metafield on a variant. (`POST /catalog/products/{product_id}/variants/{variant_id}/metafields`)"""
        return await self._invoker.call_raw(
            _CREATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldResponse]:
        """Get one metafield of a variant. (`GET /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[VariantMetafieldResponse]: ...

    @overload
    async def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]: ...

    async def update(
        self,
        product_id: int,
        variant_id: int,
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
    ) -> APIResponse[VariantMetafieldResponse]:
        """Update a metafield of a variant. (`PUT /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _UPDATE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
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
        product_id: int,
        variant_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a variant. (`DELETE /catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_VARIANT_METAFIELD,
            {
                "product_id": product_id,
                "variant_id": variant_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
