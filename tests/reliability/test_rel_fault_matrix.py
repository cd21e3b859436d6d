"""The fault matrix: every operation of every family, sync and async, under every fault.

{list, get, create, update, delete (those the family has)} x {every family of the client} x
{sync, asyncio, trio} x {429 with and without rate-limit headers, 500, 502, 503, 504, 520, read
timeout, connection reset before and after processing, HTML page, empty body, truncated JSON,
wrong content type (each with a 2xx and with a 5xx status)}, each fault injected once (the retry
can succeed) and, for a subset, for good.

Cart and product run whole every time. Of every other family, a run takes a random share of the
cells (BIGCOMMERCE_MATRIX_SAMPLE, default 0.1) drawn with a seed chosen afresh per run unless
BIGCOMMERCE_MATRIX_SEED is set; the seed is printed with the table and in every failure, so a run
can be replayed. `make matrix-full` runs every cell of every family.

Each cell must end in success or in a documented SDK exception, and the fake's final state must be
what the caller was told:
- success: the operation happened exactly as returned (no phantom success, no duplicate create);
- ResponseParseError: a 2xx arrived, so the operation happened (a create exists exactly once);
- ServerError, APIConnectionError, APITimeoutError, RateLimitError: in doubt, so the write
  happened at most once (a create exists 0 or 1 times, an update holds the old or new value);
- any other error: nothing changed.
A read never changes anything, and the other metafield of the resource is never touched.

In process for everything but read timeouts: the in-process transports do not enforce httpx
timeouts (see test_rel_recovery.py), so that row runs over loopback, as does a sample of the rest.
The outcomes are printed as a table at the end of the run (conftest.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import pytest
from relkit import (
    EVERY_RUN,
    FAKE_FAMILY_NAMES,
    FAMILIES,
    FAST,
    KINDS,
    MATRIX,
    OPS,
    PREFIX,
    Family,
    Kind,
    call_documented,
    escaped_outcome,
    make_fake,
    read_timeout,
    run_seed,
    sample_share,
    wait_idle,
)

from bigcommerce_metafields import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIError,
    BigCommerceError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    ServerError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

ATTEMPTS = 1 + FAST.max_retries
IN_DOUBT = (ServerError, APIConnectionError, RateLimitError)
"""Errors after which a write may or may not have happened (APITimeoutError included)."""


@dataclass(frozen=True)
class Fault:
    label: str
    rule: dict[str, Any]
    persistent_error: type[BigCommerceError]
    """The documented error when the fault never goes away."""
    fake: dict[str, Any] = field(default_factory=dict)
    retryable: bool = True
    """Documented as retried (README "Retries"): a single occurrence must end in success."""
    timeout: float | None = None
    loopback_only: bool = False


FAULTS = [
    # Injected 429s show the fake's quota headers; a 20 ms window keeps the asked wait short.
    Fault(
        "429 +headers",
        {"status": 429, "headers": {"X-Retry-After": "0.01"}},
        RateLimitError,
        fake={"window_ms": 20},
    ),
    Fault("429 no headers", {"status": 429}, RateLimitError, fake={"quota": None}),
    *(Fault(str(s), {"status": s}, ServerError) for s in (500, 502, 503, 504, 520)),
    Fault(
        "read timeout",
        {"latency": 0.3},
        APIConnectionError,  # APITimeoutError, checked below
        timeout=0.1,
        loopback_only=True,
    ),
    Fault("reset before", {"drop": "before"}, APIConnectionError),
    Fault("reset after", {"drop": "after"}, APIConnectionError),
    Fault("html 200", {"body": "html"}, ResponseParseError, retryable=False),
    Fault("html 502", {"status": 502, "body": "html"}, ServerError),
    Fault("empty 200", {"body": "empty"}, ResponseParseError, retryable=False),
    Fault("empty 503", {"status": 503, "body": "empty"}, ServerError),
    Fault("truncated 200", {"body": "truncated"}, ResponseParseError, retryable=False),
    Fault("truncated 500", {"status": 500, "body": "truncated"}, ServerError),
    Fault("text/plain 200", {"body": "text"}, ResponseParseError, retryable=False),
    Fault("text/plain 504", {"status": 504, "body": "text"}, ServerError),
]
BY_LABEL = {fault.label: fault for fault in FAULTS}
PERSISTENT = [
    "429 +headers",
    "429 no headers",
    "500",
    "520",
    "read timeout",
    "reset before",
    "reset after",
    "html 200",
    "html 502",
    "truncated 200",
]
LOOPBACK_SAMPLE = [
    "429 +headers",
    "503",
    "reset before",
    "reset after",
    "html 200",
    "truncated 500",
]


@dataclass(frozen=True)
class Cell:
    fault: Fault
    op: str
    kind: Kind
    family: Family
    persistent: bool
    loopback: bool

    @property
    def row(self) -> str:
        return self.fault.label + (" x inf" if self.persistent else "")

    @property
    def id(self) -> str:
        where = "loopback" if self.loopback else "inprocess"
        return f"{self.row}-{self.op}-{self.kind}-{self.family.name}-{where}".replace(" ", "_")


def _family_cells(family: Family, index: int) -> list[Cell]:
    """Every cell of one family. Loopback cells cost real time, so they run in two kinds per
    family, sync and an async one, asyncio and trio taking turns from one family to the next."""
    async_kind: Kind = ("asyncio", "trio")[index % 2]
    sample_kind: Kind = ("sync", "asyncio")[index % 2]
    ops = [op for op in OPS if op in family.ops]
    cells = []
    for persistent, labels in ((False, [f.label for f in FAULTS]), (True, PERSISTENT)):
        for label in labels:
            fault = BY_LABEL[label]
            kinds: tuple[Kind, ...] = KINDS
            if fault.loopback_only:
                kinds = (("sync", async_kind)[index % 2],) if persistent else ("sync", async_kind)
            for op in ops:
                for kind in kinds:
                    cells.append(Cell(fault, op, kind, family, persistent, fault.loopback_only))
                if label in LOOPBACK_SAMPLE and not persistent:
                    cells.append(Cell(fault, op, sample_kind, family, persistent, True))
    if "reset after" in PERSISTENT:
        for op in ops:
            cells.append(Cell(BY_LABEL["reset after"], op, "sync", family, True, True))
    return cells


WHOLE = {family.name: _family_cells(family, n) for n, family in enumerate(FAMILIES)}
"""The whole matrix, family by family (`make matrix-full` runs it all)."""
SEED_ENV, SHARE_ENV = "BIGCOMMERCE_MATRIX_SEED", "BIGCOMMERCE_MATRIX_SAMPLE"
SEED = run_seed(SEED_ENV)
SHARE = sample_share(SHARE_ENV, 0.1)
"""Share of each other family's cells a run covers: 0.1 is ~330 cells, 5-10 s on two cores."""


