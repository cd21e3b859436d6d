"""Accounts shared through `file:` and `redis://`: clients, then real processes, that name the same
place spend one store's quota together without a 429; a shared account that fails never fails a
call. Redis is a real server (conftest.py), never a mock."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Literal

import anyio
import pytest
from quotakit import RedisServer, free_port

from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient, RetryPolicy
from bigcommerce_metafields.testing import (
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    serve,
)

Kind = Literal["sync", "asyncio", "trio"]
PRODUCT = 7
FAST = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.01)
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _url(backend: str, quota_dir: Path, request: pytest.FixtureRequest) -> str:
    if backend == "file":
        return f"file:{quota_dir}"
    if backend == "redis":
        return str(request.getfixturevalue("redis_url"))
    return "memory:"


def _alternate(kind: Kind, fake: FakeBigCommerce, urls: list[str], calls: int) -> None:
    """One client per URL, taking turns: `calls` list calls each, one at a time."""
    options: dict[str, Any] = {"retry_policy": FAST}
    if kind == "sync":
        clients = [
            MetafieldsClient(
                DEFAULT_STORE_HASH,
                DEFAULT_TOKEN,
                quota_url=u,
                transport=fake.transport(),
                **options,
            )
            for u in urls
        ]
        for _ in range(calls):
            for client in clients:
                client.product_metafields.list(PRODUCT)
        for client in clients:
            client.close()
        return

    async def main() -> None:
        clients = [
            AsyncMetafieldsClient(
                DEFAULT_STORE_HASH,
                DEFAULT_TOKEN,
                quota_url=u,
                transport=fake.async_transport(),
                **options,
            )
            for u in urls
        ]
        for _ in range(calls):
            for client in clients:
                await client.product_metafields.list(PRODUCT)
        for client in clients:
            await client.close()

    anyio.run(main, backend=kind)


CASES = [
    ("memory", "sync"),
    ("file", "sync"),
    ("file", "asyncio"),
    ("file", "trio"),
    ("redis", "sync"),
    ("redis", "asyncio"),
    ("redis", "trio"),
]


@pytest.mark.parametrize(("backend", "kind"), CASES)
def test_two_clients_naming_one_account_draw_no_429(
    backend: str, kind: Kind, quota_dir: Path, request: pytest.FixtureRequest
) -> None:
    """Two clients (two workers' in miniature) take turns against a quota of 2 per 200 ms: each
    waits for the window the other spent. With `memory:` each keeps its own account, and the
    second one overdraws the window the first spent: the 429s shared accounts exist to avoid."""
    fake = FakeBigCommerce(quota=2, window_ms=200)
    url = _url(backend, quota_dir, request)

    _alternate(kind, fake, [url, url], calls=3)

    statuses = Counter(r.status for r in fake.requests)
    if backend == "memory":
        assert statuses[429] > 0, statuses
    else:
        assert statuses == {200: 6}, statuses


# -- a shared account that fails --------------------------------------------------------------


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "bigcommerce_metafields" and r.levelno == logging.WARNING
    ]


@pytest.mark.parametrize("kind", ["sync", "asyncio", "trio"])
def test_an_unreachable_redis_leaves_calls_to_this_process_account(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing listens at the URL: every call succeeds, the process's own account still spares
    the 429s, and one warning is logged for the URL (two clients, eight calls), without the
    URL's password."""
    caplog.set_level(logging.DEBUG)
    url = f"redis://quota:pw-9f8e7d@127.0.0.1:{free_port()}/0"
    fakes = [FakeBigCommerce(quota=2, window_ms=200) for _ in range(2)]

    for fake in fakes:
        _alternate(kind, fake, [url], calls=4)

    for fake in fakes:
        assert Counter(r.status for r in fake.requests) == {200: 4}
    warnings = _warnings(caplog)
    assert len(warnings) == 1, warnings
    assert "this process's own account" in warnings[0]
    assert "redis://quota:***@127.0.0.1" in warnings[0]
    assert "pw-9f8e7d" not in caplog.text


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
def test_a_directory_that_cannot_be_written_leaves_calls_to_this_process_account(
    kind: Kind, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The directory cannot be created (a file is in the way, as root ignores permissions)."""
    (tmp_path / "taken").write_text("not a directory")
    fake = FakeBigCommerce(quota=2, window_ms=200)

    _alternate(kind, fake, [f"file:{tmp_path / 'taken' / 'quota'}"], calls=4)

    assert Counter(r.status for r in fake.requests) == {200: 4}
    warnings = _warnings(caplog)
    assert len(warnings) == 1, warnings
    assert "NotADirectoryError" in warnings[0]


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
def test_redis_stopping_mid_run_fails_no_call(
    kind: Kind, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A Redis of its own, stopped between two calls of a client that already used it."""
    server = RedisServer(tmp_path)
    fake = FakeBigCommerce(quota=None)
    try:
        if kind == "sync":
            with MetafieldsClient(
                DEFAULT_STORE_HASH,
                DEFAULT_TOKEN,
                transport=fake.transport(),
                quota_url=server.url(),
            ) as client:
                client.product_metafields.list(PRODUCT)
                server.stop()
                for _ in range(3):
                    client.product_metafields.list(PRODUCT)
        else:

            async def main() -> None:
                async with AsyncMetafieldsClient(
                    DEFAULT_STORE_HASH,
                    DEFAULT_TOKEN,
                    transport=fake.async_transport(),
                    quota_url=server.url(),
                ) as client:
                    await client.product_metafields.list(PRODUCT)
                    server.stop()
                    for _ in range(3):
                        await client.product_metafields.list(PRODUCT)

            anyio.run(main, backend=kind)
    finally:
        server.stop()
    assert [r.status for r in fake.requests] == [200] * 4
    assert len(_warnings(caplog)) == 1, _warnings(caplog)


# -- real processes -------------------------------------------------------------------------------

WORKERS = 2  # one per core of a CI machine: each imports the package on its own
CALLS_EACH = 30
QUOTA, WINDOW_MS = 20, 400


def _start_workers(base_url: str, count: int) -> list[subprocess.Popen[str]]:
    command = [sys.executable, str(HERE / "burst_worker.py"), base_url, str(PRODUCT)]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    workers = [
        subprocess.Popen(  # noqa: S603 - our own interpreter and script
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(count)
    ]
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
    return workers


def _burst(workers: list[subprocess.Popen[str]], url: str, calls: int) -> list[dict[str, Any]]:
    for worker in workers:  # every worker is waiting: this starts them together
        assert worker.stdin is not None
        worker.stdin.write(f"{url} {calls}\n")
        worker.stdin.flush()
    results = []
    for worker in workers:
        assert worker.stdout is not None
        results.append(json.loads(worker.stdout.readline()))
    return results


def test_worker_processes_sharing_an_account_draw_no_429(quota_dir: Path, redis_url: str) -> None:
    """2 processes, each bursting 30 list calls at once (3 in flight each) at a quota of 20 per
    400 ms, served on loopback by this process: 60 calls, 3 windows, not one 429; through a
    `file:` account, then (the same processes, a fresh store) a `redis://` one. (Each keeping
    its own account, they overdraw: the `memory:` case of the test above, in one process.)"""
    with serve(FakeBigCommerce()) as server:
        workers = _start_workers(server.base_url, WORKERS)
        try:
            for url in (f"file:{quota_dir}", redis_url):
                server.fake = fake = FakeBigCommerce(quota=QUOTA, window_ms=WINDOW_MS)
                results = _burst(workers, url, CALLS_EACH)
                assert all(result["errors"] == {} for result in results), (url, results)
                statuses = Counter(r.status for r in fake.requests)
                assert statuses == {200: WORKERS * CALLS_EACH}, (url, statuses)
        finally:
            for worker in workers:
                _stop(worker)


def _stop(worker: subprocess.Popen[str]) -> None:
    if worker.stdin is not None:
        worker.stdin.close()  # end of input: the worker exits
    try:
        worker.wait(10)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()
    if worker.stdout is not None:
        worker.stdout.close()
