"""`import`: upsert metafield records by namespace and key, and keep every failure.

Each record is checked as the SDK checks a create (nothing is sent for a bad one), then its
resource is listed with the record's namespace and key as filters: absent, the metafield is
created; present and different, the differing fields are updated; present and the same, nothing
is written. Records of one resource run in file order on one worker (so a file may set the same
key twice), different resources run in parallel, and reports come out in file order.

A failed record goes to the failures file as read, plus an `error` field: fix it and import that
file again. A rejected token (401) or an unreachable service stops the run; the records not yet
tried go to the failures file too, marked "not attempted", so nothing is lost.
"""

from __future__ import annotations

import collections
import queue
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

import attrs

from .. import (
    UNSET,
    AmbiguousMetafieldError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    BigCommerceError,
    MetafieldCreate,
    ValidationError,
    validate,
)
from ._bulk import RECORDS_PER_LOOKUP, Owner, look_up, write_batch
from ._family import BadResourceIdError, Family, IdPart, PathIds, families
from ._io import SourceRecord
from ._metafields import Metafields
from ._progress import Progress

Action = Literal[
    "created", "updated", "unchanged", "would_create", "would_update", "failed", "not_attempted"
]
COMPARED_FIELDS = ("value", "permission_set", "description")
"""What makes a stored metafield "the same" as a record with its namespace and key."""


@attrs.frozen
class Record:
    """A checked import record."""

    source: SourceRecord
    family: Family
    ids: PathIds
    namespace: str
    key: str
    value: str
    permission_set: str
    description: str | None
    """None when the record does not say: the stored description is then left alone."""

    def fields(self) -> dict[str, Any]:
        sent = {
            "namespace": self.namespace,
            "key": self.key,
            "value": self.value,
            "permission_set": self.permission_set,
        }
        if self.description is not None:
            sent["description"] = self.description
        return sent


@attrs.frozen
class Outcome:
    """What happened to one record."""

    source: SourceRecord
    action: Action
    family: Family | None = None
    ids: PathIds | None = None
    metafield_id: int | str | None = None
    changed: tuple[str, ...] = ()
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.action in ("failed", "not_attempted")

    def report(self) -> dict[str, Any]:
        """The line written to stdout for this record."""
        fields = self.source.fields
        line: dict[str, Any] = {"line": self.source.line}
        line["resource_type"] = self.family.name if self.family else fields.get("resource_type")
        if self.family is not None and self.ids is not None:
            line.update(self.family.id_fields(self.ids))
        else:  # the ids as read, whatever they are
            names = self.family.id_names if self.family else ()
            line.update((name, fields.get(name)) for name in (*names, "resource_id"))
        line["namespace"] = fields.get("namespace")
        line["key"] = fields.get("key")
        line["action"] = self.action
        if self.metafield_id is not None:
            line["id"] = self.metafield_id
        if self.changed:
            line["changed"] = list(self.changed)
        if self.error is not None:
            line["error"] = self.error
        return {name: value for name, value in line.items() if value is not None}

    def failure(self) -> dict[str, Any]:
        """The record as read, plus why it failed: a line of the failures file."""
        return {**self.source.fields, "error": self.error or self.action}


class FatalError(Exception):
    """An error that every further record would hit too: stop the run."""

    def __init__(self, cause: BigCommerceError) -> None:
        self.cause = cause
        super().__init__(str(cause))


def record_ids(family: Family, fields: Mapping[str, Any]) -> PathIds:
    """A record's resource ids, each in the field of its name (`product_id`, `variant_id`).

    A family with one id also takes it as `resource_id`, BigCommerce's name for it (and the only
    one in files exported before the ids came by name); given both ways, they must agree.
    """
    ids: list[int | str] = []
    missing: list[str] = []
    alias = fields.get("resource_id") if len(family.ids) == 1 else None
    for part in family.ids:
        value = fields.get(part.name)
        if _given(value):
            ids.append(_parse(part, part.name, value))
            if _given(alias) and _parse(part, "resource_id", alias) != ids[-1]:
                raise BadResourceIdError(f"{part.name} {value!r} and resource_id {alias!r} differ")
        elif _given(alias):
            ids.append(_parse(part, "resource_id", alias))
        else:
            missing.append(part.name + (" (or resource_id)" if len(family.ids) == 1 else ""))
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise BadResourceIdError(f"{' and '.join(missing)} {verb} required")
    return tuple(ids)


