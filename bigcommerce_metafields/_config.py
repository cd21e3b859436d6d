"""Credentials and base URL: read from arguments or the environment, checked once, kept secret.

A client that cannot work should fail when it is built, with a message that says which setting is
wrong and how to set it, rather than on its first request.
"""

from __future__ import annotations

import ipaddress
import os
import re
import urllib.parse
from typing import Literal

import attrs
import httpx

from ._errors import BigCommerceError

STORE_HASH_ENV = "BIGCOMMERCE_STORE_HASH"
ACCESS_TOKEN_ENV = "BIGCOMMERCE_ACCESS_TOKEN"  # noqa: S105 - a variable name, not a secret
BASE_URL_ENV = "BIGCOMMERCE_BASE_URL"
QUOTA_URL_ENV = "BIGCOMMERCE_QUOTA_URL"
BASE_URL_TEMPLATE = "https://api.bigcommerce.com/stores/{store_hash}/v3"

_STORE_HASH = re.compile(r"[a-z0-9]{1,64}")
# A token goes into a header: printable ASCII without spaces, so nothing can be injected.
_TOKEN = re.compile(r"[\x21-\x7e]{1,512}")
_LOOPBACK_NAMES = frozenset({"localhost"})
_STORE_IN_PATH = re.compile(r"/stores/([^/]+)(?:/|$)")


class ConfigurationError(BigCommerceError, ValueError):
    """A client setting is missing or malformed; raised when the client is built."""


@attrs.frozen
class Credentials:
    """The store hash and access token; the token never appears in a repr."""

    store_hash: str
    access_token: str = attrs.field(repr=False)
    base_url: str


def resolve_credentials(
    store_hash: str | None,
    access_token: str | None,
    base_url: str | None,
    *,
    allow_insecure_http: bool,
) -> Credentials:
    """Fill what was not given from the environment, check it, and derive the base URL.

    A base URL whose path names a store (`.../stores/<hash>/...`, as BigCommerce's and the fake's
    do) decides the store: a store hash that names another one is refused, as requests would go to
    the URL's store; no store hash at all is taken from the URL.
    """
    url, url_source = base_url or os.environ.get(BASE_URL_ENV), "the base_url argument"
    if not base_url:
        url_source = BASE_URL_ENV
    store_hash, store_source = store_hash, "the store_hash argument"
    if store_hash is None:
        store_hash, store_source = os.environ.get(STORE_HASH_ENV), STORE_HASH_ENV
    access_token = access_token if access_token is not None else os.environ.get(ACCESS_TOKEN_ENV)
    url_store = _store_in_path(url) if url else None
    if not store_hash and url_store is not None:
        store_hash, store_source = url_store, f"the store named in {url_source}"
    if not store_hash:
        raise ConfigurationError(
            f"store_hash is missing: pass store_hash=... or set {STORE_HASH_ENV} "
            "(the short id in https://store-<hash>.mybigcommerce.com), or give a base_url "
            "naming the store (.../stores/<hash>/v3)"
        )
    if not _STORE_HASH.fullmatch(store_hash):
        raise ConfigurationError(
            f"store_hash {store_hash!r} ({store_source}) is malformed: it is lowercase letters and "
            f"digits only, as in {BASE_URL_TEMPLATE.format(store_hash='abc123xyz')} "
            f"(pass store_hash=... or set {STORE_HASH_ENV})"
        )
    if url_store is not None and store_hash != url_store:
        raise ConfigurationError(
            f"store_hash {store_hash!r} ({store_source}) contradicts base_url {url!r} "
            f"({url_source}), whose path names store {url_store!r}: requests would go to "
            f"{url_store!r}. Make them agree, or give only the base URL (its store is used)."
        )
    if not access_token:
        raise ConfigurationError(
            f"access_token is missing: pass access_token=... or set {ACCESS_TOKEN_ENV} "
            "(the store API account's access token)"
        )
    if not _TOKEN.fullmatch(access_token):
        raise ConfigurationError(
            "access_token is malformed: it must be 1-512 printable ASCII characters without "
            f"spaces or line breaks (pass access_token=... or set {ACCESS_TOKEN_ENV}; check it "
            "for stray whitespace or quotes)"
        )
    url = url or BASE_URL_TEMPLATE.format(store_hash=store_hash)
    _check_base_url(url, allow_insecure_http=allow_insecure_http)
    return Credentials(store_hash=store_hash, access_token=access_token, base_url=url.rstrip("/"))


@attrs.frozen
class QuotaSpec:
    """Where the stores' quota accounts are kept, from `quota_url` or `BIGCOMMERCE_QUOTA_URL`."""

    kind: Literal["memory", "file", "redis"]
    location: str = attrs.field(default="", repr=False)
    """The directory of `file:`, the URL of `redis://` (it may hold a password)."""
    shown: str = "memory:"
    """The URL as messages and logs show it: any password replaced by `***`."""


_QUOTA_RULE = (
    "memory: (this process, the default), file:<directory> (the processes of one machine) or "
    "redis://host:port/db (every machine; rediss:// for TLS)"
)


