"""The entry points: building a client, credentials, base URL, closing, injection, timeouts."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
from clientkit import (
    BASE_URL,
    CLIENT_A,
    FAST,
    NEW,
    PREFIX,
    PRODUCT,
    STORE,
    TOKEN,
    Connect,
    make_fake,
    outcomes,
    raises,
    sent,
)

from bigcommerce_metafields import (
    APITimeoutError,
    AsyncMetafieldsClient,
    ConfigurationError,
    MetafieldsClient,
    ProductMetafieldList,
    ServerError,
)
from bigcommerce_metafields.testing import FakeBigCommerce, FakeServer

STORE_ENV, TOKEN_ENV = "BIGCOMMERCE_STORE_HASH", "BIGCOMMERCE_ACCESS_TOKEN"
CLIENTS = [MetafieldsClient, AsyncMetafieldsClient]
UNUSED = httpx.MockTransport(lambda request: httpx.Response(599))
"""For clients that are only built: a transport of its own would cost a TLS context (~50 ms)."""

# -- credentials ----------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("source", ["arguments", "environment"])
async def test_credentials_from_arguments_or_environment(
    source: str,
    mode: str,
    base_url: str,
    fake: FakeBigCommerce,
    connect: Connect,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if source == "environment":
        monkeypatch.setenv(STORE_ENV, STORE)
        monkeypatch.setenv(TOKEN_ENV, TOKEN)
        if mode == "loopback":
            monkeypatch.setenv("BIGCOMMERCE_BASE_URL", base_url)
        api = connect(
            fake, store_hash=None, access_token=None, base_url=None, default_transport=True
        )
    else:
        api = connect(fake, default_transport=True)

    listed = await api("product_metafields.list", PRODUCT)

    assert type(listed) is ProductMetafieldList
    assert [(r.method, r.path, r.client_id) for r in fake.requests] == [
        ("GET", f"{PREFIX}/catalog/products/{PRODUCT}/metafields", CLIENT_A)
    ]
    assert f"store_hash='{STORE}'" in repr(api.sdk)


@pytest.mark.anyio
async def test_arguments_win_over_the_environment(
    base_url: str, fake: FakeBigCommerce, connect: Connect, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(STORE_ENV, "zzz999")
    monkeypatch.setenv(TOKEN_ENV, "not-the-token")
    monkeypatch.setenv("BIGCOMMERCE_BASE_URL", "https://elsewhere.example/stores/zzz999/v3")
    api = connect(fake, base_url=base_url)  # and STORE, TOKEN: every setting as an argument

    await api("product_metafields.list", PRODUCT)

    assert [(r.path, r.client_id) for r in fake.requests] == [
        (f"{PREFIX}/catalog/products/{PRODUCT}/metafields", CLIENT_A)
    ]


# (store_hash argument, token argument, environment, the setting named, its variable)
BAD_SETTINGS: dict[str, tuple[str | None, str | None, dict[str, str], str, str]] = {
    "store_hash missing": (None, TOKEN, {}, "store_hash", STORE_ENV),
    "store_hash empty": ("", TOKEN, {}, "store_hash", STORE_ENV),
    "store_hash empty in env": (None, TOKEN, {STORE_ENV: ""}, "store_hash", STORE_ENV),
    "store_hash uppercase": ("ABC123", TOKEN, {}, "store_hash", STORE_ENV),
    "store_hash with a dash": ("abc-123", TOKEN, {}, "store_hash", STORE_ENV),
    "store_hash newline in env": (None, TOKEN, {STORE_ENV: "abc123\n"}, "store_hash", STORE_ENV),
    "store_hash a URL": ("https://store-abc123.example", TOKEN, {}, "store_hash", STORE_ENV),
    "access_token missing": (STORE, None, {}, "access_token", TOKEN_ENV),
    "access_token empty": (STORE, "", {}, "access_token", TOKEN_ENV),
    "access_token with a space": (STORE, "tok secret", {}, "access_token", TOKEN_ENV),
    "access_token newline in env": (None, None, {STORE_ENV: STORE, TOKEN_ENV: "tok-secret\n"},
                                     "access_token", TOKEN_ENV),
    "access_token quoted in env": (None, None, {STORE_ENV: STORE, TOKEN_ENV: '"tok-secret"x y'},
                                    "access_token", TOKEN_ENV),
    "access_token too long": (STORE, "t" * 513, {}, "access_token", TOKEN_ENV),
}  # fmt: skip


@pytest.mark.parametrize("kind", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize(
    ("store_hash", "token", "env", "setting", "variable"),
    BAD_SETTINGS.values(),
    ids=BAD_SETTINGS.keys(),
)
def test_missing_or_malformed_setting_names_it_and_how_to_set_it(
    kind: type[MetafieldsClient | AsyncMetafieldsClient],
    store_hash: str | None,
    token: str | None,
    env: dict[str, str],
    setting: str,
    variable: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    with raises(ConfigurationError) as info:
        kind(store_hash, token, transport=UNUSED)

    message = str(info.value)
    assert setting in message  # the argument...
    assert variable in message  # ...and the environment variable that sets it
    assert "\n" not in message
    given = token if token is not None else env.get(TOKEN_ENV)
    if setting == "access_token" and given:
        assert given.strip() not in message, "the (malformed) token is echoed"


# -- base URL -------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_base_url_override_is_used(fake: FakeBigCommerce, connect: Connect) -> None:
    api = connect(fake, base_url=f"https://sandbox.example.test{PREFIX}/")

    await api("product_metafields.list", PRODUCT)

    (request,) = fake.requests
    assert request.headers["host"] == "sandbox.example.test"
    assert request.path == f"{PREFIX}/catalog/products/{PRODUCT}/metafields"
    assert f"base_url='https://sandbox.example.test{PREFIX}'" in repr(api.sdk)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_default_base_url_is_the_stores_api(fake: FakeBigCommerce, connect: Connect) -> None:
    api = connect(fake)

    await api("product_metafields.list", PRODUCT)

    assert fake.requests[0].headers["host"] == "api.bigcommerce.com"
    assert f"base_url='{BASE_URL}'" in repr(api.sdk)


INSECURE = ["http://api.example.com/stores/abc123/v3", "http://10.0.0.8:8080/stores/abc123/v3"]


@pytest.mark.parametrize("kind", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize("url", INSECURE)
def test_plain_http_to_a_remote_host_is_refused(
    kind: type[MetafieldsClient | AsyncMetafieldsClient], url: str
) -> None:
    with raises(ConfigurationError) as info:
        kind(STORE, TOKEN, base_url=url, transport=UNUSED)

    assert "allow_insecure_http=True" in str(info.value)
    assert url in str(info.value)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("url", INSECURE)
async def test_plain_http_to_a_remote_host_when_allowed(
    url: str, fake: FakeBigCommerce, connect: Connect
) -> None:
    api = connect(fake, base_url=url, allow_insecure_http=True)

    await api("product_metafields.list", PRODUCT)

    assert fake.requests[0].headers["host"] == httpx.URL(url).netloc.decode()


@pytest.mark.parametrize("kind", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/stores/abc123/v3", "http://localhost:9/v3", "http://[::1]:9/v3"],
)
def test_plain_http_to_loopback_is_allowed(
    kind: type[MetafieldsClient | AsyncMetafieldsClient], url: str
) -> None:
    assert f"base_url='{url}'" in repr(kind(STORE, TOKEN, base_url=url, transport=UNUSED))


@pytest.mark.parametrize("kind", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize(
    "url", ["ftp://api.bigcommerce.com/stores/abc123/v3", "/stores/abc123/v3", "https://"]
)
def test_base_url_must_be_an_absolute_http_url(
    kind: type[MetafieldsClient | AsyncMetafieldsClient], url: str
) -> None:
    with raises(ConfigurationError) as info:
        kind(STORE, TOKEN, base_url=url, transport=UNUSED)

    assert "base_url" in str(info.value)


# -- a base URL that names a store ----------------------------------------------------------------

URL_ENV = "BIGCOMMERCE_BASE_URL"
OTHER_STORE = "zzz999"

# (store hash: argument or environment, base URL: argument or environment)
CONTRADICTIONS = [
    ("argument", "argument"),
    ("env", "argument"),
    ("argument", "env"),
    ("env", "env"),
]


@pytest.mark.parametrize("kind", CLIENTS, ids=["sync", "async"])
@pytest.mark.parametrize(("store_from", "url_from"), CONTRADICTIONS)
def test_a_store_hash_contradicting_the_base_url_is_refused(
    kind: type[MetafieldsClient | AsyncMetafieldsClient],
    store_from: str,
    url_from: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`MetafieldsClient("zzz999", token, base_url=".../stores/abc123/v3")` used to go to abc123
    without a word; wherever each setting comes from, the two must agree."""
    url = f"https://api.bigcommerce.com/stores/{STORE}/v3"
    options: dict[str, Any] = {"transport": UNUSED}
    if store_from == "env":
        monkeypatch.setenv(STORE_ENV, OTHER_STORE)
    else:
        options["store_hash"] = OTHER_STORE
    if url_from == "env":
        monkeypatch.setenv(URL_ENV, url)
    else:
        options["base_url"] = url

    with raises(ConfigurationError) as info:
        kind(access_token=TOKEN, **options)

    message = str(info.value)
    assert f"store_hash {OTHER_STORE!r}" in message
    assert f"names store {STORE!r}" in message
    assert url in message
    assert (STORE_ENV if store_from == "env" else "the store_hash argument") in message
    assert (URL_ENV if url_from == "env" else "the base_url argument") in message
    assert "\n" not in message


