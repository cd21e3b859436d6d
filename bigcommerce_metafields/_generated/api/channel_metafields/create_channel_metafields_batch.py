from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel_metafield_batch import ChannelMetafieldBatch
from ...models.channel_metafield_create_item import ChannelMetafieldCreateItem
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: list[ChannelMetafieldCreateItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channels/metafields",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChannelMetafieldBatch.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ChannelMetafieldBatch | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ChannelMetafieldBatch.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = ErrorResponse.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

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
) -> Response[ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ChannelMetafieldCreateItem],
) -> Response[ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse]:
    """Create several channel metafields.

     Each item is a metafield's create fields and the channel it goes on (resource_id). Items that fail
    do not stop the others; see the 422 answer.

    Args:
        body (list[ChannelMetafieldCreateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[ChannelMetafieldCreateItem],
) -> ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse | None:
    """Create several channel metafields.

     Each item is a metafield's create fields and the channel it goes on (resource_id). Items that fail
    do not stop the others; see the 422 answer.

    Args:
        body (list[ChannelMetafieldCreateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ChannelMetafieldCreateItem],
) -> Response[ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse]:
    """Create several channel metafields.

     Each item is a metafield's create fields and the channel it goes on (resource_id). Items that fail
    do not stop the others; see the 422 answer.

    Args:
        body (list[ChannelMetafieldCreateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[ChannelMetafieldCreateItem],
) -> ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse | None:
    """Create several channel metafields.

     Each item is a metafield's create fields and the channel it goes on (resource_id). Items that fail
    do not stop the others; see the 422 answer.

    Args:
        body (list[ChannelMetafieldCreateItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelMetafieldBatch | ChannelMetafieldBatch | ErrorResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
