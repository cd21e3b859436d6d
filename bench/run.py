"""Benchmark of the SDK against raw httpx, the ideal, and the official ``bigcommerce`` package.

    python -m bench.run [--quick] [--json PATH]      (or python bench/run.py ...)

The fake store runs in separate processes on loopback (``python -m bigcommerce_metafields.testing
--seed-product-metafields ...``), so this process's CPU time (``time.process_time``) is the
client's alone. Every figure is the median of several repeats, with
min and max; the contenders of a workload are interleaved within each repeat (their order rotates),
since these machines drift by tens of percent between runs: compare figures of one run only.
The many-workers rows run the SDK itself in several processes (``bench/burst_child.py``) against
one store, with their quota accounts apart or shared through a directory or a Redis of their own
(``redis-server``, which ``make install`` installs); the many-stores rows make 1,000
``for_store`` clients in this process; the bulk rows (``bench/bulk.py``) import and export
10,000 metafields through the batch endpoints against one request each, under one quota.
Targets are printed beside the figures, met or missed; nothing is asserted. ``--quick`` shrinks
every size so the whole run takes seconds (``make test`` runs it so the benchmark cannot rot).
The figures also go to ``bench/results.json`` (or ``--json PATH``).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gc
import json
import math
import os
import platform
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

from bigcommerce_metafields import (
    DEFAULT_MAX_IN_FLIGHT,
    AsyncMetafieldsClient,
    BigCommerceError,
    MetafieldsClient,
    ProductMetafieldList,
    ProductMetafieldResponse,
    __version__,
    parse,
)
from bigcommerce_metafields.testing import DEFAULT_CLIENT_ID, DEFAULT_STORE_HASH, DEFAULT_TOKEN

try:  # `python -m bench.run`, or `python bench/run.py`
    from bench import bulk
    from bench.readme_table import fmt
    from bench.wire import CountingTransport
except ImportError:  # pragma: no cover
    import bulk  # type: ignore[no-redef,import-not-found]
    from readme_table import fmt  # type: ignore[no-redef,import-not-found]
    from wire import CountingTransport  # type: ignore[no-redef,import-not-found]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_JSON = HERE / "results.json"
STORE = DEFAULT_STORE_HASH
TOKEN = DEFAULT_TOKEN
#: What the SDK sends on every request, sent by the raw httpx contenders too.
HEADERS = {
    "Accept": "application/json",
    "User-Agent": f"bigcommerce-metafields/{__version__}",
    "X-Auth-Token": TOKEN,
}
#: Products seeded in the fakes: one metafield to get, one full page, the pages, the big listing.
GET_PRODUCT, PAGE_PRODUCT, PAGES_PRODUCT, BULK_PRODUCT = 1, 2, 3, 4
PAGE_SIZE = 250

WORKLOADS = (
    "get_one_sync",
    "get_one_async",
    "list_page_sync",
    "list_page_async",
    "model_build",
    "concurrent_get_async",
    "pagination_async",
    "pagination_sync",
    "quota",
    "memory",
    "workers",
    "many_stores",
    "bulk",
)


@dataclass(frozen=True)
class Sizes:
    repeats: int
    long_repeats: int  # for the workloads that take seconds per repeat (quota, memory)
    get_calls: int
    list_calls: int
    parse_rounds: int
    concurrent_total: int
    concurrency: int
    pages: int
    page_concurrency: int
    latency_ms: float
    quota: int
    window_ms: int
    quota_requests: int
    items: int
    worker_counts: tuple[int, ...]  # processes bursting against one store together
    worker_repeats: int
    stores: int  # for_store clients in one process
    bulk: bulk.BulkSizes  # the batch import and export against one at a time


FULL = Sizes(
    repeats=5,
    long_repeats=3,
    get_calls=1000,
    list_calls=200,
    parse_rounds=200,
    concurrent_total=2000,
    concurrency=64,
    pages=20,
    page_concurrency=8,
    latency_ms=50.0,
    quota=100,
    window_ms=2000,
    quota_requests=600,
    items=100_000,
    worker_counts=(2, 4, 8),
    worker_repeats=2,
    stores=1000,
    bulk=bulk.FULL,
)
QUICK = Sizes(
    repeats=2,
    long_repeats=2,
    get_calls=20,
    list_calls=10,
    parse_rounds=10,
    concurrent_total=64,
    concurrency=64,
    pages=2,
    page_concurrency=8,
    latency_ms=50.0,
    quota=20,
    window_ms=500,
    quota_requests=40,
    items=1000,
    worker_counts=(2,),
    worker_repeats=1,
    stores=50,
    bulk=bulk.QUICK,
)


# -- statistics and results -------------------------------------------------------------------


def summary(samples: Sequence[float]) -> dict[str, Any]:
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "samples": list(samples),
    }


@dataclass
class Row:
    """One figure of one contender, and how it compares."""

    contender: str
    figure: str
    unit: str
    stats: dict[str, Any]
    ratio: float | None = None  # median over the baseline's median
    ratio_to: str | None = None
    target: str | None = None  # e.g. "<= 1.3x"
    met: bool | None = None


@dataclass
class Workload:
    name: str
    title: str
    params: dict[str, Any]
    rows: list[Row]
    notes: list[str]
    skipped: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "params": self.params,
            "figures": [asdict(row) for row in self.rows],
            "targets": [
                {
                    "contender": r.contender,
                    "figure": r.figure,
                    "target": r.target,
                    "value": r.ratio if r.ratio is not None else r.stats["median"],
                    "met": r.met,
                }
                for r in self.rows
                if r.target is not None
            ],
            "notes": self.notes,
            "skipped": self.skipped,
        }


def compare(rows: list[Row], contender: str, baseline: str, figure: str) -> Row:
    row = next(r for r in rows if r.contender == contender and r.figure == figure)
    base = next(r for r in rows if r.contender == baseline and r.figure == figure)
    row.ratio = row.stats["median"] / base.stats["median"]
    row.ratio_to = baseline
    return row


def aim(row: Row, op: str, threshold: float, *, on_ratio: bool = True, fmt: str = "{:g}x") -> None:
    """Attach a target: ``op`` is "<=", "<", ">=" or "==" against the ratio or the median."""
    value = row.ratio if on_ratio else row.stats["median"]
    assert value is not None
    checks = {"<=": value <= threshold, "<": value < threshold, ">=": value >= threshold}
    checks["=="] = value == threshold
    row.target = f"{op} {fmt.format(threshold)}"
    row.met = checks[op]


# -- the fake servers, each a process ----------------------------------------------------------


class FakeProcess:
    """``python -m bigcommerce_metafields.testing`` on loopback, in its own process."""

    def __init__(self, name: str, options: list[str]) -> None:
        self.name = name
        self.command = [sys.executable, "-m", "bigcommerce_metafields.testing", "--port", "0"]
        self.command += options
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            self.command, stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        self.base_url = ""

    def wait_ready(self, timeout: float = 120.0) -> str:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline().strip() if ready else ""
        if not line.startswith("http"):
            self.stop()
            raise RuntimeError(f"fake {self.name!r} did not start: {' '.join(self.command)}")
        self.base_url = line
        return line

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass(frozen=True)
class Fakes:
    plain: str  # no quota: get-one and list-page workloads
    slow: str  # no quota, latency: pagination
    limited: str  # quota per window: throttle
    bulk: str  # no quota, the big listing
    batches: str  # the bulk rows' quota, shortened


@contextmanager
def fakes(sizes: Sizes) -> Iterator[Fakes]:
    def seeds(*pairs: tuple[int, int]) -> list[str]:
        return [arg for p, n in pairs for arg in ("--seed-product-metafields", f"{p}:{n}")]

    specs = {
        "plain": ["--quota", "0", *seeds((GET_PRODUCT, 1), (PAGE_PRODUCT, PAGE_SIZE))],
        "slow": [
            *("--quota", "0", "--latency-ms", str(sizes.latency_ms)),
            *seeds((PAGES_PRODUCT, sizes.pages * PAGE_SIZE)),
        ],
        "limited": [
            *("--quota", str(sizes.quota), "--window-ms", str(sizes.window_ms)),
            *seeds((GET_PRODUCT, 1)),
        ],
        "bulk": ["--quota", "0", *seeds((BULK_PRODUCT, sizes.items))],
        "batches": [
            *("--quota", str(sizes.bulk.quota), "--window-ms", str(sizes.bulk.window_ms)),
        ],
    }
    with ExitStack() as stack:
        processes = {}
        for name, options in specs.items():  # started together, waited for after
            processes[name] = FakeProcess(name, options)
            stack.callback(processes[name].stop)
        yield Fakes(**{name: process.wait_ready() for name, process in processes.items()})


def _first_metafield(base_url: str, product_id: int, expected_total: int) -> int:
    """The id of the product's first metafield, after checking the seeding (not timed)."""
    url = f"{base_url}/catalog/products/{product_id}/metafields"
    response = httpx.get(url, params={"limit": 1}, headers=HEADERS)
    response.raise_for_status()
    body = response.json()
    total = body["meta"]["pagination"]["total"]
    if total != expected_total:
        raise RuntimeError(f"product {product_id} has {total} metafields, not {expected_total}")
    return int(body["data"][0]["id"])


