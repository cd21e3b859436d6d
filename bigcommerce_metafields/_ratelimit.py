"""BigCommerce's rate-limit headers, and the throttle that spends the quota before the service does.

Every app of a store shares one quota per window, and every response says how much is left and when
the window resets. The throttle keeps that account for all concurrent calls of one store: a call
that would overdraw it waits for the reset instead of drawing a 429. `QuotaState` is the
arithmetic, written once (`_quota_redis` carries its Lua port, checked against it by a test);
an account (`QuotaAccount`) keeps one store's state somewhere (this process: `MemoryAccount`;
shared by processes: `_quota`, `_quota_file`, `_quota_redis`); `Throttle` and `AsyncThrottle` add
the in-flight cap and sleeping.
"""

from __future__ import annotations

import itertools
import logging
import math
import threading
import time
from collections.abc import Callable, Hashable, Mapping
from typing import Protocol

import anyio
import attrs
import httpx

logger = logging.getLogger("bigcommerce_metafields")

_NEW_WINDOW_TOLERANCE_S = 0.5
"""How far apart the possible ends of two windows must be for them to be surely different (two
windows' lie a whole window apart; it is half a window for windows under a second)."""


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
        if isinstance(headers, httpx.Headers):
            return cls._from_httpx(headers)
        info = cls(
            window_ms=_int_header(headers, "x-rate-limit-time-window-ms"),
            reset_ms=_int_header(headers, "x-rate-limit-time-reset-ms"),
            quota=_int_header(headers, "x-rate-limit-requests-quota"),
            left=_int_header(headers, "x-rate-limit-requests-left"),
            retry_after_s=_float_header(headers, "x-retry-after"),
        )
        return None if info == _NO_HEADERS else info

    @classmethod
    def _from_httpx(cls, headers: httpx.Headers) -> RateLimitInfo | None:
        """`from_headers` in one pass over the raw headers instead of one scan per name (it runs
        on every response); the same values, repeated names joined with ", " as httpx does."""
        found: dict[str, list[bytes]] = {}
        for key, value in headers.raw:
            name = _HEADER_NAMES.get(key.lower())
            if name is not None:
                found.setdefault(name, []).append(value)
        if not found:
            return None
        encoding = headers.encoding
        values = {name: b", ".join(raw).decode(encoding) for name, raw in found.items()}
        return cls.from_headers(values)

    def wait_after_429(self) -> float | None:
        """Seconds BigCommerce asks a 429 to wait: the longer of reset and retry-after, if given."""
        waits = [w for w in (_ms_to_s(self.reset_ms), self.retry_after_s) if w is not None]
        return max(waits) if waits else None


_NO_HEADERS = RateLimitInfo(None, None, None, None, None)
_HEADER_NAMES = {
    name.encode(): name
    for name in (
        "x-rate-limit-time-window-ms",
        "x-rate-limit-time-reset-ms",
        "x-rate-limit-requests-quota",
        "x-rate-limit-requests-left",
        "x-retry-after",
    )
}


IN_FLIGHT_TTL_S = 60.0
"""A reservation no answer has settled after this long stops counting as in flight: a process that
died mid-request must not shrink a shared account for ever (two of BigCommerce's 30 s windows; a
request still unanswered by then was counted by the service long ago, or never will be)."""


_RECHECK_FRACTION = 1 / 40
"""While answers in flight may free room (see `QuotaState.reserve`), a waiting call asks again
after this share of the window (50 ms of a 2 s window, 0.75 s of BigCommerce's 30 s)."""


@attrs.frozen
class Wait:
    """A reservation refused: sleep `sleep` seconds and ask again; the window resets in
    `reset_in` (`sleep` is shorter when answers in flight may free room before)."""

    sleep: float
    reset_in: float