def _cells() -> list[Cell]:
    """Cart's and product's cells, and `SHARE` of every other family's, drawn with `SEED`.

    The cells that wait for a read timeout (~0.4 s each, 40 times the others) are drawn as one
    pool across the families, the rest family by family: every run then costs about the same,
    and every sampled family gets its share of the cheap cells."""
    rng = random.Random(SEED)
    every_run = [cell for name in EVERY_RUN for cell in WHOLE[name]]
    others = [cells for name, cells in WHOLE.items() if name not in EVERY_RUN]
    pools = [[c for c in cells if not c.fault.loopback_only] for cells in others]
    pools.append([c for cells in others for c in cells if c.fault.loopback_only])
    chosen: set[int] = set()
    for pool in pools:
        count = min(len(pool), max(1, round(len(pool) * SHARE))) if SHARE and pool else 0
        chosen.update(map(id, rng.sample(pool, count)))
    return every_run + [cell for cells in others for cell in cells if id(cell) in chosen]


CELLS = _cells()
REPLAY = f"{SEED_ENV}={SEED} {SHARE_ENV}={SHARE:g}"
MATRIX.planned = {name: len(whole) for name, whole in WHOLE.items()}
MATRIX.sampling = (
    f"{', '.join(EVERY_RUN)} whole; the other families sampled with seed {SEED} at share "
    f"{SHARE:g}: replay with {REPLAY}"
    + (" (every cell)" if SHARE == 1 else " (make matrix-full: every cell)")
)

