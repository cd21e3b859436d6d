"""Shared helpers of the quota tests (fixtures live in conftest.py).

`RedisServer` runs a real `redis-server` on a free loopback port, in a temporary directory, with
nothing saved to disk; `StoresTransport` routes requests to one fake per store hash, as
BigCommerce's one host serves every store, so clients of many stores can share one pool.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx

from bigcommerce_metafields.testing import FakeBigCommerce

REDIS_MISSING = (
    "redis-server is not installed, and the Redis quota tests need a real one: run `make install`"
    " (it installs the Debian package redis-server), or install Redis yourself"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    """`redis-server` on 127.0.0.1 at a free port; `url(db)` to reach it; `stop()` ends it."""

    def __init__(self, directory: Path, port: int | None = None) -> None:
        program = shutil.which("redis-server")
        if program is None:
            raise RuntimeError(REDIS_MISSING)
        self.port = port or free_port()
        command = [program, "--port", str(self.port), "--bind", "127.0.0.1", "--dir"]
        command += [str(directory), "--save", "", "--appendonly", "no", "--protected-mode", "no"]
        self.process = subprocess.Popen(  # noqa: S603 - the redis-server on PATH, fixed arguments
            command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        self._wait_ready()

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def _wait_ready(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.process.returncode}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock,
            ):
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class StoresTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One transport for several fakes, each serving its own store: `/stores/<hash>/...` goes to
    the fake of that hash, as BigCommerce's one host serves every store."""

    def __init__(self, *fakes: FakeBigCommerce) -> None:
        self.fakes = {fake.store_hash: fake for fake in fakes}
        self._sync = {name: fake.transport() for name, fake in self.fakes.items()}
        self._async = {name: fake.async_transport() for name, fake in self.fakes.items()}
        self.sent = 0

    def _store(self, request: httpx.Request) -> str:
        self.sent += 1
        return request.url.path.split("/")[2]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync[self._store(request)].handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async[self._store(request)].handle_async_request(request)
