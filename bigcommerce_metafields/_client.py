"""The two entry points: `MetafieldsClient` (sync) and `AsyncMetafieldsClient` (async).

Both get every operation of the spec from the generated `Resources` classes (one attribute per tag,
e.g. `client.product_metafields.create(...)`), and own what those operations share: credentials,
the httpx client, the throttle and the retry policy. `for_store` makes a client of another store
that shares all of it but the credentials and the throttle: each store has its own (`_quota`).
"""

from __future__ import annotations

import copy
from types import TracebackType
from typing import Self

import attrs
import httpx

from ._batch import DEFAULT_BATCH_SIZE
from ._config import ConfigurationError, credentials_for_store, resolve_credentials, resolve_quota
from ._generated.api import AsyncResources, Resources
from ._generated.types import UNSET, Unset
from ._invoker import AsyncInvoker, Identity, Settings, SyncInvoker
from ._logging import configure_from_env
from ._operation import TimeoutTypes
from ._quota import QuotaBackend, open_backend
from ._retry import RetryPolicy
from ._stores import async_throttles, sync_throttles
from ._validation import batch_size_problem, max_retries_problem, timeout_problem

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s for each phase of a request (10 s to connect); a call with retries can take longer."""
DEFAULT_MAX_IN_FLIGHT = 8
"""Requests of one client in flight at once. More gains nothing against a quota of 150 per 30 s,
and httpx's pool gets slower with many connections (see README "Performance")."""


def _settings(
    store_hash: str | None,
    access_token: str | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int | None,
    retry_policy: RetryPolicy | None,
    allow_insecure_http: bool,
    batch_size: int,
) -> Settings:
    configure_from_env()
    credentials = resolve_credentials(
        store_hash, access_token, base_url, allow_insecure_http=allow_insecure_http
    )
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {retry_policy!r}")
    return _evolve(
        Settings(
            credentials=credentials, timeout=DEFAULT_TIMEOUT, policy=retry_policy or RetryPolicy()
        ),
        timeout,
        UNSET if max_retries is None else max_retries,
        batch_size,
    )


def _evolve(
    settings: Settings,
    timeout: TimeoutTypes | Unset,
    max_retries: int | Unset,
    batch_size: int | Unset = UNSET,
) -> Settings:
    """`settings` with a new timeout, retry count or batch size, checked like a call's."""
    if not isinstance(timeout, Unset):
        if (problem := timeout_problem(timeout)) is not None:
            raise ConfigurationError(f"timeout {problem}")
        settings = attrs.evolve(settings, timeout=timeout)
    if not isinstance(max_retries, Unset):
        if (problem := max_retries_problem(max_retries)) is not None:
            raise ConfigurationError(f"max_retries {problem}")
        settings = attrs.evolve(
            settings, policy=attrs.evolve(settings.policy, max_retries=max_retries)
        )
    if not isinstance(batch_size, Unset):
        if (problem := batch_size_problem(batch_size)) is not None:
            raise ConfigurationError(f"batch_size {problem}")
        settings = attrs.evolve(settings, batch_size=batch_size)
    return settings


def _check_in_flight(max_in_flight: object) -> int:
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int) or max_in_flight < 1:
        raise ConfigurationError(f"max_in_flight must be a positive integer, got {max_in_flight!r}")
    return max_in_flight


def _store_settings(
    settings: Settings,
    store_hash: str,
    access_token: str,
    base_url: str | None,
    allow_insecure_http: bool,
) -> Settings:
    credentials = credentials_for_store(
        settings.credentials,
        store_hash,
        access_token,
        base_url,
        allow_insecure_http=allow_insecure_http,
    )
    return attrs.evolve(settings, credentials=credentials)


