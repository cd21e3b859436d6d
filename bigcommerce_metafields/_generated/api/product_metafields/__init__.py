"""`product_metafields`: typed operations for the SDK's client (generated; do not edit)."""

from __future__ import annotations

import datetime
from typing import Any, cast

from ...._operation import (
    APIResponse,
    AsyncInvoker,
    CallOptions,
    FieldRule,
    Operation,
    SyncInvoker,
    TimeoutTypes,
)
from ...._pagination import AsyncPaginator, Paginator
from ...models import ProductMetafieldListItem
from ...models.error_response import ErrorResponse
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_update import MetafieldUpdate
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
    query_parameters=(
        "page",
        "limit",
        "key",
        "namespace",
        "direction",
        "key_in",
        "namespace_in",
        "date_created_min",
        "date_created_max",
        "date_modified_min",
        "date_modified_max",
        "include_fields",
        "exclude_fields",
    ),
    generated_names={
        "key_in": "keyin",
        "namespace_in": "namespacein",
        "date_created_min": "date_createdmin",
        "date_created_max": "date_createdmax",
        "date_modified_min": "date_modifiedmin",
        "date_modified_max": "date_modifiedmax",
    },
)

_CREATE_PRODUCT_METAFIELD = Operation(
    operation_id="create_product_metafield",
    method="POST",
    path="/catalog/products/{product_id}/metafields",
    build_request=create_product_metafield._get_kwargs,
    parse_response=create_product_metafield._parse_response,
    success=ProductMetafieldResponse,
    path_parameters=(("product_id", int),),
    query_parameters=(),
    generated_names={},
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
    query_parameters=(),
    generated_names={},
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
    query_parameters=(),
    generated_names={},
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
    query_parameters=(),
    generated_names={},
)


OPERATIONS: dict[str, tuple[str, Operation[Any]]] = {
    "get_product_metafields": ("list", _GET_PRODUCT_METAFIELDS),
    "create_product_metafield": ("create", _CREATE_PRODUCT_METAFIELD),
    "get_product_metafield": ("get", _GET_PRODUCT_METAFIELD),
    "update_product_metafield": ("update", _UPDATE_PRODUCT_METAFIELD),
    "delete_product_metafield": ("delete", _DELETE_PRODUCT_METAFIELD),
}
"""Every operation of the tag: its method name on the resource classes, and its facts."""


class ProductMetafields:
    """`product_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ProductMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return ProductMetafieldsWithRawResponse(self._invoker)

    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Unset = UNSET,
        namespace_in: str | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Unset = UNSET,
        exclude_fields: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ProductMetafieldList:
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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    def paginate(
        self,
        product_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Unset = UNSET,
        namespace_in: str | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Unset = UNSET,
        exclude_fields: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Paginator[ProductMetafieldListItem]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
        return self._invoker.paginate(
            _GET_PRODUCT_METAFIELDS,
            ProductMetafieldListItem,
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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    def get(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ProductMetafieldResponse:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    def delete(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )


class ProductMetafieldsWithRawResponse:
    """`product_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Unset = UNSET,
        namespace_in: str | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Unset = UNSET,
        exclude_fields: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[ProductMetafieldList]:
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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    def get(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[ProductMetafieldResponse]:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    def delete(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[None]:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )


class AsyncProductMetafields:
    """`product_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncProductMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncProductMetafieldsWithRawResponse(self._invoker)

    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Unset = UNSET,
        namespace_in: str | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Unset = UNSET,
        exclude_fields: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ProductMetafieldList:
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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    def paginate(
        self,
        product_id: int,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Unset = UNSET,
        namespace_in: str | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Unset = UNSET,
        exclude_fields: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPaginator[ProductMetafieldListItem]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
        return self._invoker.paginate(
            _GET_PRODUCT_METAFIELDS,
            ProductMetafieldListItem,
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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    async def get(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ProductMetafieldResponse:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    async def delete(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )


class AsyncProductMetafieldsWithRawResponse:
    """`product_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        product_id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        key_in: str | Unset = UNSET,
        namespace_in: str | Unset = UNSET,
        date_created_min: datetime.datetime | Unset = UNSET,
        date_created_max: datetime.datetime | Unset = UNSET,
        date_modified_min: datetime.datetime | Unset = UNSET,
        date_modified_max: datetime.datetime | Unset = UNSET,
        include_fields: str | Unset = UNSET,
        exclude_fields: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[ProductMetafieldList]:
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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    async def get(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[ProductMetafieldResponse]:
        """Get one metafield of a product. (`GET /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

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
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )

    async def delete(
        self,
        product_id: int,
        metafield_id: int,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[None]:
        """Delete a metafield of a product. (`DELETE /catalog/products/{product_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_PRODUCT_METAFIELD,
            {
                "product_id": product_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(timeout=timeout, max_retries=max_retries),
        )
