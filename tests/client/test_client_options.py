"""Client options: construction refuses bad settings, `with_options` makes a client with other
defaults sharing the original's connections, and per-call `extra_headers` / `extra_query` reach
the service (the token excepted)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from clientkit import (
    CLIENT_A,
    CLIENT_B,
    NEW,
    PRODUCT,
    STORE,
    TOKEN,
    Api,
    Connect,
    make_fake,
    raises,
    sent,
)

from bigcommerce_metafields import (
    APITimeoutError,
    AsyncMetafieldsClient,
    ClientClosedError,
    ConfigurationError,
    MetafieldsClient,
    ProductMetafieldList,
    ServerError,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

CLIENTS = pytest.mark.parametrize(
    "kind", [MetafieldsClient, AsyncMetafieldsClient], ids=["sync", "async"]
)
ITEM = f"/catalog/products/{PRODUCT}/metafields/1"
COLLECTION = f"/catalog/products/{PRODUCT}/metafields"


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _copy(api: Api, **options: Any) -> Api:
    return Api(api.sdk.with_options(**options))


async def _drained(fake: FakeBigCommerce) -> None:
    """Wait until requests the client gave up on have finished on the (loopback) server."""
    with anyio.fail_after(5):
        while fake.in_flight:  # noqa: ASYNC110 - the server's thread gives no event to wait on
            await anyio.sleep(0.01)


# -- construction ---------------------------------------------------------------------------------

# (a client option, the value refused, what the message names)
BAD_SETTINGS = [
    ("timeout", -1, "timeout"),
    ("timeout", 0, "timeout"),
    ("timeout", float("nan"), "timeout"),
    ("timeout", float("inf"), "timeout"),
    ("timeout", "30", "timeout"),
    ("timeout", httpx.Timeout(5.0, connect=-1.0), "timeout"),
    ("max_retries", "x", "max_retries"),
    ("max_retries", -1, "max_retries"),
    ("max_retries", 1.5, "max_retries"),
    ("max_retries", True, "max_retries"),
    ("max_in_flight", 0, "max_in_flight"),
    ("max_in_flight", -3, "max_in_flight"),
    ("max_in_flight", 2.0, "max_in_flight"),
    ("max_in_flight", True, "max_in_flight"),
]


@CLIENTS
@pytest.mark.parametrize(("option", "value", "named"), BAD_SETTINGS)
def test_a_bad_client_setting_raises_configuration_error(
    kind: type[Any], option: str, value: Any, named: str, fake: FakeBigCommerce
) -> None:
    transport = fake.transport() if kind is MetafieldsClient else fake.async_transport()

    with raises(ConfigurationError) as info:
        kind(STORE, TOKEN, transport=transport, **{option: value})

    assert named in str(info.value)
    assert fake.requests == []


@CLIENTS
@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("timeout", None),
        ("timeout", 0.5),
        ("timeout", 3),
        ("timeout", httpx.Timeout(5.0, connect=1.0)),
        ("max_retries", 0),
        ("max_retries", None),
        ("max_in_flight", 1),
    ],
)
def test_good_client_settings_are_accepted(
    kind: type[Any], option: str, value: Any, fake: FakeBigCommerce
) -> None:
    transport = fake.transport() if kind is MetafieldsClient else fake.async_transport()
    sdk = kind(STORE, TOKEN, transport=transport, **{option: value})
    assert type(sdk) is kind


# -- with_options ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_with_options_returns_a_client_of_the_same_class(
    fake: FakeBigCommerce, api: Api
) -> None:
    copy = api.sdk.with_options(timeout=5, max_retries=0)

    assert type(copy) is type(api.sdk)
    assert copy is not api.sdk
    assert repr(copy) == repr(api.sdk)
    listed = await Api(copy)("product_metafields.list", PRODUCT)
    assert type(listed) is ProductMetafieldList
    assert sent(fake) == [("GET", f"{COLLECTION}?limit=50", 200)]


@pytest.mark.anyio
async def test_closing_the_original_closes_the_copy(fake: FakeBigCommerce, api: Api) -> None:
    copy = _copy(api, max_retries=1)
    await copy("product_metafields.list", PRODUCT)

    await api.aclose()

    with raises(ClientClosedError):
        await copy("product_metafields.list", PRODUCT)
    with raises(ClientClosedError):
        copy.sdk.product_metafields.paginate(PRODUCT)
    assert len(fake.requests) == 1


@pytest.mark.anyio
async def test_closing_the_copy_leaves_the_original_open(fake: FakeBigCommerce, api: Api) -> None:
    copy = _copy(api, timeout=10)

    await copy.aclose()
    if isinstance(copy.sdk, MetafieldsClient):
        with copy.sdk:  # the with block of a copy closes nothing either
            pass
    else:
        async with copy.sdk:
            pass

    created = await api("product_metafields.create", PRODUCT, **NEW)
    items = await _maybe_await(api.sdk.product_metafields.paginate(PRODUCT).collect())
    assert [item.id for item in items] == [created.data.id]
    assert [r.method for r in fake.requests] == ["POST", "GET"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_copys_max_retries_applies_to_it_alone(fake: FakeBigCommerce, api: Api) -> None:
    """The original retries 3 times (FAST); a copy with max_retries=0 gives up at the first 503,
    while the original, given the same failures, gets through."""
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_A)
    fake.faults.add(status=503, times=2)
    copy = _copy(api, max_retries=0)

    with raises(ServerError) as info:
        await copy("product_metafields.get", PRODUCT, 1)
    got = await api("product_metafields.get", PRODUCT, 1)

    assert info.value.status_code == 503
    assert got.data.key == NEW["key"]
    assert sent(fake) == [("GET", ITEM, 503), ("GET", ITEM, 503), ("GET", ITEM, 200)]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_copy_with_more_retries_outlasts_the_original(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_A)
    api = connect(fake, max_retries=0)
    copy = _copy(api, max_retries=2)
    fake.faults.add(status=503, times=3)

    with raises(ServerError):
        await api("product_metafields.get", PRODUCT, 1)
    got = await copy("product_metafields.get", PRODUCT, 1)

    assert got.data.value == NEW["value"]
    assert [r.status for r in fake.requests] == [503, 503, 503, 200]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["loopback"])  # in process, no transport enforces timeouts
async def test_a_copys_timeout_applies_to_it_alone(fake: FakeBigCommerce, api: Api) -> None:
    fake.faults.add(latency=0.3, times=2)
    hasty = _copy(api, timeout=0.05, max_retries=0)

    with raises(APITimeoutError):
        await hasty("product_metafields.list", PRODUCT)
    listed = await api("product_metafields.list", PRODUCT)  # the original's 30 s
    await _drained(fake)

    assert type(listed) is ProductMetafieldList
    assert len(fake.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_copy_shares_the_originals_in_flight_cap(connect: Connect) -> None:
    """One cap for the original and its copies: with max_in_flight=1, four concurrent calls
    through both are served one at a time. Two separate clients would overlap."""
    fake = make_fake(latency=0.05)

    async def peak(first: Api, second: Api) -> int:
        def call(api: Api) -> Callable[[], Any]:
            return lambda: api("product_metafields.list", PRODUCT)

        async with anyio.create_task_group() as group:
            for api in (first, second, first, second):
                if api.is_async:
                    group.start_soon(call(api))
                else:  # the sync client, from threads
                    sdk = api.sdk
                    assert isinstance(sdk, MetafieldsClient)
                    group.start_soon(
                        anyio.to_thread.run_sync,
                        lambda sdk=sdk: sdk.product_metafields.list(PRODUCT),
                    )
        return fake.max_in_flight

    original = connect(fake, max_in_flight=1)
    assert await peak(original, _copy(original, max_retries=1)) == 1
    assert len(fake.requests) == 4

    fake.reset()
    assert await peak(connect(fake, max_in_flight=1), connect(fake, max_in_flight=1)) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_copy_knows_who_the_original_is(fake: FakeBigCommerce, api: Api) -> None:
    """The API client id the original learnt from its write tells the copy's `find` which of
    two apps' metafields is its own."""
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_B)
    await api("product_metafields.create", PRODUCT, **NEW)  # learns client-a
    copy = _copy(api, timeout=5)

    found = await copy("product_metafields.find", PRODUCT, namespace="warehouse", key="location")

    assert found is not None
    assert found.owner_client_id == CLIENT_A


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(
    "options",
    [
        {"timeout": -1},
        {"timeout": float("nan")},
        {"timeout": 0},
        {"max_retries": "x"},
        {"max_retries": -1},
        {"max_retries": True},
    ],
    ids=lambda options: f"{next(iter(options))}={next(iter(options.values()))!r}",
)
async def test_with_options_refuses_bad_values(
    options: dict[str, Any], fake: FakeBigCommerce, api: Api
) -> None:
    with raises(ConfigurationError) as info:
        api.sdk.with_options(**options)

    assert next(iter(options)) in str(info.value)
    await api("product_metafields.list", PRODUCT)  # the original is unharmed
    assert len(fake.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_with_options_without_arguments_keeps_the_settings(
    fake: FakeBigCommerce, api: Api
) -> None:
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_A)
    fake.faults.add(status=503, times=3)
    copy = _copy(api)  # FAST: 3 retries, like the original

    got = await copy("product_metafields.get", PRODUCT, 1)

    assert got.data.id == 1
    assert [r.status for r in fake.requests] == [503, 503, 503, 200]


