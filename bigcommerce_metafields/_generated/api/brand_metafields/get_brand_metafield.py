from typing import Any
from urllib.parse import quote


def _get_kwargs(
    brand_id: int,
    metafield_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/brands/{brand_id}/metafields/{metafield_id}".format(
            brand_id=quote(str(brand_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