class MetafieldsClient(Resources):
    """A synchronous client for one store; safe to share between threads.

    Args:
        store_hash: The store's id; defaults to `BIGCOMMERCE_STORE_HASH`.
        access_token: The API account's token; defaults to `BIGCOMMERCE_ACCESS_TOKEN`.
        base_url: Overrides `https://api.bigcommerce.com/stores/{store_hash}/v3` (sandbox,
            proxy, the fake service).
        timeout: Per request attempt; also settable per call.
        max_retries: Retries per call; also settable per call. Overrides `retry_policy`'s.
        retry_policy: Backoff and rate-limit waiting limits.
        max_in_flight: Cap on this client's concurrent requests (per store, with `for_store`).
        batch_size: Items per request of a batch write (`.batch.create/update/delete`); also
            settable per call. BigCommerce documents no maximum; see `DEFAULT_BATCH_SIZE`.
        quota_url: Where the store's rate-limit account is kept, shared with whoever names the
            same place: `memory:` (this client only, the default), `file:<directory>` (the
            processes of this machine) or `redis://host:port/db` (every machine; the `redis`
            extra). Defaults to `BIGCOMMERCE_QUOTA_URL`.
        http2: Use HTTP/2 (needs the `http2` extra).
        transport: An httpx transport to send through (e.g. the fake's in-process transport).
        http_client: An httpx client to use as is; the caller closes it.
        allow_insecure_http: Allow a plain-http `base_url` to a host that is not loopback.

    Raises:
        ConfigurationError: A credential, the base URL or the quota URL is missing or malformed.
    """

    def __init__(
        self,
        store_hash: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        batch_size: int = DEFAULT_BATCH_SIZE,
        quota_url: str | None = None,
        http2: bool = False,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        settings = _settings(
            store_hash,
            access_token,
            base_url,
            timeout,
            max_retries,
            retry_policy,
            allow_insecure_http,
            batch_size,
        )
        in_flight = _check_in_flight(max_in_flight)
        self._quota: QuotaBackend = open_backend(resolve_quota(quota_url))
        self._throttles = sync_throttles(self._quota, in_flight)
        self._allow_insecure_http = allow_insecure_http
        self._is_copy = False
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=settings.timeout, transport=transport, http2=http2
        )
        self._store_hash = settings.credentials.store_hash
        self._base_url = settings.credentials.base_url
        self._identity = Identity()
        throttle = self._throttles.get(self._store_hash)
        self._invoker = SyncInvoker(settings, self._http, throttle, self._identity)
        super().__init__(self._invoker)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        batch_size: int | Unset = UNSET,
    ) -> MetafieldsClient:
        """A client with another default timeout, retry count or batch size, sharing this one's
        connection pool, rate-limit account and in-flight cap. Closing it closes nothing.

        Raises:
            ConfigurationError: A value is out of range.
        """
        clone = copy.copy(self)
        clone._is_copy, clone._owns_http = True, False
        clone._invoker = self._invoker.with_settings(
            _evolve(self._invoker.settings, timeout, max_retries, batch_size)
        )
        Resources.__init__(clone, clone._invoker)  # resources bound to the copy's invoker
        return clone

    def for_store(
        self, store_hash: str, access_token: str, *, base_url: str | None = None
    ) -> MetafieldsClient:
        """A client of another store (an app installed on many): its own token, quota account
        and in-flight cap, sharing this client's connection pool, timeout, retries and quota URL.

        Cheap (no connection, no I/O) and safe from many threads at once. Every client for one
        store hash made from this client shares that store's account and cap, however many are
        made: making one per request is fine. Its base URL is this one's with the store replaced
        (`.../stores/<hash>/v3`), or `base_url`. Closing it closes nothing; closing this client
        ends it too.

        Raises:
            ConfigurationError: The store hash, token or base URL is missing or malformed.
        """
        settings = _store_settings(
            self._invoker.settings, store_hash, access_token, base_url, self._allow_insecure_http
        )
        store = copy.copy(self)
        store._is_copy, store._owns_http = True, False
        store._store_hash = settings.credentials.store_hash
        store._base_url = settings.credentials.base_url
        store._identity = Identity(parent=self._identity.parent or self._identity)
        throttle = self._throttles.get(store._store_hash)
        store._invoker = SyncInvoker(settings, self._http, throttle, store._identity)
        Resources.__init__(store, store._invoker)
        return store

    def close(self) -> None:
        """Close the connections (not those of an `http_client` passed in); later calls, on this
        client and its `with_options` copies, raise `ClientClosedError`. A copy's does nothing."""
        if self._is_copy:
            return
        self._invoker.close()
        self._quota.close()
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MetafieldsClient(store_hash={self._store_hash!r}, base_url={self._base_url!r})"