def _given(value: object) -> bool:
    return value not in (None, "")


def _parse(part: IdPart, name: str, value: object) -> int | str:
    try:
        return part.parse(value)
    except BadResourceIdError as exc:
        raise BadResourceIdError(f"{name}: {exc}") from None


def check(source: SourceRecord, default: Family, known: Mapping[str, Family]) -> Record | Outcome:
    """The record, checked as a create would be, or the failed outcome saying why.

    `known` are the families by name: a record of another family than `default` says so in its
    `resource_type`.
    """
    if source.problem is not None:
        return Outcome(source, "failed", error=source.problem)
    fields = source.fields
    kind = fields.get("resource_type") or default.name
    family = known.get(kind) if isinstance(kind, str) else None
    if family is None:
        return Outcome(
            source,
            "failed",
            error=f"resource_type must be one of {', '.join(known)}, not {kind!r}",
        )
    if "import" not in family.commands:
        return Outcome(
            source,
            "failed",
            family,
            error=f"{family.name} metafields cannot be imported: the SDK cannot list and "
            f"create them",
        )
    try:
        ids = record_ids(family, fields)
    except BadResourceIdError as exc:
        return Outcome(source, "failed", family, error=str(exc))
    description = fields.get("description")
    wanted = {name: fields.get(name, UNSET) for name in ("namespace", "key", "value")}
    wanted["permission_set"] = fields.get("permission_set", UNSET)
    if description is not None:
        wanted["description"] = description
    try:
        validate(MetafieldCreate, **wanted)
    except ValidationError as exc:
        details = "; ".join(f"{name}: {rule}" for name, rule in exc.errors.items())
        return Outcome(source, "failed", family, ids, error=f"invalid record ({details})")
    return Record(
        source=source,
        family=family,
        ids=ids,
        namespace=fields["namespace"],
        key=fields["key"],
        value=fields["value"],
        permission_set=fields["permission_set"],
        description=description,
    )


def upsert(api: Metafields, record: Record, *, dry_run: bool) -> Outcome:
    """Create, update or leave the record's metafield; raises `FatalError` for run-wide errors."""
    try:
        return _upsert(api, record, dry_run=dry_run)
    except (AuthenticationError, APIConnectionError) as exc:
        raise FatalError(exc) from exc
    except (APIError, ValidationError) as exc:
        return _failed(record, str(exc))


def _upsert(api: Metafields, record: Record, *, dry_run: bool) -> Outcome:
    try:
        stored = api.find(record.ids, record.namespace, record.key)
    except AmbiguousMetafieldError as exc:
        return _failed(record, f"{exc} (other API clients own some: cannot tell which to update)")
    wanted = record.fields()
    if stored is None:
        if dry_run:
            return _done(record, "would_create")
        created = api.create(record.ids, wanted)
        return _done(record, "created", created.get("id"))
    changed = _differences(record, stored)
    if not changed:
        return _done(record, "unchanged", stored.get("id"))
    if dry_run:
        return _done(record, "would_update", stored.get("id"), changed)
    changes = {name: wanted[name] for name in changed}
    metafield_id = record.family.metafield_id.parse(stored["id"])
    updated = api.update(record.ids, metafield_id, changes, current=stored)
    return _done(record, "updated", updated.get("id"), changed)


def _differences(record: Record, stored: dict[str, Any]) -> tuple[str, ...]:
    wanted = record.fields()
    changed = []
    for name in COMPARED_FIELDS:
        if name not in wanted:
            continue
        have = stored.get(name)
        if name == "description":
            have = have or ""  # the service stores an absent description as "" (or null)
        if have != wanted[name]:
            changed.append(name)
    return tuple(changed)


def _done(
    record: Record, action: Action, metafield_id: Any = None, changed: Sequence[str] = ()
) -> Outcome:
    return Outcome(
        record.source,
        action,
        record.family,
        record.ids,
        metafield_id,
        tuple(changed),
    )


