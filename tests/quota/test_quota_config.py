"""Choosing where quota accounts live: `quota_url` or `BIGCOMMERCE_QUOTA_URL`, checked when the
client is built; a bad one is a `ConfigurationError` naming where it came from and the rule."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

from bigcommerce_metafields import (
    QUOTA_URL_ENV,
    AsyncMetafieldsClient,
    ConfigurationError,
    MetafieldsClient,
)
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN

KINDS = [MetafieldsClient, AsyncMetafieldsClient]
NOWHERE = httpx.MockTransport(lambda request: httpx.Response(599))
"""Nothing is sent here; a transport given spares each client httpx's TLS setup (~50 ms)."""
RULE = "memory: (this process, the default), file:<directory>"

GOOD = [
    "memory:",
    "MEMORY:",
    "file:/var/run/bigcommerce-quota",
    "file:///var/run/bigcommerce-quota",
    "file://localhost/var/run/bigcommerce-quota",
    "file:relative/dir",
    "file:~/quota",
    "redis://localhost:6379/0",
    "redis://redis.internal/3",
    "redis://localhost",
    "rediss://user:secret@redis.internal:6380/1",
]
BAD = {
    "memory": "is not one of memory:",
    "http://localhost:6379/0": "is not one of memory:",
    "postgres://db/quota": "is not one of memory:",
    "file:": "names no directory",
    "file://otherhost/var/quota": "names host 'otherhost'",
    "redis://": "it names no host",
    "redis://localhost:port/0": "is not a Redis URL",
    "redis://localhost:0/0": "port 0 is no port",
    "redis://localhost:6379/zero": "the database 'zero' is not a number",
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("url", GOOD)
def test_a_quota_url_of_each_kind_builds_a_client_without_connecting(
    kind: type[Any], url: str
) -> None:
    """Nothing is connected or created before the first request (no Redis listens here)."""
    client = kind(DEFAULT_STORE_HASH, DEFAULT_TOKEN, quota_url=url, transport=NOWHERE)
    assert "secret" not in repr(client)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("url", "problem"), list(BAD.items()))
def test_a_bad_quota_url_argument_is_refused_naming_the_argument_and_the_rule(
    kind: type[Any], url: str, problem: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        kind(DEFAULT_STORE_HASH, DEFAULT_TOKEN, quota_url=url, transport=NOWHERE)
    message = str(caught.value)
    assert problem in message
    assert "the quota_url argument" in message
    assert "redis://host:port/db" in message or "file:<directory>" in message, message


@pytest.mark.parametrize(("url", "problem"), list(BAD.items())[:4])
def test_a_bad_environment_variable_is_refused_naming_the_variable(
    url: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(QUOTA_URL_ENV, url)
    with pytest.raises(ConfigurationError, match=QUOTA_URL_ENV) as caught:
        MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=NOWHERE)
    assert problem in str(caught.value)


def test_the_argument_overrides_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(QUOTA_URL_ENV, "bogus:")
    MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, quota_url="memory:", transport=NOWHERE)
    with pytest.raises(ConfigurationError, match="bogus"):
        MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=NOWHERE)


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_environment_variable_means_the_default(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(QUOTA_URL_ENV, value)
    MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=NOWHERE)


@pytest.mark.parametrize("source", ["argument", "environment"])
def test_a_redis_password_never_shows_in_the_refusal(
    source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "redis://app:hunter2-pw@redis.internal:port/0"
    options: dict[str, Any] = {"quota_url": url} if source == "argument" else {}
    if source == "environment":
        monkeypatch.setenv(QUOTA_URL_ENV, url)
    with pytest.raises(ConfigurationError) as caught:
        MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=NOWHERE, **options)
    assert "hunter2-pw" not in str(caught.value)
    assert "redis://app:***@redis.internal:port/0" in str(caught.value)


def test_without_the_redis_package_a_redis_url_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As when the `redis` extra is not installed (the import fails), not a NameError later."""
    monkeypatch.setitem(sys.modules, "redis", None)
    monkeypatch.delitem(sys.modules, "bigcommerce_metafields._quota_redis", raising=False)
    with pytest.raises(ConfigurationError, match=r"pip install 'bigcommerce-metafields\[redis\]'"):
        MetafieldsClient(
            DEFAULT_STORE_HASH, DEFAULT_TOKEN, quota_url="redis://localhost/0", transport=NOWHERE
        )
    MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, quota_url="memory:", transport=NOWHERE)


def test_without_fcntl_a_file_url_is_refused_naming_what_works(tmp_path: Path) -> None:
    """Windows has no `fcntl`: simulated in a fresh interpreter where importing it fails."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.modules["fcntl"] = None
        from bigcommerce_metafields import ConfigurationError, MetafieldsClient
        try:
            MetafieldsClient("abc123", "token", quota_url="file:{tmp_path}")
        except ConfigurationError as error:
            print(error)
        """
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert "fcntl.flock" in done.stdout, done.stdout + done.stderr
    assert "redis://host:port/db" in done.stdout
