"""The throttle: many concurrent calls of one client spend the store's quota without drawing 429s,
and no more than `max_in_flight` requests are out at once."""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import pytest
from clientkit import PRODUCT, STORE, TOKEN, Api, Connect, make_fake, outcomes

from bigcommerce_metafields import (
    DEFAULT_MAX_IN_FLIGHT,
    AsyncMetafieldsClient,
    ProductMetafieldList,
)


async def _run_concurrently(api: Api, calls: int) -> list[Any]:
    """`calls` list calls at once: tasks of one task group, or threads sharing the sync client."""
    if api.is_async:
        results: list[Any] = []

        async def one() -> None:
            results.append(await api("product_metafields.list", PRODUCT))

        async with anyio.create_task_group() as group:
            for _ in range(calls):
                group.start_soon(one)
        return results
    sdk: Any = api.sdk
    with ThreadPoolExecutor(max_workers=32) as pool:
        return list(pool.map(lambda _: sdk.product_metafields.list(PRODUCT), range(calls)))


@pytest.mark.anyio
async def test_200_concurrent_calls_spend_the_quota_without_429s(
    connect: Connect, record_property: Any
) -> None:
    fake = make_fake(quota=50, window_ms=300)
    api = connect(fake)

    results = await _run_concurrently(api, 200)

    assert len(results) == 200
    assert {type(result) for result in results} == {ProductMetafieldList}
    statuses = [r.status for r in fake.requests]
    rate_limited = statuses.count(429)
    record_property("429s", rate_limited)
    record_property("requests", len(statuses))
    assert statuses.count(200) == 200
    assert len(statuses) == 200 + rate_limited  # nothing else went wrong
    assert rate_limited <= 0.10 * len(statuses), f"{rate_limited} of {len(statuses)} drew a 429"


@pytest.mark.anyio
@pytest.mark.parametrize(("max_in_flight", "expected"), [(4, 4), (None, DEFAULT_MAX_IN_FLIGHT)])
async def test_max_in_flight_caps_concurrent_requests(
    max_in_flight: int | None, expected: int, mode: str, connect: Connect
) -> None:
    fake = make_fake(quota=None, latency=0.02)
    options: dict[str, Any] = {} if max_in_flight is None else {"max_in_flight": max_in_flight}
    api = connect(fake, **options)

    results = await _run_concurrently(api, 40)

    assert len(results) == 40
    assert len(fake.requests) == 40
    assert fake.max_in_flight <= expected
    if mode == "inprocess":  # over loopback, a loaded machine may not fill every slot at once
        assert fake.max_in_flight == expected


@pytest.mark.anyio
async def test_a_cancelled_call_gives_its_slot_back() -> None:
    """With one slot, a call cancelled mid-request must not keep it: the next call goes through."""
    fake = make_fake(quota=None)
    fake.faults.add(latency=5.0)  # the first request hangs
    async with AsyncMetafieldsClient(
        STORE, TOKEN, transport=fake.async_transport(), max_in_flight=1
    ) as sdk:
        with anyio.move_on_after(0.05) as scope:
            await sdk.product_metafields.list(PRODUCT)
        assert scope.cancelled_caught

        with anyio.fail_after(2):
            listed = await sdk.product_metafields.list(PRODUCT)

    assert type(listed) is ProductMetafieldList
    assert outcomes(fake) == ["no answer", 200]


# -- a window learned earlier is not waited on once it has ended ----------------------------------

WINDOW_MS = 800


def _throttle_waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    """The throttle's waits, in seconds, as its INFO log lines give them."""
    pattern = re.compile(r"throttle: quota spent, waiting (\d+\.\d+)s for the window to reset")
    return [
        float(match[1])
        for record in caplog.records
        if record.name == "bigcommerce_metafields" and record.levelno == logging.INFO
        if (match := pattern.fullmatch(record.getMessage()))
    ]


async def _spend_the_window(api: Api) -> None:
    """Two calls against a quota of 2: the client learns a window with nothing left in it."""
    lefts = []
    for _ in range(2):
        raw = await api.raw("product_metafields.list", PRODUCT)
        assert raw.rate_limit is not None
        lefts.append(raw.rate_limit.left)
    assert lefts == [1, 0]


@pytest.mark.anyio
async def test_a_learned_window_is_waited_out_once_after_the_headers_stop(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    """The service stops sending rate-limit headers (a proxy strips them, another server, limits
    lifted): the client waits at most what was left of the window it knew, then forgets it.
    (It used to go on assuming the same quota per window for ever: 20 calls, 9 more waits.)"""
    fake = make_fake(quota=2, window_ms=WINDOW_MS)
    api = connect(fake)
    await _spend_the_window(api)
    fake.quota = None

    for _ in range(20):
        await api("product_metafields.list", PRODUCT)

    assert outcomes(fake) == [200] * 22
    waits = _throttle_waits(caplog)
    assert len(waits) <= 1, f"waited on a window nobody reports any more: {waits}"
    assert sum(waits) <= WINDOW_MS / 1000


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_an_ended_window_is_forgotten(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    """Once the learned window has ended, calls go at once: nothing tells of a new window."""
    fake = make_fake(quota=2, window_ms=WINDOW_MS)
    api = connect(fake)
    await _spend_the_window(api)
    fake.quota = None
    await anyio.sleep(WINDOW_MS / 1000 + 0.05)  # the learned window ends

    for _ in range(20):
        await api("product_metafields.list", PRODUCT)

    assert outcomes(fake) == [200] * 22
    assert _throttle_waits(caplog) == [], "waited on a window that had ended"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_window_reported_again_is_respected_again(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    """Forgetting is only until a response tells again: headers back, the quota is spent without
    a 429, waiting for the new window once."""
    fake = make_fake(quota=2, window_ms=WINDOW_MS)
    api = connect(fake)
    await _spend_the_window(api)
    fake.quota = None
    await anyio.sleep(WINDOW_MS / 1000 + 0.05)
    await api("product_metafields.list", PRODUCT)
    fake.quota = 3

    for _ in range(4):  # 3 fit the new window, the 4th waits for the next one
        await api("product_metafields.list", PRODUCT)

    assert outcomes(fake) == [200] * 7
    assert len(_throttle_waits(caplog)) == 1
