"""The two metafield families (products, carts) behind one small typed interface.

Every command talks to a `Family`: it knows how the family's resource ids are written, which list
filters it takes, and calls the SDK's resource with metafields handed back as plain JSON objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import attrs

from .. import UNSET, MetafieldsClient, Pagination

FamilyName = Literal["product", "cart"]
ResourceId = int | str

WRITABLE_FIELDS = ("namespace", "key", "value", "permission_set", "description")
"""The fields a create or update sends, in the order the tool shows them."""

PRODUCT_ONLY_FILTERS = (
    "key_in",
    "namespace_in",
    "date_created_min",
    "date_created_max",
    "date_modified_min",
    "date_modified_max",
    "include_fields",
    "exclude_fields",
)
"""List filters BigCommerce takes for product metafields only."""


CART_ID_EXAMPLE = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
"""A cart id as BigCommerce writes it: a UUID in its 8-4-4-4-12 hex form."""


class BadResourceIdError(ValueError):
    """A resource id that cannot name a resource of the family."""


@attrs.frozen
class Family:
    """One family of metafields and how to address its resources."""

    name: FamilyName
    plural: str
    id_metavar: str
    id_help: str
    """What a resource id of the family looks like, for help texts."""

    def parse_id(self, text: object) -> ResourceId:
        """A resource id from the command line or an import record (ints for products)."""
        if self.name == "product":
            if isinstance(text, bool):
                raise BadResourceIdError(f"product ids are positive integers, got {text!r}")
            if isinstance(text, int):
                number = text
            elif isinstance(text, str) and text.strip().isdigit() and text.strip().isascii():
                number = int(text.strip())
            else:
                raise BadResourceIdError(f"product ids are positive integers, got {text!r}")
            if number < 1:
                raise BadResourceIdError(f"product ids are positive integers, got {number}")
            return number
        # The SDK takes any non-empty string (a path segment), but BigCommerce's cart ids are
        # UUIDs: a typo is refused here rather than answered 404 by the store.
        if isinstance(text, str) and _UUID.fullmatch(text.strip()):
            return text.strip()
        raise BadResourceIdError(f"cart ids are UUIDs such as {CART_ID_EXAMPLE}, got {text!r}")


PRODUCT = Family("product", "products", "PRODUCT_ID", "a positive integer")
CART = Family("cart", "carts", "CART_ID", f"a UUID such as {CART_ID_EXAMPLE}")
FAMILIES: dict[str, Family] = {PRODUCT.name: PRODUCT, CART.name: CART}


def metafield_json(
    item: Any, family: Family | None = None, resource_id: ResourceId | None = None
) -> dict[str, Any]:
    """A metafield model as a JSON object, leading with where it lives and what it holds.

    A listing may leave fields out (`include_fields`); the resource is filled in when known.
    """
    raw: dict[str, Any] = item.to_dict()
    if family is not None:
        raw.setdefault("resource_type", family.name)
    if resource_id is not None:
        raw.setdefault("resource_id", resource_id)
    leading = ("resource_type", "resource_id", "id", *WRITABLE_FIELDS)
    ordered = {name: raw[name] for name in leading if name in raw}
    ordered.update((name, value) for name, value in raw.items() if name not in ordered)
    return ordered


class Metafields:
    """A family's operations on one client, answering with JSON objects."""

    def __init__(self, client: MetafieldsClient, family: Family) -> None:
        self.client = client
        self.family = family

    def list_page(
        self, resource_id: ResourceId, filters: Mapping[str, Any], *, page: int, limit: int
    ) -> tuple[list[dict[str, Any]], Pagination]:
        """One page of a listing, and its pagination facts."""
        if isinstance(resource_id, int):
            products = self.client.product_metafields.list(
                resource_id, page=page, limit=limit, **filters
            )
            items = [metafield_json(m, self.family, resource_id) for m in products.data]
            return items, products.meta.pagination
        carts = self.client.cart_metafields.list(resource_id, page=page, limit=limit, **filters)
        items = [metafield_json(m, self.family, resource_id) for m in carts.data]
        return items, carts.meta.pagination

    def iterate(
        self, resource_id: ResourceId, filters: Mapping[str, Any], *, page_size: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every metafield of a listing, page after page."""
        size = UNSET if page_size is None else page_size
        if isinstance(resource_id, int):
            products = self.client.product_metafields.paginate(
                resource_id, page_size=size, **filters
            )
            for product_item in products:
                yield metafield_json(product_item, self.family, resource_id)
        else:
            carts = self.client.cart_metafields.paginate(resource_id, page_size=size, **filters)
            for cart_item in carts:
                yield metafield_json(cart_item, self.family, resource_id)

    def find(self, resource_id: ResourceId, namespace: str, key: str) -> dict[str, Any] | None:
        """The metafield with this namespace and key (the SDK's `find`: this client's)."""
        if isinstance(resource_id, int):
            product = self.client.product_metafields.find(resource_id, namespace=namespace, key=key)
            return None if product is None else metafield_json(product, self.family, resource_id)
        cart = self.client.cart_metafields.find(resource_id, namespace=namespace, key=key)
        return None if cart is None else metafield_json(cart, self.family, resource_id)

    def get(self, resource_id: ResourceId, metafield_id: int) -> dict[str, Any]:
        if isinstance(resource_id, int):
            product = self.client.product_metafields.get(resource_id, metafield_id)
            return metafield_json(product.data)
        cart = self.client.cart_metafields.get(resource_id, metafield_id)
        return metafield_json(cart.data)

    def create(self, resource_id: ResourceId, fields: Mapping[str, Any]) -> dict[str, Any]:
        if isinstance(resource_id, int):
            product = self.client.product_metafields.create(resource_id, **fields)
            return metafield_json(product.data)
        cart = self.client.cart_metafields.create(resource_id, **fields)
        return metafield_json(cart.data)

    def update(
        self,
        resource_id: ResourceId,
        metafield_id: int,
        fields: Mapping[str, Any],
        *,
        current: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Change `fields`; the others keep their values.

        A cart update takes the whole metafield (BigCommerce documents it with the create
        schema), so the fields not given are filled in from `current`, fetched if not given.
        """
        if isinstance(resource_id, int):
            product = self.client.product_metafields.update(resource_id, metafield_id, **fields)
            return metafield_json(product.data)
        if current is None:
            current = self.get(resource_id, metafield_id)
        whole = {name: current[name] for name in WRITABLE_FIELDS if current.get(name) is not None}
        whole.update(fields)
        cart = self.client.cart_metafields.update(resource_id, metafield_id, **whole)
        return metafield_json(cart.data)

    def delete(self, resource_id: ResourceId, metafield_id: int) -> None:
        if isinstance(resource_id, int):
            self.client.product_metafields.delete(resource_id, metafield_id)
        else:
            self.client.cart_metafields.delete(resource_id, metafield_id)
