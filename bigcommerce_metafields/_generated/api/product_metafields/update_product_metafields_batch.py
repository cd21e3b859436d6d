from typing import Any

from ...models.product_metafield_update_item import ProductMetafieldUpdateItem


def _get_kwargs(
    *,
    body: list[ProductMetafieldUpdateItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/catalog/products/metafields",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