@pytest.mark.anyio
@pytest.mark.parametrize("url_from", ["argument", "env"])
async def test_the_store_hash_is_taken_from_a_base_url_that_names_it(
    url_from: str,
    mode: str,
    connect: Connect,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """No store hash given (argument or environment): the base URL's store is the store."""
    fake = make_fake(store_hash="shop42")
    if mode == "inprocess":
        url = fake.base_url  # https://api.bigcommerce.com/stores/shop42/v3
    else:
        server: FakeServer = request.getfixturevalue("_bigcommerce_session_server")
        # Restored after the test: the next test reads the server's URL before swapping its fake in.
        monkeypatch.setattr(server, "fake", fake)
        url = server.base_url  # http://127.0.0.1:<port>/stores/shop42/v3
    if url_from == "env":
        monkeypatch.setenv(URL_ENV, url)
    api = connect(fake, store_hash=None, base_url=url if url_from == "argument" else None)

    listed = await api("product_metafields.list", PRODUCT)

    assert type(listed) is ProductMetafieldList
    assert [r.path for r in fake.requests] == [
        f"/stores/shop42/v3/catalog/products/{PRODUCT}/metafields"
    ]
    assert f"{type(api.sdk).__name__}(store_hash='shop42', base_url='{url}')" == repr(api.sdk)


@pytest.mark.parametrize("kind", CLIENTS, ids=["sync", "async"])
def test_a_base_url_naming_no_store_keeps_asking_for_the_store_hash(
    kind: type[MetafieldsClient | AsyncMetafieldsClient],
) -> None:
    url = "https://proxy.example.test/bigcommerce/v3"
    with raises(ConfigurationError) as info:
        kind(access_token=TOKEN, base_url=url, transport=UNUSED)
    assert "store_hash is missing" in str(info.value)

    client = kind(OTHER_STORE, TOKEN, base_url=url, transport=UNUSED)
    assert repr(client) == f"{kind.__name__}(store_hash={OTHER_STORE!r}, base_url={url!r})"


# -- closing and injection ------------------------------------------------------------------------


class ClosingSpy(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends through the fake's transport and remembers whether it was closed."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        self.sync, self.async_ = fake.transport(), fake.async_transport()
        self.closed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.async_.handle_async_request(request)

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


@pytest.mark.parametrize("how", ["context manager", "close()"])
def test_sync_client_closes_its_connections(how: str, fake: FakeBigCommerce) -> None:
    spy = ClosingSpy(fake)
    sdk = MetafieldsClient(STORE, TOKEN, transport=spy)
    if how == "close()":
        sdk.product_metafields.list(PRODUCT)
        sdk.close()
    else:
        with sdk as entered:
            assert entered is sdk
            sdk.product_metafields.list(PRODUCT)
            assert spy.closed == 0
    assert spy.closed == 1
    assert outcomes(fake) == [200]


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["context manager", "close()"])
async def test_async_client_closes_its_connections(
    how: str, fake: FakeBigCommerce, anyio_backend: str
) -> None:
    spy = ClosingSpy(fake)
    sdk = AsyncMetafieldsClient(STORE, TOKEN, transport=spy)
    if how == "close()":
        await sdk.product_metafields.list(PRODUCT)
        await sdk.close()
    else:
        async with sdk as entered:
            assert entered is sdk
            await sdk.product_metafields.list(PRODUCT)
            assert spy.closed == 0
    assert spy.closed == 1
    assert outcomes(fake) == [200]


@pytest.mark.anyio
async def test_injected_http_client_is_used_and_left_open(
    flavor: str, mode: str, fake: FakeBigCommerce, connect: Connect, base_url: str
) -> None:
    http = _http_client(flavor, mode, fake)
    api = connect(fake, http_client=http)

    await api("product_metafields.create", PRODUCT, **NEW)
    await api.aclose()

    assert not http.is_closed
    url = f"{base_url}/catalog/products/{PRODUCT}/metafields"
    if isinstance(http, httpx.Client):
        again = http.get(url, headers={"X-Auth-Token": TOKEN})
    else:
        again = await http.get(url, headers={"X-Auth-Token": TOKEN})
    await _maybe_aclose(http)
    assert again.status_code == 200
    assert [r.method for r in fake.requests] == ["POST", "GET"]
    assert fake.requests[0].client_id == CLIENT_A


@pytest.mark.anyio
@pytest.mark.parametrize("injected", [False, True], ids=["own http client", "injected"])
async def test_every_request_sends_the_sdk_headers(
    injected: bool, flavor: str, mode: str, fake: FakeBigCommerce, connect: Connect
) -> None:
    """api-facts: requests send `Accept: application/json`, writes `Content-Type` too."""
    options: dict[str, Any] = {}
    if injected:
        options["http_client"] = _http_client(flavor, mode, fake)
    api = connect(fake, **options)

    created = await api("product_metafields.create", PRODUCT, **NEW)
    await api("product_metafields.update", PRODUCT, created.data.id, value="5HG")
    await api("product_metafields.get", PRODUCT, created.data.id)
    if injected:
        await _maybe_aclose(options["http_client"])

    for request in fake.requests:
        assert request.authenticated, request
        assert "x-auth-token" not in request.headers  # the fake does not record it...
        assert TOKEN not in request.path + request.query  # ...and it is not in the URL
        assert request.headers["accept"] == "application/json", request.method
        if not injected:  # an injected client may bring its own User-Agent
            assert request.headers["user-agent"].startswith("bigcommerce-metafields/")
    assert [r.headers.get("content-type") for r in fake.requests] == [
        "application/json",
        "application/json",
        None,
    ]


def _http_client(flavor: str, mode: str, fake: FakeBigCommerce) -> httpx.Client | httpx.AsyncClient:
    """A plain httpx client to inject: to the fake's transport, or over loopback."""
    if flavor == "sync":
        return httpx.Client(transport=fake.transport() if mode == "inprocess" else None)
    return httpx.AsyncClient(transport=fake.async_transport() if mode == "inprocess" else None)


async def _maybe_aclose(http: httpx.Client | httpx.AsyncClient) -> None:
    if isinstance(http, httpx.Client):
        http.close()  # noqa: ASYNC212 - the sync flavor's client, in a test coroutine
    else:
        await http.aclose()


# -- timeouts and retries per client and per call -------------------------------------------------


async def _drained(fake: FakeBigCommerce) -> None:
    """Wait until requests the client gave up on have finished on the (loopback) server."""
    with anyio.fail_after(5):
        while fake.in_flight:  # noqa: ASYNC110 - the server's thread gives no event to wait on
            await anyio.sleep(0.01)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["loopback"])  # in process, no transport enforces timeouts