@attrs.define
class QuotaState:
    """What is known of one store's quota in the current window; the arithmetic of every account.

    `left` is the lowest `X-Rate-Limit-Requests-Left` answered in the window: the service had
    counted every request answered so far, and any of those still in flight may or may not be
    counted, so `left - in_flight` is what may still be sent without a 429, whatever the order
    the answers come back in, and exact once nothing is in flight. (Taking reservations off `left`
    instead would count twice the requests the service had already counted when the window was
    learnt: with 8 processes of 8 requests in flight, up to half a window's quota went unused.)
    So no answer's count may be lost: each lowers `left` unless it is surely of an earlier window.

    Which window an answer is about: its request was reserved at `reserved_at` and answered at
    `now` with a reset of `r`, so its window ends between `reserved_at + r` and `now + r`.
    Windows lie a whole window apart: an answer whose window ends surely later than ours (by
    more than `_tolerance`, which also absorbs a reset that jitters) starts a new window; one
    that surely ends earlier is of the window before; any other lowers `left` (if it is another
    window's, that only errs on the safe side). The end to wait for, `reset_at`, is the earliest
    `now + r` of the answers surely of this window (reserved after it was learnt, `adopted_at`):
    the tightest safe one (the latest added the slowest answer's delay to every window, a
    quarter of a second a window with 8 busy processes). Once a window has ended, the next
    answer starts the next one, but may be a late answer of the one that ended: until an answer
    surely of a later window comes, that window's end is the latest its answers give
    (`certain`), as an end taken from the window that ended would let a burst into the next too
    early.

    `now` is the account's clock: this process's monotonic clock in memory, the wall clock shared
    by the processes of one machine, the Redis server's clock (see `_quota_redis`, which ports
    `reserve` and `record` to Lua). Not thread-safe on its own: accounts serialise access to it.
    """

    left: int | None = None
    """Requests left in the window; None when unknown (a new account, or the window ended)."""
    reset_at: float = 0.0
    """When the current window ends at the latest (the last one known, if it ended)."""
    reset_after: float = 0.0
    """When it ends at the earliest, as the answer that started it tells."""
    adopted_at: float = 0.0
    """When the current window was learnt; 0 before any was."""
    forgotten_at: float = 0.0
    """When the last window known was forgotten, having ended."""
    certain: bool = True
    """Whether the current window is surely not the one that ended: learnt from an answer surely
    of a later window. Until one comes, the window's end is the latest its answers give."""
    window_s: float | None = None

    def reserve(self, now: float, in_flight: int) -> Wait | None:
        """None when one more request may go, with `in_flight` (this account's reservations
        not yet answered) already out; else how long to wait."""
        if self.reset_at - now > self._longest():
            # A reset further away than a whole window cannot be (the clock went back, a header
            # lied): nothing known holds, as for a new account.
            self.left, self.adopted_at, self.forgotten_at = None, 0.0, 0.0
        elif self.left is not None and now >= self.reset_at:
            # The window has ended, and what was known about it with it: the next one's quota
            # may differ, and the service may have stopped sending the headers (another server, a
            # proxy, a store whose limits changed). Unknown, as for a new client, until an answer
            # tells; until then `max_in_flight` bounds what is sent uncounted.
            self.left, self.forgotten_at = None, now
        if self.left is None or self.left - in_flight > 0:
            return None
        reset_in = max(self.reset_at - now, 0.001)
        if self.left > 0 and in_flight > 0:
            # Answers may show that some of those in flight were counted in `left` already.
            return Wait(min(reset_in, self._recheck()), reset_in)
        return Wait(reset_in, reset_in)

    def record(self, now: float, info: RateLimitInfo | None, reserved_at: float | None) -> None:
        """Learn from one answer, to a request reserved at `reserved_at` (None: not known)."""
        if info is None or info.left is None or info.reset_ms is None:
            return
        if info.window_ms is not None:
            self.window_s = info.window_ms / 1000
        reset_s = info.reset_ms / 1000
        ends_by = now + reset_s
        ends_after = -math.inf if reserved_at is None else reserved_at + reset_s
        # Sent once the last window had surely ended: of a later one.
        after_forget = reserved_at is not None and reserved_at >= self.forgotten_at > 0.0
        if self.adopted_at == 0.0 or ends_after - self._tolerance() > self.reset_at:
            self._adopt(now, info.left, ends_by, ends_after, certain=True)
        elif self.left is None:
            # Perhaps a late answer of the window that ended: counted (safe either way), but its
            # end trusted only once an answer surely of a later window tells.
            self._adopt(now, info.left, ends_by, ends_after, certain=after_forget)
        elif ends_by + self._tolerance() < self.reset_after:
            return  # of the window before ours (sent before its reset): counted there
        else:
            self.left = min(self.left, info.left)
            if not self.certain and after_forget:
                self.certain, self.reset_at, self.adopted_at = True, ends_by, now
            elif not self.certain:
                self.reset_at = max(self.reset_at, ends_by)
            elif reserved_at is not None and reserved_at >= self.adopted_at:
                self.reset_at = min(self.reset_at, ends_by)

    def _adopt(
        self, now: float, left: int, ends_by: float, ends_after: float, *, certain: bool
    ) -> None:
        self.left, self.reset_at, self.reset_after = left, ends_by, max(ends_after, 0.0)
        self.adopted_at, self.certain = now, certain

    def _tolerance(self) -> float:
        if self.window_s is None:
            return _NEW_WINDOW_TOLERANCE_S
        return min(_NEW_WINDOW_TOLERANCE_S, self.window_s / 2)

    def _longest(self) -> float:
        """The longest wait a known window can ask for."""
        return math.inf if self.window_s is None else self.window_s + self._tolerance()

    def _recheck(self) -> float:
        return max((self.window_s or 2.0) * _RECHECK_FRACTION, 0.01)


