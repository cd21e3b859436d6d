"""Every filter reaches every page request, and the items are those the filter selects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from pagekit import (
    BOTH_MODES,
    CART,
    PRODUCT,
    Resource,
    Sdk,
    big_fake,
    pages_asked,
    queries,
    resource_id,
)

from bigcommerce_metafields import UNSET, MetafieldsClient
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce

pytestmark = pytest.mark.anyio

T0 = dt.datetime(2023, 11, 15, 15, 16, 35, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
UPDATED = (0, 5, 10)
"""Seeds changed at T0 + 50 h: the only ones whose date_modified differs from date_created."""
FIELDS = ("key", "value", "namespace", "permission_set", "description", "date_created")


@dataclass(frozen=True)
class Seeded:
    id: int
    namespace: str
    key: str
    created: dt.datetime
    modified: dt.datetime


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def seeded_fake(resource: Resource) -> tuple[FakeBigCommerce, list[Seeded]]:
    """12 metafields, one an hour: namespaces ns0..ns2, keys k0..k3; 3 products updated later."""
    clock = Clock()
    fake = big_fake(now=clock)
    rows = []
    for i in range(12):
        clock.now = T0 + i * HOUR
        namespace, key = f"ns{i % 3}", f"k{i % 4}"
        made = fake.add_metafield(
            resource, resource_id(resource), namespace=namespace, key=key, value="v"
        )
        rows.append(Seeded(int(str(made["id"])), namespace, key, clock.now, clock.now))
    if resource == "product":  # the date filters are product-only
        clock.now = T0 + 50 * HOUR
        with MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=fake.transport()) as sdk:
            for i in UPDATED:
                sdk.product_metafields.update(PRODUCT, rows[i].id, value="changed")
                rows[i] = Seeded(
                    rows[i].id, rows[i].namespace, rows[i].key, T0 + i * HOUR, clock.now
                )
    return fake, rows


@dataclass(frozen=True)
class Filter:
    arguments: dict[str, Any]
    #: What every request's query must carry, as parsed by `parse_qs`.
    query: dict[str, list[str]]
    selects: Callable[[Seeded], bool]
    descending: bool = False


def iso(moment: dt.datetime) -> str:
    return moment.isoformat()


PRODUCT_FILTERS = {
    "key": Filter({"key": "k1"}, {"key": ["k1"]}, lambda s: s.key == "k1"),
    "namespace": Filter(
        {"namespace": "ns2"}, {"namespace": ["ns2"]}, lambda s: s.namespace == "ns2"
    ),
    "key_in": Filter({"key_in": "k1,k3"}, {"key:in": ["k1,k3"]}, lambda s: s.key in ("k1", "k3")),
    "namespace_in": Filter(
        {"namespace_in": "ns0,ns2"},
        {"namespace:in": ["ns0,ns2"]},
        lambda s: s.namespace in ("ns0", "ns2"),
    ),
    "date_created_min": Filter(
        {"date_created_min": T0 + 4 * HOUR},
        {"date_created:min": [iso(T0 + 4 * HOUR)]},
        lambda s: s.created >= T0 + 4 * HOUR,
    ),
    "date_created_max": Filter(
        {"date_created_max": T0 + 7 * HOUR},
        {"date_created:max": [iso(T0 + 7 * HOUR)]},
        lambda s: s.created <= T0 + 7 * HOUR,
    ),
    "date_modified_min": Filter(
        {"date_modified_min": T0 + 20 * HOUR},
        {"date_modified:min": [iso(T0 + 20 * HOUR)]},
        lambda s: s.modified >= T0 + 20 * HOUR,
    ),
    "date_modified_max": Filter(
        {"date_modified_max": T0 + 20 * HOUR},
        {"date_modified:max": [iso(T0 + 20 * HOUR)]},
        lambda s: s.modified <= T0 + 20 * HOUR,
    ),
    "include_fields": Filter(
        {"include_fields": "key,namespace"}, {"include_fields": ["key,namespace"]}, lambda s: True
    ),
    "exclude_fields": Filter(
        {"exclude_fields": "value,description"},
        {"exclude_fields": ["value,description"]},
        lambda s: True,
    ),
    "direction": Filter({"direction": "desc"}, {"direction": ["desc"]}, lambda s: True, True),
    "all_at_once": Filter(
        {
            "namespace_in": "ns0,ns1",
            "key_in": "k0,k1,k2",
            "date_created_min": T0 + 1 * HOUR,
            "date_modified_max": T0 + 20 * HOUR,
            "exclude_fields": "value",
            "direction": "desc",
        },
        {
            "namespace:in": ["ns0,ns1"],
            "key:in": ["k0,k1,k2"],
            "date_created:min": [iso(T0 + 1 * HOUR)],
            "date_modified:max": [iso(T0 + 20 * HOUR)],
            "exclude_fields": ["value"],
            "direction": ["desc"],
        },
        lambda s: (
            s.namespace in ("ns0", "ns1")
            and s.key in ("k0", "k1", "k2")
            and s.created >= T0 + HOUR
            and s.modified <= T0 + 20 * HOUR
        ),
        True,
    ),
}
CART_FILTERS = {name: PRODUCT_FILTERS[name] for name in ("key", "namespace", "direction")}


async def check_filter(sdk: Sdk, resource: Resource, case: Filter) -> list[Any]:
    fake, rows = seeded_fake(resource)
    before = len(fake.requests)
    wanted = [row.id for row in rows if case.selects(row)]
    if case.descending:
        wanted.reverse()
    assert len(wanted) > 2, "the filter must select more than one page of 2"

    run = await sdk.run(fake, resource, page_size=2, **case.arguments)

    assert run.error is None
    assert run.ids == wanted
    assert pages_asked(fake, before) == list(range(1, (len(wanted) + 1) // 2 + 1))
    for query in queries(fake, before):
        assert query == {"page": query["page"], "limit": ["2"], **case.query}
    return run.items


@pytest.mark.parametrize("name", list(PRODUCT_FILTERS))
async def test_product_filters_pass_through_to_every_page(sdk: Sdk, name: str) -> None:
    items = await check_filter(sdk, "product", PRODUCT_FILTERS[name])

    if name == "include_fields":
        assert {(item.key is UNSET, item.namespace is UNSET) for item in items} == {(False, False)}
        for absent in ("value", "permission_set", "description", "date_created"):
            assert {getattr(item, absent) for item in items} == {UNSET}
    elif name == "exclude_fields":
        assert {(item.value, item.description) for item in items} == {(UNSET, UNSET)}
        assert UNSET not in {item.key for item in items} | {item.date_created for item in items}
    else:
        for item in items:
            assert UNSET not in {getattr(item, field) for field in FIELDS if field != "value"}


@BOTH_MODES
async def test_every_product_filter_at_once(sdk: Sdk) -> None:
    """Over a socket too: dates with offsets, commas and colons in names survive the wire."""
    items = await check_filter(sdk, "product", PRODUCT_FILTERS["all_at_once"])

    assert {item.value for item in items} == {UNSET}


@BOTH_MODES
@pytest.mark.parametrize("name", list(CART_FILTERS))
async def test_cart_filters_pass_through_to_every_page(sdk: Sdk, name: str) -> None:
    items = await check_filter(sdk, "cart", CART_FILTERS[name])

    assert {item.resource_id for item in items} == {CART}
    assert {type(item.id) for item in items} == {str}  # carts send ids as strings
