from typing import Any
from urllib.parse import quote

from ...models.metafield_create import MetafieldCreate


def _get_kwargs(
    customer_id: int,
    *,
    body: MetafieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers/{customer_id}/metafields".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
