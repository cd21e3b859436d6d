"""Fixtures of the command line's tests: a fresh fake store per test, served on loopback.

The tool runs as a subprocess (the installed console script when there is one), so it reaches
the fake over a real socket: the session's loopback server from the package's pytest plugin,
with each test's own fake swapped in.
"""

from __future__ import annotations

import pytest

from bigcommerce_metafields.testing import FakeBigCommerce, FakeServer


@pytest.fixture
def fake() -> FakeBigCommerce:
    # No quota: a test's exports and imports may send more than 150 requests.
    return FakeBigCommerce(quota=None)


@pytest.fixture
def server(fake: FakeBigCommerce, _bigcommerce_session_server: FakeServer) -> FakeServer:
    _bigcommerce_session_server.fake = fake
    return _bigcommerce_session_server
