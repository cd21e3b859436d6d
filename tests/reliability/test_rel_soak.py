"""Concurrency soak: thousands of mixed operations from many asyncio tasks (one async client) and
a thread pool (one sync client), at once, against the fake on loopback, with seeded random faults
and a tight store quota shared by both clients.

Each lane (a task or a thread) owns one resource and works on it alone, one call at a time:
carts and products taking turns, and one lane of each kind on each of a seeded sample of the other
families (all of them at larger scales). The store family is one resource, so its lanes share it,
each with keys of its own; as the SDK cannot create store metafields (a batch endpoint), a store
lane seeds them through the fake. The faults a lane injects match only its own paths (its
resource's, or its own metafield's) and the method of the call it is about to make, so they are
used by that call (or a later one of the same lane). What each call reported is turned into the
set of values the metafield may now hold (None: absent):

- create: success -> exactly {value} with the returned id; ResponseParseError (a 2xx) or
  ConflictError (the key exists: no one else writes a lane's keys) -> {value};
  ServerError / APIConnectionError / RateLimitError (in doubt) -> {absent, value};
- update: success or a 2xx ResponseParseError -> {new}; in doubt -> previous values + {new};
  NotFoundError -> {absent};
- delete: success -> {absent}; in doubt -> previous values + {absent};
- get / list(key=...) check what they read against that set, and narrow it to what they read.

No timeouts on writes (a timed-out write is still processed later, which no client can report);
gets do time out. At the end the fake must hold, per key, at most one metafield, whose value is in
the set, with the reported id; no key that no lane created; no request in flight; no file
descriptor, thread or asyncio task left over; no ResourceWarning.

`BIGCOMMERCE_SOAK_SCALE=full` runs 10x the operations on every family (`make soak`). The lanes'
random streams and the family sample come from BIGCOMMERCE_SOAK_SEED, drawn afresh per run unless
set; it is printed with the figures and in a failure, to replay the run (the schedule of threads
and tasks is the machine's, so a replay repeats the calls, not their interleaving).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import os
import random
import threading
import time
import typing
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import anyio
import attrs
import httpx
import pytest
from relkit import (
    CART,
    FAKE_FAMILY_NAMES,
    OTHERS,
    PRODUCT,
    SOAK,
    STORE,
    TOKEN,
    Family,
    make_fake,
    read_timeout,
    run_seed,
    soak_scale,
)

from bigcommerce_metafields import (
    APIConnectionError,
    AsyncMetafieldsClient,
    BadRequestError,
    BatchError,
    BigCommerceError,
    ConflictError,
    MetafieldsClient,
    NotFoundError,
    OtherClientError,
    RateLimitError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
)
from bigcommerce_metafields.testing import FAMILIES as FAKE_FAMILIES_TABLE
from bigcommerce_metafields.testing import FakeBigCommerce, serve

SCALE = soak_scale()
SCALE_ENV = "BIGCOMMERCE_SOAK_SCALE"
ASYNC_LANES = 48
SYNC_LANES = 12
ASYNC_OPS = 1_600 * SCALE
SYNC_OPS = 800 * SCALE
QUOTA, WINDOW_MS = 45, 300  # 150 requests/s for the store, shared by both clients
SEED_ENV = "BIGCOMMERCE_SOAK_SEED"
SEED = run_seed(SEED_ENV)
SAMPLED = len(OTHERS) if SCALE > 1 else min(3, len(OTHERS))
"""Families beyond cart and product that get lanes: a seeded sample in CI, all at larger scales.
Each costs about a second (the quota is the bottleneck)."""
POLICY = RetryPolicy(max_retries=3, initial_backoff=0.005, max_backoff=0.05, max_rate_limit_wait=5)
GET_TIMEOUT = read_timeout(0.15)
BATCH_SHARE = 0.1
"""Of a lane's calls, the share that are batch writes (a few of its metafields at once)."""
BATCH_FAMILIES = {f"{family.name}_metafields": family.batch_path for family in FAKE_FAMILIES_TABLE}
"""The families with batch endpoints, by client attribute, and the batch path faults match."""
IN_DOUBT = (ServerError, APIConnectionError, RateLimitError)
ABSENT = None