# -- running contenders, interleaved -----------------------------------------------------------


def rotations(names: Sequence[str], repeats: int) -> Iterator[list[str]]:
    """The contenders' order for each repeat: rotated, so none always runs first."""
    for repeat in range(repeats):
        shift = repeat % len(names)
        yield [*names[shift:], *names[:shift]]


def time_sync(call: Callable[[], object], calls: int) -> tuple[float, float]:
    """(CPU s, wall s) of ``calls`` sequential calls."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    return time.process_time() - cpu, time.perf_counter() - wall


async def time_async(call: Callable[[], Awaitable[object]], calls: int) -> tuple[float, float]:
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        await call()
    return time.process_time() - cpu, time.perf_counter() - wall


async def time_concurrent(
    call: Callable[[], Awaitable[object]], calls: int, width: int
) -> tuple[float, float]:
    """(CPU s, wall s) of ``calls`` calls made by ``width`` tasks at once."""
    todo = iter(range(calls))

    async def worker() -> None:
        for _ in todo:  # shared: each call is taken by exactly one task
            await call()

    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(width)))
    return time.process_time() - cpu, time.perf_counter() - wall


def per_call_rows(
    samples: dict[str, list[tuple[float, float]]], calls: int, baseline: str
) -> list[Row]:
    rows = []
    for contender, pairs in samples.items():
        cpu = [c / calls * 1e6 for c, _ in pairs]
        wall = [w / calls * 1e6 for _, w in pairs]
        rows.append(Row(contender, "CPU per call", "us", summary(cpu)))
        rows.append(Row(contender, "wall per call", "us", summary(wall)))
    for contender in samples:
        if contender != baseline:
            compare(rows, contender, baseline, "CPU per call")
            compare(rows, contender, baseline, "wall per call")
    return rows


def _check_ok(response: httpx.Response) -> httpx.Response:
    if response.status_code != 200:
        raise RuntimeError(f"{response.request.url} answered {response.status_code}")
    return response


# -- workloads ---------------------------------------------------------------------------------


def _official_connection() -> Any | None:
    """The official package's OAuth connection (it takes absolute URLs as they are), if any."""
    try:
        from bigcommerce.connection import OAuthConnection  # type: ignore[import-untyped]
    except ImportError:
        return None
    return OAuthConnection(client_id=DEFAULT_CLIENT_ID, store_hash=STORE, access_token=TOKEN)


def sequential_sync(
    name: str, title: str, sizes: Sizes, url: str, calls: int, cpu_target: float, **kw: Any
) -> Workload:
    """Sequential sync calls: the SDK, raw httpx, and the official package when installed."""
    sdk_call: Callable[[MetafieldsClient], object] = kw["sdk_call"]
    params: dict[str, Any] = kw.get("params") or {}
    notes: list[str] = []
    with ExitStack() as stack:
        sdk = stack.enter_context(MetafieldsClient(STORE, TOKEN, base_url=kw["base_url"]))
        raw = stack.enter_context(httpx.Client(headers=HEADERS))
        contenders: dict[str, Callable[[], object]] = {
            "sdk": lambda: sdk_call(sdk),
            "raw httpx": lambda: json.loads(_check_ok(raw.get(url, params=params)).content),
        }
        official = _official_connection()
        if official is not None:
            contenders["official bigcommerce"] = lambda: official.make_request(
                "GET", url, params=dict(params)
            )
        else:
            notes.append("the official bigcommerce package is not installed: not compared")
        for call in contenders.values():  # connections, imports, caches
            for _ in range(min(calls, 20)):
                call()
        samples: dict[str, list[tuple[float, float]]] = {c: [] for c in contenders}
        for order in rotations(list(contenders), sizes.repeats):
            for contender in order:
                samples[contender].append(time_sync(contenders[contender], calls))
    rows = per_call_rows(samples, calls, "raw httpx")
    aim(compare(rows, "sdk", "raw httpx", "CPU per call"), "<=", cpu_target)
    aim(compare(rows, "sdk", "raw httpx", "wall per call"), "<=", 1.2)
    if official is not None:
        for figure in ("CPU per call", "wall per call"):
            rows.append(
                Row(
                    "sdk vs official",
                    figure,
                    "x",
                    summary([_ratio(samples, "sdk", "official bigcommerce", figure)]),
                )
            )
        # Typed, yet no dearer than the untyped official client.
        aim(rows[-2], "<=", 1.0, on_ratio=False)
    return Workload(name, title, {"calls": calls, "repeats": sizes.repeats}, rows, notes)


def _ratio(samples: dict[str, list[tuple[float, float]]], a: str, b: str, figure: str) -> float:
    index = 0 if figure.startswith("CPU") else 1
    return statistics.median(s[index] for s in samples[a]) / statistics.median(
        s[index] for s in samples[b]
    )


