"""Fixtures for the fake's own tests: raw httpx clients, in process or over loopback.

The package's pytest plugin (a ``pytest11`` entry point) provides ``bigcommerce_fake``,
``bigcommerce_fake_server`` and the session-wide loopback server these fixtures reuse.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
from fakekit import (
    CART_FAMILY,
    PRODUCT_FAMILY,
    TOKEN_A,
    AsyncConnect,
    Connect,
    Family,
    make_fake,
)

from bigcommerce_metafields.testing import FakeBigCommerce, FakeServer


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["inprocess", "loopback"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=[CART_FAMILY, PRODUCT_FAMILY], ids=["cart", "product"])
def family(request: pytest.FixtureRequest) -> Family:
    family: Family = request.param
    return family


@pytest.fixture
def fake() -> FakeBigCommerce:
    return make_fake()


# Plain HTTP needs no certificates, but httpx builds a TLS context per client (~50 ms): share one.
_TLS = ssl.create_default_context()


def _server_for(request: pytest.FixtureRequest, fake: FakeBigCommerce) -> FakeServer:
    # The session server is started only by the first loopback test, then re-pointed per test.
    server: FakeServer = request.getfixturevalue("_bigcommerce_session_server")
    server.fake = fake
    return server


@pytest.fixture
def connect(mode: str, request: pytest.FixtureRequest) -> Iterator[Connect]:
    """``connect(fake, token=TOKEN_A)`` -> a client of ``fake`` in the test's run mode.

    In loopback mode every client of a test talks to the fake connected last.
    """
    clients: list[httpx.Client] = []

    def _connect(fake: FakeBigCommerce, token: str | None = TOKEN_A) -> httpx.Client:
        headers = {"X-Auth-Token": token} if token else {}
        if mode == "inprocess":
            client = httpx.Client(
                base_url=fake.base_url, transport=fake.transport(), headers=headers
            )
        else:
            base_url = _server_for(request, fake).base_url
            client = httpx.Client(base_url=base_url, headers=headers, verify=_TLS)
        clients.append(client)
        return client

    yield _connect
    for client in clients:
        client.close()


@pytest.fixture
def aconnect(mode: str, request: pytest.FixtureRequest) -> AsyncConnect:
    """``async with aconnect(fake) as client:`` -- the async twin of ``connect``."""

    def _connect(fake: FakeBigCommerce, token: str | None = TOKEN_A) -> httpx.AsyncClient:
        headers = {"X-Auth-Token": token} if token else {}
        if mode == "inprocess":
            return httpx.AsyncClient(
                base_url=fake.base_url, transport=fake.async_transport(), headers=headers
            )
        base_url = _server_for(request, fake).base_url
        return httpx.AsyncClient(base_url=base_url, headers=headers, verify=_TLS)

    return _connect


@pytest.fixture
def client(fake: FakeBigCommerce, connect: Connect) -> httpx.Client:
    return connect(fake)
