"""Shared helpers of the reliability suite (fixtures and the summary hook live in conftest.py).

`FAMILIES` are the client's metafield families, found on `MetafieldsClient` (one resource per
family the generated package defines), each with a resource to work on; `run_client` runs one
piece of code through a sync client or an async one (asyncio or trio), in process or over
loopback; `MATRIX` and `SOAK` collect what the fault matrix and the soak saw, for the summary
printed at the end of the run.
"""

from __future__ import annotations

import importlib
import inspect
import os
import random
import re
import ssl
import time
import traceback
import typing
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal
from urllib.parse import quote

import anyio
import httpx

import bigcommerce_metafields._generated.api as generated_api
from bigcommerce_metafields import (
    DEFAULT_TIMEOUT,
    AsyncMetafieldsClient,
    BigCommerceError,
    MetafieldsClient,
    RetryPolicy,
    TimeoutTypes,
)
from bigcommerce_metafields import resources as public_resources
from bigcommerce_metafields.testing import DEFAULT_CLIENT_ID, DEFAULT_STORE_HASH, FakeBigCommerce

# The fake's own family table: where each family's resource lives (for fault rules' paths).
from bigcommerce_metafields.testing import FAMILIES as FAKE_FAMILIES

STORE = DEFAULT_STORE_HASH
OWNER = DEFAULT_CLIENT_ID
# A distinctive token: a leak is found by a plain substring search.
TOKEN = "rel-tok-9f8e7d6c5b4a"
OTHER_TOKEN = "rel-tok-other-1a2b3c"
OTHER_OWNER = "other-client"
PREFIX = f"/stores/{STORE}/v3"


def read_timeout(seconds: float) -> httpx.Timeout:
    """A timeout on reading the answer only: a busy machine's slow connect is not the fault."""
    return httpx.Timeout(5.0, read=seconds)


FAST = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.01, max_rate_limit_wait=5.0)
"""The FAST_RETRIES of tests/conftest.py, with a bounded rate-limit wait: real waits, but short."""

TLS = ssl.create_default_context()
"""Loopback clients share one TLS context: httpx builds one per client otherwise (~50 ms)."""

Kind = Literal["sync", "asyncio", "trio"]
KINDS: tuple[Kind, ...] = ("sync", "asyncio", "trio")


def make_fake(**options: Any) -> FakeBigCommerce:
    """A fake that knows `TOKEN` (the SDK's client) and `OTHER_TOKEN` (another API client)."""
    options.setdefault("tokens", {TOKEN: OWNER, OTHER_TOKEN: OTHER_OWNER})
    return FakeBigCommerce(**options)


OPS = ("list", "get", "create", "update", "delete")
EVERY_RUN = ("cart", "product")
"""Families every run covers whole; the others are sampled where covering all costs too much."""

_FAKE_FAMILIES = {family.name: family for family in FAKE_FAMILIES}


@dataclass(frozen=True)
class Family:
    """One metafield family as the client shows it (`client.<attr>`), with the resource a test
    works on: `args`, the positional arguments naming it (none for the store, product and variant
    ids for a variant). `ops` are the operations of `OPS` the resource has."""

    attr: str
    name: str
    """The fake's name for the family (its metafields' `resource_type`)."""
    params: tuple[str, ...]
    """The names of the resource's arguments (`product_id`, `variant_id`)."""
    kinds: tuple[type, ...]
    """Their types, from the signature."""
    args: tuple[str | int, ...]
    ops: tuple[str, ...]

    def at(self, *args: str | int) -> Family:
        """The same family on another resource."""
        return replace(self, args=args)

    def numbered(self, n: int, label: str) -> Family:
        """Resource `n` of a set: integer ids are `n`, string ids `label/n`."""
        return self.at(*(n if kind is int else f"{label}/{n}" for kind in self.kinds))

    @property
    def resource_id(self) -> str | int | tuple[int, ...] | None:
        """The resource as the fake's seeding helpers take it (a tuple for compound ids)."""
        if not self.args:
            return None
        if len(self.args) == 1:
            return self.args[0]
        return tuple(int(arg) for arg in self.args)

    def resource(self, client: MetafieldsClient | AsyncMetafieldsClient) -> Any:
        return getattr(client, self.attr)

    @property
    def collection(self) -> str:
        """The collection's path as the fault rules match it (percent-encoded, no store prefix)."""
        fake = _FAKE_FAMILIES[self.name]
        ids = {
            seg.name: quote(str(arg), safe="") for seg, arg in zip(fake.ids, self.args, strict=True)
        }
        return fake.path.format(**ids) + "/metafields"

    def item(self, metafield_id: object) -> str:
        return f"{self.collection}/{metafield_id}"

    def seed(
        self, fake: FakeBigCommerce, key: str, value: str, **options: Any
    ) -> dict[str, object]:
        options.setdefault("namespace", "rel")
        options.setdefault("permission_set", "read")
        options.setdefault("owner_client_id", OWNER)
        return fake.add_metafield(self.name, self.resource_id, key=key, value=value, **options)

    def stored(self, fake: FakeBigCommerce) -> list[dict[str, object]]:
        return fake.metafields(self.name, self.resource_id)


