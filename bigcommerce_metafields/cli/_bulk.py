"""`export` and `import` through a family's batch operations: many metafields per request.

Under a store's rate quota the per-resource path costs a request per resource on export and two
per record on import (10,000 products: 10,000 listings). Through the batch endpoints:
- export reads `resource_id:in` chunks of the resources asked for (a family whose batch listing
  takes no resource filter is exported per resource, or store-wide with `--all`);
- import looks records up in chunks (the batch listing filtered by their resources, namespaces
  and keys), then creates what is missing and updates what differs in batches. The rule for
  which listed metafield is the record's is `find`'s: exact namespace and key on its resource,
  then this client's own once its API client id is known (learnt from the answers to its
  creates); several candidates left are ambiguous, and the record fails rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import attrs

from .. import APIConnectionError, APIError, AuthenticationError, BatchError, ValidationError
from ._family import PathIds
from ._metafields import Metafields
from ._progress import Progress

RESOURCES_PER_READ = 50
"""Resources named in one batch listing (`resource_id:in`); keeps the URL short."""
RECORDS_PER_LOOKUP = 100
"""Import records looked up together (their resources, namespaces and keys in one listing);
their writes then go out as `batch_size` chunks, concurrently."""

U = TypeVar("U")
R = TypeVar("R")


def in_order(
    units: Iterable[U], fetch: Callable[[U], R], *, workers: int
) -> Iterator[tuple[U, Future[R]]]:
    """`fetch` each unit on `workers` threads, a few ahead, handing back units in their order.

    Memory stays bounded (at most twice `workers` results wait); the units not started when the
    caller stops iterating are never fetched.
    """
    ahead = max(1, workers) * 2
    pending: list[tuple[U, Future[R]]] = []
    remaining = iter(units)
    with ThreadPoolExecutor(max(1, workers)) as pool:
        try:
            while True:
                while len(pending) < ahead and (unit := next(remaining, None)) is not None:
                    pending.append((unit, pool.submit(fetch, unit)))
                if not pending:
                    return
                yield pending.pop(0)
        finally:
            for _, future in pending:
                future.cancel()


# -- export ---------------------------------------------------------------------------------------


def read_by_resource(
    api: Metafields, chunk: Sequence[PathIds], filters: Mapping[str, Any]
) -> dict[PathIds, list[dict[str, Any]]]:
    """Every metafield of the resources `chunk` through one batch listing, by resource.

    BigCommerce's `resource_id` is a resource's last id (a variant's own id), so each listed
    metafield goes to the resource asked for with that last id.
    """
    by_last = {ids[-1]: ids for ids in chunk}
    found: dict[PathIds, list[dict[str, Any]]] = {ids: [] for ids in chunk}
    wanted = {**filters, "resource_id_in": list(by_last)}
    for items, _ in api.batch_pages(wanted):
        for item in items:
            ids = by_last.get(getattr(item, "resource_id", None))  # type: ignore[arg-type]
            if ids is not None:
                found[ids].append(api.json_of(item, ids))
    return found


def read_store_wide(
    api: Metafields, filters: Mapping[str, Any], progress: Progress
) -> Iterator[list[dict[str, Any]]]:
    """Every metafield of the family in the store, a page at a time (the progress counts pages).

    Only for families whose resources are named by one id (or none): the listing names each
    metafield's resource by its last id alone.
    """
    for items, pages in api.batch_pages(filters):
        progress.set_total(pages)
        rows = []
        for item in items:
            resource_id = getattr(item, "resource_id", None)
            ids: PathIds = (resource_id,) if api.family.ids and resource_id is not None else ()
            rows.append(api.json_of(item, ids))
        progress.advance(items=len(rows))
        yield rows


# -- import ---------------------------------------------------------------------------------------


@attrs.define
class Owner:
    """This client's API client id, once an answer to one of its creates has told it."""

    client_id: str | None = None

    def learn(self, created: Iterable[Any]) -> None:
        for metafield in created:
            owner = getattr(metafield, "owner_client_id", None)
            if isinstance(owner, str) and owner:
                self.client_id = owner
                return


@attrs.frozen
class Planned:
    """What a looked-up record comes to: a create, an update of `stored`, or nothing."""

    action: str  # "create", "update", "unchanged", "ambiguous"
    stored: dict[str, Any] | None = None
    changed: tuple[str, ...] = ()


def look_up(
    api: Metafields,
    wanted: Sequence[tuple[PathIds, str, str]],
    owner: Owner,
) -> dict[tuple[PathIds, str, str], list[dict[str, Any]]]:
    """The listed metafields that may be each wanted (resource, namespace, key)'s, by `find`'s
    rule: exact namespace and key on the resource, then this client's if it is known."""
    shape = api.family.batch
    assert shape is not None
    filters: dict[str, Any] = {
        "namespace_in": sorted({namespace for _, namespace, _ in wanted}),
        "key_in": sorted({key for _, _, key in wanted}),
    }
    if shape.by_resource:
        filters["resource_id_in"] = list(dict.fromkeys(ids[-1] for ids, _, _ in wanted))
    by_last = {(ids[-1] if ids else None, ns, key): (ids, ns, key) for ids, ns, key in wanted}
    found: dict[tuple[PathIds, str, str], list[dict[str, Any]]] = {w: [] for w in wanted}
    for items, _ in api.batch_pages(filters):
        for item in items:
            resource_id = getattr(item, "resource_id", None) if api.family.ids else None
            match = by_last.get((resource_id, item.namespace, item.key))
            if match is not None:
                found[match].append(api.json_of(item, match[0]))
    if owner.client_id is not None:
        for match, candidates in found.items():
            ours = [c for c in candidates if c.get("owner_client_id") == owner.client_id]
            if ours or any(c.get("owner_client_id") for c in candidates):
                found[match] = ours
    return found


def failed_items(error: BatchError[Any, Any]) -> dict[int, str]:
    """A batch write's failed items by input index, each with its reason in one line."""
    reasons = {}
    for failure in error.failures:
        if isinstance(failure.error, AuthenticationError):
            raise failure.error  # every further write would be refused too
        cause = failure.error if failure.error is not None else failure.reason
        reasons[failure.index] = " ".join(str(cause).split())
    return reasons


def write_batch(
    send: Callable[[list[Any]], list[Any]], items: list[Any]
) -> tuple[dict[int, Any], dict[int, str]]:
    """Send `items`; what was written and what failed (with why), by input index."""
    if not items:
        return {}, {}
    try:
        written = send(items)
    except BatchError as exc:
        failed = failed_items(exc)
        return dict(zip(exc.succeeded_indices, exc.succeeded, strict=True)), failed
    except (ValidationError, APIError) as exc:
        if isinstance(exc, (AuthenticationError, APIConnectionError)):
            raise
        return {}, dict.fromkeys(range(len(items)), " ".join(str(exc).split()))
    return dict(enumerate(written)), {}
