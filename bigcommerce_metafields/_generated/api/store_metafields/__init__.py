"""`store_metafields`: typed operations for the SDK's client (generated; do not edit)."""

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
from ...models.error_response import ErrorResponse
from ...models.metafield_create import MetafieldCreate
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.store_metafield_response import StoreMetafieldResponse
from ...types import UNSET, Unset
from . import (
    delete_store_metafield,
    get_store_metafield,
    update_store_metafield,
)

_GET_STORE_METAFIELD = Operation(
    operation_id="get_store_metafield",
    method="GET",
    path="/store/metafields/{metafield_id}",
    build_request=get_store_metafield._get_kwargs,
    parse_response=get_store_metafield._parse_response,
    success=StoreMetafieldResponse,
    path_parameters=(("metafield_id", int | str),),
    query_rules=(),
)

_UPDATE_STORE_METAFIELD = Operation(
    operation_id="update_store_metafield",
    method="PUT",
    path="/store/metafields/{metafield_id}",
    build_request=update_store_metafield._get_kwargs,
    parse_response=update_store_metafield._parse_response,
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
    parse_response=delete_store_metafield._parse_response,
    success=type(None),
    path_parameters=(("metafield_id", int | str),),
    query_rules=(),
)


OPERATIONS: dict[str, tuple[str, Operation[Any]]] = {
    "get_store_metafield": ("get", _GET_STORE_METAFIELD),
    "update_store_metafield": ("update", _UPDATE_STORE_METAFIELD),
    "delete_store_metafield": ("delete", _DELETE_STORE_METAFIELD),
}
"""Every operation of the tag: its method name on the resource classes (`x-sdk-method`), and its facts."""


class StoreMetafields:
    """`store_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> StoreMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return StoreMetafieldsWithRawResponse(self._invoker)

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


class StoreMetafieldsWithRawResponse:
    """`store_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

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


class AsyncStoreMetafields:
    """`store_metafields` operations."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncStoreMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return AsyncStoreMetafieldsWithRawResponse(self._invoker)

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


class AsyncStoreMetafieldsWithRawResponse:
    """`store_metafields` operations, answering with the raw response beside the model."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

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
