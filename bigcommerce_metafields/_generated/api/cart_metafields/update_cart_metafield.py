from typing import Any
from urllib.parse import quote

from ...models.metafield_create import MetafieldCreate


def _get_kwargs(
    cart_id: str,
    metafield_id: int | str,
    *,
    body: MetafieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/carts/{cart_id}/metafields/{metafield_id}".format(
            cart_id=quote(str(cart_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
