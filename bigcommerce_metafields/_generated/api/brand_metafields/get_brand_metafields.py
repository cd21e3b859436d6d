from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brand_metafield_list import BrandMetafieldList
from ...models.error_response import ErrorResponse
from ...models.metafield_field import MetafieldField
from ...models.partial_brand_metafield_list import PartialBrandMetafieldList
from ...types import UNSET, Unset


def _get_kwargs(
    brand_id: int,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    include_fields: list[MetafieldField] | Unset = UNSET,
    exclude_fields: list[MetafieldField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["key"] = key

    params["namespace"] = namespace

    json_include_fields: list[str] | Unset = UNSET
    if not isinstance(include_fields, Unset):
        json_include_fields = []
        for include_fields_item_data in include_fields:
            include_fields_item: str = include_fields_item_data
            json_include_fields.append(include_fields_item)

    params["include_fields"] = json_include_fields

    json_exclude_fields: list[str] | Unset = UNSET
    if not isinstance(exclude_fields, Unset):
        json_exclude_fields = []
        for exclude_fields_item_data in exclude_fields:
            exclude_fields_item: str = exclude_fields_item_data
            json_exclude_fields.append(exclude_fields_item)

    params["exclude_fields"] = json_exclude_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/brands/{brand_id}/metafields".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrandMetafieldList | PartialBrandMetafieldList | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BrandMetafieldList | PartialBrandMetafieldList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BrandMetafieldList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PartialBrandMetafieldList.from_dict(data)

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