pytestmark = [pytest.mark.soak, pytest.mark.timeout(1_800 if SCALE > 1 else 120)]


@dataclass
class Key:
    name: str
    possible: set[str | None]
    id: int | None = None


@dataclass
class Step:
    op: str
    key: Key | None
    value: str | None = None
    timeout: httpx.Timeout | None = None
    items: list[tuple[Key, str | None]] = field(default_factory=list)
    """A batch write's keys, each with the value it writes (None for a delete)."""


@dataclass
class Lane:
    """One task's or thread's resource and what its calls reported."""

    name: str
    family: Family
    fake: FakeBigCommerce
    rng: random.Random
    keys: list[Key] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    violations: list[str] = field(default_factory=list)
    timeouts: int = 0

    # -- choosing the next call ------------------------------------------------------------------

    def next_step(self) -> Step:
        rng = self.rng
        ops = self.family.ops
        known = [k for k in self.keys if k.id is not None and k.possible != {ABSENT}]
        unresolved = [k for k in self.keys if k.id is None and len(k.possible) > 1]
        if rng.random() < BATCH_SHARE and self.family.attr in BATCH_FAMILIES:
            step = self._batch_step(known)
        elif unresolved and "list" in ops and rng.random() < 0.7:
            step = Step("list", rng.choice(unresolved))
        elif "create" in ops and (not known or rng.random() < 0.3):
            key = Key(self._new_key(), {ABSENT})
            self.keys.append(key)
            step = Step("create", key, self._value())
        else:
            key = rng.choice(known) if known else self._seed_key()
            weights = {"get": 4, "update": 4, "delete": 1, "list": 1}
            choices = [op for op in weights if op in ops]
            op = rng.choices(choices, [weights[op] for op in choices])[0]
            step = Step(op, key, self._value() if op == "update" else None)
        self._maybe_fault(step)
        return step

    def _batch_step(self, known: list[Key]) -> Step:
        """A batch write of a few of the lane's metafields: new ones, or known ones to update
        or delete (sent with `batch_size=2`, so in chunks)."""
        rng = self.rng
        op = (
            rng.choice(["batch create", "batch update", "batch delete"])
            if known
            else "batch create"
        )
        if op == "batch create":
            keys = []
            for _ in range(rng.randint(1, 3)):
                keys.append(Key(self._new_key(), {ABSENT}))
                self.keys.append(keys[-1])
            step = Step(op, keys[0], items=[(key, self._value()) for key in keys])
        else:
            chosen = rng.sample(known, min(len(known), rng.randint(1, 3)))
            values = [self._value() if op == "batch update" else None for _ in chosen]
            step = Step(op, chosen[0], items=list(zip(chosen, values, strict=True)))
        self._maybe_fault(step)
        return step

    def _new_key(self) -> str:
        return f"{self.name}-k{len(self.keys)}"

    def _seed_key(self) -> Key:
        """A metafield for a family the SDK cannot create on (the store: its create is a batch
        endpoint), put in place through the fake as another app would."""
        value = self._value()
        seeded = self.family.seed(
            self.fake, self._new_key(), value, namespace="soak", permission_set="write"
        )
        key = Key(str(seeded["key"]), {value}, int(str(seeded["id"])))
        self.keys.append(key)
        return key

    def _value(self) -> str:
        alphabet = 'abcxyz0129 \r\n\t"\\{}[]é中😀\x00'
        n = self.rng.choice([1, 5, 40, 300, 4000])
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def _maybe_fault(self, step: Step) -> None:
        rng = self.rng
        if rng.random() >= 0.25:
            return
        method = {
            "list": "GET",
            "get": "GET",
            "create": "POST",
            "update": "PUT",
            "delete": "DELETE",
        }
        method |= {f"batch {op}": verb for op, verb in method.items()}
        item = step.op in ("get", "update", "delete")
        assert step.key is not None
        path = self.family.item(step.key.id) if item else self.family.collection
        if step.op.startswith("batch"):
            # Every lane of the family shares this path: another lane's call may meet the
            # fault instead, which only makes its outcome another that it must report truly.
            path = BATCH_FAMILIES[self.family.attr]
        kinds = ["429", "500", "502", "503", "504", "520", "reset before", "reset after"]
        kinds += ["html 200", "empty 200", "truncated 200", "html 502", "truncated 503", "slow"]
        if step.op == "get":
            kinds.append("read timeout")
        if step.op.startswith("batch"):
            kinds += ["400", "413", "422"]  # a chunk refused whole, its items unwritten
        kind = rng.choice(kinds)
        # A list shares its path with the lookup that settles creates: one use only.
        times = 1 if step.op in ("list", "batch create") else rng.choices([1, 2, 4], [7, 2, 1])[0]
        rule: dict[str, Any] = {}
        if kind.isdigit():
            rule["status"] = int(kind)
        elif kind.startswith("reset"):
            rule["drop"] = kind.split()[1]
        elif kind == "slow":
            rule["latency"] = (0.005, 0.05)
        elif kind == "read timeout":
            rule["latency"] = 0.4
            step.timeout = GET_TIMEOUT
            self.timeouts += times
        else:
            body, status = kind.split()
            rule["body"] = body
            if status != "200":
                rule["status"] = int(status)
        self.fake.faults.add(method=method[step.op], path=path, times=times, **rule)
        self.faults[kind] += 1

    # -- the call --------------------------------------------------------------------------------

    def invoke(self, step: Step, client: Any) -> Any:
        resource = self.family.resource(client)
        where = self.family.args
        key = step.key
        assert key is not None
        if step.op.startswith("batch"):
            return self._invoke_batch(step, resource.batch)
        if step.op == "create":
            return resource.create(
                *where, namespace="soak", key=key.name, value=step.value, permission_set="write"
            )
        if step.op == "list":
            return resource.list(*where, key=key.name, namespace="soak")
        assert key.id is not None
        if step.op == "get":
            options = {} if step.timeout is None else {"timeout": step.timeout}
            return resource.get(*where, key.id, **options)
        if step.op == "update":
            fields = {"namespace": "soak", "key": key.name, "permission_set": "write"}
            return resource.update(*where, key.id, value=step.value, **fields)
        return resource.delete(*where, key.id)

    def _invoke_batch(self, step: Step, batch: Any) -> Any:
        op = step.op.removeprefix("batch ")
        if op == "delete":
            return batch.delete([key.id for key, _ in step.items], batch_size=2)
        cls = typing.get_args(typing.get_type_hints(getattr(batch, op))["items"])[0]
        fields = attrs.fields_dict(cls)
        items = []
        for key, value in step.items:
            sent: dict[str, Any] = {"namespace": "soak", "key": key.name, "value": value}
            sent["permission_set"] = "write"
            if op == "create" and "resource_id" in fields:
                sent["resource_id"] = self.family.args[-1]
            if op == "update":
                as_text = typing.get_type_hints(cls)["id"] is str
                sent["id"] = str(key.id) if as_text else key.id
            items.append(cls(**sent))
        return getattr(batch, op)(items, batch_size=2)

    def _settle_batch(self, step: Step, result: Any, error: BaseException | None) -> None:
        """Each item as one call of its kind would settle it: the succeeded ones as a success,
        each failure by its own error."""
        op = step.op.removeprefix("batch ")
        failures = {f.index: f for f in error.failures} if isinstance(error, BatchError) else {}
        if error is not None and not isinstance(error, BatchError):
            self._violate(step, f"a batch write raised {error!r}, not BatchError")
            return
        written = list(result) if error is None and result is not None else []
        if isinstance(error, BatchError):
            written_at = dict(zip(error.succeeded_indices, error.succeeded, strict=True))
        else:
            written_at = dict(enumerate(written))
        for index, (key, value) in enumerate(step.items):
            failure = failures.get(index)
            single = Step(op, key, value)
            if failure is None:
                if op == "delete":
                    key.possible = {ABSENT}
                else:
                    model = written_at.get(index)
                    self._expect(single, model is not None, "an item neither written nor failed")
                    key.possible = {value}
                    if model is not None:
                        key.id = int(str(model.id))
                        self._expect(single, model.value == value, "batch echoed another value")
            elif failure.in_doubt:  # an earlier attempt may have done it
                key.possible = key.possible | {ABSENT if op == "delete" else value}
            elif _refused_whole(failure.error):
                pass  # nothing written: the final state must still be one of `possible`
            else:
                self.settle(single, None, failure.error, count=False)

    # -- what the outcome implies ----------------------------------------------------------------

    def settle(
        self, step: Step, result: Any, error: BaseException | None, *, count: bool = True
    ) -> None:
        key = step.key
        assert key is not None
        label = "ok" if error is None else type(error).__name__
        if count:
            self.outcomes[f"{step.op} {label}"] += 1
        if step.op.startswith("batch"):
            self._settle_batch(step, result, error)
            return
        if error is not None and not isinstance(error, BigCommerceError):
            self._violate(step, f"an exception the SDK does not document: {error!r}")
            return
        applied = error is None or (
            isinstance(error, ResponseParseError) and 200 <= error.status_code < 300
        )
        in_doubt = isinstance(error, IN_DOUBT)
        if step.op == "create":
            if applied or isinstance(error, ConflictError) or _duplicate(error):
                key.possible = {step.value}
                if error is None:
                    key.id = int(str(result.data.id))
                    self._expect(
                        step, result.data.value == step.value, "create echoed another value"
                    )
            elif in_doubt:
                key.possible = {ABSENT, step.value}
            else:
                self._violate(step, f"a create refused for good: {error!r}")
        elif step.op == "update":
            if applied:
                key.possible = {step.value}
                if error is None:
                    self._expect(
                        step, result.data.value == step.value, "update echoed another value"
                    )
            elif in_doubt:
                key.possible = key.possible | {step.value}
            elif isinstance(error, NotFoundError):
                self._expect(step, ABSENT in key.possible, "update: not found, yet it exists")
                key.possible = {ABSENT}
            else:
                self._violate(step, f"an update refused for good: {error!r}")
        elif step.op == "delete":
            if applied:
                key.possible = {ABSENT}
            elif in_doubt:
                key.possible = key.possible | {ABSENT}
            elif isinstance(error, NotFoundError):
                self._expect(step, ABSENT in key.possible, "delete: not found, yet it exists")
                key.possible = {ABSENT}
            else:
                self._violate(step, f"a delete refused for good: {error!r}")
        elif step.op == "get":
            if error is None:
                value = result.data.value
                self._expect(step, value in key.possible, f"read {value[:20]!r}, never written")
                self._expect(step, int(str(result.data.id)) == key.id, "get: another id")
                key.possible = {value}
            elif isinstance(error, NotFoundError):
                self._expect(step, ABSENT in key.possible, "get: not found, yet it exists")
                key.possible = {ABSENT}
        elif error is None:  # list filtered on the key
            items = result.data
            self._expect(step, len(items) <= 1, f"{len(items)} metafields with one key")
            if len(items) == 1:
                value = items[0].value
                self._expect(step, value in key.possible, f"listed {value[:20]!r}, never written")
                key.possible, key.id = {value}, int(str(items[0].id))
            else:
                self._expect(step, ABSENT in key.possible, "list: absent, yet it exists")
                key.possible = {ABSENT}

    def _expect(self, step: Step, ok: bool, what: str) -> None:
        if not ok:
            self._violate(step, what)

    def _violate(self, step: Step, what: str) -> None:
        name = step.key.name if step.key else "-"
        self.violations.append(f"{self.name} {step.op} {name}: {what}")

    # -- the end state ---------------------------------------------------------------------------

    def check_store(self) -> None:
        stored = self.family.stored(self.fake)
        if not self.family.args:
            # The store is one resource for every lane: each checks its own keys (and the test,
            # that no metafield anywhere has a key no lane made).
            stored = [mf for mf in stored if str(mf["key"]).startswith(f"{self.name}-")]
        by_key: dict[str, list[dict[str, object]]] = {}
        for mf in stored:
            by_key.setdefault(str(mf["key"]), []).append(mf)
        names = {k.name for k in self.keys}
        for name in set(by_key) - names:
            self.violations.append(f"{self.name}: metafield {name!r} that no call created")
        for key in self.keys:
            found = by_key.get(key.name, [])
            if len(found) > 1:
                self.violations.append(f"{self.name}: {key.name} exists {len(found)} times")
                continue
            actual = found[0]["value"] if found else ABSENT
            if actual not in key.possible:
                self.violations.append(
                    f"{self.name}: {key.name} holds {str(actual)[:20]!r}, the calls reported "
                    f"{sorted(str(v)[:20] for v in key.possible)}"
                )
            if found and key.id is not None and int(str(found[0]["id"])) != key.id:
                self.violations.append(f"{self.name}: {key.name} has another id")


