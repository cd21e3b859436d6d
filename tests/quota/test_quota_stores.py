"""Many stores in one process: `client.for_store(store_hash, access_token)`.

A store's client shares the connection pool, timeout and retries of the client it came from, and
has its own token, quota account and in-flight cap; every client of one store hash shares that
store's. `StoresTransport` serves several fakes, one store each, behind one transport.
"""

from __future__ import annotations

import concurrent.futures
import gc
import logging
import re
from collections import Counter
from typing import Any

import anyio
import httpx
import pytest
from quotakit import StoresTransport

from bigcommerce_metafields import (
    AsyncMetafieldsClient,
    ClientClosedError,
    ConfigurationError,
    MetafieldsClient,
    RetryPolicy,
)
from bigcommerce_metafields.testing import FakeBigCommerce

FAST = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.01)
PRODUCT = 7
STORE_A, TOKEN_A = "storea1", "tok-store-a-5e6f7a"
STORE_B, TOKEN_B = "storeb2", "tok-store-b-8c9d0e"
WINDOW_MS = 1500
"""The tests that count a wait spend a window first; each such test waits out about one."""
WAIT = re.compile(r"throttle: quota spent, waiting (\d+\.\d+)s for the window to reset")


def _fakes(**options: Any) -> tuple[FakeBigCommerce, FakeBigCommerce]:
    return (
        FakeBigCommerce(store_hash=STORE_A, tokens={TOKEN_A: "app"}, **options),
        FakeBigCommerce(store_hash=STORE_B, tokens={TOKEN_B: "app"}, **options),
    )


@pytest.fixture(autouse=True)
def _info_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)  # the throttle's waits


def _waits(caplog: pytest.LogCaptureFixture) -> int:
    return sum(
        1
        for r in caplog.records
        if r.levelno == logging.INFO and WAIT.fullmatch(r.getMessage()) is not None
    )


def test_a_store_client_sends_its_token_to_its_store_through_the_shared_pool() -> None:
    a, b = _fakes(quota=None)
    transport = StoresTransport(a, b)
    with MetafieldsClient(STORE_A, TOKEN_A, transport=transport) as client:
        store = client.for_store(STORE_B, TOKEN_B)
        store.product_metafields.list(PRODUCT)
        client.product_metafields.list(PRODUCT)

        assert store._http is client._http  # one pool (private: httpx shows no other way)
        assert repr(store) == (
            f"MetafieldsClient(store_hash='{STORE_B}', "
            f"base_url='https://api.bigcommerce.com/stores/{STORE_B}/v3')"
        )
    # Each fake knows only its own store's token: a token sent to the wrong store answers 401.
    assert [(r.status, r.authenticated) for r in a.requests] == [(200, True)]
    assert [(r.status, r.authenticated) for r in b.requests] == [(200, True)]
    assert transport.sent == 2