NEW = {"namespace": "rel", "key": "new", "value": "v-new", "permission_set": "write"}
NEW_DESCRIPTION = "made by the matrix"
UPDATE = {"namespace": "rel", "key": "seed", "value": "v1", "permission_set": "read"}


def _call(op: str, family: Family, metafield_id: int) -> Any:
    def call(client: Any) -> Any:
        resource = family.resource(client)
        where = family.args
        if op == "list":
            return resource.list(*where)
        if op == "get":
            return resource.get(*where, metafield_id)
        if op == "create":
            return resource.create(*where, **NEW, description=NEW_DESCRIPTION)
        if op == "update":
            # Some PUTs take the create schema: send every field (the partial ones accept it too).
            return resource.update(*where, metafield_id, **UPDATE)
        return resource.delete(*where, metafield_id)

    return call


def _target(op: str, family: Family, metafield_id: int) -> tuple[str, str]:
    method = {"list": "GET", "get": "GET", "create": "POST", "update": "PUT", "delete": "DELETE"}
    path = family.collection if op in ("list", "create") else family.item(metafield_id)
    return method[op], path


@pytest.mark.parametrize("cell", CELLS, ids=[c.id for c in CELLS])
def test_fault_matrix(cell: Cell, request: pytest.FixtureRequest) -> None:
    fault, op, family = cell.fault, cell.op, cell.family
    fake = make_fake(**fault.fake)
    seed = family.seed(fake, "seed", "v0")
    family.seed(fake, "other", "w0")
    metafield_id = int(str(seed["id"]))
    before = {str(m["key"]): m for m in family.stored(fake)}
    method, path = _target(op, family, metafield_id)
    fake.faults.add(method=method, path=path, times=None if cell.persistent else 1, **fault.rule)
    base_url = request.getfixturevalue("loopback")(fake) if cell.loopback else None

    result: Any = None
    error: BigCommerceError | None = None
    outcome = "?"
    try:
        result, error = call_documented(
            cell.kind,
            fake,
            _call(op, family, metafield_id),
            base_url=base_url,
            timeout=DEFAULT_TIMEOUT if fault.timeout is None else read_timeout(fault.timeout),
        )
        wait_idle(fake)
        sent = [r for r in fake.requests if (r.method, r.path) == (method, PREFIX + path)]
        lookups = [
            r
            for r in fake.requests
            if r.method == "GET"
            and r.path == PREFIX + family.collection
            and "namespace=" in r.query
        ]
        if error is not None:
            outcome = type(error).__name__
        elif op == "create" and lookups:
            outcome = "ok via lookup"
        else:
            outcome = "ok after retry" if len(sent) > 1 else "ok"

        _check_outcome(cell, error, len(sent), len(lookups))
        _check_state(op, family, fake, before, result, error, metafield_id)
    except BaseException as exc:
        outcome = escaped_outcome(exc, outcome)
        MATRIX.record(cell.row, op, family.name, outcome, passed=False)
        exc.add_note(f"replay: {REPLAY} pytest '{request.node.nodeid}'")
        raise
    MATRIX.record(cell.row, op, family.name, outcome, passed=True)


