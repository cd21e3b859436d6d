"""Every item of a listing: page by page, concurrently, in order, in bounded memory.

Two modes. `paginate()` (offset, the default) reads pages by number, several at once; it is the
fastest read of a listing that holds still. `paginate(mode="cursor")`, for listings that take
`before`/`after` cursors, reads one page after another, each from the `end_cursor` of the last:
slower (no page can be asked for before the previous one has answered), but a listing that changes
during the read is read consistently (below). The rest of this docstring is about offset mode.

One paginator serves every list operation of the spec (any operation taking `page` and `limit`):
the generated `paginate` methods hand it their `Operation` and filters. The first page tells
`total_pages`. Items always come in page order, whatever order the pages answer in, and at most
`concurrency` pages are held at a time (in flight, or answered and waiting for their turn).
- `collect()` reads the rest through a sliding window of `concurrency` pages: as soon as the
  oldest page of the window has answered, the next page past the window is asked for, so a slow
  page holds up only its own slot, never a whole batch. The window lives inside the call (worker
  threads, or one task group): when it returns or raises, nothing is left running.
- Iterating (`for`/`async for`, `pages()`) reads `concurrency` pages at once and hands them out
  before asking for more, so nothing is in flight while the caller works on items: breaking out
  of the loop or cancelling the task leaves no request or task behind.

`prefetch()` says the listing is long: pages 2..`concurrency` are asked for together with page 1
instead of after it. A listing shorter than that is still read right: the pages past its end
answer empty and are dropped.

What is guaranteed when the listing changes while it is read (offset pagination cannot do more):
- no item is yielded twice: ids already yielded are skipped (remembered for the last
  `(concurrency + 2) * page_size` items, far more than a listing shifts during one read);
- items present, unchanged, for the whole read are all yielded unless items before them were
  deleted meanwhile, which shifts them onto a page already read;
- items created or deleted during the read may or may not be yielded;
- `listing_changed` is True when pages disagreed on the listing's total, a sure sign that it
  changed; False does not prove that it did not (a create and a delete cancel out).
A page that still fails after retries raises its error: a listing is never silently cut short.
"""

from __future__ import annotations

import concurrent.futures
import sys
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import anyio
import attrs

from ._errors import ValidationError
from ._generated.models import CursorPagination, CursorPaginationLinks, Pagination
from ._generated.types import UNSET
from ._operation import APIResponse
from ._ratelimit import RateLimitInfo

ItemT = TypeVar("ItemT")

MAX_PAGE_SIZE = 250
"""BigCommerce's largest `limit` for v3 listings, the default page size: fewest requests."""
DEFAULT_CONCURRENCY = 4
"""Pages fetched at once after the first; they share the client's throttle and in-flight cap."""
PREFETCH_LIMIT = 64
"""The most pages `prefetch()` asks for before the listing's size is known, whatever the
concurrency (which may be "all pages at once")."""


@attrs.frozen
class Page(Generic[ItemT]):
    """One page of a listing: its items, the service's pagination facts and the rate limit."""

    number: int
    items: list[ItemT]
    pagination: Pagination
    rate_limit: RateLimitInfo | None


