from typing import Any
from urllib.parse import quote

from ...models.metafield_create import MetafieldCreate


def _get_kwargs(
    product_id: int,
    variant_id: int,
    metafield_id: int,
    *,
    body: MetafieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/catalog/products/{product_id}/variants/{variant_id}/metafields/{metafield_id}".format(
            product_id=quote(str(product_id), safe=""),
            variant_id=quote(str(variant_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