# -- extra_headers and extra_query ----------------------------------------------------------------


@pytest.mark.anyio
async def test_extra_headers_reach_the_service(fake: FakeBigCommerce, api: Api) -> None:
    created = await api("product_metafields.create", PRODUCT, **NEW, extra_headers={"X-Trace": "1"})
    await api("product_metafields.get", PRODUCT, created.data.id, extra_headers={"X-Trace": "2"})
    await api("product_metafields.list", PRODUCT)

    assert [r.headers.get("x-trace") for r in fake.requests] == ["1", "2", None]
    assert all(r.client_id == CLIENT_A for r in fake.requests)  # the token was still sent


@pytest.mark.anyio
async def test_extra_headers_reach_every_page_of_a_listing(fake: FakeBigCommerce, api: Api) -> None:
    fake.add_metafields("product", PRODUCT, 3)

    paginator = api.sdk.product_metafields.paginate(
        PRODUCT, page_size=1, extra_headers={"X-Trace": "p"}, extra_query={"x": "1"}
    )
    items = await _maybe_await(paginator.collect())

    assert len(items) == 3
    assert [r.headers.get("x-trace") for r in fake.requests] == ["p"] * 3
    assert all("x=1" in r.query.split("&") for r in fake.requests)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("name", ["X-Auth-Token", "x-auth-token", "X-AUTH-TOKEN"])