async def sequential_async(
    name: str, title: str, sizes: Sizes, url: str, calls: int, cpu_target: float, **kw: Any
) -> Workload:
    sdk_call: Callable[[AsyncMetafieldsClient], Awaitable[object]] = kw["sdk_call"]
    params: dict[str, Any] = kw.get("params") or {}
    async with (
        AsyncMetafieldsClient(STORE, TOKEN, base_url=kw["base_url"]) as sdk,
        httpx.AsyncClient(headers=HEADERS) as raw,
    ):

        async def raw_call() -> object:
            return json.loads(_check_ok(await raw.get(url, params=params)).content)

        contenders: dict[str, Callable[[], Awaitable[object]]] = {
            "sdk": lambda: sdk_call(sdk),
            "raw httpx": raw_call,
        }
        for call in contenders.values():
            for _ in range(min(calls, 20)):
                await call()
        samples: dict[str, list[tuple[float, float]]] = {c: [] for c in contenders}
        for order in rotations(list(contenders), sizes.repeats):
            for contender in order:
                samples[contender].append(await time_async(contenders[contender], calls))
    rows = per_call_rows(samples, calls, "raw httpx")
    aim(compare(rows, "sdk", "raw httpx", "CPU per call"), "<=", cpu_target)
    aim(compare(rows, "sdk", "raw httpx", "wall per call"), "<=", 1.2)
    return Workload(name, title, {"calls": calls, "repeats": sizes.repeats}, rows, [])


def _by_hand(item: dict[str, Any]) -> tuple[object, ...]:
    """What a hand-written decoder of one metafield does, no more: read each field, parse the
    dates. Written out field by field, as one would for speed (a loop over names costs more)."""
    fromisoformat = datetime.fromisoformat
    return (
        item["id"],
        item["key"],
        item["value"],
        item["namespace"],
        item["permission_set"],
        item["resource_type"],
        item["resource_id"],
        fromisoformat(item["date_created"]),
        fromisoformat(item["date_modified"]),
        item.get("description"),
        item.get("owner_client_id"),
    )


def model_build(sizes: Sizes, base_url: str, metafield_id: int) -> Workload:
    """What decoding into the typed models costs over ``json.loads`` and a hand-written decoder.

    "parse" is the SDK's path for every response: the generated decoders, here fed by
    ``json.loads`` so that the parsers are the same; "parse(bytes)" lets the SDK choose its
    parser (orjson when the ``orjson`` extra is installed). "from_dict" is the generator's own
    model parsing, which the SDK used before its decoders (without the type check it added).
    """
    get_body = _check_ok(
        httpx.get(
            f"{base_url}/catalog/products/{GET_PRODUCT}/metafields/{metafield_id}", headers=HEADERS
        )
    ).content
    list_body = _check_ok(
        httpx.get(
            f"{base_url}/catalog/products/{PAGE_PRODUCT}/metafields",
            params={"limit": PAGE_SIZE},
            headers=HEADERS,
        )
    ).content
    rounds = sizes.parse_rounds
    contenders: dict[str, Callable[[], object]] = {
        "get: json.loads": lambda: json.loads(get_body),
        "get: json.loads + by hand": lambda: _by_hand(json.loads(get_body)["data"]),
        "get: json.loads + parse": lambda: parse(ProductMetafieldResponse, json.loads(get_body)),
        "get: parse(bytes)": lambda: parse(ProductMetafieldResponse, get_body),
        "get: json.loads + from_dict": lambda: ProductMetafieldResponse.from_dict(
            json.loads(get_body)
        ),
        "list: json.loads": lambda: json.loads(list_body),
        "list: json.loads + by hand": lambda: [
            _by_hand(item) for item in json.loads(list_body)["data"]
        ],
        "list: json.loads + parse": lambda: parse(ProductMetafieldList, json.loads(list_body)),
        "list: parse(bytes)": lambda: parse(ProductMetafieldList, list_body),
        "list: json.loads + from_dict": lambda: ProductMetafieldList.from_dict(
            json.loads(list_body)
        ),
    }
    get_rounds = rounds * 10  # a get body parses in microseconds: time more of them
    counts = {c: get_rounds if c.startswith("get") else rounds for c in contenders}
    samples: dict[str, list[float]] = {c: [] for c in contenders}
    for order in rotations(list(contenders), sizes.repeats):
        for contender in order:
            cpu, _ = time_sync(contenders[contender], counts[contender])
            samples[contender].append(cpu / counts[contender] * 1e6)
    rows = [Row(c, "CPU per body", "us", summary(s)) for c, s in samples.items()]
    for body in ("get", "list"):
        by_hand = f"{body}: json.loads + by hand"
        compare(rows, f"{body}: json.loads + by hand", f"{body}: json.loads", "CPU per body")
        # The typed models at the price of a hand-written decoder (issue 15's aim).
        aim(compare(rows, f"{body}: json.loads + parse", by_hand, "CPU per body"), "<=", 1.3)
        compare(rows, f"{body}: parse(bytes)", by_hand, "CPU per body")
        compare(rows, f"{body}: json.loads + from_dict", by_hand, "CPU per body")
    parsed, loaded = samples["list: json.loads + parse"], samples["list: json.loads"]
    per_item = [(m - j) / PAGE_SIZE for m, j in zip(parsed, loaded, strict=True)]
    rows.append(Row("list: parse, models only", "CPU per item", "us", summary(per_item)))
    notes = [
        f"get body {len(get_body)} bytes, list body {len(list_body)} bytes ({PAGE_SIZE} items)",
        f"parse(bytes) parsed with {_json_parser()}",
    ]
    params = {"get_rounds": get_rounds, "list_rounds": rounds, "repeats": sizes.repeats}
    return Workload("model_build", "Model building (no HTTP)", params, rows, notes)


def _json_parser() -> str:
    """The parser the SDK picks: orjson when importable (the `orjson` extra), else json."""
    try:
        return f"orjson {metadata.version('orjson')}"
    except metadata.PackageNotFoundError:
        return "json (the orjson extra is not installed)"


