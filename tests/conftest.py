"""Fixtures shared by the SDK's tests: the fake store, and SDK clients wired to it.

`mode` runs a test twice: through the fake's in-process httpx transport, and over a real loopback
socket to the fake served by uvicorn. Async tests run under asyncio and trio (`anyio_backend`).
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient, RetryPolicy
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce

# A quota URL of the machine running the tests would make every test's clients share accounts
# (they all call the fake's one store): tests that want one pass `quota_url` themselves.
os.environ.pop("BIGCOMMERCE_QUOTA_URL", None)

_SAMPLE_SEED_ENV = "BIGCOMMERCE_SAMPLE_SEED"
_RUN_SEEDS = ("BIGCOMMERCE_MATRIX_SEED", "BIGCOMMERCE_SOAK_SEED", "BIGCOMMERCE_CONTRACT_SEED")
"""Seeds the reliability suite (tests/reliability/relkit.py `run_seed`) and the contract test's
batch paths (tests/fake/test_contract.py) read, random per run."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("bigcommerce-metafields")
    group.addoption(
        "--sample",
        type=float,
        default=None,
        metavar="SHARE",
        help="run a seeded share (0 < SHARE <= 1) of the collected tests (make test's run on the "
        "other Pythons)",
    )
    group.addoption(
        "--sample-seed",
        type=int,
        default=None,
        metavar="SEED",
        help="the seed of --sample (default: a random one, printed, so a failure can be replayed)",
    )


def pytest_configure(config: pytest.Config) -> None:
    share = config.option.sample
    if share is not None and not 0 < share <= 1:
        raise pytest.UsageError(f"--sample must be a share in (0, 1], got {share}")
    # Every run-seeded sample is drawn at import, in each xdist worker: the seeds are chosen
    # here, once, and reach the workers (started later) through the environment.
    for variable in _RUN_SEEDS:
        if not os.environ.get(variable, "").strip():
            os.environ[variable] = str(random.SystemRandom().randrange(1, 10**9))
    # Chosen once, by the xdist controller, and handed to its workers (started later, with its
    # environment), which must all select the same tests.
    if share is not None and config.option.sample_seed is None:
        inherited = os.environ.get(_SAMPLE_SEED_ENV)
        config.option.sample_seed = (
            int(inherited) if inherited else random.SystemRandom().randrange(1, 10**9)
        )
        os.environ[_SAMPLE_SEED_ENV] = str(config.option.sample_seed)


def pytest_report_header(config: pytest.Config) -> str | None:
    if config.option.sample is None:
        return None
    return (
        f"sample: {config.option.sample:.0%} of the tests, seed {config.option.sample_seed} "
        f"(replay: --sample {config.option.sample} --sample-seed {config.option.sample_seed})"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    share, seed = config.option.sample, config.option.sample_seed
    if share is None:
        return
    # A draw per test id, not per position: the same seed keeps the same tests however many
    # others are collected beside them.
    kept = [item for item in items if random.Random(f"{seed}:{item.nodeid}").random() < share]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept


def _relkit() -> Any:
    """The reliability suite's record of its matrix and soak (tests/reliability/relkit.py)."""
    if "relkit" not in sys.modules:
        sys.path.insert(0, str(Path(__file__).parent / "reliability"))
    import relkit

    return relkit


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On an xdist worker: hand what the matrix and soak saw here to the controller."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is None or "relkit" not in sys.modules:
        return
    matrix, soak = _relkit().MATRIX, _relkit().SOAK
    workeroutput["reliability"] = {
        "cells": [[fault, op, dict(counts)] for (fault, op), counts in matrix.cells.items()],
        "faults": list(matrix.faults),
        "failed": matrix.failed,
        "families": dict(matrix.families),
        "planned": dict(matrix.planned),
        "sampling": matrix.sampling,
        "soak": list(soak),
    }


def pytest_testnodedown(node: Any, error: object) -> None:
    """On the xdist controller: merge a worker's matrix and soak into the summary's."""
    seen = getattr(node, "workeroutput", {}).get("reliability")
    if not seen:
        return
    matrix, soak = _relkit().MATRIX, _relkit().SOAK
    for fault, op, counts in seen["cells"]:
        matrix.cells[(fault, op)].update(counts)
    matrix.faults.extend(f for f in seen["faults"] if f not in matrix.faults)
    matrix.failed += seen["failed"]
    matrix.families.update(seen["families"])
    matrix.planned.update(seen["planned"])
    matrix.sampling = matrix.sampling or seen["sampling"]
    soak.extend(seen["soak"])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if "relkit" not in sys.modules:
        return
    matrix, soak = _relkit().MATRIX, _relkit().SOAK
    if matrix.cells:
        terminalreporter.write_sep("=", "reliability: fault matrix (fault x operation -> outcome)")
        for line in matrix.render():
            terminalreporter.write_line(line)
    if soak:
        terminalreporter.write_sep("=", "reliability: soak")
        for line in soak:
            terminalreporter.write_line(line)


FAST_RETRIES = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.01)
"""Real waits, but short: tests check the number and order of attempts, not the clock."""


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["inprocess", "loopback"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake() -> FakeBigCommerce:
    return FakeBigCommerce()


def _base_url(request: pytest.FixtureRequest, fake: FakeBigCommerce, mode: str) -> str | None:
    if mode == "inprocess":
        return None
    server = request.getfixturevalue("_bigcommerce_session_server")
    server.fake = fake
    return str(server.base_url)


@pytest.fixture
def client(
    request: pytest.FixtureRequest, fake: FakeBigCommerce, mode: str
) -> Iterator[MetafieldsClient]:
    """A sync SDK client for `fake`, in process or over loopback."""
    base_url = _base_url(request, fake, mode)
    with MetafieldsClient(
        DEFAULT_STORE_HASH,
        DEFAULT_TOKEN,
        base_url=base_url,
        transport=fake.transport() if base_url is None else None,
        retry_policy=FAST_RETRIES,
    ) as sdk:
        yield sdk


@pytest.fixture
async def async_client(
    request: pytest.FixtureRequest, fake: FakeBigCommerce, mode: str
) -> AsyncIterator[AsyncMetafieldsClient]:
    """An async SDK client for `fake`, in process or over loopback."""
    base_url = _base_url(request, fake, mode)
    async with AsyncMetafieldsClient(
        DEFAULT_STORE_HASH,
        DEFAULT_TOKEN,
        base_url=base_url,
        transport=fake.async_transport() if base_url is None else None,
        retry_policy=FAST_RETRIES,
    ) as sdk:
        yield sdk
