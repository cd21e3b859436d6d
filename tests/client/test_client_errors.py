"""Typed errors: one class per status, what each carries, and bodies that are not what they should
be. Whatever comes back, the caller sees an SDK exception, never a parser's or httpx's."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from clientkit import (
    CLIENT_B,
    ERROR_TYPE_URL,
    FAST,
    NEW,
    PREFIX,
    PRODUCT,
    STORE,
    TOKEN,
    Api,
    Connect,
    make_fake,
    outcomes,
    raises,
)

from bigcommerce_metafields import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AsyncMetafieldsClient,
    AuthenticationError,
    BadRequestError,
    BigCommerceError,
    ConflictError,
    DecodeError,
    MetafieldsClient,
    NotFoundError,
    OtherClientError,
    PermissionDeniedError,
    ProductMetafieldResponse,
    RateLimitError,
    RateLimitInfo,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

ITEM = f"/catalog/products/{PRODUCT}/metafields/1"
COLLECTION = f"/catalog/products/{PRODUCT}/metafields"
# What the fake's default quota says before its window opens (injected answers spend nothing)...
UNSPENT = RateLimitInfo(window_ms=30_000, reset_ms=30_000, quota=150, left=150)


def _after(requests: int) -> Callable[[RateLimitInfo | None], bool]:
    """...and after `requests` requests were served (the reset counts down meanwhile)."""

    def check(info: RateLimitInfo | None) -> bool:
        return (
            info is not None
            and (info.window_ms, info.quota, info.left) == (30_000, 150, 150 - requests)
            and info.reset_ms is not None
            and 29_000 < info.reset_ms <= 30_000
        )

    return check


@dataclass(frozen=True)
class StatusCase:
    error: type[APIStatusError]
    status: int
    title: str
    setup: Callable[[FakeBigCommerce], object] = lambda fake: None
    call: tuple[str, tuple[Any, ...], dict[str, Any]] = ("product_metafields.get", (PRODUCT, 1), {})
    detail: str | None = None
    errors: dict[str, str] = field(default_factory=dict)
    token: str = TOKEN
    attempts: int = 1
    rate_limit: Callable[[RateLimitInfo | None], bool] = lambda info: info == UNSPENT
    fake_options: dict[str, Any] = field(default_factory=dict)

    @property
    def method(self) -> str:
        return {"get": "GET", "create": "POST", "update": "PUT", "list": "GET"}[
            self.call[0].rpartition(".")[2]
        ]


def _fault(status: int, **options: Any) -> Callable[[FakeBigCommerce], object]:
    return lambda fake: fake.faults.add(status=status, **options)


def _seed(owner: str) -> Callable[[FakeBigCommerce], object]:
    return lambda fake: fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=owner)


STATUS_CASES = {
    "400": StatusCase(BadRequestError, 400, "Injected failure", _fault(400)),
    "401 unknown token": StatusCase(
        AuthenticationError, 401, "Unauthorized", token="tok-not-known-here",
        detail="Missing or unknown X-Auth-Token.", rate_limit=_after(1),
    ),
    "403 another client's metafield": StatusCase(
        PermissionDeniedError, 403, "Only the owner may change this metafield", _seed(CLIENT_B),
        call=("product_metafields.update", (PRODUCT, 1), {"value": "mine now"}),
        detail="namespace, key, permission_set and value belong to the creating client.",
        rate_limit=_after(1),
    ),
    "404": StatusCase(
        NotFoundError, 404, "Metafield not found", detail="No metafield 1.", rate_limit=_after(1)
    ),
    "409": StatusCase(
        ConflictError, 409, "A metafield with this namespace and key already exists",
        _seed("client-a"), call=("product_metafields.create", (PRODUCT,), NEW),
        detail="namespace='warehouse' key='location' is taken on this resource.",
        rate_limit=_after(1),
    ),
    "422 injected": StatusCase(UnprocessableEntityError, 422, "Injected failure", _fault(422)),
    "422 from the service": StatusCase(
        UnprocessableEntityError, 422, "Invalid query parameters",
        # page=0 is refused client-side; extra_query sends what the SDK would not.
        call=("product_metafields.list", (PRODUCT,), {"extra_query": {"page": 0}}),
        errors={"page": "page must be a positive integer"}, rate_limit=_after(1),
    ),
    "418": StatusCase(OtherClientError, 418, "Injected failure", _fault(418)),
    "429 retries exhausted": StatusCase(
        RateLimitError, 429, "Too Many Requests", _fault(429, times=None), attempts=4,
        rate_limit=lambda info: info is None, fake_options={"quota": None},
    ),
    "429 platform load": StatusCase(
        RateLimitError, 429, "Too Many Requests", lambda fake: setattr(fake, "platform_load", True),
        detail="The platform is under load.", attempts=4, rate_limit=lambda info: info is None,
    ),
    "500": StatusCase(
        ServerError, 500, "Internal Server Error", _fault(500, times=None), attempts=4
    ),
    "501": StatusCase(ServerError, 501, "Injected failure", _fault(501, times=None)),
    "503": StatusCase(ServerError, 503, "Service Unavailable", _fault(503, times=None), attempts=4),
    "520": StatusCase(ServerError, 520, "Unknown Error", _fault(520, times=None), attempts=4),
}  # fmt: skip


@pytest.mark.anyio
@pytest.mark.parametrize("case", STATUS_CASES.values(), ids=STATUS_CASES.keys())
async def test_each_status_raises_its_class_with_what_the_service_said(
    case: StatusCase, connect: Connect, base_url: str
) -> None:
    fake = make_fake(**case.fake_options)
    case.setup(fake)
    api = connect(fake, access_token=case.token)
    operation, args, kwargs = case.call

    with raises(case.error) as info:
        await api(operation, *args, **kwargs)

    error = info.value
    assert isinstance(error, APIStatusError)
    assert (error.status_code, error.title, error.type) == (case.status, case.title, ERROR_TYPE_URL)
    assert (error.detail, error.errors) == (case.detail, case.errors)
    assert json.loads(error.body)["status"] == case.status
    assert error.method == case.method
    path = ITEM if operation.endswith((".get", ".update")) else COLLECTION
    assert error.url.startswith(f"{base_url}{path}")
    assert case.rate_limit(error.rate_limit), error.rate_limit
    assert len(fake.requests) == case.attempts
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{case.status} ")
    assert case.title in message
    assert message.endswith(f"({case.method} {error.url})")
    assert error.__cause__ is None
    if case.error is RateLimitError:
        assert isinstance(error, RateLimitError)
        assert error.retry_after is None  # neither 429 said how long to wait


def test_every_status_error_class_is_an_api_error_and_a_bigcommerce_error() -> None:
    for case in STATUS_CASES.values():
        assert issubclass(case.error, APIStatusError)
        assert issubclass(case.error, APIError)
        assert issubclass(case.error, BigCommerceError)
    assert issubclass(ResponseParseError, APIError)
    assert not issubclass(ResponseParseError, APIStatusError)


# -- bodies that are not JSON, or not whole -------------------------------------------------------

SPOILED = ["html", "empty", "truncated", "text"]
SPOILED_BODY: dict[str, Callable[[str], bool]] = {
    "html": lambda body: body.startswith("<html>"),
    "empty": lambda body: body == "",
    "truncated": lambda body: body.startswith('{"status":') and not body.endswith("}"),
    "text": lambda body: json.loads(body)["type"] == ERROR_TYPE_URL,
}


@pytest.mark.anyio
@pytest.mark.parametrize("kind", SPOILED)
@pytest.mark.parametrize(
    ("status", "error"), [(404, NotFoundError), (503, ServerError), (429, RateLimitError)]
)
async def test_error_status_with_a_spoiled_body_still_raises_its_class(
    status: int, error: type[APIStatusError], kind: str, fake: FakeBigCommerce, api: Api
) -> None:
    fake.faults.add(status=status, body=kind)  # type: ignore[arg-type]

    with raises(error) as info:
        await api("product_metafields.get", PRODUCT, 1, max_retries=0)

    assert info.value.status_code == status
    assert SPOILED_BODY[kind](info.value.body), info.value.body
    if kind != "text":  # the same JSON as text/plain is still read
        assert (info.value.title, info.value.detail, info.value.errors) == (None, None, {})
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{status} ")
    if kind == "html":
        assert f"<title>{status} " in message  # a gateway page is recognisable in the message
    assert info.value.__cause__ is None


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["html", "empty", "truncated"])
@pytest.mark.parametrize(
    ("operation", "args"),
    [("product_metafields.get", (PRODUCT, 1)), ("product_metafields.list", (PRODUCT,))],
    ids=["get", "list"],
)
async def test_a_200_with_an_unreadable_body_is_a_response_parse_error(
    operation: str, args: tuple[Any, ...], kind: str, fake: FakeBigCommerce, api: Api
) -> None:
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id="client-a")
    fake.faults.add(method="GET", body=kind, times=None)  # type: ignore[arg-type]

    with raises(ResponseParseError) as info:
        await api(operation, *args)

    assert info.value.status_code == 200
    assert isinstance(info.value.__cause__, ValueError)  # the parser's JSONDecodeError, chained
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("200 OK: ")
    assert info.value.rate_limit is not None
    assert info.value.rate_limit.quota == 150
    assert outcomes(fake) == [200] * 4  # read again: a cut body may not come twice


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_200_with_an_unreadable_body_once_is_read_again(
    fake: FakeBigCommerce, api: Api
) -> None:
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id="client-a")
    fake.faults.add(method="GET", body="truncated", times=1)

    got = await api("product_metafields.get", PRODUCT, 1)

    assert type(got) is ProductMetafieldResponse
    assert got.data.key == "location"
    assert outcomes(fake) == [200, 200]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_200_with_the_wrong_content_type_is_a_response_parse_error(
    fake: FakeBigCommerce, api: Api
) -> None:
    """A 2xx must be `application/json`: a `text/plain` answer comes from something that is not
    the API (a proxy, a captive portal), even if its text happens to parse."""
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id="client-a")
    fake.faults.add(method="GET", body="text", times=None)

    with raises(ResponseParseError) as info:
        await api("product_metafields.get", PRODUCT, 1, max_retries=0)

    assert info.value.status_code == 200
    assert "text/plain" in str(info.value)


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (b"[]", "expected an object (ProductMetafieldResponse), got an array"),
        (b"null", "expected an object (ProductMetafieldResponse), got null"),
        (b'"data"', "expected an object (ProductMetafieldResponse), got a string"),
        (b'{"data": []}', "data: expected an object (ProductMetafield), got an array"),
        (b'{"data": {"id": 1}}', "data.key: missing"),
        (b'{"data": {"id": 1, "key": "k", "value": "v", "namespace": "n", "permission_set": "read",'
         b' "resource_type": "product", "resource_id": 111, "date_created": "yesterday",'
         b' "date_modified": "2023-11-15T15:16:35+00:00"}}',
         "data.date_created: not an ISO 8601 date-time: 'yesterday'"),
        (b'{"data": {"id": 1, "key": "k", "value": "v", "namespace": "n", "permission_set": "read",'
         b' "resource_type": "product", "resource_id": 111, "date_created": 1700000000,'
         b' "date_modified": "2023-11-15T15:16:35+00:00"}}',
         "data.date_created: expected a date-time string, got an integer"),
    ],
    ids=["array", "null", "string", "data array", "data incomplete", "bad date", "numeric date"],
)  # fmt: skip
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_200_of_the_wrong_shape_is_a_response_parse_error(
    kind: str, body: bytes, named: str
) -> None:
    """Shapes the fake never answers, from an injected transport: JSON, but not the spec's."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(answer)
    with raises(ResponseParseError) as info:
        if kind == "sync":
            with MetafieldsClient(STORE, TOKEN, transport=transport, retry_policy=FAST) as sdk:
                sdk.product_metafields.get(PRODUCT, 1, max_retries=0)
        else:
            import anyio

            async def main() -> None:
                async with AsyncMetafieldsClient(
                    STORE, TOKEN, transport=transport, retry_policy=FAST
                ) as sdk:
                    await sdk.product_metafields.get(PRODUCT, 1, max_retries=0)

            anyio.run(main)

    assert isinstance(info.value.__cause__, DecodeError)
    assert f"not the spec's ProductMetafieldResponse: {named}" in str(info.value)
    assert info.value.body == body.decode()
    assert "\n" not in str(info.value)
    assert len(sent) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("status", [201, 204, 299])
