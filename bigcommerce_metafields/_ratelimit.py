"""BigCommerce's rate-limit headers, and the throttle that spends the quota before the service does.

Every app of a store shares one quota per window, and every response says how much is left and when
the window resets. The throttle keeps that account for all concurrent calls of one client: a call
that would overdraw it waits for the reset instead of drawing a 429. `QuotaTracker` is the
arithmetic, written once; `Throttle` and `AsyncThrottle` only add locking and sleeping.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping

import anyio
import attrs

logger = logging.getLogger("bigcommerce_metafields")

_NEW_WINDOW_TOLERANCE_S = 0.5
"""How far a reported reset may move before it counts as a new window (latency jitter is less)."""


@attrs.frozen
class RateLimitInfo:
    """The `X-Rate-Limit-*` headers of one response; a field is None when its header is absent."""

    window_ms: int | None
    reset_ms: int | None
    quota: int | None
    left: int | None
    retry_after_s: float | None = None
    """`X-Retry-After`, sent with some 429s."""

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo | None:
        """Read the headers (case-insensitively, as httpx does); None when none is present."""
        info = cls(
            window_ms=_int_header(headers, "x-rate-limit-time-window-ms"),
            reset_ms=_int_header(headers, "x-rate-limit-time-reset-ms"),
            quota=_int_header(headers, "x-rate-limit-requests-quota"),
            left=_int_header(headers, "x-rate-limit-requests-left"),
            retry_after_s=_float_header(headers, "x-retry-after"),
        )
        return None if info == _NO_HEADERS else info

    def wait_after_429(self) -> float | None:
        """Seconds BigCommerce asks a 429 to wait: the longer of reset and retry-after, if given."""
        waits = [w for w in (_ms_to_s(self.reset_ms), self.retry_after_s) if w is not None]
        return max(waits) if waits else None


_NO_HEADERS = RateLimitInfo(None, None, None, None, None)


class QuotaTracker:
    """The client-side account of the store's quota in the current window.

    Not thread-safe on its own: the throttles serialise access to it.
    """

    def __init__(self) -> None:
        self._left: int | None = None  # unknown until a response tells
        self._reset_at = 0.0  # the end of the current window, or of the last one known
        self._window_s: float | None = None
        self.in_flight = 0

    def reserve(self, now: float) -> float:
        """Reserve one request and return 0, or return the seconds to wait before asking again."""
        if self._left is not None and now >= self._reset_at:
            # The window has ended, and what was known about it with it: the next one's quota
            # may differ, and the service may have stopped sending the headers (another server, a
            # proxy, a store whose limits changed). Unknown, as for a new client, until a
            # response tells; until then `max_in_flight` bounds what is sent uncounted.
            self._left = None
        if self._left is None or self._left > 0:
            if self._left is not None:
                self._left -= 1
            self.in_flight += 1
            return 0.0
        return max(self._reset_at - now, 0.001)

    def record(self, now: float, info: RateLimitInfo | None) -> None:
        """Account for one finished request and what its response said about the quota."""
        self.in_flight -= 1
        if info is None or info.left is None or info.reset_ms is None:
            return
        if info.window_ms is not None:
            self._window_s = info.window_ms / 1000
        reset_at = now + info.reset_ms / 1000
        if self._left is None or reset_at > self._reset_at + self._tolerance():
            # A window we have not counted in: requests in flight may not be in `left` yet.
            self._left, self._reset_at = max(info.left - self.in_flight, 0), reset_at
        elif (
            self._window_s is not None
            and reset_at <= self._reset_at - self._window_s + self._tolerance()
        ):
            # About the window before ours (sent before the reset we passed): nothing to learn.
            return
        else:
            # Our window: `reserve` already took our requests off `_left`, so `left` can only
            # lower it by what other apps used. The latest estimate of its end is the safe one.
            self._left = min(self._left, info.left)
            self._reset_at = max(self._reset_at, reset_at)

    def _tolerance(self) -> float:
        if self._window_s is None:
            return _NEW_WINDOW_TOLERANCE_S
        return min(_NEW_WINDOW_TOLERANCE_S, self._window_s / 2)


class Throttle:
    """Quota account and in-flight cap shared by the threads using one synchronous client."""

    def __init__(self, max_in_flight: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_in_flight = max_in_flight
        self._tracker = QuotaTracker()
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._clock = clock

    def acquire(self) -> float:
        """Block until a request may start; return the seconds spent waiting for the quota."""
        self._slots.acquire()
        waited = 0.0
        try:
            while True:
                with self._lock:
                    wait = self._tracker.reserve(self._clock())
                if wait <= 0:
                    return waited
                logger.info("throttle: quota spent, waiting %.3fs for the window to reset", wait)
                time.sleep(wait)
                waited += wait
        except BaseException:
            self._slots.release()
            raise

    def release(self, info: RateLimitInfo | None) -> None:
        """Record a finished request (response or not) and free its slot."""
        with self._lock:
            self._tracker.record(self._clock(), info)
        self._slots.release()


class AsyncThrottle:
    """The same as `Throttle` for one event loop (asyncio or trio, through anyio)."""

    def __init__(self, max_in_flight: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_in_flight = max_in_flight
        self._tracker = QuotaTracker()
        self._slots = anyio.Semaphore(max_in_flight)
        self._clock = clock

    async def acquire(self) -> float:
        """Wait until a request may start; return the seconds spent waiting for the quota."""
        await self._slots.acquire()
        waited = 0.0
        try:
            # No lock needed: nothing awaits between reading and updating the account.
            while (wait := self._tracker.reserve(self._clock())) > 0:
                logger.info("throttle: quota spent, waiting %.3fs for the window to reset", wait)
                await anyio.sleep(wait)
                waited += wait
        except BaseException:
            self._slots.release()
            raise
        return waited

    def release(self, info: RateLimitInfo | None) -> None:
        """Record a finished request (response or not) and free its slot."""
        self._tracker.record(self._clock(), info)
        self._slots.release()


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = _float_header(headers, name)
    return None if value is None else int(value)


def _float_header(headers: Mapping[str, str], name: str) -> float | None:
    raw = headers.get(name)
    if raw is None:
        return None
    try:
        return float(raw.strip())
    except ValueError:
        return None  # a malformed header is no information, not an error


def _ms_to_s(value: int | None) -> float | None:
    return None if value is None else value / 1000