def _refused_whole(error: BaseException) -> bool:
    """An injected refusal of a whole chunk (400, 413, a 422 problem document): the lanes send
    only valid items, so nothing else answers these."""
    whole_422 = isinstance(error, UnprocessableEntityError) and not _duplicate(error)
    return isinstance(error, (BadRequestError, OtherClientError)) or whole_422


def _duplicate(error: BaseException | None) -> bool:
    """A batch create's item refused because the key exists: the lane's own earlier write (no
    one else writes its keys), as a single create's 409 is."""
    return isinstance(error, UnprocessableEntityError) and "already exists" in str(error).lower()


def _sampled_families() -> list[Family]:
    """`SAMPLED` of the families beyond cart and product, drawn with `SEED`."""
    chosen = set(random.Random(SEED).sample(range(len(OTHERS)), SAMPLED))
    return [family for n, family in enumerate(OTHERS) if n in chosen]


def _lanes(
    fake: FakeBigCommerce, prefix: str, count: int, seed: int, others: list[Family]
) -> list[Lane]:
    """`count` lanes taking turns on carts and products, then one lane per family of `others`;
    every lane has a resource of its own (but the store, which is one)."""
    families = [CART if n % 2 else PRODUCT for n in range(count)] + others
    lanes = []
    for n, family in enumerate(families):
        resource = family.numbered(10_000 * (prefix == "s") + 1000 + n, f"soak {prefix}")
        lanes.append(Lane(f"{prefix}{n}", resource, fake, random.Random(seed * 1000 + n)))
    return lanes