async def test_an_undocumented_success_status_is_a_response_parse_error(
    status: int, fake: FakeBigCommerce, api: Api
) -> None:
    fake.faults.add(method="GET", status=status, times=None)

    with raises(ResponseParseError) as info:
        await api("product_metafields.get", PRODUCT, 1, max_retries=1)

    assert info.value.status_code == status
    assert "\n" not in str(info.value)
    assert outcomes(fake) == [status, status]


@pytest.mark.parametrize(
    "content_type",
    ["application/json", "application/json; charset=utf-8", "Application/JSON",
     "application/vnd.api+json"],
)  # fmt: skip
def test_a_200_in_any_json_media_type_is_read(content_type: str) -> None:
    body = {"data": {"id": 1, "key": "k", "value": "v", "namespace": "n",
                     "permission_set": "read", "resource_type": "product", "resource_id": 111,
                     "date_created": "2023-11-15T15:16:35+00:00",
                     "date_modified": "2023-11-15T15:16:35+00:00"}, "meta": {}}  # fmt: skip
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=json.dumps(body).encode(), headers={"content-type": content_type}
        )
    )
    with MetafieldsClient(STORE, TOKEN, transport=transport) as sdk:
        got = sdk.product_metafields.get(PRODUCT, 1)

    assert type(got) is ProductMetafieldResponse
    assert (got.data.id, got.data.key) == (1, "k")


# -- no response at all ---------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["loopback"])
async def test_refused_connection_is_an_api_connection_error(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    url = f"http://127.0.0.1:{_closed_port()}{PREFIX}"
    api = connect(fake, base_url=url, default_transport=True)

    with raises(APIConnectionError) as info:
        await api("product_metafields.get", PRODUCT, 1)

    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert (info.value.method, info.value.url) == ("GET", f"{url}{ITEM}")
    assert "\n" not in str(info.value)
    assert str(info.value).endswith(f"(GET {url}{ITEM})")
    assert fake.requests == []


@pytest.mark.anyio
async def test_connections_dropped_on_every_attempt_are_an_api_connection_error(
    fake: FakeBigCommerce, api: Api
) -> None:
    fake.faults.add(drop="before", times=None)

    with raises(APIConnectionError) as info:
        await api("product_metafields.get", PRODUCT, 1)

    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert "\n" not in str(info.value)
    assert outcomes(fake) == ["dropped before"] * 4
