"""Pages fetched at once: the bound is used and kept; leaving early leaves nothing behind."""

from __future__ import annotations

import asyncio
import gc
import logging
import warnings
from typing import Any

import anyio
import pytest
from pagekit import (
    BOTH_MODES,
    PRODUCT,
    Each,
    Sdk,
    big_fake,
    live_tasks,
    pages_asked,
    seed,
    settle,
    until,
)

from bigcommerce_metafields.testing import FakeBigCommerce

pytestmark = [pytest.mark.anyio, BOTH_MODES]

LATENCY = 0.05
"""Server-side time per request (the fake's latency): long enough for a batch to overlap."""

HARNESS = "TestRunner._call_in_runner_task"
"""anyio's pytest plugin runs a test in a runner task, awaited by this one."""


@pytest.mark.parametrize(
    ("concurrency", "client_cap", "expected"),
    [(4, None, 4), (4, 2, 2), (1, None, 1)],
    ids=["concurrency-4", "client-max-in-flight-2", "sequential"],
)
async def test_in_flight_pages_reach_and_never_pass_the_bound(
    sdk: Sdk, concurrency: int, client_cap: int | None, expected: int
) -> None:
    fake = big_fake(latency=LATENCY)
    ids = seed(fake, 90)  # 9 pages of 10: page 1, then 2-5 and 6-9 at once
    options = {} if client_cap is None else {"max_in_flight": client_cap}

    run = await sdk.run(fake, page_size=10, concurrency=concurrency, client_options=options)

    assert run.ids == ids
    assert fake.max_in_flight == expected
    assert fake.in_flight == 0


def assert_nothing_left(
    flavour: str, before: set[object], caplog: pytest.LogCaptureFixture
) -> None:
    """No task, thread or warning survives the paginator; asyncio complains about nothing."""
    assert live_tasks(flavour) - before == set()  # (a thread of another test may have ended)
    if flavour == "asyncio":  # the test's own task, and the anyio harness awaiting it
        others = asyncio.all_tasks() - {asyncio.current_task()}
        assert {getattr(task.get_coro(), "__qualname__", "") for task in others} <= {HARNESS}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    assert [str(w.message) for w in caught] == []
    complaints = [r.getMessage() for r in caplog.records if r.name == "asyncio"]
    # A new event loop's note (the session's loopback server starting in this test) is no
    # complaint; asyncio's warnings of unawaited or destroyed tasks are.
    assert [m for m in complaints if not m.startswith("Using selector")] == []


@pytest.mark.parametrize("by", ["items", "pages"])
@pytest.mark.parametrize(("stop_after", "pages_fetched"), [(3, 1), (70, 5)])
async def test_breaking_out_leaves_nothing_in_flight(
    sdk: Sdk,
    flavour: str,
    by: str,
    stop_after: int,
    pages_fetched: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Leave after a few items of page 1, or in the middle of the batch of pages 2-5."""
    caplog.set_level(logging.DEBUG, logger="asyncio")
    fake = big_fake(latency=0.01)
    seed(fake, 200)  # 10 pages of 20
    async with sdk.connect(fake) as client:
        before = live_tasks(flavour)
        paginator = client.product_metafields.paginate(PRODUCT, page_size=20, concurrency=4)
        seen = 0
        stream: Any = paginator if by == "items" else paginator.pages()
        async for thing in Each(stream):
            seen += 1 if by == "items" else len(thing.items)
            if seen >= stop_after:
                break

        assert fake.in_flight == 0
        assert pages_asked(fake) == list(range(1, pages_fetched + 1))
        assert_nothing_left(flavour, before, caplog)
        del paginator, stream


async def cancel_mid_batch(fake: FakeBigCommerce, stream: Any, seen: list[Any]) -> bool:
    """Iterate `stream` in a task; cancel it once pages 2-5 are all in flight at the fake."""
    async with anyio.create_task_group() as group:

        async def consume() -> None:
            async for thing in Each(stream):
                seen.append(thing)

        async def cancel_when_the_batch_is_in_flight() -> None:
            await until(lambda: fake.in_flight == 4, "4 pages in flight")
            group.cancel_scope.cancel()

        group.start_soon(consume)
        group.start_soon(cancel_when_the_batch_is_in_flight)
    return group.cancel_scope.cancelled_caught


@pytest.mark.parametrize("flavour", ["asyncio", "trio"])
@pytest.mark.parametrize("by", ["items", "pages"])
async def test_cancelling_while_pages_are_in_flight_leaves_nothing_behind(
    sdk: Sdk, flavour: str, by: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asyncio")
    fake = big_fake(latency=0.3)
    seed(fake, 200)  # 10 pages of 20
    with anyio.fail_after(10):
        async with sdk.connect(fake) as client:
            before = live_tasks(flavour)
            paginator = client.product_metafields.paginate(PRODUCT, page_size=20, concurrency=4)
            seen: list[Any] = []

            cancelled = await cancel_mid_batch(
                fake, paginator if by == "items" else paginator.pages(), seen
            )

            assert cancelled
            assert len(seen) == (20 if by == "items" else 1)  # page 1 only
            # In process the cancelled requests end at once; over loopback the server finishes
            # its 0.3 s sleep for a client that has gone.
            await settle(fake)
            assert_nothing_left(flavour, before, caplog)
            del paginator
