"""The fault matrix of the batch operations: `.batch.create/update/delete/list` of every family
under every fault of the single-operation matrix (test_rel_fault_matrix.py), once and for good.

Each write sends 6 items in 3 chunks (`batch_size=2`), so a fault injected once hits one chunk of
three, sent concurrently. Besides the single-operation faults, the batch rows add the whole-chunk
refusals a batch endpoint may answer (400, 413, a 422 not in the batch form): never retried, the
refused chunk's items failed and unwritten, the other chunks written.

The fake's final state must be what the caller was told, item by item:
- every item the call returned (or `BatchError.succeeded` holds) was written exactly once, as
  sent (a create exists once, an update holds the new value, a delete is gone);
- every item is in exactly one of `succeeded` and `failures`;
- a failure after which the service may or may not have written the item (no answer, 5xx, 429,
  or one the SDK marks `in_doubt`: an earlier attempt may have been processed) leaves it written
  at most once; any other failure leaves it unwritten;
- no namespace/key is ever held twice on the resource, and the other metafield is untouched.
A listing changes nothing and, when it succeeds, lists exactly what the store holds.

Cart and product run whole; of the other families a run takes the matrix's share of the cells
with the matrix's seed (BIGCOMMERCE_MATRIX_SAMPLE / BIGCOMMERCE_MATRIX_SEED, printed with the
table); each cell runs with one kind of client, the kinds taking turns (the batch layer is one
mechanism for the three).
"""

from __future__ import annotations

import random
import typing
from dataclasses import dataclass
from typing import Any

import attrs
import pytest
from relkit import (
    EVERY_RUN,
    FAMILIES,
    KINDS,
    MATRIX,
    PREFIX,
    Family,
    Kind,
    call_documented,
    escaped_outcome,
    make_fake,
    read_timeout,
    wait_idle,
)
from test_rel_fault_matrix import FAULTS, IN_DOUBT, PERSISTENT, REPLAY, SEED, SHARE, Fault

from bigcommerce_metafields import (
    DEFAULT_TIMEOUT,
    BadRequestError,
    BatchError,
    BigCommerceError,
    NotFoundError,
    OtherClientError,
    ResponseParseError,
    UnprocessableEntityError,
)
from bigcommerce_metafields.testing import FAMILIES as FAKE_FAMILIES
from bigcommerce_metafields.testing import FakeBigCommerce

ITEMS = 6
BATCH_SIZE = 2
REFUSALS = [
    Fault("400", {"status": 400}, BadRequestError, retryable=False),
    Fault("413", {"status": 413}, OtherClientError, retryable=False),
    Fault("422 whole", {"status": 422}, UnprocessableEntityError, retryable=False),
]
"""Whole-chunk refusals of a batch endpoint: the items of the chunk are not written."""
BATCH_FAULTS = FAULTS + REFUSALS
PARTIAL = ["429 +headers", "503", "reset before", "reset after", "html 200"]
"""Faults also run on a write whose first item the service refuses (the 422 batch form, or a
404 item): the refused item must stay refused, whatever happens to its chunk or the others."""
PARTIAL_OPS = ("create", "update")
BATCH_OPS = ("create", "update", "delete", "list")
BATCH_PATHS = {family.name: family.batch_path for family in FAKE_FAMILIES}


@dataclass(frozen=True)
class Cell:
    fault: Fault
    op: str
    kind: Kind
    family: Family
    persistent: bool
    partial: bool = False

    @property
    def row(self) -> str:
        return (
            self.fault.label
            + (" x inf" if self.persistent else "")
            + (" +item refused" if self.partial else "")
        )

    @property
    def id(self) -> str:
        return f"{self.row}-batch.{self.op}-{self.kind}-{self.family.name}".replace(" ", "_")


def _family_cells(family: Family) -> list[Cell]:
    cells = []
    turn = 0
    for persistent, faults in (
        (False, BATCH_FAULTS),
        (True, [f for f in FAULTS if f.label in PERSISTENT]),
    ):
        for fault in faults:
            for op in BATCH_OPS:
                cells.append(Cell(fault, op, KINDS[turn % len(KINDS)], family, persistent))
                turn += 1
    for fault in (f for f in FAULTS if f.label in PARTIAL):
        for op in PARTIAL_OPS:
            cells.append(Cell(fault, op, KINDS[turn % len(KINDS)], family, False, partial=True))
            turn += 1
    return cells


