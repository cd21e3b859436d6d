"""`order_metafields`: typed operations for the SDK's client (generated; do not edit)."""

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
from ...models import OrderMetafield, PartialOrderMetafield
from ...models.error_response import ErrorResponse
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.order_metafield_list import OrderMetafieldList
from ...models.order_metafield_response import OrderMetafieldResponse
from ...models.partial_order_metafield_list import PartialOrderMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from . import (
    create_order_metafield,
    delete_order_metafield,
    get_order_metafield,
    get_order_metafields,
    update_order_metafield,
)

_GET_ORDER_METAFIELDS = Operation(
    operation_id="get_order_metafields",
    method="GET",
    path="/orders/{order_id}/metafields",
    build_request=get_order_metafields._get_kwargs,
    parse_response=get_order_metafields._parse_response,
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
    ),
    sparse_parameters=("include_fields",),
    sparse_success=PartialOrderMetafieldList,
)

_CREATE_ORDER_METAFIELD = Operation(
    operation_id="create_order_metafield",
    method="POST",
    path="/orders/{order_id}/metafields",
    build_request=create_order_metafield._get_kwargs,
    parse_response=create_order_metafield._parse_response,
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
    parse_response=get_order_metafield._parse_response,
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
    parse_response=update_order_metafield._parse_response,
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
    parse_response=delete_order_metafield._parse_response,
    success=type(None),
    path_parameters=(
        ("order_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)


OPERATIONS: dict[str, tuple[str, Operation[Any]]] = {
    "get_order_metafields": ("list", _GET_ORDER_METAFIELDS),
    "create_order_metafield": ("create", _CREATE_ORDER_METAFIELD),
    "get_order_metafield": ("get", _GET_ORDER_METAFIELD),
    "update_order_metafield": ("update", _UPDATE_ORDER_METAFIELD),
    "delete_order_metafield": ("delete", _DELETE_ORDER_METAFIELD),
}
"""Every operation of the tag: its method name on the resource classes (`x-sdk-method`), and its facts."""


class OrderMetafields:
    """`order_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> OrderMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return OrderMetafieldsWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialOrderMetafieldList: ...

    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldList | PartialOrderMetafieldList:
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
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[PartialOrderMetafield]: ...

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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[OrderMetafield] | Paginator[PartialOrderMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
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

    @overload
    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialOrderMetafieldList]: ...

    def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldList] | APIResponse[PartialOrderMetafieldList]:
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

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialOrderMetafieldList: ...

    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> OrderMetafieldList | PartialOrderMetafieldList:
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
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[PartialOrderMetafield]: ...

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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[OrderMetafield] | AsyncPaginator[PartialOrderMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
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

    @overload
    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialOrderMetafieldList]: ...

    async def list(
        self,
        order_id: int,
        *,
        page: int | Unset = 1,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[OrderMetafieldList] | APIResponse[PartialOrderMetafieldList]:
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
