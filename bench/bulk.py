"""The bulk rows of ``make bench``: a bulk import and export through the batch endpoints against
the same job one metafield (or product) a request, under one shortened rate quota.

Both paths are bound by the quota, not the CPU, so the figure that matters is metafields per
second. The per-record path at 10,000 records would take minutes of quota; it runs on a sample
of the same job (its rate is steady once the first window is spent), and its speed is that rate.
Every figure comes from the same run.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import time
import tracemalloc
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from bigcommerce_metafields import (
    AsyncMetafieldsClient,
    BatchError,
    BigCommerceError,
    ProductMetafieldCreateItem,
)

try:  # `python -m bench.run`, or `python bench/run.py`
    from bench.wire import CountingTransport
except ImportError:  # pragma: no cover
    from wire import CountingTransport  # type: ignore[no-redef,import-not-found]

SLICE = 500
"""Items handed to one `batch.create` call: the job streams its input, so memory stays flat
(the SDK splits each slice into `batch_size` requests, sent concurrently)."""


@dataclass(frozen=True)
class BulkSizes:
    records: int
    products: int
    sample_records: int  # of the per-record import
    sample_products: int  # of the per-record export
    quota: int
    window_ms: int
    memory_records: tuple[int, int]  # the job at two sizes: peak memory must not grow with it


FULL = BulkSizes(10_000, 2_000, 500, 250, 25, 500, (2_000, 10_000))
QUICK = BulkSizes(500, 100, 50, 20, 25, 250, (100, 500))


@dataclass
class Run:
    """One path of one job: what it moved, how long it took, what the wire saw."""

    records: int
    seconds: float
    requests: int
    answered_429: int
    errors: int
    quota_used: float  # % of the quota rate, from the first request to its last window's end

    @property
    def rate(self) -> float:
        return self.records / self.seconds


def _records(namespace: str, records: int, sizes: BulkSizes) -> Iterator[tuple[int, str, str]]:
    """(product id, key, value): `records` metafields, as many on each product as the job puts
    there (10,000 over 2,000: 5 each), on as many products as it takes."""
    per_product = max(1, sizes.records // sizes.products)
    for index in range(records):
        product_id, n = divmod(index, per_product)
        yield product_id + 1, f"k{n}", f"{namespace}-{product_id + 1}-{n}"


def _slices(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def _measured(base_url: str, store: str, token: str, quota: tuple[int, int], job: Any) -> Run:
    """Run `job(client)` -> (records, errors) on a fresh client, the wire counted."""
    wire = CountingTransport()
    async with AsyncMetafieldsClient(store, token, base_url=base_url, transport=wire) as client:
        started = time.perf_counter()
        records, errors = await job(client)
        seconds = time.perf_counter() - started
    limit, window_ms = quota
    on_wire = sum(wire.statuses.values())
    assert wire.first_sent is not None
    span = max(wire.last_window_end - wire.first_sent, window_ms / 1000)
    used = 100 * (on_wire - wire.statuses[429]) / span / (limit / (window_ms / 1000))
    return Run(records, seconds, on_wire, wire.statuses[429], errors, used)


async def batch_import(
    client: AsyncMetafieldsClient, namespace: str, sizes: BulkSizes, records: int | None = None
) -> tuple[int, int]:
    count = records or sizes.records
    errors = 0
    items = (
        ProductMetafieldCreateItem(
            resource_id=product_id, namespace=namespace, key=key, value=value,
            permission_set="read",
        )
        for product_id, key, value in _records(namespace, count, sizes)
    )  # fmt: skip
    written = 0
    for chunk in _slices(items, SLICE):
        try:
            written += len(await client.product_metafields.batch.create(chunk))
        except BatchError as exc:
            written += len(exc.succeeded)
            errors += len(exc.failures)
    return written, errors


async def batch_export(client: AsyncMetafieldsClient, namespace: str) -> tuple[int, int]:
    read = 0
    try:
        async for _ in client.product_metafields.batch.paginate(namespace=namespace, page_size=250):
            read += 1
    except BigCommerceError:
        return read, 1
    return read, 0


async def one_at_a_time_import(
    client: AsyncMetafieldsClient, namespace: str, sizes: BulkSizes
) -> tuple[int, int]:
    sample = list(_records(namespace, sizes.sample_records, sizes))

    async def create(product_id: int, key: str, value: str) -> bool:
        try:
            await client.product_metafields.create(
                product_id, namespace=namespace, key=key, value=value, permission_set="read"
            )
        except BigCommerceError:
            return False
        return True

    done = await asyncio.gather(*(create(*record) for record in sample))
    return sum(done), done.count(False)


async def one_at_a_time_export(
    client: AsyncMetafieldsClient, namespace: str, sizes: BulkSizes
) -> tuple[int, int]:
    async def listing(product_id: int) -> int | None:
        try:
            return len(
                await client.product_metafields.paginate(product_id, namespace=namespace).collect()
            )
        except BigCommerceError:
            return None

    found = await asyncio.gather(*(listing(p) for p in range(1, sizes.sample_products + 1)))
    return sum(n or 0 for n in found), found.count(None)


async def _memory_peak(
    base_url: str, store: str, token: str, sizes: BulkSizes, records: int
) -> float:
    """tracemalloc's peak growth (MB) over a batch import and export of `records` metafields."""
    namespace = f"mem-{uuid.uuid4().hex[:8]}"
    async with AsyncMetafieldsClient(store, token, base_url=base_url) as client:
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            await batch_import(client, namespace, sizes, records)
            await batch_export(client, namespace)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return (peak - base) / 2**20


async def measure(
    base_url: str, store: str, token: str, sizes: BulkSizes, repeats: int
) -> dict[str, Any]:
    """Every figure of the bulk rows, `repeats` times; between phases the fake's window ends, so
    each phase starts on a fresh quota."""
    quota = (sizes.quota, sizes.window_ms)
    pause = sizes.window_ms / 1000 + 0.1
    runs: dict[str, list[Run]] = collections.defaultdict(list)
    memory: dict[int, list[float]] = collections.defaultdict(list)
    for _ in range(repeats):
        namespace = f"bulk-{uuid.uuid4().hex[:8]}"
        jobs: Sequence[tuple[str, Any]] = (
            ("batch import", functools.partial(batch_import, namespace=namespace, sizes=sizes)),
            ("batch export", functools.partial(batch_export, namespace=namespace)),
            (
                "one-at-a-time import",
                functools.partial(one_at_a_time_import, namespace=f"{namespace}-1", sizes=sizes),
            ),
            (
                "one-at-a-time export",
                functools.partial(one_at_a_time_export, namespace=namespace, sizes=sizes),
            ),
        )
        for name, job in jobs:
            await asyncio.sleep(pause)
            runs[name].append(await _measured(base_url, store, token, quota, job))
        for records in sizes.memory_records:
            await asyncio.sleep(pause)
            memory[records].append(await _memory_peak(base_url, store, token, sizes, records))
    return {"runs": runs, "memory": memory}