def _cells() -> list[Cell]:
    """Cart's and product's cells, and `SHARE` of every other family's, drawn with `SEED`."""
    rng = random.Random(f"batch-{SEED}")
    chosen = []
    for family in FAMILIES:
        cells = _family_cells(family)
        if family.name in EVERY_RUN:
            chosen += cells
        elif SHARE:
            count = min(len(cells), max(1, round(len(cells) * SHARE)))
            picked = {id(cell) for cell in rng.sample(cells, count)}
            chosen += [cell for cell in cells if id(cell) in picked]
    return chosen


CELLS = _cells()
for _family in FAMILIES:  # the whole matrix per family counts these cells too
    MATRIX.planned[_family.name] = MATRIX.planned.get(_family.name, 0) + len(_family_cells(_family))


def _item_class(family: Family, op: str) -> Any:
    batch = family.resource(_PROBE).batch
    return typing.get_args(typing.get_type_hints(getattr(batch, op))["items"])[0]


def _create_items(family: Family) -> list[Any]:
    cls = _item_class(family, "create")
    where = {"resource_id": family.args[-1]} if "resource_id" in attrs.fields_dict(cls) else {}
    return [
        cls(namespace="rel", key=f"new{n}", value=f"n{n}", permission_set="write", **where)
        for n in range(ITEMS)
    ]


def _update_items(family: Family, seeded: list[dict[str, Any]]) -> list[Any]:
    cls = _item_class(family, "update")
    as_text = typing.get_type_hints(cls)["id"] is str
    required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING and f.init}
    items = []
    for metafield in seeded:
        raw = str(metafield["id"])
        values: dict[str, Any] = {"id": raw if as_text else int(raw)}
        values["value"] = "v1"
        for name in required - set(values):
            values[name] = metafield[name]
        items.append(cls(**values))
    return items


def _refused_first(op: str, items: list[Any]) -> list[Any]:
    """The items with the first one refused by the service: a create of a key the resource
    holds ("other"), an update of a metafield that does not exist."""
    first = items[0]
    if op == "create":
        first = attrs.evolve(first, key="other")
    else:
        first = attrs.evolve(first, id=type(first.id)(999999))
    return [first, *items[1:]]


def _call(op: str, family: Family, seeded: list[dict[str, Any]], partial: bool) -> Any:
    def call(client: Any) -> Any:
        batch = family.resource(client).batch
        if op == "create":
            items = _create_items(family)
            return batch.create(_refused_first(op, items) if partial else items)
        if op == "update":
            items = _update_items(family, seeded)
            return batch.update(_refused_first(op, items) if partial else items)
        if op == "delete":
            return batch.delete([int(str(m["id"])) for m in seeded])
        return batch.list(namespace="rel", limit=250)

    return call


@pytest.mark.parametrize("cell", CELLS, ids=[c.id for c in CELLS])
def test_batch_fault_matrix(cell: Cell, request: pytest.FixtureRequest) -> None:
    fault, op, family = cell.fault, cell.op, cell.family
    fake = make_fake(**fault.fake)
    seeded = [family.seed(fake, f"seed{n}", "v0") for n in range(ITEMS)]
    family.seed(fake, "other", "w0")
    before = {str(m["key"]): m for m in family.stored(fake)}
    method = {"create": "POST", "update": "PUT", "delete": "DELETE", "list": "GET"}[op]
    path = BATCH_PATHS[family.name]
    fake.faults.add(method=method, path=path, times=None if cell.persistent else 1, **fault.rule)
    loopback = fault.loopback_only
    base_url = request.getfixturevalue("loopback")(fake) if loopback else None

    result: Any = None
    error: BigCommerceError | None = None
    outcome = "?"
    try:
        result, error = call_documented(
            cell.kind,
            fake,
            _call(op, family, seeded, cell.partial),
            base_url=base_url,
            timeout=DEFAULT_TIMEOUT if fault.timeout is None else read_timeout(fault.timeout),
            batch_size=BATCH_SIZE,
        )
        wait_idle(fake)
        sent = [r for r in fake.requests if (r.method, r.path) == (method, PREFIX + path)]
        outcome = _outcome(error, len(sent))
        _check(cell, fake, before, seeded, result, error)
    except BaseException as exc:
        outcome = escaped_outcome(exc, outcome)
        MATRIX.record(cell.row, f"batch.{op}", family.name, outcome, passed=False)
        exc.add_note(f"replay: {REPLAY} pytest '{request.node.nodeid}'")
        raise
    MATRIX.record(cell.row, f"batch.{op}", family.name, outcome, passed=True)


def _outcome(error: BigCommerceError | None, sent: int) -> str:
    if isinstance(error, BatchError):
        return f"BatchError {len(error.succeeded)}/{ITEMS} ok"
    if error is not None:
        return type(error).__name__
    return "ok after retry" if sent > ITEMS // BATCH_SIZE else "ok"


