from typing import Any
from urllib.parse import quote


def _get_kwargs(
    product_id: int,
    variant_id: int,
    metafield_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}".format(
            product_id=quote(str(product_id), safe=""),
            variant_id=quote(str(variant_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