def _failed(record: Record, error: str) -> Outcome:
    return Outcome(record.source, "failed", record.family, record.ids, error=error)


@attrs.define
class ImportResult:
    outcomes: list[Outcome]
    fatal: FatalError | None = None
    interrupted: bool = False

    def count(self, *actions: Action) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action in actions)

    @property
    def failures(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.failed]


def run_import(
    api: Metafields,
    sources: Sequence[SourceRecord],
    *,
    dry_run: bool,
    concurrency: int,
    progress: Progress,
    emit: Callable[[Outcome], None],
) -> ImportResult:
    """Import every record; `emit` gets each outcome in file order as soon as it is known."""
    known = families()
    checked = [check(source, api.family, known) for source in sources]
    groups: dict[tuple[str, PathIds], list[int]] = {}
    for index, item in enumerate(checked):
        if isinstance(item, Record):
            groups.setdefault((item.family.name, item.ids), []).append(index)
    apis = {name: api.of(family) for name, family in known.items()}
    stop = threading.Event()
    fatal: list[FatalError] = []
    results: queue.Queue[tuple[int, Outcome]] = queue.Queue()

    def work(indexes: list[int]) -> None:
        for index in indexes:
            record = checked[index]
            assert isinstance(record, Record)
            if stop.is_set():
                reason = f"stopped after: {fatal[0]}" if fatal else "interrupted"
                outcome = _not_attempted(record, reason)
            else:
                try:
                    outcome = upsert(apis[record.family.name], record, dry_run=dry_run)
                except FatalError as exc:
                    fatal.append(exc)
                    stop.set()
                    outcome = _failed(record, str(exc))
            results.put((index, outcome))

    outcomes: dict[int, Outcome] = {}
    emitted = 0
    interrupted = False

    def collect(index: int, outcome: Outcome) -> None:
        nonlocal emitted
        outcomes[index] = outcome
        progress.advance()
        while emitted in outcomes:
            emit(outcomes[emitted])
            emitted += 1

    for index, item in enumerate(checked):
        if isinstance(item, Outcome):
            results.put((index, item))
    batched = [ids for (name, _), ids in groups.items() if known[name].batch is not None]
    by_record = [ids for (name, _), ids in groups.items() if known[name].batch is None]
    if batched:
        indexes = sorted(index for group in batched for index in group)
        records = [(index, checked[index]) for index in indexes]
        owner = Owner()
        try:
            for index, outcome in upsert_in_batches(
                apis, records, dry_run=dry_run, owner=owner, stop=stop
            ):
                collect(index, outcome)
        except KeyboardInterrupt:
            interrupted = True
            stop.set()
        except FatalError as exc:
            fatal.append(exc)
            stop.set()
        for index, record in records:  # what the run did not get to (stopped)
            if index not in outcomes:
                assert isinstance(record, Record)
                reason = f"stopped after: {fatal[0]}" if fatal else "interrupted"
                collect(index, _not_attempted(record, reason))
    with ThreadPoolExecutor(max(1, min(concurrency, len(by_record) or 1))) as pool:
        for indexes in by_record:
            pool.submit(work, indexes)
        while len(outcomes) < len(checked):
            # Ctrl-C: the workers finish the request in hand and mark the rest not attempted.
            try:
                collect(*results.get(timeout=0.2))
            except queue.Empty:
                continue
            except KeyboardInterrupt:
                interrupted = True
                stop.set()
    return ImportResult(
        [outcomes[i] for i in range(len(checked))],
        fatal[0] if fatal else None,
        interrupted,
    )


def _not_attempted(record: Record, reason: str) -> Outcome:
    return Outcome(
        record.source,
        "not_attempted",
        record.family,
        record.ids,
        error=f"not attempted: {reason}",
    )


# -- through the batch operations -----------------------------------------------------------------


