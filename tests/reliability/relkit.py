"""Shared helpers of the reliability suite (fixtures and the summary hook live in conftest.py).

`Family` names one resource of each endpoint family; `run_client` runs one piece of code through a
sync client or an async one (asyncio or trio), in process or over loopback; `MATRIX` and `SOAK`
collect what the fault matrix and the soak saw, for the summary printed at the end of the run.
"""

from __future__ import annotations

import inspect
import os
import ssl
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import quote

import anyio
import httpx

from bigcommerce_metafields import (
    DEFAULT_TIMEOUT,
    AsyncMetafieldsClient,
    MetafieldsClient,
    RetryPolicy,
    TimeoutTypes,
)
from bigcommerce_metafields.testing import DEFAULT_CLIENT_ID, DEFAULT_STORE_HASH, FakeBigCommerce

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


@dataclass(frozen=True)
class Family:
    name: Literal["cart", "product"]
    resource_id: str | int

    @property
    def attr(self) -> str:
        return f"{self.name}_metafields"

    def resource(self, client: MetafieldsClient | AsyncMetafieldsClient) -> Any:
        return getattr(client, self.attr)

    @property
    def collection(self) -> str:
        """The collection's path as the fault rules match it (percent-encoded, no store prefix)."""
        if self.name == "cart":
            return f"/carts/{quote(str(self.resource_id), safe='')}/metafields"
        return f"/catalog/products/{self.resource_id}/metafields"

    def item(self, metafield_id: object) -> str:
        return f"{self.collection}/{metafield_id}"

    def seed(
        self, fake: FakeBigCommerce, key: str, value: str, **options: Any
    ) -> dict[str, object]:
        options.setdefault("permission_set", "read")
        options.setdefault("owner_client_id", OWNER)
        return fake.add_metafield(
            self.name, self.resource_id, namespace="rel", key=key, value=value, **options
        )

    def stored(self, fake: FakeBigCommerce) -> list[dict[str, object]]:
        return fake.metafields(self.name, self.resource_id)


CART = Family("cart", "4c6a3c1e-rel-cart-0001")
PRODUCT = Family("product", 7)
FAMILIES = (CART, PRODUCT)


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

OPS = ("list", "get", "create", "update", "delete")
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

    def record(self, fault: str, op: str, outcome: str, *, passed: bool) -> None:
        if fault not in self.faults:
            self.faults.append(fault)
        label = outcome if passed else f"FAIL:{outcome}"
        self.cells[(fault, op)][label] += 1
        self.failed += not passed

    def render(self) -> list[str]:
        width = max(len(f) for f in self.faults) + 1
        cols = 20
        head = "fault".ljust(width) + "".join(op.ljust(cols) for op in OPS)
        lines = [head, "-" * len(head)]
        totals: Counter[str] = Counter()
        for fault in self.faults:
            row = fault.ljust(width)
            for op in OPS:
                counts = self.cells.get((fault, op), Counter())
                totals.update(counts)
                text = "/".join(f"{_short(label)}x{n}" for label, n in sorted(counts.items()))
                row += (text or "-").ljust(cols)
            lines.append(row.rstrip())
        lines.append("-" * len(head))
        cells = sum(totals.values())
        summary = ", ".join(f"{label} {n}" for label, n in totals.most_common())
        lines.append(f"{cells} cells, {self.failed} failed: {summary}")
        legend = ", ".join(f"{short}={label}" for label, short in SHORT.items())
        lines.append(f"legend: {legend}; xN = cells (sync/asyncio/trio x cart/product, loopback)")
        return lines


def _short(label: str) -> str:
    if label.startswith("FAIL:"):
        return "FAIL:" + SHORT.get(label[5:], label[5:])
    return SHORT.get(label, label)


MATRIX = Matrix()
SOAK: list[str] = []
"""Lines the soak test reports (figures), printed in the summary."""
