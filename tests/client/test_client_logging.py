"""Logging: every request at DEBUG, every retry at INFO with its reason, `BIGCOMMERCE_LOG`, and
the access token nowhere: not in the log, not in an exception, not in a repr."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from clientkit import (
    CART,
    CLIENT_A,
    NEW,
    PRODUCT,
    STORE,
    TOKEN,
    TOKEN_B,
    Api,
    Connect,
    leaks,
    make_fake,
    outcomes,
    raises,
)

from bigcommerce_metafields import (
    APIConnectionError,
    AsyncMetafieldsClient,
    AuthenticationError,
    BigCommerceError,
    ConfigurationError,
    ConflictError,
    MetafieldsClient,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

LOGGER = "bigcommerce_metafields"


def _messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == level]


@pytest.mark.anyio
async def test_every_request_is_logged_with_method_url_and_status(
    fake: FakeBigCommerce, api: Api, base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    created = await api("cart_metafields.create", CART, **NEW)
    await api("cart_metafields.list", CART, key="location")
    with raises(NotFoundError):
        await api("product_metafields.get", PRODUCT, 99)
    await api("cart_metafields.delete", CART, int(created.data.id))

    expected = [
        ("POST", f"/carts/{CART}/metafields", 200),
        ("GET", f"/carts/{CART}/metafields?limit=50&key=location", 200),
        ("GET", f"/catalog/products/{PRODUCT}/metafields/99", 404),
        ("DELETE", f"/carts/{CART}/metafields/{created.data.id}", 204),
    ]
    logged = _messages(caplog, logging.DEBUG)
    assert len(logged) == len(expected) == len(fake.requests)
    for message, (method, path, status) in zip(logged, expected, strict=True):
        pattern = rf"{method} {re.escape(base_url + path)} -> {status} in \d+\.\d ms"
        assert re.fullmatch(pattern, message), message


@pytest.mark.anyio
async def test_every_retry_is_logged_with_its_reason(
    connect: Connect, base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake = make_fake(quota=None)
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_A)
    url = f"{base_url}/catalog/products/{PRODUCT}/metafields/1"
    fake.faults.add(status=503)
    fake.faults.add(status=429)
    fake.faults.add(status=429, headers={"X-Rate-Limit-Time-Reset-Ms": "5"})
    fake.faults.add(drop="before")
    api = connect(fake, max_retries=4)

    await api("product_metafields.get", PRODUCT, 1)

    assert outcomes(fake) == [503, 429, 429, "dropped before", 200]
    retries = _messages(caplog, logging.INFO)
    assert len(retries) == 4
    prefix = [rf"retry {n} of GET {re.escape(url)} in \d+\.\d{{3}}s: " for n in range(1, 5)]
    assert re.fullmatch(prefix[0] + "status 503", retries[0]), retries[0]
    assert re.fullmatch(
        prefix[1] + re.escape("rate limited without headers (platform load)"), retries[1]
    )
    assert re.fullmatch(prefix[2] + "rate limited", retries[2]), retries[2]
    assert retries[2].split(" in ")[1].startswith("0.005s")  # the wait the 429 asked for
    reason = re.fullmatch(prefix[3] + r"(\w+)(: .*)?", retries[3])
    assert reason is not None, retries[3]
    assert issubclass(getattr(httpx, reason[1]), httpx.TransportError)  # the httpx error named


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_recovered_create_and_a_throttle_wait_are_logged(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    fake = make_fake(quota=2, window_ms=100)
    fake.faults.add(method="POST", drop="after")
    api = connect(fake)

    await api("product_metafields.create", PRODUCT, **NEW)  # POST lost, POST 409, GET lookup
    await api("product_metafields.list", PRODUCT)  # the quota of 2 is spent: wait

    infos = _messages(caplog, logging.INFO)
    assert any("written by an earlier attempt whose answer was lost" in m for m in infos), infos
    assert any(m.startswith("throttle: quota spent, waiting") for m in infos), infos
    assert outcomes(fake) == ["dropped after", 409, 200, 200]


# -- BIGCOMMERCE_LOG ------------------------------------------------------------------------------


def _our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger(LOGGER).handlers if getattr(h, "_bigcommerce", False)]


@pytest.fixture
def _restore_logger() -> Iterator[None]:
    logger = logging.getLogger(LOGGER)
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in logger.handlers[:]:
        if handler not in handlers:
            logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.mark.usefixtures("_restore_logger")
@pytest.mark.parametrize(
    ("setting", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), (" debug\n", 10)]
)
def test_bigcommerce_log_attaches_one_handler(
    setting: str, level: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _our_handlers() == []
    monkeypatch.setenv("BIGCOMMERCE_LOG", setting)
    fake = make_fake()

    with MetafieldsClient(STORE, TOKEN, transport=fake.transport()) as sdk:
        AsyncMetafieldsClient(STORE, TOKEN)  # a second client adds no second handler
        sdk.product_metafields.list(PRODUCT)

    assert len(_our_handlers()) == 1
    assert logging.getLogger(LOGGER).level == level
    err = capsys.readouterr().err
    if level == logging.DEBUG:
        assert f"GET https://api.bigcommerce.com/stores/{STORE}/v3/catalog/products/" in err
    assert TOKEN not in err


@pytest.mark.usefixtures("_restore_logger")
@pytest.mark.parametrize("setting", [None, "", "0", "off", " OFF "])
def test_without_bigcommerce_log_no_handler_is_attached(
    setting: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if setting is not None:
        monkeypatch.setenv("BIGCOMMERCE_LOG", setting)

    MetafieldsClient(STORE, TOKEN).close()

    assert _our_handlers() == []
    assert logging.getLogger(LOGGER).level == logging.NOTSET


@pytest.mark.usefixtures("_restore_logger")
@pytest.mark.parametrize("setting", ["verbose", "DEBUG2", "warning", "1", "true"])
@pytest.mark.parametrize("kind", [MetafieldsClient, AsyncMetafieldsClient], ids=["sync", "async"])
def test_an_unknown_bigcommerce_log_value_warns_naming_the_accepted_ones(
    setting: str,
    kind: type[MetafieldsClient | AsyncMetafieldsClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`BIGCOMMERCE_LOG=verbose` used to be ignored without a word."""
    monkeypatch.setenv("BIGCOMMERCE_LOG", setting)

    with pytest.warns(UserWarning, match="BIGCOMMERCE_LOG") as warned:
        kind(STORE, TOKEN, transport=httpx.MockTransport(lambda _: httpx.Response(599)))

    (warning,) = warned.list
    message = str(warning.message)
    assert repr(setting) in message
    assert "BIGCOMMERCE_LOG=debug" in message
    assert "BIGCOMMERCE_LOG=info" in message
    assert "\n" not in message
    assert warning.filename == __file__  # points at the line that built the client
    assert _our_handlers() == []
    assert logging.getLogger(LOGGER).level == logging.NOTSET