def _fake_name(resource: object) -> str:
    """The fake's family of a resource class: `VariantMetafields` -> `variant`."""
    words = re.findall(r"[A-Z][a-z0-9]*", type(resource).__name__.removesuffix("Metafields"))
    return "_".join(word.lower() for word in words)


def _discover() -> tuple[Family, ...]:
    """Every resource of the client (one per family the generated package defines), cart and
    product first, the others by name: the resource arguments are the positional parameters of
    `get` before `metafield_id` (with their annotated types), the operations the methods."""
    probe = MetafieldsClient(STORE, TOKEN)
    found = []
    for attr, resource in vars(probe).items():
        if type(resource).__name__ not in public_resources.__all__:
            continue
        name = _fake_name(resource)
        if name not in _FAKE_FAMILIES:
            raise AssertionError(f"client.{attr}: the fake serves no {name!r} family")
        hints = typing.get_type_hints(resource.get)
        params, kinds = [], []
        for parameter, spec in inspect.signature(resource.get).parameters.items():
            if parameter == "metafield_id" or spec.kind is not spec.POSITIONAL_OR_KEYWORD:
                break
            params.append(parameter)
            kinds.append(int if hints[parameter] is int else str)
        args = tuple(
            7 + n if kind is int else f"4c6a3c1e-rel-{name}-0001" for n, kind in enumerate(kinds)
        )
        # Single-resource operations only: the store's list and create are its batch ones
        # (offered on the resource too), which the batch tests cover.
        table = importlib.import_module(f"{generated_api.__name__}.{attr}").OPERATIONS
        ops = tuple(op for op in OPS if op in {method for method, _ in table.values()})
        found.append(Family(attr, name, tuple(params), tuple(kinds), args, ops))
    probe.close()
    order = {name: n for n, name in enumerate(EVERY_RUN)}
    return tuple(sorted(found, key=lambda f: (order.get(f.name, len(order)), f.name)))


FAMILIES = _discover()
BY_NAME = {family.name: family for family in FAMILIES}
CART = BY_NAME["cart"]
PRODUCT = BY_NAME["product"]
OTHERS = tuple(family for family in FAMILIES if family.name not in EVERY_RUN)
CREATING = tuple(f for f in FAMILIES if {"create", "list"} <= set(f.ops))
"""Families that create and list (every one but the store): what settling a create needs."""
TEXT_IDS = tuple(f for f in CREATING if f.kinds == (str,))
"""Families whose resource is one free-form string (a cart's id): what a hostile id can reach."""
FAKE_FAMILY_NAMES = tuple(_FAKE_FAMILIES)


def run_seed(variable: str) -> int:
    """The seed of a run's samples: `variable` if set, else drawn afresh (and printed by the
    caller, so that a failure can be replayed with `variable=<seed>`)."""
    raw = os.environ.get(variable, "").strip()
    return int(raw) if raw else random.SystemRandom().randrange(1, 10**9)


