"""httpx transports that answer from a fake in process, without sockets.

A dropped connection raises what httpx raises when a server closes the socket without answering,
so client code sees the same failure in both run modes.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

import anyio
import httpx

from ._http import Drop, Outcome, RawRequest

if TYPE_CHECKING:
    from ._fake import FakeBigCommerce

_DISCONNECTED = "Server disconnected without sending a response."


class FakeTransport(httpx.BaseTransport):
    def __init__(self, fake: FakeBigCommerce) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._fake.exchange(_raw(request, request.read())) as exchange:
            timeout = _read_timeout(request)
            if exchange.delay:
                time.sleep(min(exchange.delay, timeout))
            return _answer(exchange.respond(), request, exchange.delay > timeout)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeBigCommerce) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with self._fake.exchange(_raw(request, await request.aread())) as exchange:
            timeout = _read_timeout(request)
            if exchange.delay:
                # anyio, not asyncio, so trio-based clients work too.
                await anyio.sleep(min(exchange.delay, timeout))
            return _answer(exchange.respond(), request, exchange.delay > timeout)


def _raw(request: httpx.Request, body: bytes) -> RawRequest:
    return RawRequest.build(
        request.method,
        request.url.raw_path.partition(b"?")[0].decode("ascii"),
        request.url.query.decode("ascii"),
        list(request.headers.multi_items()),
        body,
    )


def _read_timeout(request: httpx.Request) -> float:
    timeout = request.extensions.get("timeout", {}).get("read")
    return math.inf if timeout is None else float(timeout)


def _answer(outcome: Outcome, request: httpx.Request, timed_out: bool) -> httpx.Response:
    # Like a real server, the request is processed even when the client stopped waiting.
    if timed_out:
        raise httpx.ReadTimeout("timed out", request=request)
    return _to_httpx(outcome, request)


def _to_httpx(outcome: Outcome, request: httpx.Request) -> httpx.Response:
    if isinstance(outcome, Drop):
        raise httpx.RemoteProtocolError(_DISCONNECTED, request=request)
    return httpx.Response(
        outcome.status, headers=list(outcome.headers), content=outcome.body, request=request
    )