class QuotaTracker:
    """An account of this process only: `QuotaState` and its reservations in flight.

    Not thread-safe on its own: `MemoryAccount` serialises access to it.
    """

    def __init__(self) -> None:
        self.state = QuotaState()
        self.in_flight: dict[Hashable, float] = {}
        """When each reservation not yet answered was taken, by ticket."""

    def reserve(self, now: float, ticket: Hashable) -> Wait | None:
        """Reserve one request and return None, or return how long to wait before asking again."""
        wait = self.state.reserve(now, len(self.in_flight))
        if wait is None:
            self.in_flight[ticket] = now
        return wait

    def record(self, now: float, ticket: Hashable, info: RateLimitInfo | None) -> None:
        """Account for one finished request and what its response said about the quota."""
        self.state.record(now, info, self.in_flight.pop(ticket, None))


class QuotaAccount(Protocol):
    """One store's quota account, as a synchronous client's threads use it.

    `ticket` names one reservation (unique in this process), so that a shared account can tell
    its requests in flight from those of a process that died. Neither method raises for a reason
    of the account's own: a shared account that fails answers from this process's (`_quota`).
    """

    def reserve(self, ticket: int) -> Wait | None:
        """Reserve one request and return None, or return how long to wait before asking again."""
        ...

    def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        """Settle reservation `ticket` (answered or not) with what its response said."""
        ...

    @property
    def idle(self) -> bool:
        """Nothing in flight and no window known here: letting the account go loses nothing."""
        ...


class AsyncQuotaAccount(Protocol):
    """The same as `QuotaAccount` for an event loop: waiting for it never blocks the loop."""

    async def reserve(self, ticket: int) -> Wait | None:
        """Reserve one request and return None, or return how long to wait before asking again."""
        ...

    async def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        """Settle reservation `ticket` (answered or not) with what its response said."""
        ...

    @property
    def idle(self) -> bool:
        """Nothing in flight and no window known here: letting the account go loses nothing."""
        ...


