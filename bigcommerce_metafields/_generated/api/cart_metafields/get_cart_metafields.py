from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cart_metafield_cursor_list import CartMetafieldCursorList
from ...models.cart_metafield_list import CartMetafieldList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cart_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["key"] = key

    params["namespace"] = namespace

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["before"] = before

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/carts/{cart_id}/metafields".format(
            cart_id=quote(str(cart_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CartMetafieldCursorList | CartMetafieldList | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CartMetafieldCursorList | CartMetafieldList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CartMetafieldList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CartMetafieldCursorList.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CartMetafieldCursorList | CartMetafieldList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cart_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[CartMetafieldCursorList | CartMetafieldList | ErrorResponse]:
    """List a cart's metafields.

     With a before or after cursor, meta holds cursor_pagination instead of pagination.

    Args:
        cart_id (str):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        key (str | Unset):
        namespace (str | Unset):
        direction (SortDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartMetafieldCursorList | CartMetafieldList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cart_id=cart_id,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
        before=before,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cart_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> CartMetafieldCursorList | CartMetafieldList | ErrorResponse | None:
    """List a cart's metafields.

     With a before or after cursor, meta holds cursor_pagination instead of pagination.

    Args:
        cart_id (str):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        key (str | Unset):
        namespace (str | Unset):
        direction (SortDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartMetafieldCursorList | CartMetafieldList | ErrorResponse
    """

    return sync_detailed(
        cart_id=cart_id,
        client=client,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
        before=before,
        after=after,
    ).parsed


async def asyncio_detailed(
    cart_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[CartMetafieldCursorList | CartMetafieldList | ErrorResponse]:
    """List a cart's metafields.

     With a before or after cursor, meta holds cursor_pagination instead of pagination.

    Args:
        cart_id (str):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        key (str | Unset):
        namespace (str | Unset):
        direction (SortDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartMetafieldCursorList | CartMetafieldList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cart_id=cart_id,
        page=page,
        limit=limit,
        key=key,
        namespace=namespace,
        direction=direction,
        before=before,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cart_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> CartMetafieldCursorList | CartMetafieldList | ErrorResponse | None:
    """List a cart's metafields.

     With a before or after cursor, meta holds cursor_pagination instead of pagination.

    Args:
        cart_id (str):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        key (str | Unset):
        namespace (str | Unset):
        direction (SortDirection | Unset):
        before (str | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartMetafieldCursorList | CartMetafieldList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            cart_id=cart_id,
            client=client,
            page=page,
            limit=limit,
            key=key,
            namespace=namespace,
            direction=direction,
            before=before,
            after=after,
        )
    ).parsed
