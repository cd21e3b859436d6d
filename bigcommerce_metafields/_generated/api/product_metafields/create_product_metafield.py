from typing import Any
from urllib.parse import quote

from ...models.metafield_create import MetafieldCreate


def _get_kwargs(
    product_id: int,
    *,
    body: MetafieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/catalog/products/{product_id}/metafields".format(
            product_id=quote(str(product_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
