from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.store_metafield_response import StoreMetafieldResponse
from ...types import Response


def _get_kwargs(
    metafield_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/store/metafields/{metafield_id}".format(
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StoreMetafieldResponse | None:
    if response.status_code == 200:
        response_200 = StoreMetafieldResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StoreMetafieldResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metafield_id: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | StoreMetafieldResponse]:
    """Get one metafield of the store.

    Args:
        metafield_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StoreMetafieldResponse]
    """

    kwargs = _get_kwargs(
        metafield_id=metafield_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metafield_id: int | str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | StoreMetafieldResponse | None:
    """Get one metafield of the store.

    Args:
        metafield_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StoreMetafieldResponse
    """

    return sync_detailed(
        metafield_id=metafield_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    metafield_id: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | StoreMetafieldResponse]:
    """Get one metafield of the store.

    Args:
        metafield_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StoreMetafieldResponse]
    """

    kwargs = _get_kwargs(
        metafield_id=metafield_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metafield_id: int | str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | StoreMetafieldResponse | None:
    """Get one metafield of the store.

    Args:
        metafield_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StoreMetafieldResponse
    """

    return (
        await asyncio_detailed(
            metafield_id=metafield_id,
            client=client,
        )
    ).parsed