@pytest.mark.parametrize("kind", ["sync", "asyncio", "trio"])
def test_each_store_has_its_own_quota_account(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    """Store A's window spent, store B's calls go at once; A's third call waits, and nothing
    draws a 429."""
    # A window long enough that a loaded machine cannot end it before A's third call.
    a, b = _fakes(quota=2, window_ms=WINDOW_MS)
    order = [STORE_A, STORE_A, STORE_B, STORE_B, STORE_A]
    _calls(kind, StoresTransport(a, b), order)
    assert _waits(caplog) == 1
    assert Counter(r.status for r in [*a.requests, *b.requests]) == {200: 5}


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
def test_clients_of_one_store_share_its_account_however_many_are_made(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A client made per request (as a web app might): the third call, on a third client of
    store B, waits for the window the first two spent instead of drawing a 429."""
    a, b = _fakes(quota=2, window_ms=WINDOW_MS)
    _calls(kind, StoresTransport(a, b), [STORE_B, STORE_B, STORE_B], fresh=True)
    assert _waits(caplog) == 1
    assert [r.status for r in b.requests] == [200] * 3


def _calls(kind: str, transport: StoresTransport, order: list[str], fresh: bool = False) -> None:
    """One list call per store hash in `order`, one at a time, through `for_store` clients of
    one root client (a new one per call with `fresh`)."""
    tokens = {STORE_A: TOKEN_A, STORE_B: TOKEN_B}
    if kind == "sync":
        with MetafieldsClient(STORE_A, TOKEN_A, transport=transport, retry_policy=FAST) as client:
            made = {s: client.for_store(s, t) for s, t in tokens.items()}
            for store in order:
                target = client.for_store(store, tokens[store]) if fresh else made[store]
                target.product_metafields.list(PRODUCT)
        return

    async def main() -> None:
        async with AsyncMetafieldsClient(
            STORE_A, TOKEN_A, transport=transport, retry_policy=FAST
        ) as client:
            made = {s: client.for_store(s, t) for s, t in tokens.items()}
            for store in order:
                target = client.for_store(store, tokens[store]) if fresh else made[store]
                await target.product_metafields.list(PRODUCT)

    anyio.run(main, backend=kind)


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
def test_each_store_has_its_own_in_flight_cap(kind: str) -> None:
    """`max_in_flight=2`: 8 slow calls on each of two stores at once; each store has at most 2
    out, and both stores are served at the same time (one store's cap does not hold the
    other's calls)."""
    a, b = _fakes(quota=None, latency=0.05)
    transport = StoresTransport(a, b)
    if kind == "sync":
        with MetafieldsClient(STORE_A, TOKEN_A, transport=transport, max_in_flight=2) as client:
            store = client.for_store(STORE_B, TOKEN_B)
            targets = [client, store] * 8
            with concurrent.futures.ThreadPoolExecutor(16) as pool:
                list(pool.map(lambda c: c.product_metafields.list(PRODUCT), targets))
    else:

        async def main() -> None:
            async with AsyncMetafieldsClient(
                STORE_A, TOKEN_A, transport=transport, max_in_flight=2
            ) as client:
                store = client.for_store(STORE_B, TOKEN_B)
                async with anyio.create_task_group() as group:
                    for target in [client, store] * 8:
                        group.start_soon(target.product_metafields.list, PRODUCT)

        anyio.run(main, backend=kind)
    assert (a.max_in_flight, b.max_in_flight) == (2, 2)
    assert len(a.requests) == len(b.requests) == 8


def test_store_clients_made_from_many_threads_share_one_account_per_store() -> None:
    """16 threads ask for clients of 200 stores, each store many times over: one throttle per
    store hash (private: which account a client uses shows only in timing)."""
    hashes = [f"store{n}" for n in range(200)]
    with MetafieldsClient(STORE_A, TOKEN_A, transport=StoresTransport()) as client:
        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            made = list(pool.map(lambda h: client.for_store(h, TOKEN_B), hashes * 8))
        throttles: dict[str, set[int]] = {}
        for store in made:
            throttles.setdefault(store._store_hash, set()).add(id(store._invoker._throttle))
        assert set(throttles) == set(hashes)
        assert all(len(ids) == 1 for ids in throttles.values())
        own = client.for_store(STORE_A, "another-token")
        assert own._invoker._throttle is client._invoker._throttle


def test_accounts_of_stores_no_client_holds_are_let_go_when_idle() -> None:
    """An app on 2,500 stores, a client per request: memory holds the stores of live clients and
    about a thousand recent ones, not every store ever called."""
    with MetafieldsClient(STORE_A, TOKEN_A, transport=StoresTransport()) as client:
        held = client.for_store("held0", TOKEN_B)
        for n in range(2500):
            client.for_store(f"store{n}", TOKEN_B)
        gc.collect()
        assert len(client._throttles) <= 1100
        again = client.for_store("held0", TOKEN_B)
        assert again._invoker._throttle is held._invoker._throttle


def test_a_store_whose_window_still_runs_is_kept_though_no_client_holds_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Store B's window spent by a client since dropped, then 1,100 other stores: B's next client
    still knows to wait (an async client's accounts, as the sync ones above)."""
    a, b = _fakes(quota=1, window_ms=1000)

    async def main() -> None:
        async with AsyncMetafieldsClient(
            STORE_A, TOKEN_A, transport=StoresTransport(a, b), retry_policy=FAST
        ) as client:
            await client.for_store(STORE_B, TOKEN_B).product_metafields.list(PRODUCT)
            for n in range(1100):  # past the thousand or so kept: idle ones are let go
                client.for_store(f"store{n}", TOKEN_A)
            gc.collect()
            await client.for_store(STORE_B, TOKEN_B).product_metafields.list(PRODUCT)

    anyio.run(main)
    assert [r.status for r in b.requests] == [200, 200]
    assert _waits(caplog) == 1


# -- closing, and what is refused -----------------------------------------------------------------


@pytest.mark.parametrize("injected", [False, True])
def test_closing_the_client_ends_its_store_clients_and_not_the_other_way(injected: bool) -> None:
    a, b = _fakes(quota=None)
    transport = StoresTransport(a, b)
    http = httpx.Client(transport=transport) if injected else None
    client = MetafieldsClient(
        STORE_A, TOKEN_A, transport=None if injected else transport, http_client=http
    )
    store = client.for_store(STORE_B, TOKEN_B)
    store.close()  # closes nothing: the pool is the client's
    client.product_metafields.list(PRODUCT)
    store.product_metafields.list(PRODUCT)

    client.close()
    with pytest.raises(ClientClosedError):
        store.product_metafields.list(PRODUCT)
    if http is not None:
        assert not http.is_closed  # the caller's, as ever
        http.close()


def test_an_async_client_closes_its_store_clients_too() -> None:
    async def main() -> None:
        a, b = _fakes(quota=None)
        client = AsyncMetafieldsClient(STORE_A, TOKEN_A, transport=StoresTransport(a, b))
        store = client.for_store(STORE_B, TOKEN_B)
        await store.product_metafields.list(PRODUCT)
        await client.close()
        with pytest.raises(ClientClosedError):
            await store.product_metafields.list(PRODUCT)

    anyio.run(main)


@pytest.mark.parametrize(
    ("store_hash", "token", "problem"),
    [
        ("Not A Hash", TOKEN_B, "store_hash 'Not A Hash' is malformed"),
        ("../other", TOKEN_B, "is malformed"),
        ("", TOKEN_B, "store_hash must be a non-empty string"),
        (None, TOKEN_B, "store_hash must be a non-empty string"),
        (STORE_B, "", "access_token must be a non-empty string"),
        (STORE_B, None, "access_token must be a non-empty string"),
        (STORE_B, "has space", "access_token is malformed"),
    ],
)
def test_a_bad_store_hash_or_token_is_refused(
    store_hash: Any, token: Any, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing comes from the environment: its variables name the client's own store."""
    monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", "env-token")
    monkeypatch.setenv("BIGCOMMERCE_STORE_HASH", "envstore")
    client = MetafieldsClient(STORE_A, TOKEN_A, transport=StoresTransport())
    with pytest.raises(ConfigurationError, match=re.escape(problem)):
        client.for_store(store_hash, token)


def test_the_base_url_follows_the_store_or_is_given() -> None:
    client = MetafieldsClient(
        STORE_A, TOKEN_A, base_url=f"http://127.0.0.1:8080/stores/{STORE_A}/v3"
    )
    store = client.for_store(STORE_B, TOKEN_B)
    assert store._base_url == f"http://127.0.0.1:8080/stores/{STORE_B}/v3"

    proxied = MetafieldsClient(STORE_A, TOKEN_A, base_url="https://proxy.example/bigcommerce")
    with pytest.raises(ConfigurationError, match="names no store"):
        proxied.for_store(STORE_B, TOKEN_B)
    given = proxied.for_store(STORE_B, TOKEN_B, base_url=f"https://proxy.example/stores/{STORE_B}")
    assert given._base_url == f"https://proxy.example/stores/{STORE_B}"
    with pytest.raises(ConfigurationError, match="contradicts base_url"):
        proxied.for_store(STORE_B, TOKEN_B, base_url=f"https://proxy.example/stores/{STORE_A}")
    with pytest.raises(ConfigurationError, match="allow_insecure_http"):
        proxied.for_store(STORE_B, TOKEN_B, base_url="http://proxy.example/x")