def _applied(failure_error: BigCommerceError) -> bool:
    """A 2xx whose body could not be read: the service did the write."""
    return isinstance(failure_error, ResponseParseError) and 200 <= failure_error.status_code < 300


def _check(
    cell: Cell,
    fake: FakeBigCommerce,
    before: dict[str, dict[str, object]],
    seeded: list[dict[str, Any]],
    result: Any,
    error: BigCommerceError | None,
) -> None:
    op, family = cell.op, cell.family
    stored = family.stored(fake)
    keys = [str(m["key"]) for m in stored]
    assert len(keys) == len(set(keys)), f"a namespace/key held twice: {sorted(keys)}"
    by_key = {str(m["key"]): m for m in stored}
    assert by_key.get("other") == before["other"], "the other metafield changed"
    everywhere = sum(len(fake.metafields(f.name)) for f in FAKE_FAMILIES)
    assert everywhere == len(stored), "a metafield appeared on another resource"

    if op == "list":
        assert by_key == before, "a listing changed the store"
        assert error is None or not isinstance(error, BatchError), repr(error)
        if error is None:
            listed = sorted(str(m.id) for m in result.data)
            assert listed == sorted(str(m["id"]) for m in stored)
        elif not cell.persistent and cell.fault.retryable:
            raise AssertionError(
                f"one {cell.fault.label} was not retried into a success: {error!r}"
            )
        return

    # A write answers with every item written, or raises BatchError accounting for each.
    if error is not None and not isinstance(error, BatchError):
        raise AssertionError(f"a batch write raised {error!r}, not BatchError")
    if isinstance(error, BatchError):
        failed = {f.index: f for f in error.failures}
        ok = set(error.succeeded_indices)
        assert not ok & set(failed), "an item both succeeded and failed"
        assert ok | set(failed) == set(range(ITEMS)), "an item is unaccounted for"
        if not cell.persistent and cell.fault.retryable and cell.partial:
            assert set(failed) == {0}, f"one {cell.fault.label} was not retried: {error!r}"
        elif not cell.persistent and cell.fault.retryable:
            raise AssertionError(
                f"one {cell.fault.label} was not retried into a success: {error!r}"
            )
        if cell.fault in REFUSALS:  # the one chunk refused, its items not in doubt
            assert len(failed) == BATCH_SIZE, sorted(failed)
            assert not any(f.in_doubt for f in failed.values()), "a refused chunk marked in doubt"
    else:
        failed, ok = {}, set(range(ITEMS))
    if cell.fault in REFUSALS and op != "list":
        assert error is not None, f"a {cell.fault.label} on a chunk was not reported"

    if cell.partial:
        # It may be in doubt (after a lost answer); the final state shows it unwritten below.
        assert 0 in failed, "an item the service refuses was reported written"
    for index in range(ITEMS):
        failure = failed.get(index)
        written_for_sure = failure is None or _applied(failure.error)
        in_doubt = failure is not None and (failure.in_doubt or isinstance(failure.error, IN_DOUBT))
        if op == "create":
            there = by_key.get(f"new{index}")
            if written_for_sure:
                assert there is not None, f"item {index}: told written, but it is not there"
                assert (there["value"], there["permission_set"]) == (f"n{index}", "write")
            elif not in_doubt:
                assert there is None, f"item {index}: told {failure!r}, but it was written"
        elif op == "update":
            value = by_key[f"seed{index}"]["value"]
            if written_for_sure:
                assert value == "v1", f"item {index}: told updated, but it holds {value}"
            elif in_doubt:
                assert value in ("v0", "v1")
            else:
                assert value == "v0", f"item {index}: told {failure!r}, but it was updated"
        else:  # delete
            there = by_key.get(f"seed{index}")
            gone_for_sure = written_for_sure or (
                failure is not None and isinstance(failure.error, NotFoundError)
            )
            if gone_for_sure:
                assert there is None, f"item {index}: told deleted, but it is still there"
            elif not in_doubt:
                assert there == before[f"seed{index}"], f"item {index}: told {failure!r}, but gone"
    if error is None and op != "delete":
        returned = list(result)
        assert len(returned) == ITEMS, "an item missing from the answer"
        for index, metafield in enumerate(returned):
            key = f"new{index}" if op == "create" else f"seed{index}"
            assert str(metafield.id) == str(by_key[key]["id"]), (
                f"item {index} answered out of order"
            )


def _probe_client() -> Any:
    from bigcommerce_metafields import MetafieldsClient

    return MetafieldsClient("probe", "probe")


_PROBE = _probe_client()
