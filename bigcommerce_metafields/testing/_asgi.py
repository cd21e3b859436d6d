"""The fake as an ASGI application.

ASGI has no way to close a connection without answering: an app that raises before
``http.response.start`` gets a 500 from the server. So a drop uses a per-connection hook that the
bundled server puts in ``scope["extensions"]`` (see ``_uvicorn.py``); under any other server a drop
raises :class:`DropUnsupportedError` and that server answers as it does for an app error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import anyio

from ._http import Drop, RawRequest

if TYPE_CHECKING:
    from ._fake import FakeBigCommerce

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

#: ``scope["extensions"][DROP_EXTENSION]()`` closes the client connection at once.
DROP_EXTENSION = "bigcommerce_metafields.drop_connection"


class DropUnsupportedError(Exception):
    """A drop was asked for, but the ASGI server offers no way to close the connection."""


class AsgiApp:
    def __init__(self, fake: FakeBigCommerce) -> None:
        self.fake = fake

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        request = RawRequest.build(
            scope["method"],
            _raw_path(scope),
            scope["query_string"].decode("latin-1"),
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]],
            body,
        )
        with self.fake.exchange(request) as exchange:
            if exchange.delay:
                await anyio.sleep(exchange.delay)
            outcome = exchange.respond()
        if isinstance(outcome, Drop):
            await _drop(scope, receive)
            return
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in outcome.headers]
        await send({"type": "http.response.start", "status": outcome.status, "headers": headers})
        await send({"type": "http.response.body", "body": outcome.body})


def _raw_path(scope: Scope) -> str:
    raw: bytes | None = scope.get("raw_path")  # optional in ASGI; uvicorn sends it
    return raw.decode("latin-1") if raw is not None else quote(scope["path"])


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _drop(scope: Scope, receive: Receive) -> None:
    close = scope.get("extensions", {}).get(DROP_EXTENSION)
    if close is None:
        raise DropUnsupportedError("this ASGI server cannot drop a connection")
    close()
    # Wait until the server has seen the disconnect, else it would send its own 500 when we return.
    while (await receive())["type"] != "http.disconnect":
        pass


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
