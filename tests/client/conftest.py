"""Fixtures of the client tests: the fake, SDK clients wired to it, and the token-leak guard.

A test that takes `flavor` runs three times: through `MetafieldsClient` ("sync", under an asyncio
event loop it does not use), and through `AsyncMetafieldsClient` under asyncio and under trio. Such
tests are `@pytest.mark.anyio` coroutines calling the SDK through `clientkit.Api`. `mode` (from the
root conftest) runs them in process and over a real loopback socket; a test that only makes sense
in one mode parametrizes `mode` itself.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from clientkit import BASE_URL, FAST, RAISED, STORE, TOKEN, TOKEN_B, Api, Connect, leaks, make_fake

from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient
from bigcommerce_metafields.testing import FakeBigCommerce, FakeServer

ENV_VARS = (
    "BIGCOMMERCE_STORE_HASH",
    "BIGCOMMERCE_ACCESS_TOKEN",
    "BIGCOMMERCE_BASE_URL",
    "BIGCOMMERCE_LOG",
)
FLAVORS = [("sync", "asyncio"), ("async", "asyncio"), ("async", "trio")]

# httpx builds a TLS context per client (~50 ms) unless given one: loopback clients share this.
TLS = ssl.create_default_context()


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # As a mark, so that pytest's own hooks parametrize it and leave `anyio_backend` to it.
    if "flavor" in metafunc.fixturenames:
        metafunc.definition.add_marker(
            pytest.mark.parametrize(
                ("flavor", "anyio_backend"), FLAVORS, ids=["sync", "asyncio", "trio"]
            )
        )


@pytest.fixture
def fake() -> FakeBigCommerce:
    return make_fake()


@pytest.fixture
def base_url(mode: str, request: pytest.FixtureRequest) -> str:
    """The store's API URL as the test's clients see it: the real one, or the loopback server's."""
    if mode == "inprocess":
        return BASE_URL
    server: FakeServer = request.getfixturevalue("_bigcommerce_session_server")
    return server.base_url


@pytest.fixture
async def connect(flavor: str, mode: str, request: pytest.FixtureRequest) -> AsyncIterator[Connect]:
    """`connect(fake, **client_options)` -> an `Api` over a new SDK client of the test's flavor.

    Defaults: `STORE`, `TOKEN`, the `FAST` retry policy; in process, the fake's transport; over
    loopback, the session server's URL and an HTTP transport sharing one TLS context (pass
    `default_transport=True` to let the SDK build its own there). Closed after the test.
    """
    server: FakeServer | None = None
    if mode == "loopback":
        server = request.getfixturevalue("_bigcommerce_session_server")
    made: list[Api] = []

    def make(fake: FakeBigCommerce, *, default_transport: bool = False, **options: Any) -> Api:
        options.setdefault("store_hash", STORE)
        options.setdefault("access_token", TOKEN)
        options.setdefault("retry_policy", FAST)
        if "http_client" not in options and "transport" not in options:
            if server is None:
                sync_transport = fake.transport()
                async_transport = fake.async_transport()
            else:
                server.fake = fake
                options.setdefault("base_url", server.base_url)
                sync_transport = httpx.HTTPTransport(verify=TLS)
                async_transport = httpx.AsyncHTTPTransport(verify=TLS)
            if server is None or not default_transport:
                options["transport"] = sync_transport if flavor == "sync" else async_transport
        elif server is not None:
            server.fake = fake
            options.setdefault("base_url", server.base_url)
        kind = MetafieldsClient if flavor == "sync" else AsyncMetafieldsClient
        api = Api(kind(**options))
        made.append(api)
        return api

    yield make
    for api in made:
        await api.aclose()


@pytest.fixture
async def api(fake: FakeBigCommerce, connect: Connect) -> Api:
    """An SDK client of the test's flavor and mode for `fake`, with the `FAST` retry policy."""
    return connect(fake)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK reads these; the machine running the tests must not choose for them."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _no_token_leaks(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test logs everything at DEBUG; neither the log nor any exception the test caught
    with `clientkit.raises` may show an access token."""
    caplog.set_level(logging.DEBUG)
    RAISED.clear()
    yield
    for secret in (TOKEN, TOKEN_B):
        assert secret not in caplog.text, "an access token reached the log"
        for exc in RAISED:
            assert not leaks(exc, secret), f"{exc!r} shows the token: {leaks(exc, secret)}"
