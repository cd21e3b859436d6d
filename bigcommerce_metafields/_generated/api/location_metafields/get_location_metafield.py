from typing import Any
from urllib.parse import quote


def _get_kwargs(
    location_id: int,
    metafield_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/locations/{location_id}/metafields/{metafield_id}".format(
            location_id=quote(str(location_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
