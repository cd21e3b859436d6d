"""Every item exactly once, in order, in as few requests as the page size allows."""

from __future__ import annotations

import math
from typing import Any

import pytest
from pagekit import (
    BOTH_MODES,
    PAGE_SIZE,
    By,
    Resource,
    Sdk,
    big_fake,
    family,
    pages_asked,
    queries,
    resource_id,
    seed,
)

from bigcommerce_metafields import ValidationError
from bigcommerce_metafields.testing import FakeBigCommerce

pytestmark = pytest.mark.anyio

BIG = 10_000


def expected_pages(n: int, page_size: int = PAGE_SIZE) -> list[int]:
    """Page 1 is always asked for (it tells the total); then one request per further page."""
    return list(range(1, max(1, math.ceil(n / page_size)) + 1))


@pytest.fixture(scope="module")
def ten_thousand() -> FakeBigCommerce:
    """10,000 product metafields, seeded once for the module (tests must not change them)."""
    fake = big_fake()
    seed(fake, BIG)
    return fake


@pytest.mark.parametrize("resource", ["product", "cart"])
@pytest.mark.parametrize("direction", ["asc", "desc"])
@pytest.mark.parametrize("n", [0, 1, 249, 250, 251])
async def test_every_item_once_in_id_order(
    sdk: Sdk, n: int, direction: str, resource: Resource
) -> None:
    fake = big_fake()
    ids = seed(fake, n, resource)

    run = await sdk.run(fake, resource, by="items", direction=direction)

    assert run.error is None
    assert run.ids == (ids if direction == "asc" else ids[::-1])
    assert pages_asked(fake) == expected_pages(n)
    for query in queries(fake):
        assert query["limit"] == [str(PAGE_SIZE)]
        assert query["direction"] == [direction]
    assert run.listing_changed is False


# 10,000 items cost ~2 s a run: each flavour, mode and direction once, not every combination.
@pytest.mark.parametrize(
    ("flavour", "mode", "direction"),
    [
        ("sync", "inprocess", "asc"),
        ("asyncio", "inprocess", "asc"),
        ("trio", "inprocess", "desc"),
        ("sync", "loopback", "desc"),
    ],
)
async def test_ten_thousand_items(sdk: Sdk, ten_thousand: FakeBigCommerce, direction: str) -> None:
    before = len(ten_thousand.requests)

    run = await sdk.run(ten_thousand, by="items", direction=direction)

    assert run.error is None
    ids = list(range(1, BIG + 1))
    assert run.ids == (ids if direction == "asc" else ids[::-1])
    assert pages_asked(ten_thousand, before) == expected_pages(BIG)  # 40 requests
    assert {q["limit"][0] for q in queries(ten_thousand, before)} == {str(PAGE_SIZE)}


async def test_no_direction_is_sent_unless_asked(sdk: Sdk) -> None:
    fake = big_fake()
    ids = seed(fake, 3)

    run = await sdk.run(fake, by="items")

    assert run.ids == ids
    assert queries(fake) == [{"page": ["1"], "limit": [str(PAGE_SIZE)]}]


@BOTH_MODES
@pytest.mark.parametrize(("n", "page_size"), [(7, 1), (25, 10), (251, 100), (500, 250)])
async def test_a_page_size_is_respected(sdk: Sdk, n: int, page_size: int) -> None:
    fake = big_fake()
    ids = seed(fake, n)

    run = await sdk.run(fake, page_size=page_size)

    assert run.ids == ids
    assert [len(page.items) for page in run.pages] == [
        min(page_size, n - start) for start in range(0, n, page_size)
    ]
    assert pages_asked(fake) == expected_pages(n, page_size)
    assert {q["limit"][0] for q in queries(fake)} == {str(page_size)}


@BOTH_MODES
@pytest.mark.parametrize("by", ["items", "pages", "collect"])
@pytest.mark.parametrize("resource", ["product", "cart"])
async def test_items_pages_and_collect_agree(sdk: Sdk, by: By, resource: Resource) -> None:
    fake = big_fake()
    ids = seed(fake, 23, resource)

    run = await sdk.run(fake, resource, by=by, page_size=5)

    assert run.ids == ids
    assert pages_asked(fake) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("arguments", "bad"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": 251}, "page_size"),
        ({"page_size": -1}, "page_size"),
        ({"page_size": True}, "page_size"),
        ({"page_size": 2.5}, "page_size"),
        ({"page_size": "10"}, "page_size"),
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": -3}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"concurrency": 1.5}, "concurrency"),
    ],
)
@pytest.mark.parametrize("resource", ["product", "cart"])
async def test_bad_paging_arguments_raise_before_any_request(
    sdk: Sdk, resource: Resource, arguments: dict[str, Any], bad: str
) -> None:
    fake = big_fake()
    seed(fake, 3, resource)
    async with sdk.connect(fake) as client:
        with pytest.raises(ValidationError) as caught:
            family(client, resource).paginate(
                resource_id(resource), **arguments
            )  # raises at the call
    assert list(caught.value.errors) == [bad]
    assert caught.value.operation_id == f"get_{resource}_metafields"
    assert fake.requests == []


async def test_both_bad_paging_arguments_are_reported_together(sdk: Sdk) -> None:
    fake = big_fake()
    async with sdk.connect(fake) as client:
        with pytest.raises(ValidationError) as caught:
            client.product_metafields.paginate(111, page_size=251, concurrency=0)
    assert caught.value.errors == {
        "page_size": "must be an integer from 1 to 250, got 251",
        "concurrency": "must be a positive integer, got 0",
    }
    assert fake.requests == []
