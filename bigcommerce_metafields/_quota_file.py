"""`file:<directory>`: quota accounts shared by the processes of one machine, standard library only.

Each store's account is a small JSON file, `<directory>/<store_hash>.quota`, read and rewritten
under an exclusive `fcntl.flock` on it (POSIX only: on a platform without `fcntl`, Windows, the URL
is refused when the client is built). The state is `_quota.SharedState`, the time the wall clock
every process of the machine reads. An async client first tries the lock without blocking, on the
event loop: it is held for microseconds, so it is almost always free; when another process holds
it, the whole update runs in a worker thread instead, so the loop never waits on another process
(a thread for every update would cost more than the update). The directory should be on a local
disk: `flock` over NFS is not to be trusted.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from functools import partial
from typing import TypeVar

import anyio.to_thread

from ._quota import AsyncFailover, Failover, Health, SharedState, ticket_name
from ._ratelimit import AsyncQuotaAccount, QuotaAccount, RateLimitInfo, Wait

try:
    import fcntl
except ImportError:  # Windows: no flock; `file:` is refused when the client is built
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")

FLOCK = fcntl is not None
"""Whether this platform can share accounts through files."""


class StoreFile:
    """One store's `SharedState` in `<directory>/<store_hash>.quota`, updated under a lock."""

    def __init__(
        self, directory: str, store_hash: str, clock: Callable[[], float] = time.time
    ) -> None:
        self._directory = directory
        # A store hash is [a-z0-9]{1,64} (`_config`): a safe file name.
        self._path = os.path.join(directory, f"{store_hash}.quota")
        self._clock = clock  # the wall clock: the one every process of the machine reads

    def update(self, change: Callable[[SharedState, float], T], *, blocking: bool = True) -> T:
        """Apply `change` to the stored state under an exclusive lock and store the result.

        Raises:
            BlockingIOError: Not `blocking`, and another process holds the lock.
            OSError: The directory or file cannot be created, locked, read or written.
        """
        assert fcntl is not None  # `open_backend` refuses file: without it
        fd = self._open()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
            state = SharedState.loads(os.pread(fd, os.fstat(fd).st_size, 0))
            result = change(state, self._clock())  # the time read under the lock: in order
            data = state.dumps()
            os.pwrite(fd, data, 0)
            os.ftruncate(fd, len(data))
            return result  # closing the file releases the lock
        finally:
            os.close(fd)

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        try:
            return os.open(self._path, flags, 0o600)
        except FileNotFoundError:
            os.makedirs(self._directory, mode=0o700, exist_ok=True)
            return os.open(self._path, flags, 0o600)


class FileAccount:
    """A store's account in a `StoreFile` (raises what the file raises: `Failover` handles it)."""

    def __init__(self, file: StoreFile) -> None:
        self._file = file

    idle = True  # the account is in the file: nothing is lost here

    def reserve(self, ticket: int) -> Wait | None:
        return self._file.update(partial(_reserve, ticket_name(ticket)))

    def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        self._file.update(partial(_record, ticket_name(ticket), info))


class AsyncFileAccount:
    """`FileAccount` for an event loop: the lock is tried without blocking on the loop, and only
    when another process holds it is the update made in a worker thread (see the module doc)."""

    def __init__(self, file: StoreFile) -> None:
        self._file = file

    idle = True  # the account is in the file: nothing is lost here

    async def reserve(self, ticket: int) -> Wait | None:
        return await self._update(partial(_reserve, ticket_name(ticket)))

    async def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        await self._update(partial(_record, ticket_name(ticket), info))

    async def _update(self, change: Callable[[SharedState, float], T]) -> T:
        try:
            return self._file.update(change, blocking=False)
        except BlockingIOError:
            return await anyio.to_thread.run_sync(self._file.update, change)


def _reserve(ticket: str, state: SharedState, now: float) -> Wait | None:
    return state.reserve(now, ticket)


def _record(ticket: str, info: RateLimitInfo | None, state: SharedState, now: float) -> None:
    state.record(now, ticket, info)


class FileBackend:
    """`file:<directory>`: one file per store, shared by the processes of this machine."""

    def __init__(self, directory: str, shown: str) -> None:
        self.directory = directory
        self.shown = shown
        self._health = Health(shown)

    def account(self, store_hash: str) -> QuotaAccount:
        return Failover(FileAccount(StoreFile(self.directory, store_hash)), self._health)

    def async_account(self, store_hash: str) -> AsyncQuotaAccount:
        return AsyncFailover(AsyncFileAccount(StoreFile(self.directory, store_hash)), self._health)

    def close(self) -> None:
        pass  # nothing stays open between updates

    async def aclose(self) -> None:
        pass