async def test_client_timeout_raises_api_timeout_error_after_retries(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    fake.faults.add(latency=0.3, times=None)
    api = connect(fake, timeout=0.05, max_retries=2)

    with raises(APITimeoutError) as info:
        await api("product_metafields.get", PRODUCT, 1)
    await _drained(fake)

    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    assert info.value.method == "GET"
    assert info.value.url.endswith(f"{PREFIX}/catalog/products/{PRODUCT}/metafields/1")
    assert [r.method for r in fake.requests] == ["GET"] * 3


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["loopback"])
async def test_per_call_timeout_overrides_the_clients(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    fake.faults.add(latency=0.3, times=1)
    patient = connect(fake)  # DEFAULT_TIMEOUT: 30 s
    with raises(APITimeoutError):
        await patient("product_metafields.list", PRODUCT, timeout=0.05, max_retries=0)
    await _drained(fake)
    assert len(fake.requests) == 1

    fake.faults.add(latency=0.2, times=1)
    hasty = connect(fake, timeout=0.05, max_retries=0)
    listed = await hasty("product_metafields.list", PRODUCT, timeout=2.0)
    assert type(listed) is ProductMetafieldList
    assert len(fake.requests) == 2


# (client max_retries, call max_retries, attempts expected)
RETRY_COUNTS = [(None, None, 4), (None, 0, 1), (None, 1, 2), (2, None, 3), (0, None, 1), (0, 2, 3)]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(("per_client", "per_call", "attempts"), RETRY_COUNTS)
async def test_max_retries_per_client_and_per_call(
    per_client: int | None,
    per_call: int | None,
    attempts: int,
    fake: FakeBigCommerce,
    connect: Connect,
) -> None:
    fake.faults.add(status=503, times=None)
    api = connect(fake, retry_policy=FAST, max_retries=per_client)  # FAST: 3 retries
    call_options = {} if per_call is None else {"max_retries": per_call}

    with raises(ServerError):
        await api("product_metafields.get", PRODUCT, 1, **call_options)

    assert sent(fake) == [("GET", f"/catalog/products/{PRODUCT}/metafields/1", 503)] * attempts


# -- the token stays secret -----------------------------------------------------------------------


def test_repr_never_shows_the_token() -> None:
    fake = make_fake()
    for sdk in (
        MetafieldsClient(STORE, TOKEN, transport=fake.transport()),
        AsyncMetafieldsClient(STORE, TOKEN, transport=fake.async_transport()),
    ):
        for text in (repr(sdk), str(sdk), repr(vars(sdk))):
            assert TOKEN not in text
        assert repr(sdk) == f"{type(sdk).__name__}(store_hash='{STORE}', base_url='{BASE_URL}')"
