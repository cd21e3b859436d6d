"""`export`: every metafield of the given resources, in the order the resources were given.

Through the family's batch listing when it filters by resource (`_bulk`), else a listing per
resource. Reads run in parallel (`--concurrency`, bounded by the client's own in-flight cap and
throttle), a few ahead of the one being written, so output order is the order asked for and
memory stays bounded. A resource that fails is reported and skipped (exit code 5); a resource of
a `--range` that does not exist (404) is skipped silently, since ranges cross gaps in the ids. A
rejected token or an unreachable service stops the run.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import FrameType
from typing import Any

import attrs

from .. import APIConnectionError, APIError, AuthenticationError, NotFoundError
from ._bulk import RESOURCES_PER_READ, in_order, read_by_resource, read_store_wide
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

    Through the family's batch listing, `RESOURCES_PER_READ` resources a request, when it
    filters by resource (`resource_id:in`); else a listing per resource. Raises the first
    `AuthenticationError` or `APIConnectionError`: the run cannot go on.
    """
    result = ExportResult()
    batch = api.family.batch
    if batch is not None and batch.by_resource and api.family.ids:
        chunks = [
            targets[start : start + RESOURCES_PER_READ]
            for start in range(0, len(targets), RESOURCES_PER_READ)
        ]

        def read(chunk: Sequence[Target]) -> dict[PathIds, list[dict[str, Any]]]:
            return read_by_resource(api, [target.ids for target in chunk], filters)

        for chunk, future in in_order(chunks, read, workers=concurrency):
            try:
                found = future.result()
            except (AuthenticationError, APIConnectionError):
                raise
            except APIError as exc:
                for target in chunk:
                    result.failed.append((target.ids, str(exc)))
                    _report(progress, api, target, exc)
                    progress.advance()
                continue
            # A batch listing cannot tell a resource without metafields from a missing one.
            for target in chunk:
                _written(result, progress, write, found[target.ids])
        return result

    def fetch(target: Target) -> list[dict[str, Any]]:
        return list(api.iterate(target.ids, filters))

    for target, per_resource in in_order(targets, fetch, workers=concurrency):
        try:
            metafields = per_resource.result()
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
        _written(result, progress, write, metafields)
    return result


def run_store_wide_export(
    api: Metafields,
    filters: Mapping[str, Any],
    *,
    progress: Progress,
    write: Callable[[list[dict[str, Any]]], None],
) -> ExportResult:
    """Export every metafield of the family in the store through its batch listing, a page of
    250 a request (`--all`)."""
    result = ExportResult()
    resources: set[object] = set()
    for rows in read_store_wide(api, filters, progress):
        write(rows)
        result.metafields += len(rows)
        resources.update(row.get("resource_id") for row in rows)
    result.resources = len(resources)
    return result


def _written(
    result: ExportResult,
    progress: Progress,
    write: Callable[[list[dict[str, Any]]], None],
    metafields: list[dict[str, Any]],
) -> None:
    write(metafields)
    result.resources += 1
    result.metafields += len(metafields)
    progress.advance(items=len(metafields))


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