async def test_extra_headers_cannot_override_the_token(
    name: str, fake: FakeBigCommerce, api: Api
) -> None:
    with raises(ValidationError) as info:
        await api("product_metafields.list", PRODUCT, extra_headers={name: "stolen"})

    assert list(info.value.errors) == ["extra_headers"]
    assert "token" in info.value.errors["extra_headers"]
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(
    "headers",
    [
        {"X-Trace": "a\nb"},
        {"X-Trace": "a\r\nX-Injected: 1"},
        {"X-Trace": "\x00"},
        {"X-Trace": "caf\u00e9"},
        {"X-Trace": 1},
        {"X Trace": "1"},
        {"": "1"},
        {"X-Trace:": "1"},
        {1: "1"},
        [("X-Trace", "1")],
    ],
    ids=[
        "newline", "crlf", "nul", "non-ascii", "int value", "space in name", "empty name",
        "colon in name", "int name", "not a mapping",
    ],
)  # fmt: skip
async def test_bad_extra_headers_are_refused(headers: Any, fake: FakeBigCommerce, api: Api) -> None:
    with raises(ValidationError) as info:
        await api("product_metafields.list", PRODUCT, extra_headers=headers)

    assert list(info.value.errors) == ["extra_headers"]
    assert fake.requests == []


@pytest.mark.anyio
async def test_extra_query_reaches_the_service(fake: FakeBigCommerce, api: Api) -> None:
    await api("product_metafields.list", PRODUCT, extra_query={"x": "1", "n": 2})
    await api("product_metafields.create", PRODUCT, **NEW, extra_query={"x": "1"})

    assert sent(fake) == [
        ("GET", f"{COLLECTION}?limit=50&x=1&n=2", 200),
        ("POST", f"{COLLECTION}?x=1", 200),
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_extra_query_goes_over_the_operations_own_parameters(
    fake: FakeBigCommerce, api: Api
) -> None:
    fake.add_metafields("product", PRODUCT, 3)

    listed = await api("product_metafields.list", PRODUCT, limit=50, extra_query={"limit": 2})

    assert len(listed.data) == 2
    assert sent(fake) == [("GET", f"{COLLECTION}?limit=2", 200)]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(
    "query",
    [{"x": True}, {"x": 1.5}, {"x": None}, {"": "1"}, {"x": "\ud800"}, ["x"]],
    ids=["bool", "float", "None", "empty name", "lone surrogate", "not a mapping"],
)
async def test_bad_extra_query_is_refused(query: Any, fake: FakeBigCommerce, api: Api) -> None:
    with raises(ValidationError) as info:
        await api("product_metafields.list", PRODUCT, extra_query=query)

    assert list(info.value.errors) == ["extra_query"]
    assert fake.requests == []


class _Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake's transport, remembering each request's headers as sent (repeats kept), which
    the fake's own log, one value per name, cannot show."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        self.sync = fake.transport()
        self.async_ = fake.async_transport()
        self.sent: list[list[tuple[str, str]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(list(request.headers.multi_items()))
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(list(request.headers.multi_items()))
        return await self.async_.handle_async_request(request)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_extra_headers_replace_the_sdks_own_whatever_their_case(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    """`extra_headers` are sent "over the SDK's own headers": `accept` replaces `Accept`, it is
    not sent beside it (two Accept headers, which a server reads joined or as it likes)."""
    recording = _Recording(fake)
    api = connect(fake, transport=recording)

    await api(
        "product_metafields.list",
        PRODUCT,
        extra_headers={"accept": "application/problem+json", "user-agent": "mine/1"},
    )

    (headers,) = recording.sent
    values = {
        name.lower(): [v for n, v in headers if n.lower() == name.lower()] for name, _ in headers
    }
    assert values["accept"] == ["application/problem+json"]
    assert values["user-agent"] == ["mine/1"]
    assert len(values["x-auth-token"]) == 1
    assert fake.requests[0].client_id == CLIENT_A