def _check_outcome(cell: Cell, error: BigCommerceError | None, sent: int, lookups: int) -> None:
    fault = cell.fault
    assert 1 <= sent <= ATTEMPTS, f"{sent} requests for one call (at most {ATTEMPTS})"
    assert lookups <= 2, f"{lookups} lookups settling one create"
    if not cell.persistent:
        if fault.retryable:
            assert error is None, f"one {fault.label} was not retried into a success: {error!r}"
        else:
            assert error is None or isinstance(error, ResponseParseError), repr(error)
        return
    if error is None:
        # A fault that lets the request through (no status) may still end in a success: a
        # create repeated after its write is settled by lookup, a 204 has no body to spoil.
        assert "status" not in fault.rule, f"success through a persistent {fault.label}"
        assert "drop" not in fault.rule
        assert "latency" not in fault.rule
        return
    assert isinstance(error, fault.persistent_error), f"{fault.label} forever: {error!r}"
    if fault.label == "read timeout":
        assert type(error).__name__ == "APITimeoutError", repr(error)
    if isinstance(error, RateLimitError):
        # With the quota headers it says how long to wait; without them, nothing to say.
        assert (error.retry_after is not None) == ("quota" not in fault.fake), error.retry_after
    # The whole retry budget is spent before giving up (a 2xx spoiled forever included).
    assert sent == ATTEMPTS, f"gave up after {sent} of {ATTEMPTS} attempts: {error!r}"


def _check_state(
    op: str,
    family: Family,
    fake: FakeBigCommerce,
    before: dict[str, dict[str, object]],
    result: Any,
    error: BigCommerceError | None,
    metafield_id: int,
) -> None:
    stored = family.stored(fake)
    everything = [mf for name in FAKE_FAMILY_NAMES for mf in fake.metafields(name)]
    assert len(everything) == len(stored), "a metafield appeared on another resource"
    by_key: dict[str, list[dict[str, object]]] = {}
    for mf in stored:
        by_key.setdefault(str(mf["key"]), []).append(mf)
    assert by_key.get("other") == [before["other"]], "the other metafield changed"
    applied = error is None or (
        isinstance(error, ResponseParseError) and 200 <= error.status_code < 300
    )
    in_doubt = isinstance(error, IN_DOUBT)

    if op in ("list", "get"):
        assert {str(m["key"]): m for m in stored} == before, "a read changed the store"
        if error is None and op == "list":
            got = [(str(m.id), m.key, m.value) for m in result.data]
            assert got == [(str(m["id"]), m["key"], m["value"]) for m in stored]
        if error is None and op == "get":
            assert (str(result.data.id), result.data.value) == (str(metafield_id), "v0")
        return

    if op == "create":
        created = by_key.get("new", [])
        assert len(created) <= 1, f"duplicate create: {created}"
        if applied or isinstance(error, ConflictError):
            assert len(created) == 1, f"told {error!r} but nothing was written"
            mf = created[0]
            sent = {**NEW, "description": NEW_DESCRIPTION}
            assert {k: mf[k] for k in sent} == sent
            if error is None:
                assert str(result.data.id) == str(mf["id"])
                assert (result.data.key, result.data.value) == (NEW["key"], NEW["value"])
        elif not in_doubt:
            assert created == [], f"told {error!r} but the create happened"
        return

    seeds = by_key.get("seed", [])
    if op == "update":
        assert len(seeds) == 1
        value = seeds[0]["value"]
        if applied:
            assert value == "v1", f"told {error!r} but the update is not there"
            if error is None:
                assert (str(result.data.id), result.data.value) == (str(metafield_id), "v1")
        elif in_doubt:
            assert value in ("v0", "v1")
        else:
            assert value == "v0", f"told {error!r} but the update happened"
        return

    # delete
    if applied or isinstance(error, NotFoundError):
        assert seeds == [], f"told {error!r} but the metafield is still there"
    elif not in_doubt:
        assert seeds == [before["seed"]], f"told {error!r} but it was deleted"
    if error is not None and not isinstance(error, APIError | APIConnectionError):
        raise AssertionError(f"unexpected error type {error!r}")
