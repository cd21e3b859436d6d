"""`customer_metafields`: typed operations for the SDK's client (generated; do not edit)."""

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
from ...models import CustomerMetafield, PartialCustomerMetafield
from ...models.customer_metafield_list import CustomerMetafieldList
from ...models.customer_metafield_response import CustomerMetafieldResponse
from ...models.error_response import ErrorResponse
from ...models.metafield_create import MetafieldCreate
from ...models.metafield_field import MetafieldField, check_metafield_field
from ...models.metafield_update import MetafieldUpdate
from ...models.partial_customer_metafield_list import PartialCustomerMetafieldList
from ...models.permission_set import PermissionSet, check_permission_set
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from . import (
    create_customer_metafield,
    delete_customer_metafield,
    get_customer_metafield,
    get_customer_metafields,
    update_customer_metafield,
)

_GET_CUSTOMER_METAFIELDS = Operation(
    operation_id="get_customer_metafields",
    method="GET",
    path="/customers/{customer_id}/metafields",
    build_request=get_customer_metafields._get_kwargs,
    parse_response=get_customer_metafields._parse_response,
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
    ),
    sparse_parameters=("include_fields",),
    sparse_success=PartialCustomerMetafieldList,
)

_CREATE_CUSTOMER_METAFIELD = Operation(
    operation_id="create_customer_metafield",
    method="POST",
    path="/customers/{customer_id}/metafields",
    build_request=create_customer_metafield._get_kwargs,
    parse_response=create_customer_metafield._parse_response,
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
    parse_response=get_customer_metafield._parse_response,
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
    parse_response=update_customer_metafield._parse_response,
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
    parse_response=delete_customer_metafield._parse_response,
    success=type(None),
    path_parameters=(
        ("customer_id", int),
        ("metafield_id", int),
    ),
    query_rules=(),
)


OPERATIONS: dict[str, tuple[str, Operation[Any]]] = {
    "get_customer_metafields": ("list", _GET_CUSTOMER_METAFIELDS),
    "create_customer_metafield": ("create", _CREATE_CUSTOMER_METAFIELD),
    "get_customer_metafield": ("get", _GET_CUSTOMER_METAFIELD),
    "update_customer_metafield": ("update", _UPDATE_CUSTOMER_METAFIELD),
    "delete_customer_metafield": ("delete", _DELETE_CUSTOMER_METAFIELD),
}
"""Every operation of the tag: its method name on the resource classes (`x-sdk-method`), and its facts."""


class CustomerMetafields:
    """`customer_metafields` operations."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CustomerMetafieldsWithRawResponse:
        """The same operations, returning an `APIResponse` (status, headers, rate limit, model)."""
        return CustomerMetafieldsWithRawResponse(self._invoker)

    @overload
    def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldList: ...

    def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldList | PartialCustomerMetafieldList:
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
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[PartialCustomerMetafield]: ...

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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> Paginator[CustomerMetafield] | Paginator[PartialCustomerMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
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

    @overload
    def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldList]: ...

    def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldList] | APIResponse[PartialCustomerMetafieldList]:
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

    @overload
    async def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> PartialCustomerMetafieldList: ...

    async def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> CustomerMetafieldList | PartialCustomerMetafieldList:
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
        include_fields: str | Sequence[MetafieldField],
        page_size: int | Unset = UNSET,
        concurrency: int | Unset = UNSET,
        max_items: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[PartialCustomerMetafield]: ...

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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> AsyncPaginator[CustomerMetafield] | AsyncPaginator[PartialCustomerMetafield]:
        """Every item of `list`, fetching pages as needed (see the README's "Pagination")."""
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

    @overload
    async def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[PartialCustomerMetafieldList]: ...

    async def list(
        self,
        customer_id: int,
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
    ) -> APIResponse[CustomerMetafieldList] | APIResponse[PartialCustomerMetafieldList]:
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
