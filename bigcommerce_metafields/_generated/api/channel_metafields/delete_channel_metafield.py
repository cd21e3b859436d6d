from typing import Any
from urllib.parse import quote


def _get_kwargs(
    channel_id: int,
    metafield_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/channels/{channel_id}/metafields/{metafield_id}".format(
            channel_id=quote(str(channel_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
