from typing import Any
from urllib.parse import quote


def _get_kwargs(
    category_id: int,
    metafield_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/catalog/categories/{category_id}/metafields/{metafield_id}".format(
            category_id=quote(str(category_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
