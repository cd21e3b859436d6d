from typing import Any
from urllib.parse import quote

from ...models.metafield_update import MetafieldUpdate


def _get_kwargs(
    customer_id: int,
    metafield_id: int,
    *,
    body: MetafieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/customers/{customer_id}/metafields/{metafield_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