def sample_share(variable: str, default: float) -> float:
    """The share of the sampled cells a run covers: `variable` (0..1) if set, else `default`."""
    raw = os.environ.get(variable, "").strip()
    share = float(raw) if raw else default
    if not 0 <= share <= 1:
        raise ValueError(f"{variable}={raw!r}: a share between 0 and 1")
    return share


def run_client(
    kind: Kind,
    fake: FakeBigCommerce,
    call: Callable[[Any], Any],
    *,
    base_url: str | None = None,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    retry_policy: RetryPolicy = FAST,
    token: str = TOKEN,
    **options: Any,
) -> Any:
    """Build a client of `kind` for `fake` (in process, or at `base_url` over loopback), run
    `call(client)` (awaiting it for async kinds), close the client and return the result."""
    settings: dict[str, Any] = {
        "timeout": timeout,
        "retry_policy": retry_policy,
        "base_url": base_url,
        **options,
    }
    if kind == "sync":
        if base_url is None:
            settings.setdefault("transport", fake.transport())
        else:
            settings.setdefault("transport", httpx.HTTPTransport(verify=TLS))
        with MetafieldsClient(STORE, token, **settings) as client:
            return call(client)

    async def main() -> Any:
        if base_url is None:
            settings.setdefault("transport", fake.async_transport())
        else:
            settings.setdefault("transport", httpx.AsyncHTTPTransport(verify=TLS))
        async with AsyncMetafieldsClient(STORE, token, **settings) as client:
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return anyio.run(main, backend=kind)


class EscapedError(AssertionError):
    """An exception the SDK does not document escaped a call (its `__cause__`)."""


def call_documented(
    kind: Kind, fake: FakeBigCommerce, call: Callable[[Any], Any], **options: Any
) -> tuple[Any, BigCommerceError | None]:
    """`run_client`'s result, or the documented SDK error it raised; else `EscapedError`."""
    try:
        return run_client(kind, fake, call, **options), None
    except BigCommerceError as exc:
        return None, exc
    except Exception as exc:
        raise EscapedError(f"an exception the SDK does not document escaped: {exc!r}") from exc


def escaped_outcome(error: BaseException, outcome: str) -> str:
    """The matrix's label for a failed cell: what escaped, if that is why."""
    if isinstance(error, EscapedError) and error.__cause__ is not None:
        return f"escaped {type(error.__cause__).__name__}"
    return outcome


def wait_idle(fake: FakeBigCommerce, timeout: float = 5.0) -> None:
    """Wait until the fake has finished every request (a timed-out one goes on being served)."""
    deadline = time.monotonic() + timeout
    while fake.in_flight:
        if time.monotonic() > deadline:
            raise AssertionError(f"the fake still has {fake.in_flight} requests in flight")
        time.sleep(0.005)


def leaks(exc: BaseException, secret: str) -> list[str]:
    """Where the text of `exc` (message, repr, traceback with its chain) shows `secret`."""
    found = []
    if secret in str(exc):
        found.append("str")
    if secret in repr(exc):
        found.append("repr")
    if secret in "".join(traceback.format_exception(exc)):
        found.append("traceback")
    return found


def reachable_secrets(root: object, secret: str, *, limit: int = 20_000) -> list[str]:
    """Paths of attributes reachable from `root` (not through stack frames) holding `secret`."""
    found: list[str] = []
    seen: set[int] = set()
    stack: list[tuple[str, object]] = [("exc", root)]
    while stack and len(seen) < limit:
        path, obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            if secret in obj:
                found.append(path)
            continue
        if isinstance(obj, bytes | bytearray):
            if secret.encode() in obj:
                found.append(path)
            continue
        if isinstance(obj, int | float | bool | type(None)) or inspect.isframe(obj):
            continue
        if inspect.istraceback(obj) or inspect.ismodule(obj) or inspect.isroutine(obj):
            continue
        if isinstance(obj, type):
            continue
        children: Iterable[tuple[str, object]] = ()
        if isinstance(obj, dict):
            children = [(f"{path}[{k!r}]", v) for k, v in obj.items()]
            children += [(f"{path}.key", k) for k in obj]
        elif isinstance(obj, list | tuple | set | frozenset):
            children = [(f"{path}[{i}]", v) for i, v in enumerate(obj)]
        elif isinstance(obj, httpx.Headers):
            children = [(f"{path}[{k!r}]", v) for k, v in obj.multi_items()]
        else:
            attrs = dict(getattr(obj, "__dict__", {}))
            for name in getattr(type(obj), "__slots__", ()):
                if hasattr(obj, name):
                    attrs[name] = getattr(obj, name)
            if isinstance(obj, BaseException):
                attrs |= {"__cause__": obj.__cause__, "__context__": obj.__context__}
                attrs["args"] = obj.args
            children = [(f"{path}.{k}", v) for k, v in attrs.items()]
        stack.extend(children)
    return found


