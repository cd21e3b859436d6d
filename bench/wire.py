"""A transport that counts what the wire saw, for the benchmark's quota rows."""

from __future__ import annotations

import collections
import time

import httpx


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the status of every response on the wire (retries included), and notes when the
    fake's quota window that served the last one ends (from its ``X-Rate-Limit-Time-Reset-Ms``)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.statuses: collections.Counter[int] = collections.Counter()
        self.first_sent: float | None = None
        self.last_window_end = 0.0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.first_sent is None:
            self.first_sent = time.perf_counter()
        response = await self._inner.handle_async_request(request)
        received = time.perf_counter()
        self.statuses[response.status_code] += 1
        reset_ms = response.headers.get("x-rate-limit-time-reset-ms")
        if reset_ms is not None:
            self.last_window_end = max(self.last_window_end, received + int(reset_ms) / 1000)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
