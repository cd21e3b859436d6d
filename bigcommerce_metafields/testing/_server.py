"""The fake on a real loopback socket, served by uvicorn in a background thread.

The socket is bound and listening before uvicorn starts, so the port is known at once (port 0
picks a free one) and a client connecting early just waits in the backlog.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import TYPE_CHECKING

from ._asgi import Receive, Scope, Send

if TYPE_CHECKING:
    import uvicorn

    from ._fake import FakeBigCommerce

_START_TIMEOUT = 10.0
UVICORN_MISSING = (
    "serving the fake on a socket needs uvicorn, which is not installed: "
    "pip install 'bigcommerce-metafields[testing]' (in-process transports need nothing extra)"
)
"""What a missing uvicorn is reported as, by ``serve``, the command line and the pytest fixture."""


class FakeServer:
    """A running loopback server; use it as a context manager, or ``start()``/``stop()``.

    ``fake`` may be swapped while the server runs, so one server can serve a fresh fake per test
    (starting and stopping uvicorn costs a few hundred milliseconds).
    """

    def __init__(self, fake: FakeBigCommerce, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake
        self._sock = _listen(host, port)
        self.host, self.port = self._sock.getsockname()[:2]
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/stores/{self.fake.store_hash}/v3"

    async def _app(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Looked up per request so that swapping ``fake`` takes effect at once.
        await self.fake.asgi_app(scope, receive, send)

    def start(self) -> FakeServer:
        """Serve in a background thread; ``ModuleNotFoundError`` (naming the extra to install)
        without uvicorn."""
        try:
            from . import _uvicorn  # uvicorn is optional: import it only when serving
        except ModuleNotFoundError as exc:
            if exc.name is None or exc.name.partition(".")[0] != "uvicorn":
                raise
            self._sock.close()
            raise ModuleNotFoundError(UVICORN_MISSING, name="uvicorn") from exc
        self._server = server = _uvicorn.make_server(self._app)
        self._thread = threading.Thread(
            target=_uvicorn.run, args=(server, self._sock), name="bigcommerce-fake", daemon=True
        )
        self._thread.start()
        self._wait_started()
        return self

    def _wait_started(self) -> None:
        assert self._server is not None
        assert self._thread is not None
        deadline = _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the fake server failed to start")
            self._thread.join(0.005)
            deadline -= 0.005
            if deadline <= 0:
                self.stop()
                raise RuntimeError("the fake server did not start in time")

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join()
        self._server = self._thread = None
        self._sock.close()

    def wait(self) -> None:
        """Block until the server stops (for the command line)."""
        if self._thread is not None:
            while self._thread.is_alive():
                self._thread.join(0.5)

    def __enter__(self) -> FakeServer:
        return self if self._server is not None else self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP, not 0 as socket.create_server leaves it: asyncio only turns Nagle off on
    # accepted sockets that say they are TCP, and uvicorn's separate header and body writes would
    # otherwise wait out the client's delayed ACK (~40 ms a response).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except BaseException:
        sock.close()  # a port in use must not leak the socket as well
        raise
    return sock


def serve(fake: FakeBigCommerce, *, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
    """Serve ``fake`` over HTTP on loopback, started: ``with serve(fake) as server: ...``."""
    return FakeServer(fake, host, port).start()
