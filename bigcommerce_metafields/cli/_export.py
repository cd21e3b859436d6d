"""`export`: every metafield of the given resources, in the order the resources were given.

Resources are listed in parallel (`--concurrency`, bounded by the client's own in-flight cap and
throttle), a few ahead of the one being written, so output order is the order asked for and
memory stays bounded. A resource that fails is reported and skipped (exit code 5); a resource of
a `--range` that does not exist (404) is skipped silently, since ranges cross gaps in the ids. A
rejected token or an unreachable service stops the run.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from types import FrameType
from typing import Any

import attrs

from .. import APIConnectionError, APIError, AuthenticationError, NotFoundError
from ._family import PathIds, describe
from ._metafields import Metafields
from ._progress import Progress


@attrs.frozen
class Target:
    """A resource to export, and whether it was named (not just part of a range)."""

    ids: PathIds
    named: bool = True


@attrs.define
class ExportResult:
    resources: int = 0
    metafields: int = 0
    missing: int = 0
    failed: list[tuple[PathIds, str]] = attrs.field(factory=list)


def run_export(
    api: Metafields,
    targets: Sequence[Target],
    filters: Mapping[str, Any],
    *,
    concurrency: int,
    progress: Progress,
    write: Callable[[list[dict[str, Any]]], None],
) -> ExportResult:
    """Export `targets`, handing each resource's metafields to `write` in order.

    Raises the first `AuthenticationError` or `APIConnectionError`: the run cannot go on.
    """
    result = ExportResult()
    workers = max(1, concurrency)
    ahead = workers * 2

    def fetch(target: Target) -> list[dict[str, Any]]:
        return list(api.iterate(target.ids, filters))

    pending: deque[tuple[Target, Future[list[dict[str, Any]]]]] = deque()
    remaining = iter(targets)
    with ThreadPoolExecutor(workers) as pool:
        try:
            while True:
                while len(pending) < ahead:
                    target = next(remaining, None)
                    if target is None:
                        break
                    pending.append((target, pool.submit(fetch, target)))
                if not pending:
                    break
                target, future = pending.popleft()
                try:
                    metafields = future.result()
                except NotFoundError as exc:
                    if target.named:
                        result.failed.append((target.ids, str(exc)))
                        _report(progress, api, target, exc)
                    else:
                        result.missing += 1
                    progress.advance()
                    continue
                except (AuthenticationError, APIConnectionError):
                    raise
                except APIError as exc:
                    result.failed.append((target.ids, str(exc)))
                    _report(progress, api, target, exc)
                    progress.advance()
                    continue
                write(metafields)
                result.resources += 1
                result.metafields += len(metafields)
                progress.advance(items=len(metafields))
        finally:
            for _, future in pending:
                future.cancel()
    return result


def _report(progress: Progress, api: Metafields, target: Target, error: Exception) -> None:
    line = " ".join(str(error).split())
    progress.message(f"export: {api.family.name} {describe(target.ids)} failed: {line}")


class InterruptGuard:
    """Ctrl-C as usual, except inside `atomic()` blocks, which it lets finish first.

    So a resource's metafields are written whole or not at all, and the count of what was
    written, kept beside the writes, is exact. Effective only while `installed()` in the main
    thread over Python's default SIGINT handler; elsewhere, a no-op.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._pending = False

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if (
            threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
        ):
            yield
            return
        previous = signal.signal(signal.SIGINT, self._handle)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._depth:
            self._pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if not self._depth and self._pending:
            self._pending = False
            raise KeyboardInterrupt