def _run_sync_lane(lane: Lane, client: MetafieldsClient, ops: int) -> None:
    for _ in range(ops):
        step = lane.next_step()
        try:
            result, error = lane.invoke(step, client), None
        except Exception as exc:
            result, error = None, exc
        lane.settle(step, result, error)


async def _run_async_lane(lane: Lane, client: AsyncMetafieldsClient, ops: int) -> None:
    for _ in range(ops):
        step = lane.next_step()
        try:
            result, error = await lane.invoke(step, client), None
        except Exception as exc:
            result, error = None, exc
        lane.settle(step, result, error)


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


REPLAY = f"{SEED_ENV}={SEED} {SCALE_ENV}={SCALE}"


def test_soak() -> None:
    try:
        _soak()
    except BaseException as exc:
        exc.add_note(f"replay: {REPLAY} pytest tests/reliability -m soak")
        raise


def _soak() -> None:
    gc.collect()
    fds_before = _open_fds()
    threads_before = threading.active_count()
    fake = make_fake(quota=QUOTA, window_ms=WINDOW_MS, seed=SEED)
    others = _sampled_families()
    async_lanes = _lanes(fake, "a", ASYNC_LANES, SEED, others)
    sync_lanes = _lanes(fake, "s", SYNC_LANES, SEED + 1, others)
    leftover_tasks: list[str] = []
    started = time.monotonic()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        server = serve(fake)
        try:
            sync_client = MetafieldsClient(
                STORE, TOKEN, base_url=server.base_url, retry_policy=POLICY, timeout=5.0
            )
            with sync_client, concurrent.futures.ThreadPoolExecutor(len(sync_lanes)) as pool:
                futures = [
                    pool.submit(_run_sync_lane, lane, sync_client, SYNC_OPS // SYNC_LANES)
                    for lane in sync_lanes
                ]

                async def main() -> None:
                    async with (
                        AsyncMetafieldsClient(
                            STORE,
                            TOKEN,
                            base_url=server.base_url,
                            retry_policy=POLICY,
                            timeout=5.0,
                        ) as client,
                        anyio.create_task_group() as group,
                    ):
                        for lane in async_lanes:
                            group.start_soon(
                                _run_async_lane, lane, client, ASYNC_OPS // ASYNC_LANES
                            )
                    current = asyncio.current_task()
                    leftover_tasks.extend(repr(t) for t in asyncio.all_tasks() if t is not current)

                anyio.run(main, backend="asyncio")
                for future in futures:
                    future.result()
            elapsed = time.monotonic() - started
            deadline = time.monotonic() + 5
            while fake.in_flight and time.monotonic() < deadline:  # timed-out gets finishing
                time.sleep(0.01)
            in_flight = fake.in_flight
        finally:
            server.stop()
        del sync_client
        gc.collect()
    resource_warnings = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    fds_after = _open_fds()
    threads_after = threading.active_count()

    lanes = async_lanes + sync_lanes
    for lane in lanes:
        lane.check_store()
    outcomes: Counter[str] = sum((lane.outcomes for lane in lanes), Counter())
    faults: Counter[str] = sum((lane.faults for lane in lanes), Counter())
    requests = fake.requests
    statuses = Counter(r.status for r in requests)
    made = {(lane.family.name, key.name) for lane in lanes for key in lane.keys}
    everything = [mf for name in FAKE_FAMILY_NAMES for mf in fake.metafields(name)]
    strays = [mf for mf in everything if (mf["resource_type"], mf["key"]) not in made]
    violations = [v for lane in lanes for v in lane.violations]
    violations += [
        f"metafield {mf['key']!r} on a {mf['resource_type']} no lane made" for mf in strays
    ]
    calls = sum(outcomes.values())
    timeouts = sum(lane.timeouts for lane in lanes)
    lanes_of: Counter[str] = Counter()
    calls_of: Counter[str] = Counter()
    for lane in lanes:
        lanes_of[lane.family.name] += 1
        calls_of[lane.family.name] += sum(lane.outcomes.values())

    SOAK.extend(
        [
            f"scale {SCALE} (BIGCOMMERCE_SOAK_SCALE={os.environ.get(SCALE_ENV, '')!r}),"
            f" seed {SEED} (replay: {REPLAY}): {calls} calls ({len(async_lanes)} asyncio tasks,"
            f" {len(sync_lanes)} threads) in {elapsed:.1f} s = {calls / elapsed:.0f} calls/s,"
            f" {len(requests)} requests ({len(requests) / elapsed:.0f}/s; quota {QUOTA} per"
            f" {WINDOW_MS} ms)",
            "lanes (calls) per family: "
            + ", ".join(f"{name} {n} ({calls_of[name]})" for name, n in lanes_of.items()),
            "outcomes: " + ", ".join(f"{k} {n}" for k, n in sorted(outcomes.items())),
            "faults injected (rules): " + ", ".join(f"{k} {n}" for k, n in faults.most_common()),
            "statuses seen by the fake: "
            + ", ".join(f"{k} {n}" for k, n in sorted(statuses.items(), key=lambda kv: str(kv[0]))),
            f"metafields left: {len(everything)}; max in flight at the fake {fake.max_in_flight}"
            f" (caps 8+8, {timeouts} timed-out gets); in flight at the end {in_flight}",
            f"fds {fds_before} -> {fds_after}; threads {threads_before} -> {threads_after};"
            f" leftover asyncio tasks {len(leftover_tasks)};"
            f" ResourceWarnings {len(resource_warnings)}",
            f"violations: {len(violations)}" + "".join(f"\n  {v}" for v in violations[:20]),
        ]
    )
    assert violations == [], "\n".join(violations[:30])
    assert in_flight == 0
    assert leftover_tasks == []
    assert resource_warnings == []
    assert fds_after <= fds_before, f"{fds_after - fds_before} file descriptors left open"
    assert threads_after <= threads_before
    assert fake.max_in_flight <= 16 + timeouts, "more requests in flight than max_in_flight allows"
    assert outcomes, "nothing ran"
