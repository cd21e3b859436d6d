"""`cart_metafields`: typed operations for the SDK's client (generated; do not edit)."""

from __future__ import annotations

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
from ...models import CartMetafield
from ...models.cart_metafield_list import CartMetafieldList
from ...models.cart_metafield_response import CartMetafieldResponse
from ...models.error_response import ErrorResponse
from ...models.metafield_create import MetafieldCreate
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from . import (
    create_cart_metafield,
    delete_cart_metafield,
    get_cart_metafield,
    get_cart_metafields,
    update_cart_metafield,
)

_GET_CART_METAFIELDS = Operation(
    operation_id="get_cart_metafields",
    method="GET",
    path="/carts/{cart_id}/metafields",
    build_request=get_cart_metafields._get_kwargs,
    parse_response=get_cart_metafields._parse_response,
    success=CartMetafieldList,
    path_parameters=(("cart_id", str),),
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
    ),
)

_CREATE_CART_METAFIELD = Operation(
    operation_id="create_cart_metafield",
    method="POST",
    path="/carts/{cart_id}/metafields",
    build_request=create_cart_metafield._get_kwargs,
    parse_response=create_cart_metafield._parse_response,
    success=CartMetafieldResponse,
    path_parameters=(("cart_id", str),),
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

_GET_CART_METAFIELD = Operation(
    operation_id="get_cart_metafield",
    method="GET",
    path="/carts/{cart_id}/metafields/{metafield_id}",
    build_request=get_cart_metafield._get_kwargs,
    parse_response=get_cart_metafield._parse_response,
    success=CartMetafieldResponse,
    path_parameters=(
        ("cart_id", str),
        ("metafield_id", int | str),
    ),
    query_rules=(),
)

_UPDATE_CART_METAFIELD = Operation(
    operation_id="update_cart_metafield",
    method="PUT",
    path="/carts/{cart_id}/metafields/{metafield_id}",
    build_request=update_cart_metafield._get_kwargs,
    parse_response=update_cart_metafield._parse_response,
    success=CartMetafieldResponse,
    path_parameters=(
        ("cart_id", str),
        ("metafield_id", int | str),
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

_DELETE_CART_METAFIELD = Operation(
    operation_id="delete_cart_metafield",
    method="DELETE",
    path="/carts/{cart_id}/metafields/{metafield_id}",
    build_request=delete_cart_metafield._get_kwargs,
    parse_response=delete_cart_metafield._parse_response,
    success=type(None),
    path_parameters=(
        ("cart_id", str),
        ("metafield_id", int | str),
    ),
    query_rules=(),
)


OPERATIONS: dict[str, tuple[str, Operation[Any]]] = {
    "get_cart_metafields": ("list", _GET_CART_METAFIELDS),
    "create_cart_metafield": ("create", _CREATE_CART_METAFIELD),
    "get_cart_metafield": ("get", _GET_CART_METAFIELD),
    "update_cart_metafield": ("update", _UPDATE_CART_METAFIELD),
    "delete_cart_metafield": ("delete", _DELETE_CART_METAFIELD),
}
"""Every operation of the tag: its method name on the resource classes (`x-sdk-method`), and its facts."""


class CartMetafields:
    """`cart_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CartMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return CartMetafieldsWithRawResponse(self._invoker)

    def list(
        self,
        cart_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldList:
        """List a cart's metafields. (`GET /carts/{cart_id}/metafields`)"""
        return self._invoker.call(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def paginate(
        self,
        cart_id: str,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[CartMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
        return self._invoker.paginate(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
                "key": key,
                "namespace": namespace,
                "direction": direction,
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
        cart_id: str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldResponse: ...

    @overload
    def create(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse: ...

    def create(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse:
        """Create a metafield on a cart. (`POST /carts/{cart_id}/metafields`)"""
        return self._invoker.call(
            _CREATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldResponse:
        """Get one metafield of a cart. (`GET /carts/{cart_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _GET_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldResponse: ...

    @overload
    def update(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse: ...

    def update(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse:
        """Update a metafield of a cart. (`PUT /carts/{cart_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _UPDATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a cart. (`DELETE /carts/{cart_id}/metafields/{metafield_id}`)"""
        return self._invoker.call(
            _DELETE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return self._invoker.find(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=CartMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def upsert(
        self,
        cart_id: str,
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
    ) -> Upserted[CartMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return self._invoker.upsert(
            find=_GET_CART_METAFIELDS,
            create=_CREATE_CART_METAFIELD,
            update=_UPDATE_CART_METAFIELD,
            arguments={
                "cart_id": cart_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=CartMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CartMetafieldsWithRawResponse:
    """`cart_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def list(
        self,
        cart_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldList]:
        """List a cart's metafields. (`GET /carts/{cart_id}/metafields`)"""
        return self._invoker.call_raw(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
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
        cart_id: str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldResponse]: ...

    @overload
    def create(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]: ...

    def create(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]:
        """Create a metafield on a cart. (`POST /carts/{cart_id}/metafields`)"""
        return self._invoker.call_raw(
            _CREATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldResponse]:
        """Get one metafield of a cart. (`GET /carts/{cart_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _GET_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldResponse]: ...

    @overload
    def update(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]: ...

    def update(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]:
        """Update a metafield of a cart. (`PUT /carts/{cart_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _UPDATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a cart. (`DELETE /carts/{cart_id}/metafields/{metafield_id}`)"""
        return self._invoker.call_raw(
            _DELETE_CART_METAFIELD,
            {
                "cart_id": cart_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCartMetafields:
    """`cart_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCartMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncCartMetafieldsWithRawResponse(self._invoker)

    async def list(
        self,
        cart_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldList:
        """List a cart's metafields. (`GET /carts/{cart_id}/metafields`)"""
        return await self._invoker.call(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def paginate(
        self,
        cart_id: str,
        *,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[CartMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
        return self._invoker.paginate(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
                "key": key,
                "namespace": namespace,
                "direction": direction,
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
        cart_id: str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldResponse: ...

    @overload
    async def create(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse: ...

    async def create(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse:
        """Create a metafield on a cart. (`POST /carts/{cart_id}/metafields`)"""
        return await self._invoker.call(
            _CREATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldResponse:
        """Get one metafield of a cart. (`GET /carts/{cart_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _GET_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafieldResponse: ...

    @overload
    async def update(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse: ...

    async def update(
        self,
        cart_id: str,
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
    ) -> CartMetafieldResponse:
        """Update a metafield of a cart. (`PUT /carts/{cart_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _UPDATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> None:
        """Delete a metafield of a cart. (`DELETE /carts/{cart_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call(
            _DELETE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CartMetafield | None:
        """The metafield with this namespace and key, or None (see the README's "Find and upsert").

        Several apps may each hold one: this client's is returned (its owner id is learnt from
        its writes), or `owner_client_id`'s; if that cannot tell, `AmbiguousMetafieldError`.
        """
        return await self._invoker.find(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
            },
            namespace=namespace,
            key=key,
            owner_client_id=owner_client_id,
            item=CartMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def upsert(
        self,
        cart_id: str,
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
    ) -> Upserted[CartMetafield]:
        """Create the metafield, or update the one with this namespace and key so that it holds
        these fields; leave it alone if it already does. Safe to repeat (see "Find and upsert")."""
        return await self._invoker.upsert(
            find=_GET_CART_METAFIELDS,
            create=_CREATE_CART_METAFIELD,
            update=_UPDATE_CART_METAFIELD,
            arguments={
                "cart_id": cart_id,
            },
            fields={
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "description": description,
            },
            item=CartMetafield,
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCartMetafieldsWithRawResponse:
    """`cart_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        cart_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        key: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        direction: SortDirection | Unset = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldList]:
        """List a cart's metafields. (`GET /carts/{cart_id}/metafields`)"""
        return await self._invoker.call_raw(
            _GET_CART_METAFIELDS,
            {
                "cart_id": cart_id,
                "page": page,
                "limit": limit,
                "key": key,
                "namespace": namespace,
                "direction": direction,
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
        cart_id: str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldResponse]: ...

    @overload
    async def create(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]: ...

    async def create(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]:
        """Create a metafield on a cart. (`POST /carts/{cart_id}/metafields`)"""
        return await self._invoker.call_raw(
            _CREATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldResponse]:
        """Get one metafield of a cart. (`GET /carts/{cart_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _GET_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        body: MetafieldCreate,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CartMetafieldResponse]: ...

    @overload
    async def update(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]: ...

    async def update(
        self,
        cart_id: str,
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
    ) -> APIResponse[CartMetafieldResponse]:
        """Update a metafield of a cart. (`PUT /carts/{cart_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _UPDATE_CART_METAFIELD,
            {
                "cart_id": cart_id,
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
        cart_id: str,
        metafield_id: int | str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[None]:
        """Delete a metafield of a cart. (`DELETE /carts/{cart_id}/metafields/{metafield_id}`)"""
        return await self._invoker.call_raw(
            _DELETE_CART_METAFIELD,
            {
                "cart_id": cart_id,
                "metafield_id": metafield_id,
            },
            options=CallOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
