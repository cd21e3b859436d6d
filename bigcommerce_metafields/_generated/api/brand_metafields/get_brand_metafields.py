from typing import Any
from urllib.parse import quote

from ...models.metafield_field import MetafieldField
from ...types import UNSET, Unset


def _get_kwargs(
    brand_id: int,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    namespace: str | Unset = UNSET,
    include_fields: list[MetafieldField] | Unset = UNSET,
    exclude_fields: list[MetafieldField] | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
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

    params["before"] = before

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/brands/{brand_id}/metafields".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
