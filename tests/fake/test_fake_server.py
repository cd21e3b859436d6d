"""Run modes other than the in-process transport: loopback server, command line, ASGI, plugin."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import anyio
import httpx
import pytest
from fakekit import NEW, TOKEN_A, make_fake

from bigcommerce_metafields.testing import (
    DEFAULT_TOKEN,
    DropUnsupportedError,
    FakeBigCommerce,
    FakeServer,
    serve,
)

AUTH = {"X-Auth-Token": TOKEN_A}


def test_serve_runs_and_stops_a_loopback_server() -> None:
    fake = make_fake(store_hash="shop42")
    with serve(fake) as server:
        assert server.base_url == f"http://127.0.0.1:{server.port}/stores/shop42/v3"
        assert server.port > 0
        response = httpx.post(f"{server.base_url}/carts/c1/metafields", json=NEW, headers=AUTH)
        assert response.status_code == 200
    assert len(fake.metafields("cart")) == 1
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.base_url}/carts/c1/metafields", headers=AUTH)


def test_the_served_fake_can_be_swapped(bigcommerce_fake_server: FakeServer) -> None:
    first = bigcommerce_fake_server.fake
    url = f"{bigcommerce_fake_server.base_url}/carts/c1/metafields"
    headers = {"X-Auth-Token": DEFAULT_TOKEN}
    assert httpx.post(url, json=NEW, headers=headers).status_code == 200
    bigcommerce_fake_server.fake = FakeBigCommerce()
    assert httpx.get(url, headers=headers).json()["data"] == []
    assert len(first.metafields("cart")) == 1


@pytest.mark.parametrize("when", ["before", "after"])
def test_loopback_drops_close_the_socket_without_a_byte(
    bigcommerce_fake_server: FakeServer, when: str
) -> None:
    fake = bigcommerce_fake_server.fake
    fake.faults.add(drop=when)  # type: ignore[arg-type]
    body = b'{"namespace":"n","key":"k","value":"v","permission_set":"read"}'
    request = (
        f"POST /stores/{fake.store_hash}/v3/carts/c1/metafields HTTP/1.1\r\n"
        f"Host: x\r\nX-Auth-Token: {DEFAULT_TOKEN}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    with socket.create_connection(("127.0.0.1", bigcommerce_fake_server.port), timeout=5) as sock:
        sock.sendall(request)
        assert sock.recv(1024) == b""  # EOF: no status line, no 500
    assert len(fake.metafields("cart")) == (1 if when == "after" else 0)


def test_plugin_fixtures(
    bigcommerce_fake: FakeBigCommerce,
    bigcommerce_fake_server: FakeServer,
    pytestconfig: pytest.Config,
) -> None:
    assert bigcommerce_fake_server.fake is bigcommerce_fake
    assert bigcommerce_fake.requests == []  # a fresh fake per test
    assert pytestconfig.pluginmanager.has_plugin("bigcommerce_metafields")


def test_importing_the_package_and_plugin_does_not_import_uvicorn() -> None:
    code = (
        "import sys, bigcommerce_metafields.testing, bigcommerce_metafields.testing.pytest_plugin\n"
        "assert 'uvicorn' not in sys.modules, 'uvicorn imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)  # noqa: S603 (fixed argv)


@pytest.fixture
def cli() -> Iterator[tuple[subprocess.Popen[str], str]]:
    args = ["--port", "0", "--store-hash", "shop42", "--token", "t1=c1", "--token", "t2"]
    args += ["--quota", "5", "--window-ms", "60000", "--latency-ms", "50"]
    args += ["--seed-product-metafields", "7:300", "--max-per-resource", "0"]
    args += ["--max-batch-size", "2"]
    command = [sys.executable, "-m", "bigcommerce_metafields.testing", *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:  # noqa: S603
        assert process.stdout is not None
        try:
            yield process, process.stdout.readline().strip()
        finally:
            if process.poll() is None:
                process.kill()


def test_command_line_server(cli: tuple[subprocess.Popen[str], str]) -> None:
    process, base_url = cli
    assert base_url.startswith("http://127.0.0.1:")
    assert base_url.endswith("/stores/shop42/v3")
    url = f"{base_url}/carts/c1/metafields"
    started = time.monotonic()
    created = httpx.post(url, json=NEW, headers={"X-Auth-Token": "t1"})
    assert time.monotonic() - started >= 0.05  # real server-side latency
    assert created.json()["data"]["owner_client_id"] == "c1"
    listed = httpx.get(url, headers={"X-Auth-Token": "t2"})
    assert listed.headers["x-rate-limit-requests-left"] == "3"
    seeded = httpx.get(f"{base_url}/catalog/products/7/metafields", headers={"X-Auth-Token": "t2"})
    assert seeded.json()["meta"]["pagination"]["total"] == 300
    assert seeded.json()["data"][0]["owner_client_id"] == "c1"  # the first token's client
    batch = [NEW | {"resource_id": "c1", "key": f"k{n}"} for n in range(3)]
    too_many = httpx.post(
        f"{base_url}/carts/metafields", json=batch, headers={"X-Auth-Token": "t1"}
    )
    assert too_many.status_code == 413
    assert httpx.get(url, headers={"X-Auth-Token": "t2"}).status_code == 200
    assert httpx.get(url, headers={"X-Auth-Token": "t2"}).status_code == 429
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_asgi_app_under_another_server(anyio_backend: str) -> None:
    fake = make_fake()
    transport = httpx.ASGITransport(app=fake.asgi_app)
    async with httpx.AsyncClient(transport=transport, base_url=fake.base_url) as client:
        response = await client.post("/carts/c1/metafields", json=NEW, headers=AUTH)
        assert response.status_code == 200
        # No drop hook here: the app says so instead of answering something misleading.
        fake.faults.add(drop="before")
        with pytest.raises(DropUnsupportedError):
            await client.get("/carts/c1/metafields", headers=AUTH)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_asgi_lifespan_is_acknowledged(anyio_backend: str) -> None:
    send_stream, receive_stream = anyio.create_memory_object_stream[dict[str, str]](4)
    incoming = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> dict[str, str]:
        return next(incoming)

    async def send(message: dict[str, str]) -> None:
        await send_stream.send(message)

    await make_fake().asgi_app({"type": "lifespan"}, receive, send)  # type: ignore[arg-type]
    sent = [receive_stream.receive_nowait()["type"] for _ in range(2)]
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    send_stream.close()
    receive_stream.close()