async def concurrent_get(sizes: Sizes, base_url: str, metafield_id: int) -> Workload:
    path = f"/catalog/products/{GET_PRODUCT}/metafields/{metafield_id}"
    total, width, default_width = sizes.concurrent_total, sizes.concurrency, DEFAULT_MAX_IN_FLIGHT
    async with (
        AsyncMetafieldsClient(STORE, TOKEN, base_url=base_url, max_in_flight=width) as wide,
        AsyncMetafieldsClient(STORE, TOKEN, base_url=base_url) as default,
        httpx.AsyncClient(headers=HEADERS) as raw,
        httpx.AsyncClient(headers=HEADERS) as raw_capped,
    ):
        cap = asyncio.Semaphore(default_width)

        async def raw_call() -> object:
            return json.loads(_check_ok(await raw.get(base_url + path)).content)

        async def raw_capped_call() -> object:
            async with cap:
                return json.loads(_check_ok(await raw_capped.get(base_url + path)).content)

        contenders: dict[str, Callable[[], Awaitable[object]]] = {
            f"sdk max_in_flight={width}": lambda: wide.product_metafields.get(
                GET_PRODUCT, metafield_id
            ),
            f"sdk default (max_in_flight={default_width})": lambda: default.product_metafields.get(
                GET_PRODUCT, metafield_id
            ),
            "raw httpx": raw_call,
            f"raw httpx, {default_width} in flight": raw_capped_call,
        }
        for call in contenders.values():  # open the connections
            await time_concurrent(call, width, width)
        samples: dict[str, list[tuple[float, float]]] = {c: [] for c in contenders}
        for order in rotations(list(contenders), sizes.repeats):
            for contender in order:
                samples[contender].append(
                    await time_concurrent(contenders[contender], total, width)
                )
    rows = []
    for contender, pairs in samples.items():
        rate = summary([total / w for _, w in pairs])
        cpu = summary([c / total * 1e6 for c, _ in pairs])
        rows.append(Row(contender, "requests per second", "req/s", rate))
        rows.append(Row(contender, "CPU per request", "us", cpu))
    for contender in samples:
        baseline = "raw httpx" if "sdk" in contender else None
        if contender.startswith("sdk default"):
            baseline = f"raw httpx, {default_width} in flight"
        if baseline is not None:
            compare(rows, contender, baseline, "requests per second")
            compare(rows, contender, baseline, "CPU per request")
    aim(rows[0], ">=", 0.9)
    pool = httpx._config.DEFAULT_LIMITS  # what httpx.AsyncClient() uses, as every client here
    notes = [
        f"{width} tasks at once; every client has httpx's default pool "
        f"(max_connections={pool.max_connections}, "
        f"max_keepalive_connections={pool.max_keepalive_connections}); the SDK's default "
        f"is compared with raw httpx capped at {default_width} in flight by a semaphore"
    ]
    params = {"total": total, "tasks": width, "repeats": sizes.repeats}
    title = f"{width} concurrent get-one, async"
    return Workload("concurrent_get_async", title, params, rows, notes)


async def pagination_async(sizes: Sizes, base_url: str) -> Workload:
    expected = sizes.pages * PAGE_SIZE
    url = f"{base_url}/catalog/products/{PAGES_PRODUCT}/metafields"
    concurrency = sizes.page_concurrency
    async with (
        AsyncMetafieldsClient(STORE, TOKEN, base_url=base_url) as client,
        httpx.AsyncClient(headers=HEADERS) as raw,
    ):

        def walker(concurrency: int) -> Callable[[], Awaitable[object]]:
            async def walk() -> object:
                seen = 0
                paginator = client.product_metafields.paginate(
                    PAGES_PRODUCT, concurrency=concurrency
                )
                async for _item in paginator:
                    seen += 1
                return _check_count(seen, expected)

            return walk

        async def raw_page(number: int) -> Any:
            params = {"page": number, "limit": PAGE_SIZE}
            return json.loads(_check_ok(await raw.get(url, params=params)).content)

        async def raw_walk(concurrency: int) -> object:
            # The SDK's schedule: page 1 alone, then batches of `concurrency` pages at once.
            first = await raw_page(1)
            seen, number = len(first["data"]), 2
            while number <= first["meta"]["pagination"]["total_pages"]:
                last = min(first["meta"]["pagination"]["total_pages"], number + concurrency - 1)
                batch = await asyncio.gather(*(raw_page(n) for n in range(number, last + 1)))
                seen += sum(len(body["data"]) for body in batch)
                number = last + 1
            return _check_count(seen, expected)

        def collector(prefetch: bool) -> Callable[[], Awaitable[object]]:
            async def collect() -> object:
                paginator = client.product_metafields.paginate(
                    PAGES_PRODUCT, concurrency=concurrency
                )
                return _check_count(len(await paginator.prefetch(prefetch).collect()), expected)

            return collect

        contenders = {
            f"sdk C={concurrency}": walker(concurrency),
            "sdk C=1": walker(1),
            f"sdk collect() C={concurrency}": collector(False),
            f"sdk collect(), prefetch C={concurrency}": collector(True),
            f"raw httpx C={concurrency}": lambda: raw_walk(concurrency),
            "raw httpx C=1": lambda: raw_walk(1),
        }
        for call in contenders.values():
            await call()
        samples: dict[str, list[tuple[float, float]]] = {c: [] for c in contenders}
        for order in rotations(list(contenders), sizes.repeats):
            for contender in order:
                samples[contender].append(await time_async(contenders[contender], 1))
    return _pagination_workload("pagination_async", "async", sizes, samples)


def _check_count(seen: int, expected: int) -> int:
    if seen != expected:
        raise RuntimeError(f"paginated {seen} items, not {expected}")
    return seen


def pagination_sync(sizes: Sizes, base_url: str) -> Workload:
    expected = sizes.pages * PAGE_SIZE
    with MetafieldsClient(STORE, TOKEN, base_url=base_url) as client:

        def walker(concurrency: int) -> Callable[[], object]:
            def walk() -> object:
                paginator = client.product_metafields.paginate(
                    PAGES_PRODUCT, concurrency=concurrency
                )
                seen = sum(1 for _ in paginator)
                if seen != expected:
                    raise RuntimeError(f"paginated {seen} items, not {expected}")
                return seen

            return walk

        def collector(prefetch: bool) -> Callable[[], object]:
            def collect() -> object:
                paginator = client.product_metafields.paginate(
                    PAGES_PRODUCT, concurrency=sizes.page_concurrency
                )
                return _check_count(len(paginator.prefetch(prefetch).collect()), expected)

            return collect

        contenders = {
            f"sdk C={sizes.page_concurrency}": walker(sizes.page_concurrency),
            "sdk C=1": walker(1),
            f"sdk collect() C={sizes.page_concurrency}": collector(False),
            f"sdk collect(), prefetch C={sizes.page_concurrency}": collector(True),
        }
        official = _official_connection()
        if official is not None:  # it reads one page after another: the C=1 row only
            contenders["official bigcommerce C=1"] = _official_walk(official, base_url, expected)
        for call in contenders.values():
            call()
        samples: dict[str, list[tuple[float, float]]] = {c: [] for c in contenders}
        for order in rotations(list(contenders), sizes.repeats):
            for contender in order:
                samples[contender].append(time_sync(contenders[contender], 1))
    return _pagination_workload("pagination_sync", "sync (threads)", sizes, samples)


def _official_walk(official: Any, base_url: str, expected: int) -> Callable[[], object]:
    """Every page of the listing through the official package, one after another."""
    url = f"{base_url}/catalog/products/{PAGES_PRODUCT}/metafields"

    def walk() -> object:
        seen, page, pages = 0, 1, 1
        while page <= pages:
            body = official.make_request("GET", url, params={"limit": PAGE_SIZE, "page": page})
            seen += len(body["data"])
            pages = body["meta"]["pagination"]["total_pages"]
            page += 1
        if seen != expected:
            raise RuntimeError(f"the official package read {seen} items, not {expected}")
        return seen

    return walk


