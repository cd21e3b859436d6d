from typing import Any
from urllib.parse import quote


def _get_kwargs(
    metafield_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/store/metafields/{metafield_id}".format(
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
