"""pytest fixtures for code that talks to BigCommerce metafields.

Registered as a ``pytest11`` entry point, so it is imported by every pytest run of an environment
with the package installed: it must stay cheap, which is why uvicorn is only imported by the
first test that asks for a server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import FakeBigCommerce, FakeServer, serve
from ._server import UVICORN_MISSING


@pytest.fixture
def bigcommerce_fake() -> FakeBigCommerce:
    """A fresh fake store per test (default token ``test-token``)."""
    return FakeBigCommerce()


@pytest.fixture(scope="session")
def _bigcommerce_session_server() -> Iterator[FakeServer]:
    # One server for the session: tests swap in their own fake instead of paying for a restart.
    try:
        server = serve(FakeBigCommerce())
    except ModuleNotFoundError as exc:
        if exc.name != "uvicorn":
            raise
        pytest.fail(f"bigcommerce_fake_server: {UVICORN_MISSING}", pytrace=False)
    with server:
        yield server


@pytest.fixture
def bigcommerce_fake_server(
    bigcommerce_fake: FakeBigCommerce, _bigcommerce_session_server: FakeServer
) -> FakeServer:
    """The test's ``bigcommerce_fake`` served on loopback: use ``.base_url`` and ``.fake``."""
    _bigcommerce_session_server.fake = bigcommerce_fake
    return _bigcommerce_session_server
