from typing import Any
from urllib.parse import quote

from ...models.metafield_update import MetafieldUpdate


def _get_kwargs(
    channel_id: int,
    metafield_id: int | str,
    *,
    body: MetafieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/channels/{channel_id}/metafields/{metafield_id}".format(
            channel_id=quote(str(channel_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
