"""Where every operation is carried out, the same way for all of them, sync and async.

A generated resource method hands over an `Operation` and the caller's arguments; the invoker
validates them, builds the request with the generated builder, adds the token, waits for the
throttle, sends, retries per `_retry`, settles creates in doubt per `_idempotency`, turns a non-2xx
answer into a typed exception (`_errors.error_for_status`) and parses a 2xx one with the generated
parser. `SyncInvoker` and `AsyncInvoker` differ only in the lines that wait or do I/O.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any, TypeVar

import anyio
import attrs
import httpx

from ._config import Credentials
from ._errors import (
    AmbiguousMetafieldError,
    APIConnectionError,
    APITimeoutError,
    BigCommerceError,
    ClientClosedError,
    ConflictError,
    ResponseParseError,
    ValidationError,
    error_for_status,
)
from ._generated.client import Client as _GeneratedClient
from ._generated.types import UNSET, Unset
from ._idempotency import created_response, lookup_request
from ._lookup import candidates, lookup_query, model_field, owner_of
from ._operation import APIResponse, CallOptions, Operation, TimeoutTypes, Upserted
from ._pagination import AsyncPaginator, Paginator, page_arguments
from ._ratelimit import AsyncThrottle, RateLimitInfo, Throttle
from ._retry import Attempts, Done, GiveUp, RecoverCreate, Retry, RetryPolicy, Step
from ._typecheck import mismatch
from ._validation import Prepared, check_owner, paging, prepare_call
from ._version import __version__

T = TypeVar("T")
ItemT = TypeVar("ItemT")

logger = logging.getLogger("bigcommerce_metafields")

_SDK_HEADERS = {"Accept": "application/json", "User-Agent": f"bigcommerce-metafields/{__version__}"}

_IN_DOUBT = "a create whose answer was lost could not be looked up; it may have been written"

_PARSE_FAILURES = (ValueError, KeyError, TypeError, AttributeError, RecursionError)
"""What the generated parsers raise on a body that is not the spec's (JSONDecodeError included)."""


@attrs.frozen
class Settings:
    """What every call of one client shares."""

    credentials: Credentials
    timeout: TimeoutTypes
    policy: RetryPolicy


@attrs.define
class Identity:
    """What a client and its `with_options` copies share beyond connections and quota."""

    owner_client_id: str | None = None
    """This API client's id, learnt from the answer to a write; tells its metafields from
    other apps'."""
    closed: bool = False
    """Set by the client's `close()`: an injected httpx client stays open (it is the caller's),
    yet the SDK client is done."""
    parent: Identity | None = None
    """A `for_store` client's: the client it came from, whose `close()` ends it too."""