class _Walk(Generic[ItemT]):
    """The paginator's bookkeeping, shared by the sync and async paginators: no I/O here.

    Pages are asked for in order (`launch`) and accepted in order (`accept`); the pages launched
    but not yet accepted form the window, never wider than `concurrency`.
    """

    def __init__(self, page_size: int, concurrency: int, max_items: int | None) -> None:
        self.page_size = page_size
        self.concurrency = max(1, concurrency)
        self.max_items = max_items
        self.prefetch = False
        self.total_pages: int | None = None
        self.next_page = 1  # the next page to accept
        self.launched = 0  # the last page asked for
        self.yielded = 0
        self.listing_changed = False
        self._total: int | None = None
        # Capped: a huge concurrency (all pages at once) must not overflow the deque's size.
        self._recent: deque[object] = deque(
            maxlen=min((self.concurrency + 2) * page_size, sys.maxsize)
        )
        self._recent_ids: set[object] = set()

    @property
    def started(self) -> bool:
        return self.launched > 0

    def launch(self, budget: int | None = None) -> list[int]:
        """Page numbers to ask for now: page 1 first (with 2..concurrency if prefetching), then
        whatever keeps the window full; at most `budget` more pages (None: no limit)."""
        if self.done:
            return []
        if self.total_pages is None:
            if self.launched:
                return []  # page 1 is in flight: the listing's size is not known yet
            last = min(self.concurrency, PREFETCH_LIMIT) if self.prefetch else 1
        else:
            last = min(self.total_pages, self.next_page + self.concurrency - 1)
        if self.max_items is not None:
            # No page past the cap: it would spend the store's quota for nothing.
            pages_needed = -(-(self.max_items - self.yielded) // self.page_size)
            last = min(last, self.next_page + pages_needed - 1)
        if budget is not None:
            last = min(last, self.launched + budget)
        first = self.launched + 1
        self.launched = max(self.launched, last)
        return list(range(first, last + 1))

    @property
    def done(self) -> bool:
        capped = self.max_items is not None and self.yielded >= self.max_items
        finished = self.total_pages is not None and self.next_page > self.total_pages
        return capped or finished

    def accept(self, number: int, response: APIResponse[Any]) -> Page[ItemT] | None:
        """Record a fetched page (in page order) and return it without already-yielded items;
        None for a page past the end of the listing (asked for before its size was known).

        Every list response of the spec is `{data: [items], meta: {pagination}}`.
        """
        pagination: Pagination = response.parsed.meta.pagination
        data: list[Any] = response.parsed.data
        self.next_page = number + 1
        if number > max(pagination.total_pages, 1) and not data:
            self.total_pages = max(self.total_pages or 0, pagination.total_pages)
            return None
        if self._total is not None and pagination.total != self._total:
            self.listing_changed = True
        self._total = pagination.total
        # Items appended while reading add pages: keep reading them.
        self.total_pages = max(self.total_pages or 0, pagination.total_pages)
        items: list[ItemT] = [item for item in data if self._first_sight(item)]
        if self.max_items is not None:
            items = items[: max(self.max_items - self.yielded, 0)]
        self.yielded += len(items)
        return Page(number, items, pagination, response.rate_limit)

    def _first_sight(self, item: object) -> bool:
        item_id = getattr(item, "id", None)
        if item_id is None:
            return True
        key = str(item_id)  # cart ids may come as "24" or 24
        if key in self._recent_ids:
            return False
        if len(self._recent) == self._recent.maxlen:
            self._recent_ids.discard(self._recent[0])
        self._recent.append(key)
        self._recent_ids.add(key)
        return True


def _set_prefetch(walk: _Walk[Any], operation_id: str, enabled: object) -> None:
    """`prefetch()`'s checks: a bool, before the first page is asked for."""
    if not isinstance(enabled, bool):
        rule = f"must be True or False, got {type(enabled).__name__}"
        raise ValidationError(operation_id, {"prefetch": rule})
    if walk.started:
        rule = "must be set before the first page is asked for"
        raise ValidationError(operation_id, {"prefetch": rule})
    walk.prefetch = enabled


FetchPage = Callable[[int], APIResponse[Any]]
AsyncFetchPage = Callable[[int], Awaitable[APIResponse[Any]]]


class Paginator(Generic[ItemT]):
    """Iterate a listing's items (`for item in paginator`) or pages (`paginator.pages()`)."""

    def __init__(
        self,
        fetch: FetchPage,
        *,
        page_size: int,
        concurrency: int,
        max_items: int | None = None,
        operation_id: str = "paginate",
    ) -> None:
        self._fetch = fetch
        self._operation_id = operation_id
        self._walk: _Walk[ItemT] = _Walk(page_size, concurrency, max_items)

    @property
    def listing_changed(self) -> bool:
        """True once pages disagreed on the total: the listing changed while it was read."""
        return self._walk.listing_changed

    def prefetch(self, enabled: bool = True) -> Paginator[ItemT]:
        """Say that the listing is long: ask for pages 2..`concurrency` together with page 1
        rather than once page 1 has told the listing's size (at most `PREFETCH_LIMIT` pages).
        Pages past the end of a shorter listing cost a request each and are dropped. Call
        before iterating; returns self."""
        _set_prefetch(self._walk, self._operation_id, enabled)
        return self

    def pages(self) -> Iterator[Page[ItemT]]:
        """The pages in order, each with its items, pagination facts and rate-limit info."""
        walk = self._walk
        while batch := walk.launch(_refill(walk)):
            for number, response in zip(batch, self._fetch_batch(batch), strict=True):
                page = walk.accept(number, response)
                if page is not None:
                    yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items

    def collect(self) -> list[ItemT]:
        """Every item (up to `max_items`) in one list, read through one sliding window."""
        walk = self._walk
        items: list[ItemT] = []
        first = walk.launch(_refill(walk))
        if first == [1]:
            # Page 1 alone in the calling thread: a listing on one page needs no worker.
            page = walk.accept(1, self._fetch(1))
            items.extend(() if page is None else page.items)
            first = walk.launch()
        if not first:
            return items
        pool = concurrent.futures.ThreadPoolExecutor(walk.concurrency)
        window: deque[tuple[int, concurrent.futures.Future[APIResponse[Any]]]] = deque()
        try:
            window.extend((number, pool.submit(self._fetch, number)) for number in first)
            while window and not walk.done:
                number, future = window.popleft()
                page = walk.accept(number, future.result())
                items.extend(() if page is None else page.items)
                # Its slot is free: the next page goes out at once.
                window.extend((n, pool.submit(self._fetch, n)) for n in walk.launch())
        finally:
            # Done or failed: what has not started never will (pages past the end of a
            # prefetched listing, the pages after a failing one); what has, finishes here.
            for _, future in window:
                future.cancel()
            pool.shutdown(wait=True)
        return items

    def _fetch_batch(self, batch: list[int]) -> list[APIResponse[Any]]:
        if len(batch) == 1:
            return [self._fetch(batch[0])]
        # Threads live for one batch only: nothing runs once the batch is handed out.
        with concurrent.futures.ThreadPoolExecutor(len(batch)) as pool:
            futures = [pool.submit(self._fetch, number) for number in batch]
            try:
                return [future.result() for future in futures]
            except BaseException:
                for future in futures:
                    future.cancel()
                raise


def _refill(walk: _Walk[Any]) -> int:
    """Pages per refill of an iterating paginator: page 1 alone unless prefetching (a listing
    on one page asks for nothing more), then `concurrency`, all buffered for the caller."""
    return 1 if walk.total_pages is None and not walk.prefetch else walk.concurrency


class AsyncPaginator(Generic[ItemT]):
    """Iterate a listing's items (`async for item in paginator`) or pages (`.pages()`)."""

    def __init__(
        self,
        fetch: AsyncFetchPage,
        *,
        page_size: int,
        concurrency: int,
        max_items: int | None = None,
        operation_id: str = "paginate",
    ) -> None:
        self._fetch = fetch
        self._operation_id = operation_id
        self._walk: _Walk[ItemT] = _Walk(page_size, concurrency, max_items)
        self._pages: deque[Page[ItemT]] = deque()
        self._items: deque[ItemT] = deque()
        self._error: Exception | None = None  # raised once the pages read before it are out

    @property
    def listing_changed(self) -> bool:
        """True once pages disagreed on the total: the listing changed while it was read."""
        return self._walk.listing_changed

    def prefetch(self, enabled: bool = True) -> AsyncPaginator[ItemT]:
        """Say that the listing is long: ask for pages 2..`concurrency` together with page 1
        rather than once page 1 has told the listing's size (at most `PREFETCH_LIMIT` pages).
        Pages past the end of a shorter listing cost a request each and are dropped. Call
        before iterating; returns self."""
        _set_prefetch(self._walk, self._operation_id, enabled)
        return self

    def pages(self) -> AsyncIterator[Page[ItemT]]:
        """The pages in order, each with its items, pagination facts and rate-limit info."""
        return _AsyncPages(self)

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        # A class, not an async generator: no generator to finalise when the loop is left early.
        while not self._items:
            page = await self._next_page()
            if page is None:
                raise StopAsyncIteration
            self._items.extend(page.items)
        return self._items.popleft()

    async def collect(self) -> list[ItemT]:
        """Every item (up to `max_items`) in one list, read through one sliding window."""
        items: list[ItemT] = [*self._items]
        self._items.clear()
        for page in self._pages:
            items.extend(page.items)
        self._pages.clear()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        await self._slide(lambda page: items.extend(page.items), budget=None)
        return items

    async def _next_page(self) -> Page[ItemT] | None:
        walk = self._walk
        if not self._pages and self._error is not None:
            error, self._error = self._error, None
            raise error
        while not self._pages:
            try:
                if not await self._slide(self._pages.append, budget=_refill(walk)):
                    return None
            except Exception as exc:
                if not self._pages:
                    raise
                self._error = exc  # the pages before the failing one come first
        return self._pages.popleft()

    async def _slide(self, sink: Callable[[Page[ItemT]], object], budget: int | None) -> int:
        """Read pages through a window of `concurrency`, handing each to `sink` in page order,
        until the listing ends or `budget` pages were asked for; return how many were asked for.
        Every request starts and ends in here."""
        walk = self._walk
        answered: dict[int, APIResponse[Any]] = {}
        failures: dict[int, Exception] = {}
        fatal: list[Exception] = []  # the failure of the page at the head of the window
        asked = 0

        async with anyio.create_task_group() as group:

            def launch() -> None:
                nonlocal asked
                left = None if budget is None else budget - asked
                for number in walk.launch(left):
                    asked += 1
                    group.start_soon(fetch_one, number)

            async def fetch_one(number: int) -> None:
                try:
                    answered[number] = await self._fetch(number)
                except Exception as exc:  # kept per page, so the first page's error is raised
                    failures[number] = exc
                drain()

            def drain() -> None:
                # Hand over every page now at the head of the window, in order.
                while (number := walk.next_page) in answered or number in failures:
                    if number not in failures:
                        try:
                            page = walk.accept(number, answered.pop(number))
                        except Exception as exc:  # a page that does not read as one
                            failures[number] = exc
                    if number in failures:
                        # No page after it is asked for; those in flight finish, as in a batch.
                        fatal.append(failures[number])
                        return
                    if page is not None:
                        sink(page)
                    if walk.done:
                        # Pages past the end (prefetched) or past `max_items` are not needed.
                        group.cancel_scope.cancel()
                        return
                launch()

            launch()
        # Only the head's failure counts: a failing page past the end was not needed.
        if fatal:
            raise fatal[0]
        return asked


class _AsyncPages(Generic[ItemT]):
    def __init__(self, paginator: AsyncPaginator[ItemT]) -> None:
        self._paginator = paginator

    def __aiter__(self) -> _AsyncPages[ItemT]:
        return self

    async def __anext__(self) -> Page[ItemT]:
        page = await self._paginator._next_page()
        if page is None:
            raise StopAsyncIteration
        return page


def page_arguments(arguments: Mapping[str, Any], number: int, page_size: int) -> dict[str, Any]:
    """The list operation's arguments for one page."""
    return {**arguments, "page": number, "limit": page_size}


@attrs.frozen
class CursorPage(Generic[ItemT]):
    """One page of a listing read by cursor: its items, its cursors and the rate limit."""

    items: list[ItemT]
    cursor: CursorPagination | None
    """`start_cursor`, `end_cursor`, count and links; None on a first page that carried none
    (a listing that fits on it)."""
    rate_limit: RateLimitInfo | None


class _CursorWalk(Generic[ItemT]):
    """The cursor paginator's bookkeeping, shared by the sync and async ones: no I/O here.

    The first page is read without a cursor; each later one with `after=<end_cursor>` of the
    page before. Items are never skipped or repeated by the service when the listing changes
    between pages (a cursor names an item, not a position); ids already yielded are dropped all
    the same, in case a service repeats the boundary item.
    """

    def __init__(self, page_size: int, max_items: int | None) -> None:
        self.page_size = page_size
        self.max_items = max_items
        self.end_cursor: str | None = None
        self.done = max_items == 0
        self.yielded = 0
        self._seen: set[str] = set()

    def accept(self, response: APIResponse[Any]) -> CursorPage[ItemT]:
        """Record a fetched page; work out whether another follows and from which cursor."""
        meta = response.parsed.meta
        cursor = (
            meta.cursor_pagination if isinstance(meta.cursor_pagination, CursorPagination) else None
        )
        data: list[Any] = response.parsed.data
        end = (
            cursor.end_cursor if cursor is not None and isinstance(cursor.end_cursor, str) else None
        )
        # Fewer items than asked for, or no link to a next page: the end of the listing (as it
        # stood when read).
        if len(data) < self.page_size or not end or _no_next(cursor):
            self.done = True
        self.end_cursor = end or self.end_cursor
        items: list[ItemT] = [item for item in data if self._first_sight(item)]
        if self.max_items is not None:
            items = items[: max(self.max_items - self.yielded, 0)]
            self.done = self.done or self.yielded + len(items) >= self.max_items
        self.yielded += len(items)
        return CursorPage(items, cursor, response.rate_limit)

    def _first_sight(self, item: object) -> bool:
        item_id = getattr(item, "id", None)
        if item_id is None:
            return True
        key = str(item_id)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def _no_next(cursor: CursorPagination | None) -> bool:
    """The page's links say that nothing follows it (they leave `next` out on the last page)."""
    links = None if cursor is None else cursor.links
    return isinstance(links, CursorPaginationLinks) and not isinstance(links.next_, str)


FetchCursorPage = Callable[[str | None], APIResponse[Any]]
AsyncFetchCursorPage = Callable[[str | None], Awaitable[APIResponse[Any]]]


class CursorPaginator(Generic[ItemT]):
    """Iterate a listing by cursor (`for item in paginator`, or `paginator.pages()`).

    Pages come one after another. `end_cursor` is the cursor of the last page read: a later
    `list(after=paginator.end_cursor)` reads what was added after it.
    """

    def __init__(self, fetch: FetchCursorPage, *, page_size: int, max_items: int | None) -> None:
        self._fetch = fetch
        self._walk: _CursorWalk[ItemT] = _CursorWalk(page_size, max_items)

    @property
    def end_cursor(self) -> str | None:
        """The `end_cursor` of the last page read that had one."""
        return self._walk.end_cursor

    def pages(self) -> Iterator[CursorPage[ItemT]]:
        """The pages in order, each with its items, cursors and rate-limit info."""
        walk = self._walk
        while not walk.done:
            yield walk.accept(self._fetch(walk.end_cursor))

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items

    def collect(self) -> list[ItemT]:
        """Every item (up to `max_items`) in one list."""
        return list(self)


class AsyncCursorPaginator(Generic[ItemT]):
    """Iterate a listing by cursor (`async for item in paginator`, or `.pages()`)."""

    def __init__(
        self, fetch: AsyncFetchCursorPage, *, page_size: int, max_items: int | None
    ) -> None:
        self._fetch = fetch
        self._walk: _CursorWalk[ItemT] = _CursorWalk(page_size, max_items)
        self._items: deque[ItemT] = deque()

    @property
    def end_cursor(self) -> str | None:
        """The `end_cursor` of the last page read that had one."""
        return self._walk.end_cursor

    def pages(self) -> AsyncIterator[CursorPage[ItemT]]:
        """The pages in order, each with its items, cursors and rate-limit info."""
        return _AsyncCursorPages(self)

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        while not self._items:
            page = await self._next_page()
            if page is None:
                raise StopAsyncIteration
            self._items.extend(page.items)
        return self._items.popleft()

    async def collect(self) -> list[ItemT]:
        """Every item (up to `max_items`) in one list."""
        return [item async for item in self]

    async def _next_page(self) -> CursorPage[ItemT] | None:
        if self._walk.done:
            return None
        return self._walk.accept(await self._fetch(self._walk.end_cursor))


class _AsyncCursorPages(Generic[ItemT]):
    def __init__(self, paginator: AsyncCursorPaginator[ItemT]) -> None:
        self._paginator = paginator

    def __aiter__(self) -> _AsyncCursorPages[ItemT]:
        return self

    async def __anext__(self) -> CursorPage[ItemT]:
        page = await self._paginator._next_page()
        if page is None:
            raise StopAsyncIteration
        return page


def cursor_problem(parsed: Any, page_size: int, sent: str | None) -> str | None:
    """Why a cursor listing's page, read after the cursor `sent`, cannot be followed, or None.

    A full page must give the cursor of the next one, unless it is a first page whose offset
    pagination says it is the last: else the listing would be cut short without a word. And that
    cursor must move on from the one sent: else the walk would read the same page forever.
    """
    data, meta = parsed.data, parsed.meta
    cursor = meta.cursor_pagination
    end = cursor.end_cursor if isinstance(cursor, CursorPagination) else None
    if data and end is not None and end == sent:
        return "a page of a cursor listing ending at the cursor it was read from"
    if len(data) < page_size or (isinstance(end, str) and end):
        return None
    pagination = getattr(meta, "pagination", None)
    if isinstance(pagination, Pagination) and pagination.current_page >= pagination.total_pages:
        return None
    return "a full page of a cursor listing without an end_cursor to read on from"


def cursor_arguments(
    arguments: Mapping[str, Any], after: str | None, page_size: int, forward: str
) -> dict[str, Any]:
    """The cursor listing's arguments for one page: the first without a cursor, and none with a
    page number (the service answers a numbered page without cursors)."""
    page = {**arguments, "limit": page_size, "page": UNSET}
    if after is not None:
        page[forward] = after
    return page
