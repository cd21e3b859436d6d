from typing import Any
from urllib.parse import quote


def _get_kwargs(
    customer_id: int,
    metafield_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customers/{customer_id}/metafields/{metafield_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            metafield_id=quote(str(metafield_id), safe=""),
        ),
    }

    return _kwargs