# -- the token stays secret -----------------------------------------------------------------------

WRONG = "tok-W-0a9b8c7d6e5f"
MALFORMED = "tok-M-5e6f7a8b9c0d with a space"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_no_token_in_logs_errors_or_reprs(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    """One of each kind of failure, with every token the test uses."""
    fake = make_fake(quota=None)
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_A)
    api, other = connect(fake), connect(fake, access_token=TOKEN_B)
    wrong = connect(fake, access_token=WRONG)
    caught: list[BaseException] = []

    async def expect(
        error: type[BigCommerceError], client: Api, operation: str, *args: Any, **kwargs: Any
    ) -> None:
        with raises(error) as info:
            await client(operation, *args, **kwargs)
        caught.append(info.value)

    await expect(AuthenticationError, wrong, "product_metafields.get", PRODUCT, 1)
    await expect(NotFoundError, api, "product_metafields.get", PRODUCT, 2)
    await expect(ConflictError, api, "product_metafields.create", PRODUCT, **NEW)
    fake.faults.add(status=429, times=None)
    await expect(RateLimitError, other, "product_metafields.get", PRODUCT, 1)
    fake.faults.clear()
    fake.faults.add(status=500, times=None)
    await expect(ServerError, api, "product_metafields.list", PRODUCT)
    fake.faults.clear()
    fake.faults.add(body="html", times=None)
    await expect(ResponseParseError, api, "product_metafields.list", PRODUCT)
    fake.faults.clear()
    fake.faults.add(drop="after", times=None)
    await expect(APIConnectionError, api, "product_metafields.list", PRODUCT)
    fake.faults.clear()
    await expect(ValidationError, api, "product_metafields.get", "1", 1)
    with raises(ConfigurationError) as bad_token:
        MetafieldsClient(STORE, MALFORMED)
    caught.append(bad_token.value)
    await other("product_metafields.list", PRODUCT)

    assert len(caught) == 9
    for secret in (TOKEN, TOKEN_B, WRONG, MALFORMED, MALFORMED.split()[0]):
        assert secret not in caplog.text
        for exc in caught:
            assert leaks(exc, secret) == [], exc
        for client in (api, other, wrong):
            assert secret not in repr(client.sdk)
            assert secret not in str(client.sdk)
