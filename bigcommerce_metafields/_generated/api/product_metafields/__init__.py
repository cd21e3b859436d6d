"""`product_metafields`: typed operations for the SDK's client (generated; do not edit)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, cast, overload

from ...._operation import (
    APIResponse,
    AsyncInvoker,
    CallOptions,
    FieldRule,
    Operation,
    QueryRule,
    SyncInvoker,
    TimeoutTypes,
    Upserted,
)
from ...._pagination import AsyncPaginator, Paginator
from ...models import PartialProductMetafield, ProductMetafield
from ...models.error_response import ErrorResponse
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.metafield_update import MetafieldUpdate
from ...models.partial_product_metafield_list import PartialProductMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.product_metafield_list import ProductMetafieldList
from ...models.product_metafield_response import ProductMetafieldResponse
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from . import (
    create_product_metafield,
    delete_product_metafield,
    get_product_metafield,
    get_product_metafields,
    update_product_metafield,
)

_GET_PRODUCT_METAFIELDS = Operation(
    operation_id="get_product_metafields",
    method="GET",
    path="/catalog/products/{product_id}/metafields",
    build_request=get_product_metafields._get_kwargs,
    parse_response=get_product_metafields._parse_response,
    success=ProductMetafieldList,
    path_parameters=(("product_id", int),),
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
            name="exclude_fields",
            public="exclude_fields",
            generated="exclude_fields",
            kind="array",
            min_items=1,
            items=QueryRule(
                name="exclude_fields[]",
                public="exclude_fields[]",
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
    ),
    sparse_parameters=(
        "include_fields",
        "exclude_fields",
    ),
    sparse_success=PartialProductMetafieldList,
)

_CREATE_PRODUCT_METAFIELD = Operation(
    operation_id="create_product_metafield",
    method="POST",
    path="/catalog/products/{product_id}/metafields",
    build_request=create_product_metafield._get_kwargs,
    parse_response=create_product_metafield._parse_response,
    success=ProductMetafieldResponse,
    path_parameters=(("product_id", int),),
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

_GET_PRODUCT_METAFIELD = Operation(
    operation_id="get_product_metafield",
    method="GET",
    path="/catalog/products/{product_id}/metafields/{metafield_id}",
    build_request=get_product_metafield._get_kwargs,
    parse_response=get_product_metafield._parse_response,
    success=ProductMetafieldResponse,
    path_parameters=(
        ("product_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)

_UPDATE_PRODUCT_METAFIELD = Operation(
    operation_id="update_product_metafield",
    method="PUT",
    path="/catalog/products/{product_id}/metafields/{metafield_id}",
    build_request=update_product_metafield._get_kwargs,
    parse_response=update_product_metafield._parse_response,
    success=ProductMetafieldResponse,
    path_parameters=(
        ("product_id", int),
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

_DELETE_PRODUCT_METAFIELD = Operation(
    operation_id="delete_product_metafield",
    method="DELETE",
    path="/catalog/products/{product_id}/metafields/{metafield_id}",
    build_request=delete_product_metafield._get_kwargs,
    parse_response=delete_product_metafield._parse_response,
    success=type(None),
    path_parameters=(
        ("product_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)


OPERATIONS: dict[str, tuple[str, Operation[Any]]] = {
    "get_product_metafields": ("list", _GET_PRODUCT_METAFIELDS),
    "create_product_metafield": ("create", _CREATE_PRODUCT_METAFIELD),
    "get_product_metafield": ("get", _GET_PRODUCT_METAFIELD),
    "update_product_metafield": ("update", _UPDATE_PRODUCT_METAFIELD),
    "delete_product_metafield": ("delete", _DELETE_PRODUCT_METAFIELD),
}
"""Every operation of the tag: its method name on the resource classes (`x-sdk-method`), and its facts."""


class ProductMetafields:
    """`product_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ProductMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return ProductMetafieldsWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldList: ...

    @overload
    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialProductMetafieldList: ...

    @overload
    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialProductMetafieldList: ...

    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldList | PartialProductMetafieldList:
        """List a product's metafields. (`GET /catalog/products/{product_id}/metafields`)"""
        return self._invoker.call(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
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
                "exclude_fields": exclude_fields,
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
        exclude_fields: Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[ProductMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[PartialProductMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
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
        exclude_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[PartialProductMetafield]: ...

    def paginate(
        self,
        product_id: int,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[ProductMetafield] | Paginator[PartialProductMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
        return self._invoker.paginate(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
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
                "exclude_fields": exclude_fields,
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

    @overload
    def create(
        self,
        product_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldResponse: ...

    @overload
    def create(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse: ...

    def create(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse:
        """Create a metafield on a product. (`POST /catalog/products/{product_id}/metafields`)"""
        return self._invoker.call(
            _CREATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldResponse:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldResponse: ...

    @overload
    def update(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse: ...

    def update(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse:
        """Update a metafield of a product. (`PUT /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _UPDATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return self._invoker.find(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=ProductMetafield,
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
    ) -> Upserted[ProductMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return self._invoker.upsert(
            find=_GET_PRODUCT_METAFIELDS,
            create=_CREATE_PRODUCT_METAFIELD,
            update=_UPDATE_PRODUCT_METAFIELD,
            arguments={
                "product_id": product_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=ProductMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class ProductMetafieldsWithRawResponse:
    """`product_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @overload
    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldList]: ...

    @overload
    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialProductMetafieldList]: ...

    @overload
    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialProductMetafieldList]: ...

    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldList] | APIResponse[PartialProductMetafieldList]:
        """List a product's metafields. (`GET /catalog/products/{product_id}/metafields`)"""
        return self._invoker.call_raw(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
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
                "exclude_fields": exclude_fields,
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
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldResponse]: ...

    @overload
    def create(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]: ...

    def create(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]:
        """Create a metafield on a product. (`POST /catalog/products/{product_id}/metafields`)"""
        return self._invoker.call_raw(
            _CREATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldResponse]:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldResponse]: ...

    @overload
    def update(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]: ...

    def update(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]:
        """Update a metafield of a product. (`PUT /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _UPDATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncProductMetafields:
    """`product_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncProductMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncProductMetafieldsWithRawResponse(self._invoker)

    @overload
    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldList: ...

    @overload
    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialProductMetafieldList: ...

    @overload
    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialProductMetafieldList: ...

    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldList | PartialProductMetafieldList:
        """List a product's metafields. (`GET /catalog/products/{product_id}/metafields`)"""
        return await self._invoker.call(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
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
                "exclude_fields": exclude_fields,
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
        exclude_fields: Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[ProductMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[PartialProductMetafield]: ...

    @overload
    def paginate(
        self,
        product_id: int,
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
        exclude_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[PartialProductMetafield]: ...

    def paginate(
        self,
        product_id: int,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[ProductMetafield] | AsyncPaginator[PartialProductMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
        return self._invoker.paginate(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
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
                "exclude_fields": exclude_fields,
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

    @overload
    async def create(
        self,
        product_id: int,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldResponse: ...

    @overload
    async def create(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse: ...

    async def create(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse:
        """Create a metafield on a product. (`POST /catalog/products/{product_id}/metafields`)"""
        return await self._invoker.call(
            _CREATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldResponse:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafieldResponse: ...

    @overload
    async def update(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse: ...

    async def update(
        self,
        product_id: int,
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
    ) -> ProductMetafieldResponse:
        """Update a metafield of a product. (`PUT /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _UPDATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> ProductMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return await self._invoker.find(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=ProductMetafield,
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
    ) -> Upserted[ProductMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return await self._invoker.upsert(
            find=_GET_PRODUCT_METAFIELDS,
            create=_CREATE_PRODUCT_METAFIELD,
            update=_UPDATE_PRODUCT_METAFIELD,
            arguments={
                "product_id": product_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=ProductMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncProductMetafieldsWithRawResponse:
    """`product_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @overload
    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldList]: ...

    @overload
    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialProductMetafieldList]: ...

    @overload
    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField],
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialProductMetafieldList]: ...

    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
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
        exclude_fields: str | Sequence[MetafieldField] | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldList] | APIResponse[PartialProductMetafieldList]:
        """List a product's metafields. (`GET /catalog/products/{product_id}/metafields`)"""
        return await self._invoker.call_raw(
            _GET_PRODUCT_METAFIELDS,
            {
                "product_id": product_id,
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
                "exclude_fields": exclude_fields,
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
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldResponse]: ...

    @overload
    async def create(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]: ...

    async def create(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]:
        """Create a metafield on a product. (`POST /catalog/products/{product_id}/metafields`)"""
        return await self._invoker.call_raw(
            _CREATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldResponse]:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        body: MetafieldUpdate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[ProductMetafieldResponse]: ...

    @overload
    async def update(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]: ...

    async def update(
        self,
        product_id: int,
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
    ) -> APIResponse[ProductMetafieldResponse]:
        """Update a metafield of a product. (`PUT /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _UPDATE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
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
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
