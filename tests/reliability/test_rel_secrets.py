"""Secrets and transport: the token stays out of every log, repr, message and traceback; plain
http is refused off loopback; TLS verification is on; requests go where the base URL says."""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from relkit import (
    CART,
    FAST,
    OTHER_OWNER,
    OWNER,
    PRODUCT,
    STORE,
    TOKEN,
    leaks,
    make_fake,
    reachable_secrets,
    read_timeout,
    run_client,
    wait_idle,
)

from bigcommerce_metafields import (
    APIConnectionError,
    APITimeoutError,
    AsyncMetafieldsClient,
    AuthenticationError,
    BadRequestError,
    BigCommerceError,
    ConfigurationError,
    ConflictError,
    MetafieldsClient,
    NotFoundError,
    OtherClientError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

NEW = {"namespace": "rel", "key": "k", "value": "v", "permission_set": "read"}


def _client_call(
    call: Callable[[Any], Any], *, fake_options: dict[str, Any] | None = None, **faults: Any
) -> Callable[[Any], BaseException]:
    def provoke(loopback: Any) -> BaseException:
        fake = make_fake(**(fake_options or {}))
        other = PRODUCT.seed(fake, "theirs", "v", owner_client_id=OTHER_OWNER)
        PRODUCT.seed(fake, "k", "v")
        if faults:
            fake.faults.add(times=None, **faults)
        base_url = loopback(fake) if faults.get("latency") else None
        try:
            run_client(
                "sync",
                fake,
                lambda client: call(client) if call is not _update_other else call(client, other),
                base_url=base_url,
                timeout=read_timeout(0.05) if base_url else 30.0,
            )
        except BigCommerceError as exc:
            wait_idle(fake)
            return exc
        raise AssertionError("nothing was raised")

    return provoke


def _update_other(client: Any, other: dict[str, Any] | None = None) -> Any:
    assert other is not None
    return client.product_metafields.update(PRODUCT.resource_id, int(other["id"]), value="mine")


def _get(client: Any) -> Any:
    return client.product_metafields.get(PRODUCT.resource_id, 1)


def _config(**options: Any) -> Callable[[Any], BaseException]:
    def provoke(loopback: Any) -> BaseException:
        settings = dict(options)
        with pytest.raises(ConfigurationError) as caught:
            MetafieldsClient(settings.pop("store_hash", STORE), TOKEN, **settings)
        return caught.value

    return provoke


PROVOKED: dict[str, tuple[type[BaseException], Callable[[Any], BaseException]]] = {
    "plain http": (ConfigurationError, _config(base_url="http://api.example.com/v3")),
    "bad base url": (ConfigurationError, _config(base_url="ftp://x/y")),
    "bad store hash": (ConfigurationError, _config(store_hash="Not A Hash")),
    "validation": (
        ValidationError,
        _client_call(lambda c: c.cart_metafields.create(CART.resource_id, key="", value="")),
    ),
    "401": (
        AuthenticationError,
        _client_call(_get, fake_options={"tokens": {"someone-else": "x"}}),
    ),
    "403": (PermissionDeniedError, _client_call(_update_other)),
    "404": (
        NotFoundError,
        _client_call(lambda c: c.product_metafields.get(PRODUCT.resource_id, 999)),
    ),
    "409": (
        ConflictError,
        _client_call(lambda c: c.product_metafields.create(PRODUCT.resource_id, **NEW)),
    ),
    "400": (BadRequestError, _client_call(_get, status=400)),
    "418": (OtherClientError, _client_call(_get, status=418)),
    "422": (UnprocessableEntityError, _client_call(_get, status=422)),
    "429": (RateLimitError, _client_call(_get, status=429, fake_options={"quota": None})),
    "502 html": (ServerError, _client_call(_get, status=502, body="html")),
    "200 html": (ResponseParseError, _client_call(_get, body="html")),
    "200 truncated": (ResponseParseError, _client_call(_get, body="truncated")),
    "reset": (APIConnectionError, _client_call(_get, drop="before")),
    "reset after": (APIConnectionError, _client_call(_get, drop="after")),
    "timeout": (APITimeoutError, _client_call(_get, latency=0.2)),
}


@pytest.mark.parametrize("case", PROVOKED, ids=str)
def test_no_exception_shows_the_token(
    case: str, loopback: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """str, repr and `traceback.format_exception` (the whole chain) of every exception the SDK
    raises; meanwhile every logger logs at DEBUG, and no record shows the token either."""
    caplog.set_level(logging.DEBUG)
    expected, provoke = PROVOKED[case]
    exc = provoke(loopback)
    assert isinstance(exc, expected), repr(exc)
    assert leaks(exc, TOKEN) == [], f"{exc!r} shows the token in its {leaks(exc, TOKEN)}"
    assert TOKEN not in caplog.text
    for record in caplog.records:
        assert TOKEN not in record.getMessage(), record


@pytest.mark.parametrize("case", PROVOKED, ids=str)
def test_no_exception_holds_the_token(case: str, loopback: Any) -> None:
    """`_errors.py`: "No message, attribute or repr of these holds the access token: requests
    carry it in a header, and only the method and URL are kept" (APIError deliberately drops the
    response, whose request holds the header). Walk everything reachable from the exception's
    attributes (`__cause__` and `__context__` included, stack frames excluded): an error reporter
    serialising the exception chain must not find the token."""
    _, provoke = PROVOKED[case]
    exc = provoke(loopback)
    found = reachable_secrets(exc, TOKEN)
    assert found == [], f"{exc!r} holds the token at {found[:3]}"


def _busy_scenario(client: Any) -> None:
    """Retries, throttle waits, a settled create, typed errors and pagination, all logged."""
    products = client.product_metafields
    for n in range(6):
        products.create(PRODUCT.resource_id, **{**NEW, "key": f"k{n}"})
    list(products.paginate(PRODUCT.resource_id, page_size=2))
    products.get(PRODUCT.resource_id, 1)
    for call in (
        lambda: products.get(PRODUCT.resource_id, 999),
        lambda: products.create(PRODUCT.resource_id, **{**NEW, "key": "k0"}),
        lambda: products.create(PRODUCT.resource_id, key=""),
    ):
        with pytest.raises(BigCommerceError):
            call()


def _busy_fake() -> FakeBigCommerce:
    fake = make_fake(quota=4, window_ms=50)
    fake.faults.add(method="POST", drop="after")
    items = PRODUCT.collection + "/*"  # not the collection: the settling lookup must succeed
    fake.faults.add(method="GET", path=items, status=503)
    fake.faults.add(method="GET", path=items, status=429, headers={"X-Retry-After": "0.01"})
    fake.faults.add(method="GET", path=items, body="truncated")
    return fake


def test_debug_logs_of_every_library_never_show_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    run_client("sync", _busy_fake(), _busy_scenario)
    assert "retry" in caplog.text, "the scenario logged nothing"
    assert "throttle" in caplog.text, "the scenario logged no throttle wait"
    assert TOKEN not in caplog.text
    assert all(TOKEN not in repr(r.args) for r in caplog.records)


@pytest.mark.parametrize("level", ["debug", "info"])
def test_the_bigcommerce_log_handler_never_shows_the_token(
    level: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("bigcommerce_metafields")
    saved_handlers, saved_level = list(logger.handlers), logger.level
    for handler in saved_handlers:
        if getattr(handler, "_bigcommerce", False):
            logger.removeHandler(handler)
    monkeypatch.setenv("BIGCOMMERCE_LOG", level)
    try:
        run_client("sync", _busy_fake(), _busy_scenario)
        err = capsys.readouterr().err
    finally:
        for handler in list(logger.handlers):
            if getattr(handler, "_bigcommerce", False):
                logger.removeHandler(handler)
        for handler in saved_handlers:
            logger.addHandler(handler)
        logger.setLevel(saved_level)
    assert "retry" in err, "BIGCOMMERCE_LOG wrote nothing"
    assert TOKEN not in err


def test_reprs_never_show_the_token() -> None:
    fake = make_fake()

    def scenario(client: Any) -> list[object]:
        raw = client.product_metafields.with_raw_response.create(PRODUCT.resource_id, **NEW)
        pager = client.product_metafields.paginate(PRODUCT.resource_id)
        return [client, client._invoker, client._invoker._settings, raw, raw.parsed, pager]

    objects = run_client("sync", fake, scenario)
    for obj in objects:
        assert TOKEN not in repr(obj), type(obj)
        assert TOKEN not in str(obj), type(obj)
    assert all(TOKEN not in r.headers.values() for r in fake.requests)


# -- many stores, shared quota accounts --------------------------------------------------------

STORE_B, TOKEN_B = "relstoreb", "rel-tok-store-b-4d3c2b1a"
REDIS_PASSWORD = "rel-redis-pw-6a5b4c"


def _store_b_call(call: Callable[[Any], Any], **faults: Any) -> Callable[[Any], BaseException]:
    """`call` on a `for_store` client of store B, whose fake knows only B's token."""

    def provoke(loopback: Any) -> BaseException:
        fake_b = make_fake(store_hash=STORE_B, tokens={TOKEN_B: OWNER})
        PRODUCT.seed(fake_b, "k", "v")
        if faults:
            fake_b.faults.add(times=None, **faults)
        base_url = loopback(fake_b).replace(f"/stores/{STORE_B}/", f"/stores/{STORE}/")
        try:
            run_client(
                "sync",
                fake_b,
                lambda client: call(client.for_store(STORE_B, TOKEN_B)),
                base_url=base_url,
                timeout=read_timeout(0.05),
            )
        except BigCommerceError as exc:
            wait_idle(fake_b)
            return exc
        raise AssertionError("nothing was raised")

    return provoke


def _wrong_store_token(loopback: Any) -> BaseException:
    fake_b = make_fake(store_hash=STORE_B, tokens={"someone-else": OWNER})
    base_url = loopback(fake_b).replace(f"/stores/{STORE_B}/", f"/stores/{STORE}/")
    try:
        run_client("sync", fake_b, lambda c: _get(c.for_store(STORE_B, TOKEN_B)), base_url=base_url)
    except BigCommerceError as exc:
        return exc
    raise AssertionError("nothing was raised")


def _bad_store(loopback: Any) -> BaseException:
    with pytest.raises(ConfigurationError) as caught:
        MetafieldsClient(STORE, TOKEN).for_store("Bad Store", TOKEN_B)
    return caught.value


STORE_PROVOKED: dict[str, tuple[type[BaseException], Callable[[Any], BaseException]]] = {
    "401": (AuthenticationError, _wrong_store_token),
    "404": (NotFoundError, _store_b_call(lambda c: c.product_metafields.get(7, 999))),
    "502 html": (ServerError, _store_b_call(_get, status=502, body="html")),
    "reset": (APIConnectionError, _store_b_call(_get, drop="before")),
    "timeout": (APITimeoutError, _store_b_call(_get, latency=0.2)),
    "bad store hash": (ConfigurationError, _bad_store),
}


@pytest.mark.parametrize("case", STORE_PROVOKED, ids=str)
def test_a_store_clients_exceptions_never_show_or_hold_either_token(
    case: str, loopback: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """`for_store` clients carry another store's token: the same guarantees, for both tokens."""
    caplog.set_level(logging.DEBUG)
    expected, provoke = STORE_PROVOKED[case]
    exc = provoke(loopback)
    assert isinstance(exc, expected), repr(exc)
    for token in (TOKEN, TOKEN_B):
        assert leaks(exc, token) == [], f"{exc!r} shows a token in its {leaks(exc, token)}"
        assert reachable_secrets(exc, token) == []
        assert token not in caplog.text


def test_store_client_reprs_never_show_a_token() -> None:
    with MetafieldsClient(STORE, TOKEN, transport=make_fake().transport()) as client:
        store = client.for_store(STORE_B, TOKEN_B)
        objects = [store, store._invoker, store._invoker._settings, store.with_options(timeout=1)]
        for obj in objects:
            for token in (TOKEN, TOKEN_B):
                assert token not in repr(obj), type(obj)
                assert token not in str(obj), type(obj)


@pytest.mark.parametrize("shared", ["redis", "file"])
def test_a_failing_shared_account_logs_neither_token_nor_password(
    shared: str, tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The failover warning names the account's URL with its password hidden, and its reason;
    a busy scenario (retries, throttle waits) on two stores logs no token either."""
    caplog.set_level(logging.DEBUG)
    (tmp_path / "file").write_text("in the way")
    url = {
        "redis": f"redis://app:{REDIS_PASSWORD}@127.0.0.1:9/0",  # the discard port: refused
        "file": f"file:{tmp_path / 'file' / 'quota'}",
    }[shared]

    def scenario(client: Any) -> None:
        _busy_scenario(client)
        client.for_store(STORE_B, TOKEN_B).product_metafields.list(7)

    fake = _busy_fake()
    with pytest.raises(AuthenticationError):  # store B's token is not the fake's: a 401
        run_client("sync", fake, scenario, quota_url=url)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    for secret in (TOKEN, TOKEN_B, REDIS_PASSWORD):
        assert secret not in caplog.text
        assert all(secret not in repr(r.args) for r in caplog.records)


# -- transport -------------------------------------------------------------------------------------

REFUSED_HTTP = [
    "http://api.bigcommerce.com/stores/abc123/v3",
    "HTTP://API.EXAMPLE.COM/v3",
    "http://10.0.0.1/v3",
    "http://192.168.1.10/v3",
    "http://0.0.0.0/v3",
    "http://localhost.example.com/v3",
    "http://127.0.0.1.nip.io/v3",
    "http://[fe80::1]/v3",
]
LOOPBACK_HTTP = [
    "http://127.0.0.1:8080/stores/abc123/v3",
    "http://127.9.9.9/v3",
    "http://localhost:1/v3",
    "http://[::1]:8080/v3",
]


@pytest.mark.parametrize("url", REFUSED_HTTP)
@pytest.mark.parametrize("source", ["argument", "environment"])
def test_plain_http_off_loopback_is_refused_unless_allowed(
    url: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url = url if source == "argument" else None
    if source == "environment":
        monkeypatch.setenv("BIGCOMMERCE_BASE_URL", url)
    for kind in (MetafieldsClient, AsyncMetafieldsClient):
        with pytest.raises(ConfigurationError, match="allow_insecure_http"):
            kind(STORE, TOKEN, base_url=base_url)
        allowed = kind(STORE, TOKEN, base_url=base_url, allow_insecure_http=True)
        assert allowed._base_url == url.rstrip("/")


@pytest.mark.parametrize("url", LOOPBACK_HTTP)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    with MetafieldsClient(STORE, TOKEN, base_url=url) as client:
        assert client._base_url == url


def _ssl_contexts(http: httpx.Client | httpx.AsyncClient) -> list[ssl.SSLContext]:
    # Private attributes: httpx offers no public way to read a client's TLS settings.
    transports = [http._transport, *(t for t in http._mounts.values() if t is not None)]
    return [t._pool._ssl_context for t in transports]  # type: ignore[union-attr]


@pytest.mark.parametrize("http2", [False, True])
@pytest.mark.parametrize("proxy", [False, True])
def test_tls_verification_is_on_by_default(
    http2: bool, proxy: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if proxy:  # the environment's proxy gets its own transport: it must verify too
        monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    for kind in (MetafieldsClient, AsyncMetafieldsClient):
        client = kind(STORE, TOKEN, http2=http2)
        contexts = _ssl_contexts(client._http)
        assert len(contexts) == (2 if proxy else 1)
        for context in contexts:
            assert context.verify_mode == ssl.CERT_REQUIRED
            assert context.check_hostname is True
            assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
        assert client._base_url.startswith("https://api.bigcommerce.com/")
        assert client._http.follow_redirects is False


@pytest.mark.parametrize(
    "base_url",
    [
        "https://api.bigcommerce.com/stores/abc123/v3?x=1",
        "https://api.bigcommerce.com/stores/abc123/v3#frag",
        "https://api.bigcommerce.com/stores/abc123/v3/?",
    ],
)
def test_a_base_url_with_a_query_or_fragment_cannot_misroute_requests(base_url: str) -> None:
    """The request URL is `base_url + path`: with a query or a fragment in the base URL, the path
    lands in the query or fragment and the request goes to the store's root instead of the
    resource. Expected: ConfigurationError when the client is built (or the right path)."""
    fake = make_fake()
    try:
        run_client(
            "sync",
            fake,
            lambda client: client.cart_metafields.list(CART.resource_id),
            base_url=base_url,
            transport=fake.transport(),
        )
    except ConfigurationError:
        assert fake.requests == []
        return
    except BigCommerceError as exc:
        paths = [r.path for r in fake.requests]
        raise AssertionError(f"accepted {base_url!r}; the request went to {paths}") from exc
    assert [r.path for r in fake.requests] == [f"/stores/{STORE}/v3{CART.collection}"]


def test_the_token_does_not_follow_a_redirect() -> None:
    """A redirect (a misconfigured proxy, a hostile DNS answer) is an error, not a second request
    carrying the token to another host."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://evil.example/steal"})

    with (
        MetafieldsClient(
            STORE, TOKEN, transport=httpx.MockTransport(handler), retry_policy=FAST
        ) as client,
        pytest.raises(BigCommerceError),
    ):
        client.cart_metafields.list(CART.resource_id)
    assert [r.url.host for r in seen] == ["api.bigcommerce.com"]
