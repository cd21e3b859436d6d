from typing import Any
from urllib.parse import quote


def _get_kwargs(
    order_id: int,
    metafield_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/orders/{order_id}/metafields/{metafield_id}".format(
            order_id=quote(str(order_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
