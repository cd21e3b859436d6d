from typing import Any
from urllib.parse import quote


def _get_kwargs(
    cart_id: str,
    metafield_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/carts/{cart_id}/metafields/{metafield_id}".format(
            cart_id=quote(str(cart_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
