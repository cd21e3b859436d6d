"""The store-wide request quota and the four ``X-Rate-Limit-*`` headers.

Windows are fixed, not sliding: one opens at the first request after the previous one ended, which
is the simplest model that still makes ``X-Rate-Limit-Time-Reset-Ms`` meaningful. Time comes from
an injected clock so tests can move it instead of sleeping.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ._http import Headers


class RateLimiter:
    """Not thread-safe on its own: the fake calls it under its state lock."""

    def __init__(self, quota: int | None, window_ms: int, clock: Callable[[], float]) -> None:
        if window_ms < 1:
            raise ValueError("window_ms must be at least 1")
        self.quota = _checked_quota(quota)
        self.window_ms = window_ms
        self._clock = clock
        self._window_start: float | None = None
        self._used = 0

    def reset(self) -> None:
        self._window_start = None
        self._used = 0

    def set_quota(self, quota: int | None) -> None:
        """Change the quota (``None``: no limit and no headers); the next request opens a window."""
        self.quota = _checked_quota(quota)
        self.reset()

    def acquire(self) -> tuple[bool, Headers]:
        """Spend one request if the window has room; answer whether it did, and the headers."""
        if self.quota is None:
            return True, ()
        now = self._clock()
        self._window_start, self._used = self._window(now)
        allowed = self._used < self.quota
        if allowed:
            self._used += 1
        return allowed, self._headers(now, self._window_start, self._used)

    def peek(self) -> Headers:
        """The headers as they stand, spending nothing and opening no window (for injected
        responses, which never reach the service)."""
        if self.quota is None:
            return ()
        now = self._clock()
        return self._headers(now, *self._window(now))

    def _window(self, now: float) -> tuple[float, int]:
        """Start and use count of the window ``now`` falls in."""
        if self._window_start is None or _elapsed_ms(self._window_start, now) >= self.window_ms:
            return now, 0
        return self._window_start, self._used

    def _headers(self, now: float, start: float, used: int) -> Headers:
        assert self.quota is not None
        reset_ms = math.ceil(self.window_ms - _elapsed_ms(start, now))
        return (
            ("x-rate-limit-time-window-ms", str(self.window_ms)),
            ("x-rate-limit-time-reset-ms", str(max(reset_ms, 0))),
            ("x-rate-limit-requests-quota", str(self.quota)),
            ("x-rate-limit-requests-left", str(self.quota - used)),
        )


def _checked_quota(quota: int | None) -> int | None:
    if quota is not None and quota < 1:
        raise ValueError("quota must be at least 1, or None to disable rate limiting")
    return quota


def _elapsed_ms(start: float, now: float) -> float:
    # Rounded to the microsecond so float noise in second-based clocks cannot make 200 ms read
    # as 199.99999 (window still open) or 200.00001 (a reset of 201 ms).
    return round((now - start) * 1000, 3)