def soak_scale() -> int:
    """`BIGCOMMERCE_SOAK_SCALE`: unset or `ci` is 1, `full` is 10, or a positive integer."""
    raw = os.environ.get("BIGCOMMERCE_SOAK_SCALE", "").strip().lower()
    if raw in ("", "ci", "default", "small"):
        return 1
    if raw == "full":
        return 10
    return max(1, int(raw))


# -- what the run saw, for the summary ------------------------------------------------------------

SHORT = {
    "ok": "ok",
    "ok after retry": "retry",
    "ok via lookup": "lookup",
    "RateLimitError": "RLE",
    "ServerError": "SE",
    "ResponseParseError": "RPE",
    "APIConnectionError": "ACE",
    "APITimeoutError": "ATE",
    "ConflictError": "CFE",
}


@dataclass
class Matrix:
    """Outcome of every fault-matrix cell: (fault, operation) -> outcome label -> count."""

    cells: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    faults: list[str] = field(default_factory=list)
    failed: int = 0
    families: Counter[str] = field(default_factory=Counter)
    """Cells run per family."""
    planned: dict[str, int] = field(default_factory=dict)
    """Cells per family in the whole matrix (`make matrix-full`)."""
    sampling: str = ""
    """How the families beyond cart and product were sampled: seed and share, to replay."""

    def record(self, fault: str, op: str, family: str, outcome: str, *, passed: bool) -> None:
        if fault not in self.faults:
            self.faults.append(fault)
        label = outcome if passed else f"FAIL:{outcome}"
        self.cells[(fault, op)][label] += 1
        self.families[family] += 1
        self.failed += not passed

    def render(self) -> list[str]:
        width = max(len(f) for f in self.faults) + 1
        cols = 20
        # The single operations, then any other the cells name (the batch matrix's).
        ops = [*OPS, *sorted({op for _, op in self.cells} - set(OPS))]
        head = "fault".ljust(width) + "".join(op.ljust(cols) for op in ops)
        lines = [head, "-" * len(head)]
        totals: Counter[str] = Counter()
        for fault in self.faults:
            row = fault.ljust(width)
            for op in ops:
                counts = self.cells.get((fault, op), Counter())
                totals.update(counts)
                text = "/".join(f"{_short(label)}x{n}" for label, n in sorted(counts.items()))
                row += (text or "-").ljust(cols)
            lines.append(row.rstrip())
        lines.append("-" * len(head))
        cells = sum(totals.values())
        summary = ", ".join(f"{label} {n}" for label, n in totals.most_common())
        lines.append(f"{cells} cells, {self.failed} failed: {summary}")
        per_family = ", ".join(
            f"{name} {self.families[name]}/{total}" for name, total in self.planned.items()
        )
        lines.append(f"cells run per family (of the whole matrix): {per_family}")
        lines.append(self.sampling)
        legend = ", ".join(f"{short}={label}" for label, short in SHORT.items())
        lines.append(f"legend: {legend}; xN = cells (sync/asyncio/trio x families, loopback)")
        return lines


def _short(label: str) -> str:
    if label.startswith("FAIL:"):
        return "FAIL:" + SHORT.get(label[5:], label[5:])
    return SHORT.get(label, label)


MATRIX = Matrix()
SOAK: list[str] = []
"""Lines the soak test reports (figures), printed in the summary."""
