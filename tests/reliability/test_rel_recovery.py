"""Settling a create whose answer was lost, and faults the matrix cannot express by one rule.

README "Retries": "When the outcome is unknown (timeout or connection lost after sending, 5xx) it
is retried, and if the retry answers 409 the metafield is looked up by namespace and key: when it
holds exactly what was sent, the earlier attempt wrote it and the call returns it; otherwise the
409 is raised." So a ConflictError must mean that someone else's metafield holds the key, and a
success must return the caller's own metafield.
"""

from __future__ import annotations

import gzip
import logging
import time
from typing import Any

import httpx
import pytest
from relkit import (
    CART,
    CREATING,
    OTHER_OWNER,
    OWNER,
    PREFIX,
    PRODUCT,
    TOKEN,
    Family,
    Kind,
    make_fake,
    read_timeout,
    run_client,
    wait_idle,
)

from bigcommerce_metafields import (
    APIConnectionError,
    APITimeoutError,
    BigCommerceError,
    ConflictError,
    ServerError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

NEW = {"namespace": "rel", "key": "k", "value": "mine", "permission_set": "read"}


def _create(family: Family, **fields: Any) -> Any:
    return lambda client: family.resource(client).create(*family.args, **{**NEW, **fields})


def _outcome(kind: Kind, fake: FakeBigCommerce, call: Any, **options: Any) -> Any:
    try:
        return run_client(kind, fake, call, **options)
    except BigCommerceError as exc:
        return exc


LOOKUP_FAULTS = {
    "lookup 500 twice": ({"status": 500, "times": 2}, {}),
    "lookup 503 html twice": ({"status": 503, "body": "html", "times": 2}, {}),
    "lookup 429 twice": ({"status": 429, "times": 2}, {"quota": None}),
    "lookup truncated twice": ({"body": "truncated", "times": 2}, {}),
}


@pytest.mark.parametrize("family", CREATING, ids=lambda f: f.name)
@pytest.mark.parametrize("lookup", LOOKUP_FAULTS, ids=str)
def test_a_create_whose_lookup_fails_is_not_reported_as_a_conflict(
    lookup: str, family: Family
) -> None:
    """The write happened (reset after processing), the retry answers 409, and the lookup that
    would settle it fails: the outcome is unknown, so the caller must get an in-doubt error
    (ServerError, RateLimitError, APIConnectionError...) or the metafield, never a ConflictError,
    which tells them that someone else holds the key."""
    rule, options = LOOKUP_FAULTS[lookup]
    fake = make_fake(**options)
    fake.faults.add(method="POST", path=family.collection, drop="after")
    fake.faults.add(method="GET", path=family.collection, **rule)
    outcome = _outcome("sync", fake, _create(family))
    stored = family.stored(fake)
    # Some families do not show owner_client_id; this fake knows no other client's writes.
    assert [(m["key"], m["value"], m.get("owner_client_id", OWNER)) for m in stored] == [
        ("k", "mine", OWNER)
    ], "the first attempt wrote the caller's metafield"
    assert not isinstance(outcome, ConflictError), (
        f"the caller is told that the key is taken by someone else ({outcome}), "
        "but the only metafield holding it is the one this very call wrote"
    )


def test_a_create_whose_lookup_connection_fails_is_in_doubt() -> None:
    """The control of the test above: a lookup that gets no answer raises an in-doubt error."""
    fake = make_fake()
    fake.faults.add(method="POST", path=PRODUCT.collection, drop="after")
    fake.faults.add(method="GET", path=PRODUCT.collection, drop="before", times=None)
    outcome = _outcome("sync", fake, _create(PRODUCT))
    assert isinstance(outcome, APIConnectionError), repr(outcome)
    assert len(PRODUCT.stored(fake)) == 1


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
@pytest.mark.parametrize("family", CREATING, ids=lambda f: f.name)
def test_a_create_is_not_settled_by_another_clients_metafield(kind: Kind, family: Family) -> None:
    """Another API client owns a metafield with the same namespace, key and value (visible to us:
    permission_set "read"); ours holds the key with a different value, a real conflict. The create
    is in doubt after an injected 503, the retry answers 409, and the lookup lists both. Settling
    on the other client's metafield reports a success for a write that never happened."""
    fake = make_fake()
    family.seed(fake, "k", "theirs-and-ours-differ", owner_client_id=OWNER)
    family.seed(fake, "k", "mine", owner_client_id=OTHER_OWNER)
    before = family.stored(fake)
    fake.faults.add(method="POST", path=family.collection, status=503)
    outcome = _outcome(kind, fake, _create(family))
    assert family.stored(fake) == before, "nothing was written"
    assert isinstance(outcome, ConflictError), (
        f"create reported success with metafield {getattr(outcome, 'data', outcome)!r}, owned by "
        f"{OTHER_OWNER!r}; the caller's own metafield still holds another value"
    )


class _Gzip(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serves the fake's answers gzip-encoded, as BigCommerce does for `Accept-Encoding: gzip`
    (which httpx sends by default)."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        self._sync = fake.transport()
        self._async = fake.async_transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _gzipped(self._sync.handle_request(request), request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _gzipped(await self._async.handle_async_request(request), request)


def _gzipped(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    body = response.read()
    if not body:
        return response
    packed = gzip.compress(body)
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"]
    headers += [("content-encoding", "gzip"), ("content-length", str(len(packed)))]
    return httpx.Response(response.status_code, headers=headers, content=packed, request=request)


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
@pytest.mark.parametrize("family", CREATING, ids=lambda f: f.name)
def test_a_create_settled_by_lookup_works_with_gzip_responses(kind: Kind, family: Family) -> None:
    """With gzip-encoded answers, every plain call works, but settling a create in doubt rebuilds a
    response from the lookup's headers (content-encoding: gzip included) around a plain JSON body:
    httpx then fails to gunzip it and raises httpx.DecodingError, which escapes the SDK."""
    fake = make_fake()
    fake.faults.add(method="POST", path=family.collection, drop="after")
    gz = _Gzip(fake)

    def call(client: Any) -> Any:
        return family.resource(client).create(*family.args, **NEW)

    try:
        created = run_client(kind, fake, call, transport=gz)
    except BigCommerceError as exc:
        raise AssertionError(f"an in-doubt create that was written must succeed: {exc!r}") from exc
    except Exception as exc:
        raise AssertionError(f"an exception the SDK does not document escaped: {exc!r}") from exc
    stored = family.stored(fake)
    assert len(stored) == 1
    assert str(created.data.id) == str(stored[0]["id"])


def test_gzip_responses_work_for_every_plain_operation() -> None:
    """The control of the test above: gzip itself is fine."""
    fake = make_fake()

    def call(client: Any) -> Any:
        created = PRODUCT.resource(client).create(*PRODUCT.args, **NEW)
        got = PRODUCT.resource(client).get(*PRODUCT.args, created.data.id)
        listed = PRODUCT.resource(client).list(*PRODUCT.args)
        return created, got, listed

    created, got, listed = run_client("sync", fake, call, transport=_Gzip(fake))
    assert created.data == got.data
    assert (listed.data[0].id, listed.data[0].value) == (created.data.id, NEW["value"])


@pytest.mark.parametrize("kind", ["sync", "asyncio", "trio"])
def test_the_in_process_transport_enforces_read_timeouts(kind: Kind) -> None:
    """Fake: `FakeTransport`/`AsyncFakeTransport` sleep through injected latency whatever the
    request's timeout, so a test of timeouts passes over loopback and silently does nothing in
    process (the call just takes longer and succeeds). The drivers promise the same failures in
    both run modes; over loopback this raises APITimeoutError (see the fault matrix)."""
    fake = make_fake()
    fake.faults.add(method="GET", latency=0.3)

    def call(client: Any) -> Any:
        return CART.resource(client).list(*CART.args, max_retries=0)

    outcome = _outcome(kind, fake, call, timeout=0.05)
    wait_idle(fake)
    assert isinstance(outcome, APITimeoutError), f"latency 0.3 s, timeout 0.05 s: got {outcome!r}"


@pytest.mark.parametrize("body", ["html", "text", "truncated"])
def test_a_body_fault_never_gives_a_204_a_body(body: str) -> None:
    """Fake: a body fault without a status spoils the real answer; for a delete that is a 204,
    which HTTP forbids to carry a body, yet the in-process transport answers 204 with the spoiled
    body (over loopback uvicorn refuses to send it and logs a crash, see the next test)."""
    fake = make_fake()
    seeded = PRODUCT.seed(fake, "k", "v")
    fake.faults.add(method="DELETE", body=body)
    with httpx.Client(transport=fake.transport(), headers={"X-Auth-Token": TOKEN}) as raw:
        response = raw.delete(f"https://x{PREFIX}{PRODUCT.item(seeded['id'])}")
    assert response.status_code == 204
    assert response.content == b"", f"a 204 with a {len(response.content)}-byte body"


def test_a_body_fault_on_a_204_does_not_crash_the_loopback_server(
    loopback: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Fake: over loopback the same rule makes h11 raise "Too much data for declared
    Content-Length" inside the fake's ASGI app, which uvicorn logs as an exception."""
    caplog.set_level(logging.ERROR)
    fake = make_fake()
    seeded = PRODUCT.seed(fake, "k", "v")
    fake.faults.add(method="DELETE", body="html")
    base_url = loopback(fake)

    def call(client: Any) -> Any:
        return PRODUCT.resource(client).delete(*PRODUCT.args, int(str(seeded["id"])))

    run_client("sync", fake, call, base_url=base_url)
    wait_idle(fake)
    assert PRODUCT.stored(fake) == []
    deadline = time.monotonic() + 0.5  # the crash is logged just after the headers went out
    while time.monotonic() < deadline and not _crashes(caplog):
        time.sleep(0.01)
    assert _crashes(caplog) == [], "the fake's server crashed answering the 204"


def _crashes(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("uvicorn")]


# Cart and product only: it waits for a timeout over loopback, and the settling that differs from
# one family to the next is covered in process above.
@pytest.mark.parametrize("family", [CART, PRODUCT], ids=lambda f: f.name)
def test_a_create_in_doubt_after_a_timeout_is_written_once(family: Family, loopback: Any) -> None:
    """Over loopback the timed-out attempt is still processed after the retry: whichever comes
    first writes, the other answers 409, and the caller gets the one metafield."""
    fake = make_fake()
    fake.faults.add(method="POST", path=family.collection, latency=0.2)
    created = run_client(
        "sync", fake, _create(family), base_url=loopback(fake), timeout=read_timeout(0.06)
    )
    wait_idle(fake)
    stored = family.stored(fake)
    assert len(stored) == 1
    assert str(created.data.id) == str(stored[0]["id"])
    posts = [r.status for r in fake.requests if r.method == "POST"]
    assert posts.count(200) == 1, posts
    assert set(posts) == {200, 409}, posts


def test_a_delete_whose_answer_was_lost_succeeds_once() -> None:
    fake = make_fake()
    seeded = CART.seed(fake, "k", "v")
    fake.faults.add(method="DELETE", drop="after")

    def call(client: Any) -> Any:
        return CART.resource(client).delete(*CART.args, int(str(seeded["id"])))

    assert run_client("trio", fake, call) is None
    assert CART.stored(fake) == []
    statuses = [r.status for r in fake.requests if r.method == "DELETE"]
    assert statuses == [None, 404]


def test_a_create_refused_for_good_after_doubt_is_reported() -> None:
    """In doubt (503), then a persistent 5xx: a ServerError, and nothing was written."""
    fake = make_fake()
    fake.faults.add(method="POST", path=PRODUCT.collection, status=503, times=None)
    outcome = _outcome("sync", fake, _create(PRODUCT))
    assert isinstance(outcome, ServerError)
    assert PRODUCT.stored(fake) == []
    assert [r.path for r in fake.requests] == [PREFIX + PRODUCT.collection] * 4


class _FailPage(httpx.BaseTransport):
    """The fake, except that one page of the listing answers 503 every time."""

    def __init__(self, fake: FakeBigCommerce, page: int) -> None:
        self._inner = fake.transport()
        self._page = str(page)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.params.get("page") == self._page:
            return httpx.Response(503, json={"status": 503, "title": "down"}, request=request)
        return self._inner.handle_request(request)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_pagination_through_faults_yields_every_item_once_in_order(concurrency: int) -> None:
    fake = make_fake(quota=None)
    for n in range(230):
        PRODUCT.seed(fake, f"k{n:03}", f"v{n}")
    # Within one call's retry budget (3): the first page's request fails three times.
    fake.faults.add(method="GET", path=PRODUCT.collection, status=503, times=2)
    fake.faults.add(method="GET", path=PRODUCT.collection, drop="after", times=1)

    def call(client: Any) -> Any:
        pages = client.product_metafields.paginate(7, page_size=20, concurrency=concurrency)
        return [item.key for item in pages]

    keys = run_client("sync", fake, call)
    assert keys == [f"k{n:03}" for n in range(230)]


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
def test_a_page_that_keeps_failing_raises_instead_of_cutting_the_listing_short(kind: Kind) -> None:
    fake = make_fake(quota=None)
    for n in range(100):
        PRODUCT.seed(fake, f"k{n:03}", "v")
    seen: list[str] = []

    class _AsyncFailPage(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self._sync = _FailPage(fake, 4)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await request.aread()
            return self._sync.handle_request(request)

    def call(client: Any) -> Any:
        pages = client.product_metafields.paginate(7, page_size=10, concurrency=3)
        if kind == "sync":
            seen.extend(item.key for item in pages)
            return None

        async def run() -> None:
            async for item in pages:
                seen.append(item.key)

        return run()

    transport = _FailPage(fake, 4) if kind == "sync" else _AsyncFailPage()
    with pytest.raises(ServerError):
        run_client(kind, fake, call, transport=transport)
    # Whole batches only: the items handed out are a prefix that stops before the failing page.
    assert seen == [f"k{n:03}" for n in range(len(seen))]
    assert len(seen) <= 30, "items past the failing page were handed out"
