"""Every store's throttle, for a client and its `for_store` clients.

An app on many stores makes a client per store from one client (`for_store`), perhaps one per
request: each store hash must still get one throttle (its quota account and in-flight cap), the
same for every client of it, from any thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from ._quota import QuotaBackend
from ._ratelimit import AsyncThrottle, Throttle

ThrottleT = TypeVar("ThrottleT", Throttle, AsyncThrottle)

_KEEP_AT_LEAST = 1024
"""Stores whose throttle is kept even when no client holds it, before idle ones are let go."""


class StoreThrottles(Generic[ThrottleT]):
    """The throttle of each store a client and its `for_store` clients call: one per store hash,
    whoever asks and however often (an app may call `for_store` per request), safe from many
    threads or tasks at once.

    A throttle lives while a client holds it (weakly referenced here); a store's last few
    thousand are also kept when none does, so a client made per request finds the account its
    predecessor learnt; past that, those whose account is idle (nothing in flight, its window
    ended) are let go, losing nothing.
    """

    def __init__(self, make: Callable[[str], ThrottleT]) -> None:
        self._make: Callable[[str], ThrottleT] = make
        self._lock = threading.Lock()
        self._live: weakref.WeakValueDictionary[str, ThrottleT] = weakref.WeakValueDictionary()
        self._kept: dict[str, ThrottleT] = {}
        self._limit = _KEEP_AT_LEAST

    def get(self, store_hash: str) -> ThrottleT:
        with self._lock:
            throttle = self._live.get(store_hash)
            if throttle is None:
                throttle = self._live[store_hash] = self._make(store_hash)
            self._kept.pop(store_hash, None)
            self._kept[store_hash] = throttle  # the most recent last
            if len(self._kept) > self._limit:
                self._let_go()
            return throttle

    def __len__(self) -> int:
        return len(self._live)

    def _let_go(self) -> None:
        for store_hash, throttle in list(self._kept.items()):
            if throttle.account.idle:
                del self._kept[store_hash]
        self._limit = max(_KEEP_AT_LEAST, 2 * len(self._kept))  # amortised: not on every call


def sync_throttles(backend: QuotaBackend, max_in_flight: int) -> StoreThrottles[Throttle]:
    return StoreThrottles(lambda store: Throttle(max_in_flight, backend.account(store)))


def async_throttles(backend: QuotaBackend, max_in_flight: int) -> StoreThrottles[AsyncThrottle]:
    return StoreThrottles(lambda store: AsyncThrottle(max_in_flight, backend.async_account(store)))