class AsyncMetafieldsClient(AsyncResources):
    """An asynchronous client for one store, for asyncio or trio; share one per event loop.

    Takes the same arguments as `MetafieldsClient`, with async transports and clients.
    """

    def __init__(
        self,
        store_hash: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        batch_size: int = DEFAULT_BATCH_SIZE,
        quota_url: str | None = None,
        http2: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        settings = _settings(
            store_hash,
            access_token,
            base_url,
            timeout,
            max_retries,
            retry_policy,
            allow_insecure_http,
            batch_size,
        )
        in_flight = _check_in_flight(max_in_flight)
        self._quota: QuotaBackend = open_backend(resolve_quota(quota_url))
        self._throttles = async_throttles(self._quota, in_flight)
        self._allow_insecure_http = allow_insecure_http
        self._is_copy = False
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=settings.timeout, transport=transport, http2=http2
        )
        self._store_hash = settings.credentials.store_hash
        self._base_url = settings.credentials.base_url
        self._identity = Identity()
        throttle = self._throttles.get(self._store_hash)
        self._invoker = AsyncInvoker(settings, self._http, throttle, self._identity)
        super().__init__(self._invoker)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        batch_size: int | Unset = UNSET,
    ) -> AsyncMetafieldsClient:
        """A client with another default timeout, retry count or batch size, sharing this one's
        connection pool, rate-limit account and in-flight cap. Closing it closes nothing.

        Raises:
            ConfigurationError: A value is out of range.
        """
        clone = copy.copy(self)
        clone._is_copy, clone._owns_http = True, False
        clone._invoker = self._invoker.with_settings(
            _evolve(self._invoker.settings, timeout, max_retries, batch_size)
        )
        AsyncResources.__init__(clone, clone._invoker)  # resources bound to the copy's invoker
        return clone

    def for_store(
        self, store_hash: str, access_token: str, *, base_url: str | None = None
    ) -> AsyncMetafieldsClient:
        """A client of another store (an app installed on many): its own token, quota account
        and in-flight cap, sharing this client's connection pool, timeout, retries and quota URL.

        Cheap (no connection, no I/O) and safe from many tasks or threads at once. Every client
        for one store hash made from this client shares that store's account and cap, however
        many are made: making one per request is fine. Its base URL is this one's with the store
        replaced (`.../stores/<hash>/v3`), or `base_url`. Closing it closes nothing; closing this
        client ends it too.

        Raises:
            ConfigurationError: The store hash, token or base URL is missing or malformed.
        """
        settings = _store_settings(
            self._invoker.settings, store_hash, access_token, base_url, self._allow_insecure_http
        )
        store = copy.copy(self)
        store._is_copy, store._owns_http = True, False
        store._store_hash = settings.credentials.store_hash
        store._base_url = settings.credentials.base_url
        store._identity = Identity(parent=self._identity.parent or self._identity)
        throttle = self._throttles.get(store._store_hash)
        store._invoker = AsyncInvoker(settings, self._http, throttle, store._identity)
        AsyncResources.__init__(store, store._invoker)
        return store

    async def close(self) -> None:
        """Close the connections (not those of an `http_client` passed in); later calls, on this
        client and its `with_options` copies, raise `ClientClosedError`. A copy's does nothing."""
        if self._is_copy:
            return
        self._invoker.close()
        await self._quota.aclose()
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return (
            f"AsyncMetafieldsClient(store_hash={self._store_hash!r}, base_url={self._base_url!r})"
        )
