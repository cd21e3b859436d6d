"""The only module importing uvicorn (the optional ``testing`` extra); imported when serving.

uvicorn answers 500 when an app fails before responding, which is not what a dropped connection
looks like to a client. This protocol hands each request a hook that closes its TCP connection
without writing a byte, so drops on the loopback server are real.
"""

from __future__ import annotations

import asyncio
import socket

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._asgi import DROP_EXTENSION, App, Receive, Scope, Send


class _DroppableH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        app = self.app

        async def with_drop_hook(scope: Scope, receive: Receive, send: Send) -> None:
            scope.setdefault("extensions", {})[DROP_EXTENSION] = transport.close
            await app(scope, receive, send)

        self.app = with_drop_hook


def make_server(app: App) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        http=_DroppableH11Protocol,
        interface="asgi3",
        lifespan="off",
        # Leave the host process's logging configuration alone (uvicorn's default rewrites it).
        log_config=None,
        access_log=False,
        server_header=False,
        # Requests parked on injected latency must not hold a test run's shutdown for long.
        timeout_graceful_shutdown=1,
    )
    return uvicorn.Server(config)


def run(server: uvicorn.Server, sock: socket.socket) -> None:
    server.run(sockets=[sock])