def upsert_in_batches(
    apis: Mapping[str, Metafields],
    records: Sequence[tuple[int, Record | Outcome]],
    *,
    dry_run: bool,
    owner: Owner,
    stop: threading.Event,
) -> Iterator[tuple[int, Outcome]]:
    """Upsert `records` (of families with batch operations) a lookup chunk at a time.

    The k-th record of one metafield (resource, namespace, key) goes in round k: a batch never
    names a metafield twice, and a file setting a key twice ends with its last value, as one
    record at a time would. Raises `FatalError` for run-wide errors, after which the records not
    yet answered for are the caller's to report.
    """
    rounds: list[dict[str, list[tuple[int, Record]]]] = []
    seen: collections.Counter[tuple[str, PathIds, str, str]] = collections.Counter()
    for index, record in records:
        assert isinstance(record, Record)
        name = record.family.name
        which = (name, record.ids, record.namespace, record.key)
        if len(rounds) <= seen[which]:
            rounds.append({})
        rounds[seen[which]].setdefault(name, []).append((index, record))
        seen[which] += 1
    for families_of_round in rounds:
        for name, entries in families_of_round.items():
            for start in range(0, len(entries), RECORDS_PER_LOOKUP):
                if stop.is_set():
                    return
                chunk = entries[start : start + RECORDS_PER_LOOKUP]
                try:
                    done = _upsert_chunk(apis[name], chunk, dry_run=dry_run, owner=owner)
                except KeyboardInterrupt:
                    # Its writes may have landed: say so (importing again is safe, an upsert).
                    for index, record in chunk:
                        yield (
                            index,
                            _failed(
                                record,
                                "interrupted while being written: it may "
                                "have been written; importing again is safe",
                            ),
                        )
                    raise
                yield from done


def _upsert_chunk(
    api: Metafields, chunk: Sequence[tuple[int, Record]], *, dry_run: bool, owner: Owner
) -> list[tuple[int, Outcome]]:
    shape = api.family.batch
    assert shape is not None
    try:
        found = look_up(api, [(r.ids, r.namespace, r.key) for _, r in chunk], owner)
    except (AuthenticationError, APIConnectionError) as exc:
        raise FatalError(exc) from exc
    except (APIError, ValidationError) as exc:
        return [(index, _failed(record, f"lookup failed: {exc}")) for index, record in chunk]
    outcomes: dict[int, Outcome] = {}
    creates: list[tuple[int, Record]] = []
    updates: list[tuple[int, Record, dict[str, Any], tuple[str, ...]]] = []
    for index, record in chunk:
        candidates = found[(record.ids, record.namespace, record.key)]
        if len(candidates) > 1:
            outcomes[index] = _failed(
                record,
                f"{len(candidates)} metafields with namespace {record.namespace!r} and key "
                f"{record.key!r} (other API clients own some: cannot tell which to update)",
            )
        elif not candidates:
            if dry_run:
                outcomes[index] = _done(record, "would_create")
            else:
                creates.append((index, record))
        elif not (changed := _differences(record, candidates[0])):
            outcomes[index] = _done(record, "unchanged", candidates[0].get("id"))
        elif dry_run:
            outcomes[index] = _done(record, "would_update", candidates[0].get("id"), changed)
        else:
            updates.append((index, record, candidates[0], changed))
    try:
        created, refused = write_batch(
            lambda items: api.batch_create([r.ids for _, r in creates], items),
            [shape.create(record.ids, record.fields()) for _, record in creates],
        )
        owner.learn(created.values())
        for n, (index, record) in enumerate(creates):
            outcomes[index] = (
                _done(record, "created", created[n].id)
                if n in created
                else _failed(record, refused.get(n, "no answer for it"))
            )
        changes = [
            shape.update(stored["id"], {name: record.fields()[name] for name in changed}, stored)
            for _, record, stored, changed in updates
        ]
        updated, refused = write_batch(api.batch_update, changes)
    except (AuthenticationError, APIConnectionError) as exc:
        raise FatalError(exc) from exc
    for n, (index, record, stored, changed) in enumerate(updates):
        outcomes[index] = (
            _done(record, "updated", stored.get("id"), changed)
            if n in updated
            else _failed(record, refused.get(n, "no answer for it"))
        )
    return [(index, outcomes[index]) for index, _ in chunk]
