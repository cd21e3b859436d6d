import datetime
from typing import Any

from ...models.metafield_field import MetafieldField
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    key: str | Unset = UNSET,
    keyin: list[str] | Unset = UNSET,
    namespace: str | Unset = UNSET,
    namespacein: list[str] | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    include_fields: list[MetafieldField] | Unset = UNSET,
    date_createdmin: datetime.datetime | Unset = UNSET,
    date_createdmax: datetime.datetime | Unset = UNSET,
    date_modifiedmin: datetime.datetime | Unset = UNSET,
    date_modifiedmax: datetime.datetime | Unset = UNSET,
    before: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["key"] = key

    json_keyin: list[str] | Unset = UNSET
    if not isinstance(keyin, Unset):
        json_keyin = keyin

    params["key:in"] = json_keyin

    params["namespace"] = namespace

    json_namespacein: list[str] | Unset = UNSET
    if not isinstance(namespacein, Unset):
        json_namespacein = namespacein

    params["namespace:in"] = json_namespacein

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    json_include_fields: list[str] | Unset = UNSET
    if not isinstance(include_fields, Unset):
        json_include_fields = []
        for include_fields_item_data in include_fields:
            include_fields_item: str = include_fields_item_data
            json_include_fields.append(include_fields_item)

    params["include_fields"] = json_include_fields

    json_date_createdmin: str | Unset = UNSET
    if not isinstance(date_createdmin, Unset):
        json_date_createdmin = date_createdmin.isoformat()
    params["date_created:min"] = json_date_createdmin

    json_date_createdmax: str | Unset = UNSET
    if not isinstance(date_createdmax, Unset):
        json_date_createdmax = date_createdmax.isoformat()
    params["date_created:max"] = json_date_createdmax

    json_date_modifiedmin: str | Unset = UNSET
    if not isinstance(date_modifiedmin, Unset):
        json_date_modifiedmin = date_modifiedmin.isoformat()
    params["date_modified:min"] = json_date_modifiedmin

    json_date_modifiedmax: str | Unset = UNSET
    if not isinstance(date_modifiedmax, Unset):
        json_date_modifiedmax = date_modifiedmax.isoformat()
    params["date_modified:max"] = json_date_modifiedmax

    params["before"] = before

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/metafields",
        "params": params,
    }

    return _kwargs
