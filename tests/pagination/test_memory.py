"""Iterating a listing holds a bounded number of pages: memory does not grow with the item count.

Peak traced memory while 2,000 and while 20,000 items stream past (none kept), in process. The
fakes are seeded before tracing starts, so their storage is not counted: only what the SDK (and
the fake answering it: each page's body) allocates while reading.

Cyclic garbage is collected at every page boundary. httpx responses sit in a reference cycle
(`Response` <-> `BoundSyncStream`), so each page's body outlives its page until a generation-1
collection, up to ~10 pages later: without the collections the peak for 20,000 items is 1.4-1.9x
the peak for 2,000 (8 pages do not reach that lag), which measures CPython's GC lag, not what
the paginator holds. Freezing the heap first keeps those collections cheap.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

import pytest
from pagekit import PAGE_SIZE, PRODUCT, Each, Sdk, big_fake, seed

from bigcommerce_metafields.testing import FakeBigCommerce

pytestmark = pytest.mark.anyio

SMALL, LARGE = 2_000, 20_000


@pytest.fixture(scope="module")
def fakes() -> dict[int, FakeBigCommerce]:
    """One fake per size, seeded once for the module (the tests only read them)."""
    seeded = {}
    for n in (SMALL, LARGE):
        seeded[n] = fake = big_fake()
        seed(fake, n)
    return seeded


async def peak_while_iterating(sdk: Sdk, fake: FakeBigCommerce) -> tuple[int, int, float]:
    """(items seen, peak traced bytes above the baseline, seconds) for one full iteration."""
    started = time.perf_counter()
    gc.collect()
    gc.freeze()
    tracemalloc.start()
    try:
        async with sdk.connect(fake) as client:
            paginator = client.product_metafields.paginate(PRODUCT)
            baseline = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            seen = 0
            async for _ in Each(paginator):
                seen += 1
                if seen % PAGE_SIZE == 0:
                    gc.collect()
            peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
        gc.unfreeze()
    return seen, peak, time.perf_counter() - started


@pytest.mark.parametrize("flavour", ["sync", "asyncio"])
async def test_peak_memory_does_not_grow_with_the_item_count(
    sdk: Sdk, fakes: dict[int, FakeBigCommerce]
) -> None:
    seen_small, small, small_s = await peak_while_iterating(sdk, fakes[SMALL])
    seen_large, large, large_s = await peak_while_iterating(sdk, fakes[LARGE])

    figures = (
        f"{sdk.flavour}: peak {small / 1e6:.2f} MB for {SMALL:,} items ({small_s:.1f}s), "
        f"{large / 1e6:.2f} MB for {LARGE:,} ({large_s:.1f}s): x{large / small:.2f}"
    )
    print(figures)  # shown with -s or -rP
    assert (seen_small, seen_large) == (SMALL, LARGE)
    assert large < 2 * small, figures
