from typing import Any
from urllib.parse import quote

from ...models.metafield_create import MetafieldCreate


def _get_kwargs(
    order_id: int,
    metafield_id: int,
    *,
    body: MetafieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/orders/{order_id}/metafields/{metafield_id}".format(
            order_id=quote(str(order_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
