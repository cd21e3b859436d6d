"""One run of the memory workload, in a fresh interpreter so its peak RSS is its own.

``python bench/memory_child.py BASE_URL PRODUCT_ID EXPECTED_ITEMS [sync|async]`` iterates every
metafield of the product with the SDK's item iterator (the sync client's, or the async client's
`async for`) and prints one JSON line: the items seen, the wall time,
and the peak memory growth over the state before the iteration, both as tracemalloc counts it
(Python allocations) and as peak RSS (VmHWM) over RSS before. Run as a file: it imports nothing
from ``bench``.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path

from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class Measure:
    """The growth of Python allocations and of RSS from `start()` to `stop()`."""

    def start(self) -> None:
        gc.collect()
        self.rss_before = _status_kb("VmRSS")
        tracemalloc.start()
        self.traced_before = tracemalloc.get_traced_memory()[0]
        self.started = time.perf_counter()

    def stop(self) -> None:
        self.wall = time.perf_counter() - self.started
        self.traced_growth = tracemalloc.get_traced_memory()[1] - self.traced_before
        tracemalloc.stop()
        # VmHWM is the process's peak: the iteration's, as nothing before it held more.
        self.rss_growth = (_status_kb("VmHWM") - self.rss_before) * 1024


def sync_items(base_url: str, product_id: int, measure: Measure) -> int:
    with MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, base_url=base_url) as client:
        # Imports, the connection and the first parse are not what is measured.
        client.product_metafields.list(product_id, limit=250)
        measure.start()
        items = sum(1 for _ in client.product_metafields.paginate(product_id))
        measure.stop()
    return items


async def async_items(base_url: str, product_id: int, measure: Measure) -> int:
    async with AsyncMetafieldsClient(
        DEFAULT_STORE_HASH, DEFAULT_TOKEN, base_url=base_url
    ) as client:
        await client.product_metafields.list(product_id, limit=250)
        measure.start()
        items = 0
        async for _ in client.product_metafields.paginate(product_id):
            items += 1
        measure.stop()
    return items


def main() -> None:
    base_url, product, expected = sys.argv[1:4]
    mode = sys.argv[4] if len(sys.argv) > 4 else "sync"
    product_id, expected_items = int(product), int(expected)
    measure = Measure()
    if mode == "async":
        items = asyncio.run(async_items(base_url, product_id, measure))
    else:
        items = sync_items(base_url, product_id, measure)
    wall, traced_growth, rss_growth = measure.wall, measure.traced_growth, measure.rss_growth
    rss_before = measure.rss_before
    result = {
        "items": items,
        "expected_items": expected_items,
        "wall_s": wall,
        "traced_peak_growth_bytes": traced_growth,
        "rss_peak_growth_bytes": rss_growth,
        "rss_before_kb": rss_before,
    }
    print(json.dumps(result), flush=True)
    sys.exit(0 if items == expected_items else 1)


if __name__ == "__main__":
    main()
