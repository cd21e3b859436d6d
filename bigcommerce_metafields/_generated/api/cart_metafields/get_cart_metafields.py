from typing import Any
from urllib.parse import quote

from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


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
