"""`pages()`: numbered pages with the service's pagination facts and rate limit; `max_items`."""

from __future__ import annotations

import pytest
from pagekit import BOTH_MODES, PAGE_SIZE, Sdk, big_fake, pages_asked, seed

from bigcommerce_metafields import PaginationLinks, RateLimitInfo
from bigcommerce_metafields.testing import FakeBigCommerce

pytestmark = pytest.mark.anyio


async def test_pages_come_in_order_with_their_pagination_facts(sdk: Sdk) -> None:
    fake = big_fake()
    ids = seed(fake, 600)

    run = await sdk.run(fake)

    assert [page.number for page in run.pages] == [1, 2, 3]
    assert [[int(item.id) for item in page.items] for page in run.pages] == [
        ids[:250],
        ids[250:500],
        ids[500:],
    ]
    for page in run.pages:
        facts = page.pagination
        assert (facts.total, facts.total_pages, facts.per_page) == (600, 3, PAGE_SIZE)
        assert (facts.current_page, facts.count) == (page.number, len(page.items))
        assert isinstance(facts.links, PaginationLinks)
        assert facts.links.current == f"?page={page.number}&limit={PAGE_SIZE}"
        assert page.rate_limit is None  # quota=None: the fake sends no rate-limit headers


@BOTH_MODES
async def test_each_page_carries_the_rate_limit_when_the_service_sends_it(sdk: Sdk) -> None:
    fake = FakeBigCommerce(quota=150, max_per_resource=None)
    seed(fake, 251 * 3)  # 4 pages: page 1, then pages 2-4 at once

    run = await sdk.run(fake)

    assert [page.number for page in run.pages] == [1, 2, 3, 4]
    limits = [page.rate_limit for page in run.pages]
    assert all(isinstance(limit, RateLimitInfo) for limit in limits)
    assert {(lim.quota, lim.window_ms) for lim in limits if lim} == {(150, 30_000)}
    first, *rest = limits
    assert first is not None
    assert first.left == 149
    # Pages 2-4 are in flight together: which one the service counted first is not fixed.
    assert sorted(lim.left for lim in rest if lim and lim.left is not None) == [146, 147, 148]
    assert all(0 < (lim.reset_ms or 0) <= 30_000 for lim in limits if lim)


async def test_an_empty_listing_is_one_page_with_no_items(sdk: Sdk) -> None:
    fake = big_fake()

    run = await sdk.run(fake)

    assert [(page.number, page.items) for page in run.pages] == [(1, [])]
    assert (run.pages[0].pagination.total, run.pages[0].pagination.total_pages) == (0, 0)
    assert pages_asked(fake) == [1]


CAPS = [(1, 1), (10, 1), (11, 2), (25, 3), (31, 4), (45, 5), (1000, 5)]
"""`max_items` and the pages of 10 holding that many of the 45 items seeded."""


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize(("max_items", "pages_needed"), CAPS)
async def test_max_items_caps_the_items(
    sdk: Sdk, concurrency: int, max_items: int, pages_needed: int
) -> None:
    fake = big_fake()
    ids = seed(fake, 45)

    run = await sdk.run(fake, page_size=10, concurrency=concurrency, max_items=max_items)

    assert run.error is None
    assert run.ids == ids[:max_items]
    assert [page.number for page in run.pages][-1] >= pages_needed
    if concurrency == 1:
        assert pages_asked(fake) == list(range(1, pages_needed + 1))


@BOTH_MODES
async def test_max_items_fetches_no_page_past_the_cap(sdk: Sdk) -> None:
    """11 items at 10 a page need pages 1 and 2; the paginator must not fetch 3-5 (and throw
    their items away), spending the store-wide quota: the batch must shrink to what is left.

    Fails today: after page 1 the next batch is always `concurrency` pages (here 2-5).
    """
    fake = big_fake()
    ids = seed(fake, 45)

    run = await sdk.run(fake, by="items", page_size=10, concurrency=4, max_items=11)

    assert run.ids == ids[:11]
    assert pages_asked(fake) == [1, 2]


async def test_max_items_zero_asks_for_nothing(sdk: Sdk) -> None:
    fake = big_fake()
    seed(fake, 5)

    run = await sdk.run(fake, by="items", max_items=0)

    assert (run.items, fake.requests) == ([], [])


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_max_items_stops_asking_once_reached(sdk: Sdk, concurrency: int) -> None:
    """The first 120 items of 600, 30 a page: pages 1-4 and nothing after."""
    fake = big_fake()
    ids = seed(fake, 600)

    run = await sdk.run(fake, page_size=30, concurrency=concurrency, max_items=120)

    assert run.ids == ids[:120]
    assert [page.number for page in run.pages] == [1, 2, 3, 4]
    assert pages_asked(fake) == [1, 2, 3, 4]
