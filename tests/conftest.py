"""Fixtures shared by the SDK's tests: the fake store, and SDK clients wired to it.

`mode` runs a test twice: through the fake's in-process httpx transport, and over a real loopback
socket to the fake served by uvicorn. Async tests run under asyncio and trio (`anyio_backend`).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient, RetryPolicy
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce

# A quota URL of the machine running the tests would make every test's clients share accounts
# (they all call the fake's one store): tests that want one pass `quota_url` themselves.
os.environ.pop("BIGCOMMERCE_QUOTA_URL", None)

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
