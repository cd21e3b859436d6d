"""The throttle under a tight quota, and slots given back by cancelled calls.

README "Retries and rate limits": "The throttle spends the quota before the service does: every
response's X-Rate-Limit-Requests-Left and reset time update one account per client, shared by all
its concurrent calls (threads or tasks); a call that would overdraw it waits for the window to
reset instead of drawing a 429." So one client alone on a store never draws a 429 once it knows
the quota (the quota here is above `max_in_flight`, so even the first burst fits).
"""

from __future__ import annotations

import concurrent.futures
import heapq
import random
import time
from collections import Counter
from typing import Any

import anyio
import httpx
import pytest
from relkit import FAST, PRODUCT, STORE, TOKEN, Kind, make_fake, run_client

from bigcommerce_metafields import AsyncMetafieldsClient
from bigcommerce_metafields._ratelimit import QuotaTracker, RateLimitInfo

CALLS = 200
QUOTA, WINDOW_MS = 10, 100  # above max_in_flight (8): the first burst fits as well


@pytest.mark.parametrize("kind", ["asyncio", "sync"])
def test_one_client_spends_its_quota_without_drawing_a_429(kind: Kind, loopback: Any) -> None:
    fake = make_fake(quota=QUOTA, window_ms=WINDOW_MS)

    def many(client: Any) -> Any:
        if kind == "sync":
            with concurrent.futures.ThreadPoolExecutor(16) as pool:
                list(pool.map(lambda _: client.product_metafields.list(7), range(CALLS)))
            return None

        async def run() -> None:
            limiter = anyio.Semaphore(16)

            async def one() -> None:
                async with limiter:
                    await client.product_metafields.list(7)

            async with anyio.create_task_group() as group:
                for _ in range(CALLS):
                    group.start_soon(one)

        return run()

    started = time.monotonic()
    run_client(kind, fake, many, base_url=loopback(fake))
    elapsed = time.monotonic() - started
    statuses = Counter(r.status for r in fake.requests)
    assert statuses[200] == CALLS
    assert statuses[429] == 0, (
        f"{statuses[429]} requests overdrew the quota ({QUOTA} per {WINDOW_MS} ms)"
        f" in {elapsed:.1f} s"
    )


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _simulate(workers: int, seed: int) -> Counter[int]:
    """`workers` calls in a loop through one QuotaTracker against the fake, on one simulated clock:
    each request takes a random 1-20 ms to arrive and as long again for its answer to come back."""
    rng = random.Random(seed)
    clock = _Clock()
    fake = make_fake(quota=QUOTA, window_ms=200, clock=clock)
    tracker = QuotaTracker()
    events: list[tuple[float, int, str, int]] = [(clock.now, w, "try", w) for w in range(workers)]
    heapq.heapify(events)
    order = workers
    answers: dict[int, httpx.Response] = {}
    statuses: Counter[int] = Counter()
    with httpx.Client(
        base_url=fake.base_url, transport=fake.transport(), headers={"X-Auth-Token": TOKEN}
    ) as raw:
        while events and statuses.total() < 300:
            clock.now, _, kind, worker = heapq.heappop(events)
            if kind == "try":
                wait = tracker.reserve(clock.now, worker)
                kind, later = (
                    ("arrive", rng.uniform(0.001, 0.02)) if wait is None else ("try", wait.sleep)
                )
            elif kind == "arrive":
                answers[worker] = raw.get(PRODUCT.collection)
                kind, later = "done", rng.uniform(0.001, 0.02)
            else:
                response = answers.pop(worker)
                tracker.record(clock.now, worker, RateLimitInfo.from_headers(response.headers))
                statuses[response.status_code] += 1
                kind, later = "try", 0.0
            order += 1
            heapq.heappush(events, (clock.now + later, order, kind, worker))
    return statuses


@pytest.mark.parametrize("workers", [2, 4, 8])
def test_the_quota_account_never_overdraws_a_window(workers: int) -> None:
    """The same guarantee, deterministic: the SDK's quota arithmetic (`_ratelimit.QuotaTracker`,
    internal, driven as the throttles drive it) against the fake's fixed windows on a simulated
    clock. An account that takes a window's end from an answer of the window before (or keeps
    the first answer's estimate while that one came from the window before) opens its next
    window before the service does and overdraws it."""
    overdrawn = {seed: _simulate(workers, seed)[429] for seed in range(6)}
    assert all(n == 0 for n in overdrawn.values()), f"429s per seed: {overdrawn}"


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_cancelled_calls_give_their_slots_back(backend: str) -> None:
    """Cancel calls parked in the service (and in retry waits); the client's `max_in_flight`
    slots and quota account must come back whole: 8 new calls are then all in the service at
    once (a slot lost to the cancellation would hold one back)."""
    fake = make_fake(quota=None)
    fake.faults.add(method="GET", path=PRODUCT.collection, latency=5.0, times=8)
    fake.faults.add(method="GET", path=PRODUCT.item(1), status=503, times=None)

    async def main() -> None:
        async with AsyncMetafieldsClient(
            STORE, TOKEN, transport=fake.async_transport(), retry_policy=FAST, max_in_flight=8
        ) as client:
            with anyio.move_on_after(0.3):
                async with anyio.create_task_group() as group:
                    for _ in range(8):
                        group.start_soon(client.product_metafields.list, 7)
                    for _ in range(4):
                        group.start_soon(_retrying_get, client)
            assert fake.in_flight == 0
            fake.reset()  # forgets the faults, and the first wave's peak in flight
            PRODUCT.seed(fake, "k", "v")
            # Each call stays in the service long enough for the others to join it.
            fake.faults.add(method="GET", path=PRODUCT.collection, latency=0.2, times=8)
            with anyio.fail_after(30):  # a lost slot without the cap check would hang here
                async with anyio.create_task_group() as group:
                    for _ in range(8):
                        group.start_soon(client.product_metafields.list, 7)

    fake.latency = None
    anyio.run(main, backend=backend)
    assert fake.max_in_flight == 8
    assert fake.in_flight == 0


async def _retrying_get(client: AsyncMetafieldsClient) -> None:
    await client.product_metafields.get(7, 1, max_retries=1_000)