class _InvokerCore:
    """Everything about a call that does not wait or do I/O."""

    def __init__(
        self, settings: Settings, http: httpx.Client | httpx.AsyncClient, identity: Identity
    ) -> None:
        self._settings = settings
        self._http = http
        # The generated parsers want a client only to read `raise_on_unexpected_status`.
        self._parse_client = _GeneratedClient()
        self._identity = identity

    @property
    def closed(self) -> bool:
        """The client was closed, or the httpx client it sends through."""
        identity = self._identity
        parent_closed = identity.parent is not None and identity.parent.closed
        return identity.closed or parent_closed or self._http.is_closed

    def close(self) -> None:
        """Refuse every later call of this client and its copies."""
        self._identity.closed = True

    @property
    def settings(self) -> Settings:
        """What every call of this invoker shares."""
        return self._settings

    @property
    def _owner_client_id(self) -> str | None:
        return self._identity.owner_client_id

    def _build(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        body: Any,
        fields: Mapping[str, Any] | None,
        options: CallOptions,
    ) -> tuple[httpx.Request, Attempts, Prepared]:
        if self.closed:
            raise ClientClosedError(f"{operation.operation_id}: the client is closed")
        prepared = prepare_call(operation, arguments, body, fields, options)
        model = prepared.body
        kwargs = operation.build_request(
            **prepared.builder_arguments, **({} if model is None else {"body": model})
        )
        # Set per request, not on the httpx client, so that an injected client sends them too.
        # httpx.Headers: a name given twice in another case replaces, not joins, the first.
        headers = httpx.Headers(_SDK_HEADERS)
        headers.update(kwargs.get("headers", {}))
        headers.update(options.extra_headers or {})
        headers["X-Auth-Token"] = self._settings.credentials.access_token
        params = {**kwargs.get("params", {}), **(options.extra_query or {})}
        timeout = self._settings.timeout if isinstance(options.timeout, Unset) else options.timeout
        try:
            request = self._http.build_request(
                kwargs["method"],
                self._settings.credentials.base_url + kwargs["url"],
                params=params,
                json=kwargs.get("json"),
                headers=headers,
                timeout=timeout,
            )
        except httpx.InvalidURL as exc:  # over httpx's 65,536 characters: a path or query value
            problem = {"url": f"cannot be sent: {exc}"}
            raise ValidationError(operation.operation_id, problem) from exc
        retries = options.max_retries
        max_retries = self._settings.policy.max_retries if isinstance(retries, Unset) else retries
        return request, Attempts(self._settings.policy, request.method, max_retries), prepared

    def _check_paging(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> tuple[int, int]:
        """A paginate call's checks, made when it is called rather than at its first page."""
        size, workers = paging(operation, page_size, concurrency, max_items)
        if self.closed:
            raise ClientClosedError(f"{operation.operation_id}: the client is closed")
        prepare_call(operation, page_arguments(arguments, 1, size), UNSET, None, options)
        return size, workers

    def _parse(self, operation: Operation[T], response: httpx.Response, sparse: bool) -> T:
        if operation.success is type(None):
            return None
        expected: type[Any] = operation.success
        try:
            if sparse and operation.sparse_success is not None:
                # Some fields only: the partial model, which the generated parser never picks
                # for a body that also fits the full one.
                expected = operation.sparse_success
                parsed = expected.from_dict(response.json())
            else:
                parsed = operation.parse_response(client=self._parse_client, response=response)
        except _PARSE_FAILURES as exc:
            raise ResponseParseError(response, reason=_describe(exc)) from exc
        if not isinstance(parsed, expected):
            raise ResponseParseError(response, reason="not the response the spec describes")
        if (problem := mismatch(parsed)) is not None:
            raise ResponseParseError(response, reason=f"not the spec's types: {problem}")
        media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if media_type != "application/json" and not media_type.endswith("+json"):
            # Not the API speaking (a proxy, a captive portal), even if its text parses.
            raise ResponseParseError(response, reason=f"content-type {media_type!r}, not JSON")
        result: T = parsed
        return result

    def _outcome(
        self, operation: Operation[T], done: Done, attempts: Attempts, started: float, sparse: bool
    ) -> APIResponse[T] | Retry:
        """The call's result, its typed error (raised), or a retry of an unreadable success."""
        response = done.response
        if not 200 <= response.status_code < 300:
            raise error_for_status(response, reason=done.reason, retry_after=done.retry_after)
        try:
            parsed = self._parse(operation, response, sparse)
        except ResponseParseError:
            # Read again: a proxy's page or a cut body may not come twice. A create repeated
            # after its write answers 409 and is settled by lookup.
            retry = attempts.after_unreadable_success()
            if retry is None:
                raise
            return retry
        if response.request.method in ("POST", "PUT"):
            self._learn_owner(parsed)
        return APIResponse(
            parsed=parsed,
            status_code=response.status_code,
            headers=response.headers,
            rate_limit=RateLimitInfo.from_headers(response.headers),
            http_version=response.http_version,
            elapsed_seconds=time.perf_counter() - started,
        )

    def _learn_owner(self, written: object) -> None:
        owner = owner_of(getattr(written, "data", None), model_field)
        if owner is not None:
            self._identity.owner_client_id = owner

    def _pick(
        self, listed: list[ItemT], namespace: str, key: str, owner_client_id: str | Unset
    ) -> ItemT | None:
        owner = self._owner_client_id if isinstance(owner_client_id, Unset) else owner_client_id
        found = candidates(listed, namespace, key, owner, model_field)
        if len(found) > 1:
            owners = [owner_of(item, model_field) for item in found]
            raise AmbiguousMetafieldError(namespace, key, owners)
        return found[0] if found else None

    def _known_ours(self, found: object) -> bool:
        """Whether a metafield `find` returned is this client's for sure: before the client
        knows its id, `find` returns the only candidate, which may be another app's."""
        owner = owner_of(found, model_field)
        return owner is None or owner == self._owner_client_id

    def _settle_create(self, create: httpx.Request, conflict: Done, lookup: Done | None) -> Done:
        """The create's outcome, once the lookup of its namespace and key has answered."""
        if lookup is None:
            return conflict
        if lookup.response.status_code != 200:
            # Still in doubt: the lookup's own error, not a conflict that may be false.
            return Done(lookup.response, reason=_IN_DOUBT, retry_after=lookup.retry_after)
        try:
            found = created_response(create, lookup.response, self._owner_client_id)
        except ValueError as exc:
            raise ResponseParseError(lookup.response, reason=f"{_IN_DOUBT}: {exc}") from exc
        if found is None:
            return conflict
        logger.info("create %s: written by an earlier attempt whose answer was lost", create.url)
        return Done(found)

    def _after_response(
        self, attempts: Attempts, request: httpx.Request, response: httpx.Response, started: float
    ) -> tuple[Step, RateLimitInfo | None]:
        info = RateLimitInfo.from_headers(response.headers)
        logger.debug(
            "%s %s -> %d in %.1f ms",
            request.method,
            request.url,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return attempts.after_response(response, info), info

    def _after_error(
        self, attempts: Attempts, request: httpx.Request, error: httpx.RequestError
    ) -> Step:
        logger.debug("%s %s -> %s", request.method, request.url, _describe(error))
        if not isinstance(error, httpx.TransportError):
            raise _connection_error(error, request) from error
        return attempts.after_error(error)

    @staticmethod
    def _log_retry(request: httpx.Request, step: Retry, attempts: Attempts) -> None:
        logger.info(
            "retry %d of %s %s in %.3fs: %s",
            attempts.retries,
            request.method,
            request.url,
            step.wait,
            step.reason,
        )


class SyncInvoker(_InvokerCore):
    """Carries out operations for `MetafieldsClient`."""

    def __init__(
        self, settings: Settings, http: httpx.Client, throttle: Throttle, identity: Identity
    ) -> None:
        super().__init__(settings, http, identity)
        self._sync_http = http
        self._throttle = throttle

    def with_settings(self, settings: Settings) -> SyncInvoker:
        """An invoker with other settings, sharing the connections, quota and identity."""
        return SyncInvoker(settings, self._sync_http, self._throttle, self._identity)

    def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = UNSET,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> T:
        return self.call_raw(operation, arguments, body=body, fields=fields, options=options).parsed

    def call_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = UNSET,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> APIResponse[T]:
        started = time.perf_counter()
        request, attempts, prepared = self._build(operation, arguments, body, fields, options)
        while True:
            done = self._send(request, attempts)
            outcome = self._outcome(operation, done, attempts, started, prepared.sparse)
            if not isinstance(outcome, Retry):
                return outcome
            self._log_retry(request, outcome, attempts)
            time.sleep(outcome.wait)

    def paginate(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> Paginator[Any]:
        size, workers = self._check_paging(
            operation, arguments, page_size, concurrency, max_items, options
        )

        def fetch(number: int) -> APIResponse[Any]:
            return self.call_raw(
                operation, page_arguments(arguments, number, size), options=options
            )

        return Paginator(fetch, page_size=size, concurrency=workers, max_items=max_items)

    def find(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset,
        item: type[ItemT],
        options: CallOptions,
    ) -> ItemT | None:
        check_owner(operation, owner_client_id)
        listing = self.paginate(
            operation,
            {**arguments, **lookup_query(namespace, key)},
            page_size=UNSET,
            concurrency=1,
            max_items=None,
            options=options,
        )
        return self._pick(listing.collect(), namespace, key, owner_client_id)

    def upsert(
        self,
        *,
        find: Operation[Any],
        create: Operation[Any],
        update: Operation[Any],
        arguments: Mapping[str, Any],
        fields: Mapping[str, Any],
        item: type[ItemT],
        options: CallOptions,
    ) -> Upserted[ItemT]:
        prepare_call(create, arguments, UNSET, fields, options)  # every check before any request
        namespace, key = fields["namespace"], fields["key"]
        existing = self.find(
            find, arguments, namespace=namespace, key=key, owner_client_id=UNSET, item=item,
            options=options,
        )  # fmt: skip
        if existing is not None and not self._known_ours(existing):
            existing = None  # perhaps another app's: the create tells (409: this client has one)
        if existing is None:
            try:
                created = self.call(create, arguments, fields=fields, options=options)
            except ConflictError:
                # Written meanwhile by another worker of this app: update that one instead.
                existing = self.find(
                    find, arguments, namespace=namespace, key=key, owner_client_id=UNSET,
                    item=item, options=options,
                )  # fmt: skip
                if existing is None:
                    raise
            else:
                return Upserted(created.data, "created")
        if holds(existing, fields):
            return Upserted(existing, "unchanged")
        target = update_arguments(update, arguments, existing)
        updated = self.call(update, target, fields=update_fields(fields), options=options)
        return Upserted(updated.data, "updated")

    def _send(self, request: httpx.Request, attempts: Attempts) -> Done:
        while True:
            step = self._attempt(request, attempts)
            if isinstance(step, Retry):
                self._log_retry(request, step, attempts)
                time.sleep(step.wait)
            elif isinstance(step, GiveUp):
                raise _connection_error(step.error, request) from step.error
            elif isinstance(step, RecoverCreate):
                lookup = self._lookup(request, attempts)
                return self._settle_create(request, Done(step.conflict), lookup)
            else:
                return step

    def _lookup(self, create: httpx.Request, attempts: Attempts) -> Done | None:
        lookup = lookup_request(create)
        if lookup is None:
            return None
        return self._send(lookup, Attempts(self._settings.policy, "GET", attempts.remaining))

    def _attempt(self, request: httpx.Request, attempts: Attempts) -> Step:
        ticket = self._throttle.acquire()
        started = time.perf_counter()
        try:
            response = self._sync_http.send(request)
        except httpx.RequestError as error:
            self._throttle.release(ticket, None)
            return self._after_error(attempts, request, error)
        except RuntimeError as error:
            self._throttle.release(ticket, None)
            raise _closed_or(error, self._sync_http, request) from error
        except BaseException:
            self._throttle.release(ticket, None)
            raise
        step, info = self._after_response(attempts, request, response, started)
        self._throttle.release(ticket, info)
        return step


class AsyncInvoker(_InvokerCore):
    """Carries out operations for `AsyncMetafieldsClient`, under asyncio or trio."""

    def __init__(
        self,
        settings: Settings,
        http: httpx.AsyncClient,
        throttle: AsyncThrottle,
        identity: Identity,
    ) -> None:
        super().__init__(settings, http, identity)
        self._async_http = http
        self._throttle = throttle

    def with_settings(self, settings: Settings) -> AsyncInvoker:
        """An invoker with other settings, sharing the connections, quota and identity."""
        return AsyncInvoker(settings, self._async_http, self._throttle, self._identity)

    async def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = UNSET,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> T:
        raw = await self.call_raw(operation, arguments, body=body, fields=fields, options=options)
        return raw.parsed

    async def call_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = UNSET,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> APIResponse[T]:
        started = time.perf_counter()
        request, attempts, prepared = self._build(operation, arguments, body, fields, options)
        while True:
            done = await self._send(request, attempts)
            outcome = self._outcome(operation, done, attempts, started, prepared.sparse)
            if not isinstance(outcome, Retry):
                return outcome
            self._log_retry(request, outcome, attempts)
            await anyio.sleep(outcome.wait)

    def paginate(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> AsyncPaginator[Any]:
        size, workers = self._check_paging(
            operation, arguments, page_size, concurrency, max_items, options
        )

        async def fetch(number: int) -> APIResponse[Any]:
            arguments_for_page = page_arguments(arguments, number, size)
            return await self.call_raw(operation, arguments_for_page, options=options)

        return AsyncPaginator(fetch, page_size=size, concurrency=workers, max_items=max_items)

    async def find(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        namespace: str,
        key: str,
        owner_client_id: str | Unset,
        item: type[ItemT],
        options: CallOptions,
    ) -> ItemT | None:
        check_owner(operation, owner_client_id)
        listing = self.paginate(
            operation,
            {**arguments, **lookup_query(namespace, key)},
            page_size=UNSET,
            concurrency=1,
            max_items=None,
            options=options,
        )
        return self._pick(await listing.collect(), namespace, key, owner_client_id)

    async def upsert(
        self,
        *,
        find: Operation[Any],
        create: Operation[Any],
        update: Operation[Any],
        arguments: Mapping[str, Any],
        fields: Mapping[str, Any],
        item: type[ItemT],
        options: CallOptions,
    ) -> Upserted[ItemT]:
        prepare_call(create, arguments, UNSET, fields, options)  # every check before any request
        namespace, key = fields["namespace"], fields["key"]
        existing = await self.find(
            find, arguments, namespace=namespace, key=key, owner_client_id=UNSET, item=item,
            options=options,
        )  # fmt: skip
        if existing is not None and not self._known_ours(existing):
            existing = None  # perhaps another app's: the create tells (409: this client has one)
        if existing is None:
            try:
                created = await self.call(create, arguments, fields=fields, options=options)
            except ConflictError:
                # Written meanwhile by another worker of this app: update that one instead.
                existing = await self.find(
                    find, arguments, namespace=namespace, key=key, owner_client_id=UNSET,
                    item=item, options=options,
                )  # fmt: skip
                if existing is None:
                    raise
            else:
                return Upserted(created.data, "created")
        if holds(existing, fields):
            return Upserted(existing, "unchanged")
        target = update_arguments(update, arguments, existing)
        updated = await self.call(update, target, fields=update_fields(fields), options=options)
        return Upserted(updated.data, "updated")

    async def _send(self, request: httpx.Request, attempts: Attempts) -> Done:
        while True:
            step = await self._attempt(request, attempts)
            if isinstance(step, Retry):
                self._log_retry(request, step, attempts)
                await anyio.sleep(step.wait)
            elif isinstance(step, GiveUp):
                raise _connection_error(step.error, request) from step.error
            elif isinstance(step, RecoverCreate):
                lookup = await self._lookup(request, attempts)
                return self._settle_create(request, Done(step.conflict), lookup)
            else:
                return step

    async def _lookup(self, create: httpx.Request, attempts: Attempts) -> Done | None:
        lookup = lookup_request(create)
        if lookup is None:
            return None
        return await self._send(lookup, Attempts(self._settings.policy, "GET", attempts.remaining))

    async def _attempt(self, request: httpx.Request, attempts: Attempts) -> Step:
        ticket = await self._throttle.acquire()
        started = time.perf_counter()
        try:
            response = await self._async_http.send(request)
        except httpx.RequestError as error:
            await self._throttle.release(ticket, None)
            return self._after_error(attempts, request, error)
        except RuntimeError as error:
            await self._throttle.release(ticket, None)
            raise _closed_or(error, self._async_http, request) from error
        except BaseException:
            await self._throttle.release(ticket, None)
            raise
        step, info = self._after_response(attempts, request, response, started)
        await self._throttle.release(ticket, info)
        return step


def holds(existing: object, fields: Mapping[str, Any]) -> bool:
    """Whether a metafield already holds every field given (an absent description is "")."""
    for name, wanted in fields.items():
        if isinstance(wanted, Unset):
            continue
        have = model_field(existing, name)
        if name == "description":
            have, wanted = have or "", wanted or ""
        if have != wanted:
            return False
    return True


def update_arguments(
    update: Operation[Any], arguments: Mapping[str, Any], existing: object
) -> dict[str, Any]:
    """The update's path arguments: the resource's, and the found metafield's id."""
    metafield = [name for name, _ in update.path_parameters if name not in arguments]
    return {**arguments, metafield[0]: model_field(existing, "id")}


def update_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Every field given: right for a partial update, and what a full one requires."""
    return {name: value for name, value in fields.items() if not isinstance(value, Unset)}


def _closed_or(
    error: RuntimeError, http: httpx.Client | httpx.AsyncClient, request: httpx.Request
) -> BaseException:
    # httpx raises a bare RuntimeError when its client was closed while the call waited.
    if http.is_closed:
        return ClientClosedError(f"{request.method} {request.url}: the client was closed")
    return error


def _connection_error(error: httpx.RequestError, request: httpx.Request) -> BigCommerceError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    # The chained httpx error keeps its request: give it one without the token, so that an
    # error reporter serialising the exception chain cannot pick the token up.
    error.request = _without_token(request)
    return kind(_describe(error), method=request.method, url=str(request.url))


def _without_token(request: httpx.Request) -> httpx.Request:
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "x-auth-token"]
    return httpx.Request(request.method, request.url, headers=headers)


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
