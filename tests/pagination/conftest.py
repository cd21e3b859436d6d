"""Fixtures of the pagination tests: every test runs sync, under asyncio and under trio.

`flavour` replaces the parent conftest's `anyio_backend` parametrisation: the sync client runs
once (under asyncio, which it never touches), the async client under both backends. A test about
async-only behaviour narrows it with `@pytest.mark.parametrize("flavour", ["asyncio", "trio"])`.

`mode` is in process unless a test asks for loopback too (`@BOTH_MODES` from pagekit): a loopback
run costs several times more, so it is kept for what a socket can change (timing, cancellation,
connection reuse, encoding on the wire).
"""

from __future__ import annotations

import pytest
from pagekit import Sdk


@pytest.fixture(params=["sync", "asyncio", "trio"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def anyio_backend(flavour: str) -> str:
    return "trio" if flavour == "trio" else "asyncio"


@pytest.fixture
def mode() -> str:
    return "inprocess"


@pytest.fixture
def sdk(flavour: str, mode: str, request: pytest.FixtureRequest) -> Sdk:
    return Sdk(flavour, mode, request)
