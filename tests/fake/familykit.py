"""Helpers of the tests parametrized over the fake's family table (single-resource and batch).

Everything family-specific is read from the table's entry, so a new family needs no edit here.
"""

from __future__ import annotations

from fakekit import CART, CLIENT_A, NEW, FakeNow

from bigcommerce_metafields.testing import FAMILIES, FakeBigCommerce, Family, ResourceId
from bigcommerce_metafields.testing._listing import encode_cursor

COLLECTIONS = [family for family in FAMILIES if family.collection]
ITEM_ONLY = [family for family in FAMILIES if not family.collection]
WITH_PRODUCT = [
    family for family in FAMILIES if any(seg.catalogue == "products" for seg in family.ids)
]


def names(families: list[Family] | tuple[Family, ...]) -> list[str]:
    return [family.name for family in families]


def resource_id(family: Family, bump: int = 0) -> ResourceId | None:
    """A resource id of ``family`` (another one for another ``bump``); ``None`` for the store."""
    if not family.ids:
        return None
    ints = iter((111 + bump, 5 + bump, 7 + bump))
    values = {
        seg.name: next(ints) if seg.kind == "int" else f"{CART[:-1]}{bump}" for seg in family.ids
    }
    return family.resource_id(values)


def wire_resource_id(family: Family, bump: int = 0) -> str | int:
    """The JSON ``resource_id`` of that resource: what batch items name."""
    rid = resource_id(family, bump)
    return family.json_resource_id(rid) if rid is not None else "0"


def family_path(family: Family, bump: int = 0) -> str:
    return f"{family.resource_path(resource_id(family, bump))}/metafields"


def seed(
    fake: FakeBigCommerce, family: Family, key: str = "location", bump: int = 0, **fields: str
) -> int:
    """A metafield seeded on the family's resource (``bump``: another one), owned by client A."""
    fields.setdefault("owner_client_id", CLIENT_A)
    made = fake.add_metafield(
        family.name,
        resource_id(family, bump),
        namespace=fields.pop("namespace", NEW["namespace"]),
        key=key,
        value=fields.pop("value", NEW["value"]),
        permission_set=fields.pop("permission_set", NEW["permission_set"]),
        **fields,
    )
    return int(str(made["id"]))


def full(**changes: str) -> dict[str, str]:
    return dict(NEW) | changes


# -- list filters ------------------------------------------------------------------------------

# Three metafields, a minute apart: key k1..k3, namespace ns1..ns3, ids m1..m3 (in that order),
# on resources r1..r3 (one resource, or three where the listing is store-wide). Each case: a
# filter, its value (``{m2}``, ``{t2}``, ``{c2}``, ``{r2}`` stand for the second's id, time, cursor
# and resource id), and the keys a listing taking it answers. A listing that does not take it
# ignores it, as the service ignores query parameters it does not know (the cart list documents
# only page, limit, key, namespace, direction and the cursors; brand's has no direction, key:in,
# namespace:in or dates), so it answers all three, unfiltered and in ascending order.
ALL = ["k1", "k2", "k3"]
FILTER_CASES: dict[str, tuple[str, list[str]]] = {
    "page": ("2", []),  # 50 a page: page 2 is past the end
    "limit": ("1", ["k1"]),
    "key": ("k2", ["k2"]),
    "namespace": ("ns2", ["k2"]),
    "direction": ("desc", ["k3", "k2", "k1"]),
    "key:in": ("k1,k3", ["k1", "k3"]),
    "namespace:in": ("ns1,ns3", ["k1", "k3"]),
    "date_created:min": ("{t2}", ["k2", "k3"]),
    "date_created:max": ("{t2}", ["k1", "k2"]),
    "date_modified:min": ("{t2}", ["k2", "k3"]),
    "date_modified:max": ("{t2}", ["k1", "k2"]),
    "date_created": ("{t2}", ["k2"]),
    "date_modified": ("{t2}", ["k2"]),
    "id": ("{m2}", ["k2"]),
    "id:in": ("{m1},{m3}", ["k1", "k3"]),
    "id:not_in": ("{m2}", ["k1", "k3"]),
    "id:min": ("{m2}", ["k2", "k3"]),
    "id:max": ("{m2}", ["k1", "k2"]),
    "id:greater": ("{m2}", ["k3"]),
    "id:less": ("{m2}", ["k1"]),
    "after": ("{c1}", ["k2", "k3"]),
    "before": ("{c3}", ["k1", "k2"]),
    "resource_id:in": ("{r1},{r3}", ["k1", "k3"]),
    # Field selection keeps every metafield: checked on the fields, below.
    "include_fields": ("key", ALL),
    "exclude_fields": ("value", ALL),
}
#: A value each validated filter refuses with 422 where the family takes it.
BAD_VALUES = {
    "page": "0",
    "limit": "x",
    "direction": "sideways",
    "date_created:min": "yesterday",
    "date_created": "yesterday",
    "id:in": "1,x",
    "id:less": "-1",
    "after": "not-a-cursor",
    "before": "",
    "resource_id:in": "1,x",
}


def three(
    fake: FakeBigCommerce, family: Family, now: FakeNow, *, spread: bool = False
) -> dict[str, str]:
    """The three metafields of ``FILTER_CASES``; ``spread`` puts them on three resources."""
    values: dict[str, str] = {}
    for n in (1, 2, 3):
        bump = n if spread and family.ids else 0
        mid = seed(fake, family, key=f"k{n}", namespace=f"ns{n}", bump=bump)
        values |= {f"m{n}": str(mid), f"t{n}": now.now.isoformat(), f"c{n}": encode_cursor(mid)}
        values[f"r{n}"] = str(wire_resource_id(family, bump))
        now.advance(60)
    return values
