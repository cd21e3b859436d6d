"""Helpers of the pagination tests: one test body runs sync, under asyncio and under trio.

A test is an `async def` marked `anyio`; its `sdk` fixture (see conftest.py) says which client to
build (sync `MetafieldsClient`, or `AsyncMetafieldsClient` under the test's backend) and how to
reach the fake (in process or over loopback). The sync client simply blocks the event loop: the
in-process fake answers in the calling thread and the loopback server runs in its own thread.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import parse_qs

import anyio
import pytest

from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient, RetryPolicy
from bigcommerce_metafields._pagination import Page
from bigcommerce_metafields.testing import (
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    FakeServer,
)

T = TypeVar("T")
Resource = Literal["product", "cart"]
Client = MetafieldsClient | AsyncMetafieldsClient
By = Literal["pages", "items", "collect"]
"""How `Sdk.run` reads: `pages()`, `for item in paginator`, or `collect()`."""
OnPage = Callable[[Client, Page[Any]], object]
"""Called after each page is received, before the next is asked for; may return an awaitable."""

PRODUCT = 111
CART = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
PAGE_SIZE = 250
FAST_RETRIES = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.01)
"""As tests/conftest.py's: real but short waits (that conftest cannot be imported by name)."""


BOTH_MODES = pytest.mark.parametrize("mode", ["inprocess", "loopback"])
"""In process and over a loopback socket (tests are in process only unless marked so)."""


def resource_id(resource: Resource) -> int | str:
    return PRODUCT if resource == "product" else CART


def big_fake(**options: Any) -> FakeBigCommerce:
    """A fake without quota and per-resource cap, so any number of items fits one listing."""
    return FakeBigCommerce(quota=None, max_per_resource=None, **options)


def seed(fake: FakeBigCommerce, n: int, resource: Resource = "product") -> list[int]:
    """Add `n` metafields to the resource at once; return the resource's ids, ascending."""
    rid = resource_id(resource)
    fake.add_metafields(resource, rid, n)  # linear time, unlike n calls of add_metafield
    return [int(str(mf["id"])) for mf in fake.metafields(resource, rid)]


def queries(fake: FakeBigCommerce, since: int = 0) -> list[dict[str, list[str]]]:
    """The decoded query of every list request the fake finished after the first `since`."""
    return [
        parse_qs(r.query, keep_blank_values=True)
        for r in fake.requests[since:]
        if r.method == "GET" and r.path.endswith("/metafields")
    ]


def pages_asked(fake: FakeBigCommerce, since: int = 0) -> list[int]:
    """The `page` of every list request, sorted (concurrent pages finish in any order)."""
    return sorted(int(q["page"][0]) for q in queries(fake, since))


async def maybe(value: Any) -> Any:
    """`await` what an async client returned; a sync client's result as is."""
    return await value if inspect.isawaitable(value) else value


class Each(Generic[T]):
    """`async for` over a sync or an async iterable, without an async generator to finalise."""

    def __init__(self, iterable: Iterable[T] | AsyncIterable[T]) -> None:
        self._sync: Iterator[T] | None = None
        self._async: AsyncIterator[T] | None = None
        if isinstance(iterable, AsyncIterable):
            self._async = aiter(iterable)
        else:
            self._sync = iter(iterable)

    def __aiter__(self) -> Each[T]:
        return self

    async def __anext__(self) -> T:
        if self._sync is not None:
            try:
                return next(self._sync)
            except StopIteration:
                raise StopAsyncIteration from None
        assert self._async is not None
        return await anext(self._async)


@dataclass
class Run:
    """What one iteration of a listing saw."""

    items: list[Any] = field(default_factory=list)
    pages: list[Page[Any]] = field(default_factory=list)
    listing_changed: bool = False
    error: Exception | None = None

    @property
    def ids(self) -> list[int]:
        return [int(item.id) for item in self.items]


@dataclass
class Sdk:
    """The client flavour and run mode of one test."""

    flavour: str  # "sync", "asyncio" or "trio"
    mode: str  # "inprocess" or "loopback"
    request: pytest.FixtureRequest

    @property
    def is_async(self) -> bool:
        return self.flavour != "sync"

    def server(self, fake: FakeBigCommerce) -> FakeServer:
        server: FakeServer = self.request.getfixturevalue("_bigcommerce_session_server")
        server.fake = fake
        return server

    @asynccontextmanager
    async def connect(self, fake: FakeBigCommerce, **options: Any) -> AsyncIterator[Client]:
        """A client of `fake` in this test's flavour and mode (FAST_RETRIES unless overridden)."""
        options.setdefault("retry_policy", FAST_RETRIES)
        base_url = self.server(fake).base_url if self.mode == "loopback" else None
        if self.is_async:
            transport = fake.async_transport() if base_url is None else None
            async with AsyncMetafieldsClient(
                DEFAULT_STORE_HASH, DEFAULT_TOKEN, base_url=base_url, transport=transport, **options
            ) as async_client:
                yield async_client
        else:
            with MetafieldsClient(
                DEFAULT_STORE_HASH,
                DEFAULT_TOKEN,
                base_url=base_url,
                transport=fake.transport() if base_url is None else None,
                **options,
            ) as client:
                yield client

    async def run(
        self,
        fake: FakeBigCommerce,
        resource: Resource = "product",
        *,
        by: By = "pages",
        on_page: OnPage | None = None,
        client_options: dict[str, Any] | None = None,
        **paginate: Any,
    ) -> Run:
        """Read a whole listing with `paginate(**paginate)`; a failure lands in `Run.error`."""
        run = Run()
        async with self.connect(fake, **(client_options or {})) as client:
            paginator = family(client, resource).paginate(resource_id(resource), **paginate)
            try:
                if by == "collect":
                    run.items = await maybe(paginator.collect())
                elif by == "items":
                    async for item in Each(paginator):
                        run.items.append(item)
                else:
                    async for page in Each(paginator.pages()):
                        run.pages.append(page)
                        run.items.extend(page.items)
                        if on_page is not None:
                            await maybe(on_page(client, page))
            except Exception as error:  # the test asserts on it
                run.error = error
            run.listing_changed = paginator.listing_changed
        return run


def family(client: Client, resource: Resource) -> Any:
    """`client.product_metafields` or `client.cart_metafields`."""
    return getattr(client, f"{resource}_metafields")


def live_tasks(flavour: str) -> set[object]:
    """What could still be running: threads (sync), asyncio tasks, or the trio task tree."""
    if flavour == "sync":
        return set(threading.enumerate())
    if flavour == "asyncio":
        return set(asyncio.all_tasks())
    import trio

    found: set[object] = set()
    root = trio.lowlevel.current_root_task()
    assert root is not None
    stack = [root]
    while stack:
        task = stack.pop()
        found.add(task)
        for nursery in task.child_nurseries:
            stack.extend(nursery.child_tasks)
    return found


async def until(condition: Callable[[], bool], what: str, *, within: float = 5.0) -> float:
    """Poll `condition` (the fake has no events to wait on); return the seconds it took."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > within:
            pytest.fail(f"not {what} after {within}s")
        await anyio.sleep(0.002)
    return time.monotonic() - started


async def settle(fake: FakeBigCommerce, *, within: float = 5.0) -> float:
    """Wait until the fake has nothing in flight; return how long that took."""
    return await until(lambda: fake.in_flight == 0, "settled", within=within)