def resolve_quota(quota_url: str | None) -> QuotaSpec:
    """Read where quota accounts are kept from the argument or the environment, and check it."""
    url, source = quota_url, "the quota_url argument"
    if not url:
        url, source = os.environ.get(QUOTA_URL_ENV, "").strip(), QUOTA_URL_ENV
    if not url or (isinstance(url, str) and url.lower() == "memory:"):
        return QuotaSpec("memory")
    if not isinstance(url, str):
        raise ConfigurationError(f"quota_url must be a string: {_QUOTA_RULE}")
    scheme = url.partition(":")[0].lower()
    if scheme == "file":
        return QuotaSpec("file", _quota_directory(url, source), url)
    if scheme in ("redis", "rediss"):
        return QuotaSpec("redis", url, _check_redis_url(url, source))
    raise ConfigurationError(
        f"quota account URL {_redacted(url)!r} ({source}) is not one of {_QUOTA_RULE}"
    )


def _quota_directory(url: str, source: str) -> str:
    path = url[len("file:") :]
    if path.startswith("//"):  # file:///var/lib/x, the URL form: no host may be named
        host, _, rest = path[2:].partition("/")
        if host not in ("", "localhost"):
            raise ConfigurationError(
                f"quota account URL {url!r} ({source}) names host {host!r}: file: accounts are "
                f"shared by the processes of one machine, in a local directory ({_QUOTA_RULE})"
            )
        path = "/" + rest
    path = urllib.parse.unquote(path)
    if not path.strip() or "\0" in path:
        raise ConfigurationError(
            f"quota account URL {url!r} ({source}) names no directory: file:<directory>, e.g. "
            "file:/run/bigcommerce-quota, shared by every process that names it"
        )
    return os.path.abspath(os.path.expanduser(path))


def _check_redis_url(url: str, source: str) -> str:
    """The URL as it may be shown (password hidden), once it has a host, a port and a db."""
    shown = _redacted(url)
    problem = None
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # ValueError when not a number in 0..65535
    except ValueError as exc:
        problem = str(exc)
    else:
        db = parts.path.strip("/")
        if not parts.hostname:
            problem = "it names no host"
        elif port == 0:
            problem = "port 0 is no port"
        elif db and not db.isdigit():
            problem = f"the database {db!r} is not a number"
    if problem is not None:
        raise ConfigurationError(
            f"quota account URL {shown!r} ({source}) is not a Redis URL ({problem}): "
            "redis://host:port/db, e.g. redis://localhost:6379/0"
        )
    return shown


def _redacted(url: str) -> str:
    """`url` with the password of its user part, if any, replaced by `***`."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return re.sub(r"//[^/@]*@", "//***@", url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def credentials_for_store(
    credentials: Credentials,
    store_hash: str,
    access_token: str,
    base_url: str | None,
    *,
    allow_insecure_http: bool,
) -> Credentials:
    """Another store's credentials, for `for_store`: its base URL is `base_url`, else the client's
    with the store its path names replaced (`.../stores/<hash>/v3`, as BigCommerce's is).

    Nothing is read from the environment: those variables name the client's own store.
    """
    for name, value in (("store_hash", store_hash), ("access_token", access_token)):
        if not isinstance(value, str) or not value:
            raise ConfigurationError(f"for_store: {name} must be a non-empty string")
    if not _STORE_HASH.fullmatch(store_hash):
        raise ConfigurationError(
            f"for_store: store_hash {store_hash!r} is malformed: it is lowercase letters and "
            "digits only (the short id in https://store-<hash>.mybigcommerce.com)"
        )
    if base_url is not None and (not isinstance(base_url, str) or not base_url):
        raise ConfigurationError("for_store: base_url must be a non-empty string, or None")
    if base_url is None:
        parts = urllib.parse.urlsplit(credentials.base_url)
        match = _STORE_IN_PATH.search(parts.path)
        if match is None:
            raise ConfigurationError(
                f"for_store: the client's base_url {credentials.base_url!r} names no store "
                "(.../stores/<hash>/...) to replace: pass base_url=... for the other store"
            )
        path = parts.path[: match.start(1)] + store_hash + parts.path[match.end(1) :]
        base_url = urllib.parse.urlunsplit(parts._replace(path=path))
    return resolve_credentials(
        store_hash, access_token, base_url, allow_insecure_http=allow_insecure_http
    )


def _store_in_path(url: str) -> str | None:
    """The store hash a base URL's path names (`/stores/<hash>/`), if it names one."""
    try:
        path = urllib.parse.urlsplit(url).path  # as written: requests go to this very segment
    except ValueError:
        return None  # `_check_base_url` says what is wrong with the URL
    match = _STORE_IN_PATH.search(path)
    return match[1] if match else None


def _check_base_url(url: str, *, allow_insecure_http: bool) -> None:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url {url!r} is not a URL: {exc}") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base_url {url!r} must be an absolute http(s) URL")
    if "?" in url or "#" in url:
        # Paths are appended to the base URL: a query or fragment would swallow them.
        raise ConfigurationError(f"base_url {url!r} must not have a query or a fragment")
    if parsed.scheme == "http" and not allow_insecure_http and not _is_loopback(parsed.host):
        raise ConfigurationError(
            f"base_url {url!r} is plain http to a host that is not loopback: the access token "
            "would cross the network unencrypted. Use https, or pass allow_insecure_http=True."
        )


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
