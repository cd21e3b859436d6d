from typing import Any
from urllib.parse import quote

from ...models.metafield_update import MetafieldUpdate


def _get_kwargs(
    location_id: int,
    metafield_id: int,
    *,
    body: MetafieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/inventory/locations/{location_id}/metafields/{metafield_id}".format(
            location_id=quote(str(location_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
