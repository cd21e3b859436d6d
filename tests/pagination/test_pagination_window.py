"""`collect()`'s sliding window and `prefetch()`: order, bound, and nothing left behind."""

from __future__ import annotations

import pytest
from pagekit import PRODUCT, Each, Sdk, big_fake, maybe, pages_asked, queries, seed

from bigcommerce_metafields import ValidationError
from bigcommerce_metafields._pagination import PREFETCH_LIMIT

pytestmark = pytest.mark.anyio

LIST_PATH = f"/catalog/products/{PRODUCT}/metafields"


async def test_collect_keeps_page_order_when_pages_answer_out_of_order(sdk: Sdk) -> None:
    """Each page takes 0-60 ms at random (seeded), and the first of the window 200 ms: later
    pages answer first, yet the items come in page order, and never more than `concurrency`
    pages are out at once."""
    fake = big_fake(latency=(0.0, 0.06), seed=7)
    ids = seed(fake, 130)  # 13 pages of 10
    fake.faults.add(path=LIST_PATH, method="GET", latency=0.2, times=2)  # page 1, then one more
    async with sdk.connect(fake) as client:
        items = await maybe(
            client.product_metafields.paginate(PRODUCT, page_size=10, concurrency=4).collect()
        )
        assert fake.in_flight == 0
    assert [int(item.id) for item in items] == ids
    assert fake.max_in_flight == 4
    assert pages_asked(fake) == list(range(1, 14))
    finished = [int(q["page"][0]) for q in queries(fake)]
    assert finished != sorted(finished)  # the pages did answer out of order


async def test_collect_stops_at_max_items_and_asks_for_no_page_past_it(sdk: Sdk) -> None:
    fake = big_fake(latency=0.01)
    ids = seed(fake, 130)
    async with sdk.connect(fake) as client:
        paginator = client.product_metafields.paginate(
            PRODUCT, page_size=10, concurrency=4, max_items=35
        )
        items = await maybe(paginator.collect())
    assert [int(item.id) for item in items] == ids[:35]
    assert pages_asked(fake) == [1, 2, 3, 4]
    assert fake.in_flight == 0


@pytest.mark.parametrize("by", ["collect", "pages"])
async def test_prefetch_asks_for_the_first_pages_together(sdk: Sdk, by: str) -> None:
    """A listing of 2 pages, prefetching 4: pages 1-4 go out before page 1 answers; pages 3
    and 4 answer empty and are dropped."""
    fake = big_fake(latency=0.05)
    ids = seed(fake, 15)  # 2 pages of 10
    async with sdk.connect(fake) as client:
        paginator = client.product_metafields.paginate(PRODUCT, page_size=10, concurrency=4)
        assert paginator.prefetch() is paginator
        if by == "collect":
            items = await maybe(paginator.collect())
        else:
            pages = [page async for page in Each(paginator.pages())]
            assert [page.number for page in pages] == [1, 2]
            items = [item for page in pages for item in page.items]
        assert fake.in_flight == 0
    assert [int(item.id) for item in items] == ids
    assert fake.max_in_flight == 4
    assert pages_asked(fake) == [1, 2, 3, 4]


async def test_prefetch_on_a_long_listing_reads_every_page_once(sdk: Sdk) -> None:
    fake = big_fake()
    ids = seed(fake, 95)
    async with sdk.connect(fake) as client:
        paginator = client.product_metafields.paginate(PRODUCT, page_size=10, concurrency=3)
        items = await maybe(paginator.prefetch(True).collect())
    assert [int(item.id) for item in items] == ids
    assert pages_asked(fake) == list(range(1, 11))


async def test_prefetch_is_checked_before_any_request(sdk: Sdk) -> None:
    fake = big_fake()
    seed(fake, 30)
    async with sdk.connect(fake) as client:
        paginator = client.product_metafields.paginate(PRODUCT, page_size=10)
        with pytest.raises(ValidationError, match="prefetch: must be True or False, got str"):
            paginator.prefetch("yes")  # type: ignore[arg-type]
        assert queries(fake) == []
        async for _page in Each(paginator.pages()):
            break
        with pytest.raises(ValidationError, match="prefetch: must be set before the first page"):
            paginator.prefetch()
    assert pages_asked(fake) == [1]


async def test_collect_raises_the_first_failing_pages_error_and_leaves_nothing(sdk: Sdk) -> None:
    fake = big_fake(latency=0.01)
    seed(fake, 100)
    async with sdk.connect(fake, max_retries=0) as client:
        paginator = client.product_metafields.paginate(PRODUCT, page_size=10, concurrency=4)
        fake.faults.add(path=LIST_PATH, method="GET", status=500, times=None)
        with pytest.raises(Exception, match="page=1&") as caught:
            await maybe(paginator.collect())
        assert fake.in_flight == 0
    assert getattr(caught.value, "status_code", None) == 500


async def test_prefetch_asks_for_at_most_the_limit_whatever_the_concurrency(sdk: Sdk) -> None:
    """Concurrency "all pages at once" on a listing of 2 pages: 64 pages asked for, not more."""
    fake = big_fake()
    ids = seed(fake, 15)
    async with sdk.connect(fake) as client:
        paginator = client.product_metafields.paginate(PRODUCT, page_size=10, concurrency=10**9)
        items = await maybe(paginator.prefetch().collect())
        assert fake.in_flight == 0
    assert [int(item.id) for item in items] == ids
    asked = pages_asked(fake)
    assert asked[:2] == [1, 2]
    assert max(asked) <= PREFETCH_LIMIT < 10**9