class MemoryAccount:
    """The account of one store in this process (the default): a `QuotaTracker` under a lock."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._tracker = QuotaTracker()
        self._lock = threading.Lock()
        self._clock = clock

    def reserve(self, ticket: int) -> Wait | None:
        with self._lock:
            return self._tracker.reserve(self._clock(), ticket)

    def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        with self._lock:
            self._tracker.record(self._clock(), ticket, info)

    @property
    def idle(self) -> bool:
        with self._lock:
            state = self._tracker.state
            return not self._tracker.in_flight and (
                state.left is None or self._clock() >= state.reset_at
            )


class AsyncMemoryAccount:
    """A `MemoryAccount` for an event loop: its lock is only ever held for a few arithmetic steps,
    never across an await, so taking it cannot block the loop."""

    def __init__(self, account: MemoryAccount | None = None) -> None:
        self.sync = account or MemoryAccount()

    async def reserve(self, ticket: int) -> Wait | None:
        return self.sync.reserve(ticket)

    async def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        self.sync.record(ticket, info)

    @property
    def idle(self) -> bool:
        return self.sync.idle


_tickets = itertools.count(1)
"""Reservation numbers, unique in this process (`next` on a count is atomic under the GIL)."""


class Throttle:
    """A store's quota account and in-flight cap, shared by the threads of synchronous clients."""

    def __init__(self, max_in_flight: int, account: QuotaAccount | None = None) -> None:
        self.max_in_flight = max_in_flight
        self.account: QuotaAccount = account or MemoryAccount()
        self._slots = threading.BoundedSemaphore(max_in_flight)

    def acquire(self) -> int:
        """Block until a request may start; return its ticket, for `release`."""
        self._slots.acquire()
        ticket = next(_tickets)
        try:
            waited = False
            while (wait := self.account.reserve(ticket)) is not None:
                waited = _log_wait(wait, waited)
                time.sleep(wait.sleep)
        except BaseException:
            self._slots.release()
            raise
        return ticket

    def release(self, ticket: int, info: RateLimitInfo | None) -> None:
        """Record a finished request (response or not) and free its slot."""
        try:
            self.account.record(ticket, info)
        finally:
            self._slots.release()


class AsyncThrottle:
    """The same as `Throttle` for one event loop (asyncio or trio, through anyio)."""

    def __init__(self, max_in_flight: int, account: AsyncQuotaAccount | None = None) -> None:
        self.max_in_flight = max_in_flight
        self.account: AsyncQuotaAccount = account or AsyncMemoryAccount()
        self._slots = anyio.Semaphore(max_in_flight)

    async def acquire(self) -> int:
        """Wait until a request may start; return its ticket, for `release`."""
        try:
            # A free slot is taken without a trip through the event loop (the request that
            # follows is the call's checkpoint); a full one is waited for in turn.
            self._slots.acquire_nowait()
        except anyio.WouldBlock:
            await self._slots.acquire()
        ticket = next(_tickets)
        account = self.account
        try:
            # The default account answers at once: asked without a coroutine.
            if type(account) is AsyncMemoryAccount:  # not a subclass that may await
                wait = account.sync.reserve(ticket)
            else:
                wait = await account.reserve(ticket)
            waited = False
            while wait is not None:
                waited = _log_wait(wait, waited)
                await anyio.sleep(wait.sleep)
                wait = await account.reserve(ticket)
        except BaseException:
            # A shared account may have taken the reservation as the call was cancelled: it
            # counts as in flight until IN_FLIGHT_TTL_S, on the safe side.
            self._slots.release()
            raise
        return ticket

    async def release(self, ticket: int, info: RateLimitInfo | None) -> None:
        """Record a finished request (response or not) and free its slot; shielded, as a
        cancelled call still has to settle its reservation."""
        try:
            account = self.account
            if type(account) is AsyncMemoryAccount:  # not a subclass that may await
                account.sync.record(ticket, info)  # never awaits: nothing to shield
            else:
                with anyio.CancelScope(shield=True):
                    await account.record(ticket, info)
        finally:
            self._slots.release()


def _log_wait(wait: Wait, waited: bool) -> bool:
    """Log a call's first wait at INFO (it may end before the reset, see `Wait`), later ones
    (asking again) at DEBUG; return True."""
    level = logging.DEBUG if waited else logging.INFO
    logger.log(level, "throttle: quota spent, waiting %.3fs for the window to reset", wait.reset_in)
    return True


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