def _pagination_workload(
    name: str, kind: str, sizes: Sizes, samples: dict[str, list[tuple[float, float]]]
) -> Workload:
    concurrency, latency = sizes.page_concurrency, sizes.latency_ms
    ideal = (1 + math.ceil((sizes.pages - 1) / concurrency)) * latency
    ideal_sequential = sizes.pages * latency
    rows = [
        Row(contender, "wall", "ms", summary([w * 1000 for _, w in pairs]))
        for contender, pairs in samples.items()
    ]
    rows += [
        Row(contender, "client CPU", "ms", summary([c * 1000 for c, _ in pairs]))
        for contender, pairs in samples.items()
    ]
    for contender in samples:
        raw = "raw httpx" + contender.removeprefix("sdk")
        if contender.startswith("sdk") and raw in samples:
            compare(rows, contender, raw, "wall")
            compare(rows, contender, raw, "client CPU")
    if "official bigcommerce C=1" in samples:
        for figure in ("wall", "client CPU"):  # the untyped package, reading the same pages
            compare(rows, "official bigcommerce C=1", "sdk C=1", figure)
    rows.append(Row(f"ideal C={concurrency}", "wall", "ms", summary([ideal])))
    rows.append(Row("ideal C=1", "wall", "ms", summary([ideal_sequential])))
    for who in ("sdk", "raw httpx"):
        conc, seq = f"{who} C={concurrency}", f"{who} C=1"
        if conc not in samples:
            continue
        pairs = zip(samples[seq], samples[conc], strict=True)
        speedup = Row(
            f"{who}: C={concurrency} over C=1",
            "speed-up",
            "x",
            summary([s / c for (_, s), (_, c) in pairs]),
        )
        speedup.ratio = median_wall(samples[seq]) / median_wall(samples[conc])
        share = Row(
            f"{who}: C={concurrency} over ideal",
            "wall / ideal",
            "x",
            summary([w * 1000 / ideal for _, w in samples[conc]]),
        )
        share.ratio = median_wall(samples[conc]) * 1000 / ideal
        if who == "sdk":
            aim(share, "<=", 1.25)
        rows += [speedup, share]
    for contender in samples:
        if contender.startswith("sdk collect()"):  # the sliding window (iterating reads batches)
            share = Row(
                f"{contender.removesuffix(f' C={concurrency}')}: C={concurrency} over ideal",
                "wall / ideal",
                "x",
                summary([w * 1000 / ideal for _, w in samples[contender]]),
            )
            share.ratio = median_wall(samples[contender]) * 1000 / ideal
            aim(share, "<=", 1.25)
            rows.append(share)
    params = {
        "pages": sizes.pages,
        "page_size": PAGE_SIZE,
        "latency_ms": latency,
        "concurrency": concurrency,
        "repeats": sizes.repeats,
    }
    title = f"paginate {sizes.pages} pages x {PAGE_SIZE} at {latency:g} ms latency, {kind}"
    notes = [
        f"ideal: (1 + ceil({sizes.pages - 1}/{concurrency})) x {latency:g} ms = {ideal:g} ms, "
        f"sequential {ideal_sequential:g} ms (so a 5x speed-up needs zero CPU per page)",
    ]
    notes.append(
        "sdk C=n iterates (for/async for: C pages at a time, none in flight while the loop body "
        "runs); collect() keeps C in flight (a sliding window); prefetch asks pages 2..C with "
        "page 1, before the total is known, so it can beat the ideal"
    )
    if any(c.startswith("raw") for c in samples):
        notes.append(
            "raw httpx: the same schedule (page 1, then batches of C) with json.loads: "
            "what this fake and machine allow"
        )
    return Workload(name, title, params, rows, notes)


def median_wall(pairs: list[tuple[float, float]]) -> float:
    """The median wall time of (CPU, wall) pairs."""
    return statistics.median(w for _, w in pairs)


async def _quota_once(
    base_url: str, metafield_id: int, total: int
) -> tuple[float, collections.Counter[str], CountingTransport]:
    """``total`` get-one calls started at once: (seconds, errors by type, the wire's counts)."""
    transport = CountingTransport()
    errors: collections.Counter[str] = collections.Counter()
    async with AsyncMetafieldsClient(
        STORE, TOKEN, base_url=base_url, transport=transport
    ) as client:

        async def one() -> None:
            try:
                await client.product_metafields.get(GET_PRODUCT, metafield_id)
            except BigCommerceError as error:
                errors[type(error).__name__] += 1

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(total)))
        seconds = time.perf_counter() - started
    return seconds, errors, transport


async def quota(sizes: Sizes, base_url: str, metafield_id: int) -> Workload:
    total, limit, window = sizes.quota_requests, sizes.quota, sizes.window_ms / 1000
    ideal = (math.ceil(total / limit) - 1) * window
    elapsed, used, share_429, errors_seen = [], [], [], []
    statuses_seen, errors_by_type = [], []
    for _ in range(sizes.long_repeats):
        seconds, errors, transport = await _quota_once(base_url, metafield_id, total)
        succeeded = total - sum(errors.values())
        on_wire = sum(transport.statuses.values())
        assert transport.first_sent is not None
        # The quota rate is `limit` per `window`; the run held the quota from its first request
        # until the end of the window that served its last one (no request of the next run could
        # use that window): its rate over that span, as a share of the quota rate.
        span = max(transport.last_window_end - transport.first_sent, window)
        elapsed.append(seconds)
        used.append(100 * (succeeded / span) / (limit / window))
        share_429.append(100 * transport.statuses[429] / on_wire)
        errors_seen.append(sum(errors.values()))
        statuses_seen.append({str(k): v for k, v in sorted(transport.statuses.items())})
        errors_by_type.append(dict(errors))
        await asyncio.sleep(window + 0.1)  # let the fake's window end before the next repeat
    rows = [
        Row("sdk (throttle)", "elapsed", "s", summary(elapsed)),
        Row("ideal", "elapsed", "s", summary([ideal])),
        Row("sdk (throttle)", "achieved rate / quota rate", "%", summary(used)),
        Row("sdk (throttle)", "429s on the wire", "%", summary(share_429)),
        Row("sdk (throttle)", "errors surfaced", "", summary(errors_seen)),
    ]
    compare(rows, "sdk (throttle)", "ideal", "elapsed")
    aim(rows[2], ">=", 90, on_ratio=False, fmt="{:g}%")
    aim(rows[3], "<=", 2, on_ratio=False, fmt="{:g}%")
    aim(rows[4], "==", 0, on_ratio=False, fmt="{:g}")
    params = {
        "requests": total,
        "quota": limit,
        "window_ms": sizes.window_ms,
        "max_in_flight": DEFAULT_MAX_IN_FLIGHT,
        "repeats": sizes.long_repeats,
    }
    notes = [
        f"all {total} calls started at once on one AsyncMetafieldsClient (default settings)",
        f"ideal: (ceil({total}/{limit}) - 1) x {window:g} s = {ideal:g} s to the last window",
        "achieved rate = successful calls / (first request sent .. end of the fake's window that "
        "served the last one, from its X-Rate-Limit-Time-Reset-Ms); quota rate = quota / window",
        f"statuses on the wire per repeat: {statuses_seen}; errors: {errors_by_type}",
    ]
    title = f"{total} requests against a quota of {limit} per {window:g} s"
    return Workload("quota", title, params, rows, notes)


