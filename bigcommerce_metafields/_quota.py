"""Where the stores' quota accounts live: this process, a directory of one machine, or Redis.

A store's quota is shared by every process that calls it, so its account should be too. One URL
(`quota_url`, else `BIGCOMMERCE_QUOTA_URL`) picks the backend; a backend hands out one account per
store hash:

- `memory:` (the default): each client keeps its own accounts (`_ratelimit.MemoryAccount`).
- `file:<directory>`: the processes of one machine share a file per store, under `flock`
  (`_quota_file`, standard library only).
- `redis://host:port/db`: every machine shares one Redis (`_quota_redis`, the `redis` extra).

Both keep a `SharedState` per store; `_stores` gives each store of a client its throttle.

A shared backend that fails (Redis down, a directory that cannot be written) never fails a call:
the account answers from this process's own (`Failover`), a warning is logged once per URL, and
the shared one is tried again `RETRY_SHARED_AFTER_S` later.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from typing import Protocol

import attrs

from ._config import ConfigurationError, QuotaSpec
from ._ratelimit import (
    IN_FLIGHT_TTL_S,
    AsyncMemoryAccount,
    AsyncQuotaAccount,
    MemoryAccount,
    QuotaAccount,
    QuotaState,
    RateLimitInfo,
    Wait,
)

logger = logging.getLogger("bigcommerce_metafields")

RETRY_SHARED_AFTER_S = 5.0
"""After a shared account fails, this process's own answers for this long before it is tried
again: a Redis that is down costs one failed attempt per interval, not one per request."""


@attrs.define
class SharedState:
    """A store's account as processes share it: the quota state, and the reservations not yet
    answered, by ticket, with when each was taken (so a dead process's expire)."""

    quota: QuotaState = attrs.field(factory=QuotaState)
    in_flight: dict[str, float] = attrs.field(factory=dict)

    def reserve(self, now: float, ticket: str) -> Wait | None:
        """`QuotaState.reserve`, with every process's reservations counted as in flight."""
        self._expire(now)
        wait = self.quota.reserve(now, len(self.in_flight))
        if wait is None:
            self.in_flight[ticket] = now
        return wait

    def record(self, now: float, ticket: str, info: RateLimitInfo | None) -> None:
        """`QuotaState.record`, the reservation no longer in flight."""
        reserved_at = self.in_flight.pop(ticket, None)
        self._expire(now)
        self.quota.record(now, info, reserved_at)

    def _expire(self, now: float) -> None:
        oldest = now - IN_FLIGHT_TTL_S
        for ticket in [t for t, taken in self.in_flight.items() if taken < oldest]:
            del self.in_flight[ticket]

    def dumps(self) -> bytes:
        return json.dumps({**attrs.asdict(self.quota), "in_flight": self.in_flight}).encode()

    @classmethod
    def loads(cls, data: bytes) -> SharedState:
        """The state a file holds; a fresh one for an empty or unreadable file (a process killed
        mid-write): an account that forgets errs towards asking the service, not towards waiting."""
        try:
            raw = json.loads(data)
            left, window_s = raw["left"], raw["window_s"]
            quota = QuotaState(
                left=None if left is None else int(left),
                reset_at=float(raw["reset_at"]),
                reset_after=float(raw["reset_after"]),
                adopted_at=float(raw["adopted_at"]),
                forgotten_at=float(raw["forgotten_at"]),
                certain=bool(raw["certain"]),
                window_s=None if window_s is None else float(window_s),
            )
            in_flight = {str(t): float(taken) for t, taken in raw["in_flight"].items()}
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()
        return cls(quota, in_flight)


_worker: tuple[int, str] | None = None


def ticket_name(ticket: int) -> str:
    """A reservation's name among every process sharing an account: host, process, a random part
    (a forked child has its parent's counter, never its pid), and the number."""
    global _worker
    pid = os.getpid()
    if _worker is None or _worker[0] != pid:
        _worker = (pid, f"{socket.gethostname()}/{pid}/{os.urandom(4).hex()}")
    return f"{_worker[1]}:{ticket}"


# -- failing over to this process's own account ---------------------------------------------------


class Health:
    """Whether a shared backend works, for all its stores: one warning per URL and process."""

    _warned: set[str] = set()  # noqa: RUF012 - deliberately one set per process

    def __init__(self, shown: str) -> None:
        self._shown = shown
        self._retry_at = 0.0
        self._failing = False

    def usable(self) -> bool:
        return not self._failing or time.monotonic() >= self._retry_at

    def failed(self, error: BaseException) -> None:
        self._retry_at = time.monotonic() + RETRY_SHARED_AFTER_S
        self._failing = True
        reason = type(error).__name__ + (f": {error}" if str(error) else "")
        if self._shown not in Health._warned:
            Health._warned.add(self._shown)
            logger.warning(
                "quota account %s failed (%s): calls go on with this process's own account, "
                "and the shared one is tried again every %gs",
                self._shown,
                reason,
                RETRY_SHARED_AFTER_S,
            )
        else:
            logger.debug("quota account %s failed again (%s)", self._shown, reason)

    def succeeded(self) -> None:
        if self._failing:
            self._failing = False
            logger.info("quota account %s works again", self._shown)


class _FailoverCore:
    def __init__(self, health: Health, local: MemoryAccount) -> None:
        self.health = health
        self.local = local
        self._local_tickets: set[int] = set()  # reserved here while the shared one failed

    def local_reserve(self, ticket: int) -> Wait | None:
        wait = self.local.reserve(ticket)
        if wait is None:
            self._local_tickets.add(ticket)
        return wait

    def local_record(self, ticket: int, info: RateLimitInfo | None) -> bool:
        """Settle `ticket` here if it was reserved here; whether it was."""
        if ticket not in self._local_tickets:
            return False
        self._local_tickets.discard(ticket)
        self.local.record(ticket, info)
        return True

    @property
    def idle(self) -> bool:
        return self.local.idle


class Failover(_FailoverCore):
    """A shared account that falls back to this process's own when it fails (module doc)."""

    def __init__(self, shared: QuotaAccount, health: Health) -> None:
        super().__init__(health, MemoryAccount())
        self.shared = shared

    def reserve(self, ticket: int) -> Wait | None:
        if self.health.usable():
            try:
                wait = self.shared.reserve(ticket)
            except Exception as error:  # whatever it is, the call goes on
                self.health.failed(error)
            else:
                self.health.succeeded()
                return wait
        return self.local_reserve(ticket)

    def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        if self.local_record(ticket, info) or not self.health.usable():
            return  # a shared reservation left unsettled expires (IN_FLIGHT_TTL_S)
        try:
            self.shared.record(ticket, info)
        except Exception as error:  # whatever it is, the call goes on
            self.health.failed(error)


class AsyncFailover(_FailoverCore):
    """`Failover` for an event loop."""

    def __init__(self, shared: AsyncQuotaAccount, health: Health) -> None:
        super().__init__(health, MemoryAccount())
        self.shared = shared

    async def reserve(self, ticket: int) -> Wait | None:
        if self.health.usable():
            try:
                wait = await self.shared.reserve(ticket)
            except Exception as error:  # whatever it is, the call goes on
                self.health.failed(error)
            else:
                self.health.succeeded()
                return wait
        return self.local_reserve(ticket)

    async def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        if self.local_record(ticket, info) or not self.health.usable():
            return
        try:
            await self.shared.record(ticket, info)
        except Exception as error:  # whatever it is, the call goes on
            self.health.failed(error)


# -- backends -------------------------------------------------------------------------------------


class QuotaBackend(Protocol):
    """Hands out one account per store; one per client (its copies and stores share it)."""

    shown: str
    """Its URL, any password hidden: what logs and reprs show."""

    def account(self, store_hash: str) -> QuotaAccount: ...

    def async_account(self, store_hash: str) -> AsyncQuotaAccount: ...

    def close(self) -> None: ...

    async def aclose(self) -> None: ...


class MemoryBackend:
    """`memory:`: accounts in this process, one per store and client."""

    shown = "memory:"

    def account(self, store_hash: str) -> QuotaAccount:
        return MemoryAccount()

    def async_account(self, store_hash: str) -> AsyncQuotaAccount:
        return AsyncMemoryAccount()

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def open_backend(spec: QuotaSpec) -> QuotaBackend:
    """The backend `spec` names; nothing is connected or created before the first request.

    Raises:
        ConfigurationError: `file:` on a platform without `fcntl`, or `redis://` without the
            `redis` package.
    """
    if spec.kind == "memory":
        return MemoryBackend()
    if spec.kind == "file":
        from ._quota_file import FLOCK, FileBackend

        if not FLOCK:
            raise ConfigurationError(
                f"quota account URL {spec.shown!r}: file: accounts need fcntl.flock, which this "
                "platform lacks (it is POSIX: Linux, macOS, the BSDs); use redis://host:port/db "
                "or memory:"
            )
        return FileBackend(spec.location, spec.shown)
    try:
        from ._quota_redis import RedisBackend
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.partition(".")[0] != "redis":
            raise
        raise ConfigurationError(
            f"quota account URL {spec.shown!r} needs the redis package: "
            "pip install 'bigcommerce-metafields[redis]'"
        ) from None
    return RedisBackend(spec.location, spec.shown)
