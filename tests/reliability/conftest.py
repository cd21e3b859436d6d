"""Fixtures and hooks of the reliability suite.

- The `soak` marker (also wanted in pyproject's `markers`; registered here so `--strict-markers`
  accepts it either way).
- `loopback`: the package plugin's session-wide loopback server, with the test's fake swapped in.
- At the end of the run, the fault matrix's outcomes and the soak's figures are printed (by
  tests/conftest.py, which also gathers them from xdist workers).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bigcommerce_metafields.testing import FakeBigCommerce, FakeServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "soak: bounded concurrency soak on the loopback fake (BIGCOMMERCE_SOAK_SCALE=full: 10x)",
    )


@pytest.fixture
def loopback(_bigcommerce_session_server: FakeServer) -> Callable[[FakeBigCommerce], str]:
    """`loopback(fake)` serves `fake` on the session's loopback server and returns its base URL."""

    def serve(fake: FakeBigCommerce) -> str:
        _bigcommerce_session_server.fake = fake
        return _bigcommerce_session_server.base_url

    return serve