def memory(sizes: Sizes, base_url: str) -> Workload:
    traced: dict[str, list[float]] = {"sync": [], "async": []}
    rss: dict[str, list[float]] = {"sync": [], "async": []}
    walls: dict[str, list[float]] = {"sync": [], "async": []}
    for _ in range(sizes.long_repeats):
        for mode in ("sync", "async"):
            command = [
                sys.executable,
                str(HERE / "memory_child.py"),
                base_url,
                str(BULK_PRODUCT),
                str(sizes.items),
                mode,
            ]
            done = subprocess.run(  # noqa: S603 - our own interpreter and script
                command, capture_output=True, text=True, check=False, cwd=ROOT
            )
            if done.returncode != 0:
                raise RuntimeError(f"memory child failed: {done.stdout}{done.stderr}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            traced[mode].append(result["traced_peak_growth_bytes"] / 2**20)
            rss[mode].append(result["rss_peak_growth_bytes"] / 2**20)
            walls[mode].append(result["wall_s"])
    rows = []
    for mode in ("sync", "async"):
        contender = f"item iterator, {mode}"
        rows += [
            Row(contender, "peak growth (tracemalloc)", "MB", summary(traced[mode])),
            Row(contender, "peak growth (RSS)", "MB", summary(rss[mode])),
            Row(contender, "wall (traced)", "s", summary(walls[mode])),
        ]
        aim(rows[-3], "<", 50, on_ratio=False, fmt="{:g} MB")
        aim(rows[-2], "<", 50, on_ratio=False, fmt="{:g} MB")
    params = {"items": sizes.items, "page_size": PAGE_SIZE, "repeats": sizes.long_repeats}
    notes = [
        "paginate() with its defaults (sync: for; async: async for), each run in a fresh "
        "interpreter; RSS growth = peak RSS (VmHWM) - RSS before the iteration, tracemalloc's own "
        "bookkeeping included"
    ]
    return Workload("memory", f"iterate {sizes.items:,} metafields", params, rows, notes)


# -- many workers, many stores ------------------------------------------------------------------

REDIS_MISSING = (
    "redis-server is not installed, and the workers workload needs one: run `make install` (it "
    "installs the Debian package redis-server), or install Redis yourself"
)


@contextmanager
def redis_server() -> Iterator[str]:
    """A `redis-server` of its own on a free loopback port, nothing saved: its URL."""
    program = shutil.which("redis-server")
    if program is None:
        raise RuntimeError(REDIS_MISSING)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as directory:
        command = [program, "--port", str(port), "--bind", "127.0.0.1", "--dir", directory]
        command += ["--save", "", "--appendonly", "no"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603 - fixed args
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise RuntimeError("redis-server did not start") from None
                    time.sleep(0.01)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(10)


def _spawn_workers(base_url: str, count: int, calls: int, quota_url: str) -> list[Any]:
    command = [sys.executable, str(HERE / "burst_child.py"), base_url, str(GET_PRODUCT)]
    # The SDK of this checkout, whatever the interpreter has installed.
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return [
        subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [*command, str(calls), quota_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": path},
        )
        for _ in range(count)
    ]


def _burst(processes: list[Any], not_before: float) -> tuple[float, collections.Counter[str], int]:
    """Start the ready workers together once `not_before` (monotonic) has passed: (seconds from
    the start to the last one done, statuses on the wire, errors)."""
    for process in processes:
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("a burst worker did not start")
    time.sleep(max(not_before - time.monotonic(), 0))
    started = time.time()
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    results = [json.loads(process.stdout.readline()) for process in processes]
    for process in processes:
        process.stdin.close()
        process.stdout.close()
        process.wait(30)
    statuses: collections.Counter[str] = collections.Counter()
    for result in results:
        statuses.update(result["statuses"])
    errors = sum(sum(result["errors"].values()) for result in results)
    return max(result["finished"] for result in results) - started, statuses, errors


def workers(sizes: Sizes, base_url: str) -> Workload:
    """Worker processes (a gunicorn's, a Celery's) bursting against one store, each with its own
    client, their accounts kept apart (the default) or shared through a directory or Redis."""
    total, limit, window = sizes.quota_requests, sizes.quota, sizes.window_ms / 1000
    ideal = (math.ceil(total / limit) - 1) * window
    samples: dict[tuple[int, str], list[tuple[float, float]]] = collections.defaultdict(list)
    seen: list[str] = []
    with redis_server() as redis_url, tempfile.TemporaryDirectory() as directory:
        accounts = {"memory: (default)": "memory:", "file:": "file:", "redis://": redis_url}
        not_before = time.monotonic() + window + 0.1  # the look-up before opened a window
        for repeat, order in enumerate(rotations(list(accounts), sizes.worker_repeats)):
            for count in sizes.worker_counts:
                for account in order:
                    url = accounts[account]
                    if url == "file:":  # a fresh directory: nothing learnt by an earlier run
                        url = f"file:{directory}/{repeat}-{count}"
                    processes = _spawn_workers(base_url, count, total // count, url)
                    seconds, statuses, errors = _burst(processes, not_before)
                    # The fake's window ends before the next run: each starts on a fresh quota.
                    not_before = time.monotonic() + window + 0.1
                    share = 100 * statuses["429"] / sum(statuses.values())
                    samples[count, account].append((share, seconds))
                    seen.append(f"{count}x {account}: {dict(statuses)}, {errors} errors")
    rows = [Row("ideal", "elapsed", "s", summary([ideal]))]
    for (count, account), pairs in samples.items():
        contender = f"{count} workers, {account}"
        share_row = Row(contender, "429s on the wire", "%", summary([p[0] for p in pairs]))
        elapsed_row = Row(contender, "elapsed", "s", summary([p[1] for p in pairs]))
        rows += [share_row, elapsed_row]
        compare(rows, contender, "ideal", "elapsed")
        if account != "memory: (default)":
            aim(share_row, "<=", 1, on_ratio=False, fmt="{:g}%")
            aim(elapsed_row, "<=", 1.1)
    params = {
        "requests": total,
        "quota": limit,
        "window_ms": sizes.window_ms,
        "worker_counts": list(sizes.worker_counts),
        "repeats": sizes.worker_repeats,
    }
    notes = [
        f"{total} list calls split among the worker processes, each starting its share at once "
        "on one AsyncMetafieldsClient (default settings but quota_url); the fake is one process",
        f"ideal: (ceil({total}/{limit}) - 1) x {window:g} s = {ideal:g} s to the last window",
        f"statuses on the wire per run: {seen}",
    ]
    title = f"worker processes on one store, quota {limit} per {window:g} s"
    return Workload("workers", title, params, rows, notes)


class OneStoreTransport(httpx.HTTPTransport):
    """Sends every store's requests to the fake's one store (it serves one store hash)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")
        parts[2] = STORE
        request.url = request.url.copy_with(path="/".join(parts))
        return super().handle_request(request)


def many_stores(sizes: Sizes, base_url: str, metafield_id: int) -> Workload:
    """An app on many stores, in one process: `for_store` clients, their cost and overhead."""
    count = sizes.stores
    hashes = [f"store{n}" for n in range(count)]
    creation, memory_kb = [], []
    for _ in range(sizes.repeats):
        with MetafieldsClient(STORE, TOKEN, base_url=base_url) as root:
            gc.collect()
            cpu, wall = time.process_time(), time.perf_counter()
            made = [root.for_store(h, TOKEN) for h in hashes]
            creation.append(
                ((time.process_time() - cpu) / count, (time.perf_counter() - wall) / count)
            )
            del made
        with MetafieldsClient(STORE, TOKEN, base_url=base_url) as root:
            gc.collect()
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
            made = [root.for_store(h, TOKEN) for h in hashes]
            gc.collect()
            memory_kb.append((tracemalloc.get_traced_memory()[0] - before) / count / 1024)
            tracemalloc.stop()
            del made
    calls = sizes.get_calls
    with MetafieldsClient(STORE, TOKEN, base_url=base_url, transport=OneStoreTransport()) as root:
        stores = [root.for_store(h, TOKEN) for h in hashes]
        turn = iter(range(10**12))

        def one_store() -> object:
            return root.product_metafields.get(GET_PRODUCT, metafield_id)

        def many() -> object:
            client = stores[next(turn) % count]
            return client.product_metafields.get(GET_PRODUCT, metafield_id)

        contenders: dict[str, Callable[[], object]] = {
            "single-store client": one_store,
            f"{count} store clients in turn": many,
        }
        for call in contenders.values():
            for _ in range(min(calls, 20)):
                call()
        samples: dict[str, list[tuple[float, float]]] = {c: [] for c in contenders}
        for order in rotations(list(contenders), sizes.repeats):
            for contender in order:
                samples[contender].append(time_sync(contenders[contender], calls))
    rows = [
        Row(f"{count} store clients", "memory per store", "KB", summary(memory_kb)),
        Row(
            f"{count} store clients",
            "creation per store",
            "us",
            summary([w * 1e6 for _, w in creation]),
        ),
    ]
    aim(rows[0], "<", 16, on_ratio=False, fmt="{:g} KB")
    aim(rows[1], "<", 200, on_ratio=False, fmt="{:g} us")
    rows += per_call_rows(samples, calls, "single-store client")
    many_row = compare(
        rows, f"{count} store clients in turn", "single-store client", "CPU per call"
    )
    aim(many_row, "<=", 1.1)
    params = {"stores": count, "calls": calls, "repeats": sizes.repeats}
    notes = [
        "memory: tracemalloc's growth while making the store clients (kept), per store; "
        "creation: wall time per for_store call; both on a fresh client each repeat",
        "per call: sync get-one, the store clients taken in turn against one client's calls; the "
        "fake serves one store, so a transport sends every store's path to it (for both)",
    ]
    title = f"{count:,} stores in one process (for_store)"
    return Workload("many_stores", title, params, rows, notes)


def bulk_jobs(sizes: Sizes, base_url: str) -> Workload:
    """Import and export through the batch endpoints against one request per metafield (or
    per product), under the same quota; see `bench/bulk.py`."""
    job = sizes.bulk
    found = asyncio.run(bulk.measure(base_url, STORE, TOKEN, job, sizes.long_repeats))
    runs: dict[str, list[bulk.Run]] = found["runs"]
    rows = []
    for name in ("batch import", "one-at-a-time import", "batch export", "one-at-a-time export"):
        path, _, phase = name.rpartition(" ")
        rows.append(
            Row(path, f"{phase} rate", "metafields/s", summary([r.rate for r in runs[name]]))
        )
    for phase, target in (("import", 25.0), ("export", 50.0)):
        aim(compare(rows, "batch", "one-at-a-time", f"{phase} rate"), ">=", target)
    batch_runs = runs["batch import"] + runs["batch export"]
    shares = [100 * r.answered_429 / r.requests for r in batch_runs]
    rows += [
        Row(
            "batch",
            "import: quota used",
            "%",
            summary([r.quota_used for r in runs["batch import"]]),
        ),
        Row("batch", "429s on the wire", "%", summary(shares)),
        Row("batch", "errors surfaced", "", summary([r.errors for r in batch_runs])),
    ]
    aim(rows[-3], ">=", 95, on_ratio=False, fmt="{:g}%")
    aim(rows[-2], "<=", 1, on_ratio=False, fmt="{:g}%")
    aim(rows[-1], "==", 0, on_ratio=False, fmt="{:g}")
    small, large = job.memory_records
    for records in (small, large):
        peaks = found["memory"][records]
        rows.append(Row(f"batch job, {records:,}", "peak memory growth", "MB", summary(peaks)))
    aim(
        compare(rows, f"batch job, {large:,}", f"batch job, {small:,}", "peak memory growth"),
        "<=",
        1.5,
    )
    one_import = runs["one-at-a-time import"][0]
    params = {
        "records": job.records,
        "products": job.products,
        "quota": job.quota,
        "window_ms": job.window_ms,
        "one_at_a_time_sample": {"records": job.sample_records, "products": job.sample_products},
        "slice": bulk.SLICE,
        "repeats": sizes.long_repeats,
    }
    notes = [
        f"a quota of {job.quota} per {job.window_ms} ms (a Plus store's 150 per 30 s, shortened "
        "so the run stays short); each phase starts on a fresh window",
        f"batch: {job.records:,} metafields over {job.products:,} products created with "
        f"batch.create in slices of {bulk.SLICE} (50 a request, concurrently), read back with "
        "batch.paginate (250 a page); one at a time: create() per metafield on the first "
        f"{job.sample_records} of the same records ({one_import.requests} requests), paginate() "
        f"per product on {job.sample_products} products; its rate is steady under the quota, so "
        "the sample's rate is the job's",
        "quota used: requests answered (not 429) / (first request .. end of the window serving "
        "the last) / the quota rate",
        f"memory: tracemalloc's peak growth over the batch import and export of {small:,} and "
        f"{large:,} metafields; what grows between them is the paginator's window of recent ids "
        "(it drops an item a shifting listing repeats), bounded at (concurrency + 2) pages",
    ]
    title = f"import and export {job.records:,} metafields over {job.products:,} products"
    return Workload("bulk", title, params, rows, notes)


# -- output ------------------------------------------------------------------------------------


def table(workloads: Iterable[Workload]) -> str:
    header = ("workload", "contender", "figure", "median", "min", "max", "ratio", "target", "")
    lines: list[tuple[str, ...]] = [header]
    for workload in workloads:
        title = workload.title
        if workload.skipped:
            lines.append((title, "", f"skipped: {workload.skipped}", "", "", "", "", "", ""))
            continue
        for row in workload.rows:
            unit = f" ({row.unit})" if row.unit else ""
            ratio = "" if row.ratio is None else f"{fmt(row.ratio)}x"
            if row.ratio is not None and row.ratio_to:
                ratio += f" vs {row.ratio_to}"
            verdict = "" if row.met is None else ("PASS" if row.met else "MISS")
            lines.append(
                (
                    title,
                    row.contender,
                    row.figure + unit,
                    fmt(row.stats["median"]),
                    fmt(row.stats["min"]),
                    fmt(row.stats["max"]),
                    ratio,
                    row.target or "",
                    verdict,
                )
            )
            title = ""
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {3, 4, 5}
    out = []
    for number, line in enumerate(lines):
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(line)
        ]
        out.append("  ".join(cells).rstrip())
        if number == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def _sdk_source() -> dict[str, Any]:
    """The commit the SDK was measured at, and its files changed since (a shared checkout)."""

    def git(*args: str) -> str:
        try:
            done = subprocess.run(  # noqa: S603 - fixed arguments
                ["git", *args],  # noqa: S607 - git from PATH, as a developer runs it
                capture_output=True,
                text=True,
                check=False,
                cwd=ROOT,
            )
        except OSError:
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "bigcommerce_metafields")
    return {
        "commit": git("rev-parse", "--short", "HEAD") or None,
        "uncommitted": [line[3:] for line in changed.splitlines()],
    }


def _cpu_model() -> str:
    """The processor's name (Linux's /proc/cpuinfo), else what `platform` says."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def environment(sizes: Sizes, quick: bool) -> dict[str, Any]:
    packages: dict[str, str | None] = {}
    for name in (
        "httpx", "httpcore", "anyio", "sniffio", "h11", "attrs", "orjson", "uvicorn", "bigcommerce"
    ):  # fmt: skip
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": platform.machine(),
        "cpu_model": _cpu_model(),
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(load, 2) for load in os.getloadavg()],
        "sdk": __version__,
        "sdk_source": _sdk_source(),
        "packages": packages,
        "fake": "python -m bigcommerce_metafields.testing, one process per server",
        "sizes": asdict(sizes),
    }


# -- main --------------------------------------------------------------------------------------


def run(
    sizes: Sizes, quick: bool, progress: Callable[[str], None], only: Sequence[str] = ()
) -> dict[str, Any]:
    workloads: list[Workload] = []
    env = environment(sizes, quick)  # before the fakes start: the machine's load as found
    env["only"] = list(only)
    with fakes(sizes) as urls:
        metafield_id = _first_metafield(urls.plain, GET_PRODUCT, 1)
        _first_metafield(urls.plain, PAGE_PRODUCT, PAGE_SIZE)
        _first_metafield(urls.slow, PAGES_PRODUCT, sizes.pages * PAGE_SIZE)
        quota_id = _first_metafield(urls.limited, GET_PRODUCT, 1)
        time.sleep(sizes.window_ms / 1000 + 0.1)  # that look-up opened a quota window
        _first_metafield(urls.bulk, BULK_PRODUCT, sizes.items)
        get_url = f"{urls.plain}/catalog/products/{GET_PRODUCT}/metafields/{metafield_id}"
        list_url = f"{urls.plain}/catalog/products/{PAGE_PRODUCT}/metafields"
        list_params = {"limit": PAGE_SIZE}

        steps: list[tuple[str, Callable[[], Workload]]] = [
            (
                "get_one_sync",
                lambda: sequential_sync(
                    "get_one_sync",
                    f"get one metafield x{sizes.get_calls}, sync",
                    sizes,
                    get_url,
                    sizes.get_calls,
                    1.05,
                    base_url=urls.plain,
                    sdk_call=lambda c: c.product_metafields.get(GET_PRODUCT, metafield_id),
                ),
            ),
            (
                "get_one_async",
                lambda: asyncio.run(
                    sequential_async(
                        "get_one_async",
                        f"get one metafield x{sizes.get_calls}, async",
                        sizes,
                        get_url,
                        sizes.get_calls,
                        1.05,
                        base_url=urls.plain,
                        sdk_call=lambda c: c.product_metafields.get(GET_PRODUCT, metafield_id),
                    )
                ),
            ),
            (
                "list_page_sync",
                lambda: sequential_sync(
                    "list_page_sync",
                    f"list one page of {PAGE_SIZE} x{sizes.list_calls}, sync",
                    sizes,
                    list_url,
                    sizes.list_calls,
                    1.3,
                    base_url=urls.plain,
                    params=list_params,
                    sdk_call=lambda c: c.product_metafields.list(PAGE_PRODUCT, limit=PAGE_SIZE),
                ),
            ),
            (
                "list_page_async",
                lambda: asyncio.run(
                    sequential_async(
                        "list_page_async",
                        f"list one page of {PAGE_SIZE} x{sizes.list_calls}, async",
                        sizes,
                        list_url,
                        sizes.list_calls,
                        1.3,
                        base_url=urls.plain,
                        params=list_params,
                        sdk_call=lambda c: c.product_metafields.list(PAGE_PRODUCT, limit=PAGE_SIZE),
                    )
                ),
            ),
            ("model_build", lambda: model_build(sizes, urls.plain, metafield_id)),
            (
                "concurrent_get_async",
                lambda: asyncio.run(concurrent_get(sizes, urls.plain, metafield_id)),
            ),
            ("pagination_async", lambda: asyncio.run(pagination_async(sizes, urls.slow))),
            ("pagination_sync", lambda: pagination_sync(sizes, urls.slow)),
            ("quota", lambda: asyncio.run(quota(sizes, urls.limited, quota_id))),
            ("memory", lambda: memory(sizes, urls.bulk)),
            ("workers", lambda: workers(sizes, urls.limited)),
            ("many_stores", lambda: many_stores(sizes, urls.plain, metafield_id)),
            ("bulk", lambda: bulk_jobs(sizes, urls.batches)),
        ]
        assert tuple(name for name, _ in steps) == WORKLOADS
        for name, step in steps:
            if only and name not in only:
                continue
            started = time.perf_counter()
            progress(f"{name} ...")
            workloads.append(step())
            progress(f"{name} done in {time.perf_counter() - started:.1f} s")
    return {
        "environment": env,
        # Each workload names its run, so a file pieced together from several runs shows.
        "workloads": {w.name: {**w.to_json(), "run": env["when"]} for w in workloads},
        "table": table(workloads),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for make test")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write figures")
    parser.add_argument(
        "--only",
        type=lambda text: text.split(","),
        default=[],
        help=f"some workloads, comma-separated, for a look while working ({', '.join(WORKLOADS)}); "
        "the README's table refuses such a run",
    )
    args = parser.parse_args(argv)
    if unknown := set(args.only) - set(WORKLOADS):
        parser.error(f"--only: no workload {sorted(unknown)}")
    sizes = QUICK if args.quick else FULL

    def progress(message: str) -> None:
        print(f"[bench] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    results = run(sizes, args.quick, progress, args.only)
    results["environment"]["total_seconds"] = round(time.perf_counter() - started, 1)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    env = results["environment"]
    packages = ", ".join(f"{k} {v}" for k, v in env["packages"].items() if v)
    source = env["sdk_source"]
    dirty = f", {len(source['uncommitted'])} files uncommitted" if source["uncommitted"] else ""
    print(
        f"bigcommerce-metafields {env['sdk']} at {source['commit']}{dirty} on CPython "
        f"{env['python']}, {env['cpus']} CPUs ({packages})"
    )
    print(results["table"])
    for name, workload in results["workloads"].items():
        for note in workload["notes"]:
            print(f"  {name}: {note}")
    print(f"figures written to {args.json} ({env['total_seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
