"""Where every operation is carried out, the same way for all of them, sync and async.

A generated resource method hands over an `Operation` and the caller's arguments; the invoker
validates them, builds the request with the generated builder, adds the token, waits for the
throttle, sends, retries per `_retry`, settles creates in doubt per `_idempotency`, turns a non-2xx
answer into a typed exception (`_errors.error_for_status`) and parses a 2xx one with the generated
parser. Batch writes go the same way chunk by chunk, their answers read item by item per
`_batch`. `SyncInvoker` and `AsyncInvoker` differ only in the lines that wait or do I/O.
"""

from __future__ import annotations

import concurrent.futures
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import anyio
import attrs
import httpx

from ._batch import (
    DEFAULT_BATCH_SIZE,
    Chunk,
    ChunkOutcome,
    chunks,
    doubtful,
    fail_all,
    finish,
    problem_document,
    read_answer,
    settle_creates,
    settle_deletes,
    wire,
)
from ._config import Credentials
from ._errors import (
    AmbiguousMetafieldError,
    APIConnectionError,
    APITimeoutError,
    BigCommerceError,
    ClientClosedError,
    ConflictError,
    DecodeError,
    ResponseParseError,
    ValidationError,
    error_for_status,
)
from ._generated.types import UNSET, Unset
from ._idempotency import batch_lookups, created_response, lookup_request
from ._lookup import candidates, lookup_query, model_field, owner_of
from ._operation import APIResponse, Bulk, CallOptions, Operation, TimeoutTypes, Upserted
from ._pagination import (
    AsyncCursorPaginator,
    AsyncPaginator,
    CursorPaginator,
    Paginator,
    cursor_arguments,
    cursor_problem,
    page_arguments,
)
from ._parse import decode_body
from ._ratelimit import AsyncThrottle, RateLimitInfo, Throttle
from ._retry import Attempts, Done, GiveUp, RecoverCreate, Retry, RetryPolicy, Step
from ._validation import (
    Prepared,
    batch_size_problem,
    bulk_items,
    check_owner,
    option_errors,
    paging,
    prepare_call,
    shown,
)
from ._version import __version__

T = TypeVar("T")
ItemT = TypeVar("ItemT")

logger = logging.getLogger("bigcommerce_metafields")

_SDK_HEADERS = {"Accept": "application/json", "User-Agent": f"bigcommerce-metafields/{__version__}"}

_IN_DOUBT = "a create whose answer was lost could not be looked up; it may have been written"

Expect = Callable[[Any], "str | None"]
"""A check of a parsed answer beyond its model: why it cannot be used, or None."""


@attrs.frozen
class Settings:
    """What every call of one client shares."""

    credentials: Credentials
    timeout: TimeoutTypes
    policy: RetryPolicy
    batch_size: int = DEFAULT_BATCH_SIZE
    """Items per request of a batch write, unless a call says otherwise."""


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
        self._identity = identity
        # Built once: most calls add no header of their own and send exactly these.
        self._headers = httpx.Headers(_SDK_HEADERS)
        self._headers["X-Auth-Token"] = settings.credentials.access_token

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
        self._check_open(operation)
        prepared = prepare_call(operation, arguments, body, fields, options)
        model = prepared.body
        kwargs = operation.build_request(
            **prepared.builder_arguments, **({} if model is None else {"body": model})
        )
        return (*self._request(operation, kwargs, options), prepared)

    def _check_open(self, operation: Operation[Any]) -> None:
        if self.closed:
            raise ClientClosedError(f"{operation.operation_id}: the client is closed")

    def _request(
        self, operation: Operation[Any], kwargs: dict[str, Any], options: CallOptions
    ) -> tuple[httpx.Request, Attempts]:
        """The request the generated builder describes, with the SDK's headers, the token and
        the call's options; and the retry state of its call."""
        # Set per request, not on the httpx client, so that an injected client sends them too.
        # httpx.Headers: a name given twice in another case replaces, not joins, the first.
        headers = self._headers  # httpx copies it into the request: never changed in place
        if kwargs.get("headers") or options.extra_headers:
            headers = httpx.Headers(_SDK_HEADERS)
            headers.update(kwargs.get("headers", {}))
            headers.update(options.extra_headers or {})
            headers["X-Auth-Token"] = self._settings.credentials.access_token
        # None rather than {}: httpx would parse the URL a second time to merge no parameters.
        params = {**kwargs.get("params", {}), **(options.extra_query or {})} or None
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
        return request, Attempts(self._settings.policy, request.method, max_retries)

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
        self._check_open(operation)
        prepare_call(operation, page_arguments(arguments, 1, size), UNSET, None, options)
        return size, workers

    def _check_cursor_paging(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> tuple[int, str]:
        """A cursor paginate call's checks: its page size, and the parameter reading forward."""
        size, _ = paging(operation, page_size, UNSET, max_items)
        forward = operation.cursor_next
        if not isinstance(concurrency, Unset) or forward is None:
            problem = "leave it out: a cursor listing reads one page after another"
            if forward is None:
                problem = "this listing takes no cursors (mode='offset')"
            raise ValidationError(operation.operation_id, {"concurrency": problem})
        self._check_open(operation)
        prepare_call(
            operation, cursor_arguments(arguments, None, size, forward), UNSET, None, options
        )
        return size, forward

    @staticmethod
    def _check_mode(operation: Operation[Any], mode: str) -> None:
        if mode != "offset":
            wanted = "'offset' or 'cursor'" if operation.cursor_next else "'offset'"
            raise ValidationError(
                operation.operation_id, {"mode": f"must be {wanted}, got {shown(mode)}"}
            )

    def _parse(self, operation: Operation[T], response: httpx.Response, prepared: Prepared) -> T:
        if operation.success is type(None):
            return None
        expected: type[Any] = operation.success
        # Some fields only, or a page read from a cursor: a model of its own, which the spec's
        # response (the full model) does not name.
        if prepared.cursor and operation.cursor_success is not None:
            expected = operation.cursor_success
            if prepared.sparse and operation.sparse_cursor_success is not None:
                expected = operation.sparse_cursor_success
        elif prepared.sparse and operation.sparse_success is not None:
            expected = operation.sparse_success
        parsed: T = self._parse_model(expected, response)
        return parsed

    @staticmethod
    def _parse_model(model: type[Any], response: httpx.Response) -> Any:
        """`response`'s body as `model`, from a JSON answer, checked while it is decoded."""
        try:
            parsed = decode_body(model, response.content)
        except DecodeError as exc:
            reason = f"not the spec's {model.__name__}: {exc}"
            raise ResponseParseError(response, reason=reason) from exc
        media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if media_type != "application/json" and not media_type.endswith("+json"):
            # Not the API speaking (a proxy, a captive portal), even if its text parses.
            raise ResponseParseError(response, reason=f"content-type {media_type!r}, not JSON")
        return parsed

    def _outcome(
        self,
        operation: Operation[T],
        done: Done,
        attempts: Attempts,
        started: float,
        prepared: Prepared,
        expect: Expect | None = None,
    ) -> APIResponse[T] | Retry:
        """The call's result, its typed error (raised), or a retry of an unreadable success."""
        response = done.response
        if not 200 <= response.status_code < 300:
            raise error_for_status(response, reason=done.reason, retry_after=done.retry_after)
        try:
            parsed = self._parse(operation, response, prepared)
        except ResponseParseError:
            # Read again: a proxy's page or a cut body may not come twice. A create repeated
            # after its write answers 409 and is settled by lookup.
            retry = attempts.after_unreadable_success()
            if retry is None:
                raise
            return retry
        if expect is not None and (problem := expect(parsed)) is not None:
            raise ResponseParseError(response, reason=problem)
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
        data = getattr(written, "data", None)
        if isinstance(data, list):  # a batch write's answer
            data = data[0] if data else None
        owner = owner_of(data, model_field)
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

    def _batch_plan(
        self,
        operation: Operation[Any],
        items: object,
        batch_size: int | Unset,
        options: CallOptions,
    ) -> list[Chunk]:
        """A batch write's chunks, once every item and option is checked; nothing sent yet."""
        self._check_open(operation)
        if operation.bulk is None:
            raise TypeError(f"{operation.operation_id} is not a batch write")
        errors = option_errors(options)
        size = self._settings.batch_size if isinstance(batch_size, Unset) else batch_size
        if (problem := batch_size_problem(size)) is not None:
            errors["batch_size"] = problem
        checked: list[Any] = []
        try:
            checked = bulk_items(operation.operation_id, operation.bulk, items)
        except ValidationError as exc:
            errors |= exc.errors
        if errors:
            raise ValidationError(operation.operation_id, errors)
        return chunks(checked, size)

    def _one_item(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        body: Any,
        fields: Mapping[str, Any],
        options: CallOptions,
    ) -> Any:
        """The one item of a batch write called as a single create, as its item model."""
        self._check_open(operation)
        return prepare_call(as_single(operation), arguments, body, fields, options).body

    def _chunk_request(
        self, operation: Operation[Any], chunk: Chunk, options: CallOptions
    ) -> tuple[httpx.Request, Attempts]:
        return self._request(operation, operation.build_request(body=chunk.items), options)

    def _read_chunk(
        self, operation: Operation[Any], chunk: Chunk, done: Done, attempts: Attempts
    ) -> ChunkOutcome | Retry:
        """What a chunk's answer says of each item, or a retry of an unreadable success."""
        kind, response = _bulk(operation).kind, done.response
        status = response.status_code
        if kind == "delete" and 200 <= status < 300:
            # Every id was deleted (a partial success is a 422): a body that cannot be read
            # tells nothing more, and a retry would find them gone. A 204 is also how a retried
            # delete's 404 arrives (`_retry.Attempts`).
            return ChunkOutcome(succeeded=dict(enumerate(chunk.items)), response=response)
        if not (200 <= status < 300 or status == 422):
            error = error_for_status(response, reason=done.reason, retry_after=done.retry_after)
            return fail_all(chunk, error, status)
        try:
            parsed = self._parse_model(operation.success, response)
        except ResponseParseError as exc:
            if status == 422:
                refused = fail_all(chunk, error_for_status(response, reason=done.reason), status)
                # A problem document refuses the batch whole; a body that cannot be read may
                # hide the partial-success form: what it wrote is settled as after a lost answer.
                refused.in_doubt = not problem_document(response)
                return refused
            retry = attempts.after_unreadable_success()
            return retry if retry is not None else fail_all(chunk, exc, status)
        if operation.method in ("POST", "PUT"):
            self._learn_owner(parsed)
        return read_answer(kind, chunk, response, parsed)

    def _lookups(
        self, operation: Operation[Any], chunk: Chunk, outcome: ChunkOutcome, attempts: Attempts
    ) -> list[dict[str, Any]]:
        """After a chunk whose earlier attempt may have been processed: settle what needs no
        request (deletes), and say which listings would find what a create wrote."""
        bulk = operation.bulk
        if not outcome.in_doubt or not outcome.failures or bulk is None:
            return []
        if bulk.kind == "delete":
            settle_deletes(outcome)
        if bulk.kind in ("delete", "update"):
            # What failed after an attempt that may have been processed (an answer lost, a 2xx
            # unreadable) may be done all the same: say so rather than report it refused.
            why = "an earlier attempt's answer was lost"
            doubtful(outcome, why, "deleted" if bulk.kind == "delete" else "written")
            return []
        if bulk.lookup is None:
            return []
        if attempts.max_retries == 0:
            # One request per chunk was asked for, as a single create settles nothing then.
            doubtful(outcome, "its answer was lost, and with max_retries=0 nothing is looked up")
            return []
        sent = [wire(chunk.items[index]) for index in sorted(outcome.failures)]
        return batch_lookups(sent, bulk.lookup.query_parameters)

    def _one_answer(self, outcome: ChunkOutcome, answer: type[T], started: float) -> APIResponse[T]:
        """A batch write of one item, answered as a single create is (or its error raised)."""
        if 0 in outcome.failures:
            raise outcome.failures[0].error
        model: Any = answer
        parsed: T = model.from_dict({"data": wire(outcome.succeeded[0]), "meta": {}})
        response = outcome.response
        return APIResponse(
            parsed=parsed,
            status_code=200 if response is None else response.status_code,
            headers=httpx.Headers() if response is None else response.headers,
            rate_limit=None if response is None else RateLimitInfo.from_headers(response.headers),
            http_version="" if response is None else response.http_version,
            elapsed_seconds=time.perf_counter() - started,
        )

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
        if logger.isEnabledFor(logging.DEBUG):
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
        expect: Expect | None = None,
    ) -> APIResponse[T]:
        started = time.perf_counter()
        request, attempts, prepared = self._build(operation, arguments, body, fields, options)
        while True:
            done = self._send(request, attempts)
            outcome = self._outcome(operation, done, attempts, started, prepared, expect)
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
        mode: str = "offset",
    ) -> Paginator[Any]:
        self._check_mode(operation, mode)
        size, workers = self._check_paging(
            operation, arguments, page_size, concurrency, max_items, options
        )

        def fetch(number: int) -> APIResponse[Any]:
            return self.call_raw(
                operation, page_arguments(arguments, number, size), options=options
            )

        return Paginator(
            fetch,
            page_size=size,
            concurrency=workers,
            max_items=max_items,
            operation_id=operation.operation_id,
        )

    def paginate_cursors(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> CursorPaginator[Any]:
        size, forward = self._check_cursor_paging(
            operation, arguments, page_size, concurrency, max_items, options
        )

        def fetch(after: str | None) -> APIResponse[Any]:
            page = cursor_arguments(arguments, after, size, forward)
            return self.call_raw(
                operation, page, options=options, expect=lambda p: cursor_problem(p, size, after)
            )

        return CursorPaginator(fetch, page_size=size, max_items=max_items)

    def batch_write(
        self,
        operation: Operation[Any],
        items: Sequence[Any],
        *,
        item: type[ItemT],
        batch_size: int | Unset,
        options: CallOptions,
    ) -> list[ItemT]:
        written, _ = finish(
            operation.operation_id, self._run_batch(operation, items, batch_size, options)
        )
        return written

    def batch_delete(
        self,
        operation: Operation[Any],
        ids: Sequence[Any],
        *,
        batch_size: int | Unset,
        options: CallOptions,
    ) -> None:
        finish(operation.operation_id, self._run_batch(operation, ids, batch_size, options))

    def create_one(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        body: Any,
        fields: Mapping[str, Any],
        answer: type[T],
        options: CallOptions,
    ) -> APIResponse[T]:
        started = time.perf_counter()
        item = self._one_item(operation, arguments, body, fields, options)
        outcome = self._run_chunk(operation, Chunk(0, [item]), options)
        return self._one_answer(outcome, answer, started)

    def _run_batch(
        self,
        operation: Operation[Any],
        items: Sequence[Any],
        batch_size: int | Unset,
        options: CallOptions,
    ) -> list[tuple[Chunk, ChunkOutcome]]:
        planned = self._batch_plan(operation, items, batch_size, options)
        if len(planned) <= 1:
            return [(chunk, self._run_chunk(operation, chunk, options)) for chunk in planned]
        # Threads live for this call only; the throttle caps what is in flight among them.
        workers = min(len(planned), self._throttle.max_in_flight)
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            futures = [pool.submit(self._run_chunk, operation, chunk, options) for chunk in planned]
            try:
                return [(c, f.result()) for c, f in zip(planned, futures, strict=True)]
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

    def _run_chunk(
        self, operation: Operation[Any], chunk: Chunk, options: CallOptions
    ) -> ChunkOutcome:
        request, attempts = self._chunk_request(operation, chunk, options)
        while True:
            try:
                done = self._send(request, attempts)
            except (APIConnectionError, ClientClosedError) as exc:
                outcome = fail_all(chunk, exc, None)
                break
            step = self._read_chunk(operation, chunk, done, attempts)
            if not isinstance(step, Retry):
                outcome = step
                break
            self._log_retry(request, step, attempts)
            time.sleep(step.wait)
        outcome.in_doubt = outcome.in_doubt or attempts.in_doubt
        lookups = self._lookups(operation, chunk, outcome, attempts)
        listing = _bulk(operation).lookup
        if not lookups or listing is None:
            return outcome
        listed: list[Any] = []
        try:
            for arguments in lookups:
                listed.extend(self.paginate(listing, arguments, **_LOOKUP, options=_quiet(options)))
        except BigCommerceError as exc:
            return doubtful(outcome, f"its answer was lost, and the lookup failed: {exc}")
        return settle_creates(chunk, outcome, listed, self._owner_client_id)

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
        prepare_call(as_single(create), arguments, UNSET, fields, options)  # checks before sending
        namespace, key = fields["namespace"], fields["key"]
        existing = self.find(
            find, arguments, namespace=namespace, key=key, owner_client_id=UNSET, item=item,
            options=options,
        )  # fmt: skip
        if existing is not None and not self._known_ours(existing):
            existing = None  # perhaps another app's: the create tells (409: this client has one)
        if existing is None:
            try:
                created = self._create(create, arguments, fields, options)
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

    def _create(
        self,
        create: Operation[Any],
        arguments: Mapping[str, Any],
        fields: Mapping[str, Any],
        options: CallOptions,
    ) -> Any:
        if create.bulk is not None and create.bulk.single is not None:
            one = create.bulk.single
            return self.create_one(
                create, arguments, body=UNSET, fields=fields, answer=one, options=options
            ).parsed
        return self.call(create, arguments, fields=fields, options=options)

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
        expect: Expect | None = None,
    ) -> APIResponse[T]:
        started = time.perf_counter()
        request, attempts, prepared = self._build(operation, arguments, body, fields, options)
        while True:
            done = await self._send(request, attempts)
            outcome = self._outcome(operation, done, attempts, started, prepared, expect)
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
        mode: str = "offset",
    ) -> AsyncPaginator[Any]:
        self._check_mode(operation, mode)
        size, workers = self._check_paging(
            operation, arguments, page_size, concurrency, max_items, options
        )

        async def fetch(number: int) -> APIResponse[Any]:
            arguments_for_page = page_arguments(arguments, number, size)
            return await self.call_raw(operation, arguments_for_page, options=options)

        return AsyncPaginator(
            fetch,
            page_size=size,
            concurrency=workers,
            max_items=max_items,
            operation_id=operation.operation_id,
        )

    def paginate_cursors(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> AsyncCursorPaginator[Any]:
        size, forward = self._check_cursor_paging(
            operation, arguments, page_size, concurrency, max_items, options
        )

        async def fetch(after: str | None) -> APIResponse[Any]:
            page = cursor_arguments(arguments, after, size, forward)
            return await self.call_raw(
                operation, page, options=options, expect=lambda p: cursor_problem(p, size, after)
            )

        return AsyncCursorPaginator(fetch, page_size=size, max_items=max_items)

    async def batch_write(
        self,
        operation: Operation[Any],
        items: Sequence[Any],
        *,
        item: type[ItemT],
        batch_size: int | Unset,
        options: CallOptions,
    ) -> list[ItemT]:
        results = await self._run_batch(operation, items, batch_size, options)
        written, _ = finish(operation.operation_id, results)
        return written

    async def batch_delete(
        self,
        operation: Operation[Any],
        ids: Sequence[Any],
        *,
        batch_size: int | Unset,
        options: CallOptions,
    ) -> None:
        finish(operation.operation_id, await self._run_batch(operation, ids, batch_size, options))

    async def create_one(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        body: Any,
        fields: Mapping[str, Any],
        answer: type[T],
        options: CallOptions,
    ) -> APIResponse[T]:
        started = time.perf_counter()
        item = self._one_item(operation, arguments, body, fields, options)
        outcome = await self._run_chunk(operation, Chunk(0, [item]), options)
        return self._one_answer(outcome, answer, started)

    async def _run_batch(
        self,
        operation: Operation[Any],
        items: Sequence[Any],
        batch_size: int | Unset,
        options: CallOptions,
    ) -> list[tuple[Chunk, ChunkOutcome]]:
        planned = self._batch_plan(operation, items, batch_size, options)
        outcomes: dict[int, ChunkOutcome] = {}
        failures: dict[int, Exception] = {}
        # Chunks are built when they may start: at most `max_in_flight` request bodies at once.
        limiter = anyio.CapacityLimiter(self._throttle.max_in_flight)

        async def run(number: int, chunk: Chunk) -> None:
            async with limiter:
                try:
                    outcomes[number] = await self._run_chunk(operation, chunk, options)
                except Exception as exc:  # kept per chunk, so the first chunk's error is raised
                    failures[number] = exc

        async with anyio.create_task_group() as group:
            for number, chunk in enumerate(planned):
                group.start_soon(run, number, chunk)
        if failures:
            raise failures[min(failures)]
        return [(chunk, outcomes[number]) for number, chunk in enumerate(planned)]

    async def _run_chunk(
        self, operation: Operation[Any], chunk: Chunk, options: CallOptions
    ) -> ChunkOutcome:
        request, attempts = self._chunk_request(operation, chunk, options)
        while True:
            try:
                done = await self._send(request, attempts)
            except (APIConnectionError, ClientClosedError) as exc:
                outcome = fail_all(chunk, exc, None)
                break
            step = self._read_chunk(operation, chunk, done, attempts)
            if not isinstance(step, Retry):
                outcome = step
                break
            self._log_retry(request, step, attempts)
            await anyio.sleep(step.wait)
        outcome.in_doubt = outcome.in_doubt or attempts.in_doubt
        lookups = self._lookups(operation, chunk, outcome, attempts)
        listing = _bulk(operation).lookup
        if not lookups or listing is None:
            return outcome
        listed: list[Any] = []
        try:
            for arguments in lookups:
                pages = self.paginate(listing, arguments, **_LOOKUP, options=_quiet(options))
                listed.extend(await pages.collect())
        except BigCommerceError as exc:
            return doubtful(outcome, f"its answer was lost, and the lookup failed: {exc}")
        return settle_creates(chunk, outcome, listed, self._owner_client_id)

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
        prepare_call(as_single(create), arguments, UNSET, fields, options)  # checks before sending
        namespace, key = fields["namespace"], fields["key"]
        existing = await self.find(
            find, arguments, namespace=namespace, key=key, owner_client_id=UNSET, item=item,
            options=options,
        )  # fmt: skip
        if existing is not None and not self._known_ours(existing):
            existing = None  # perhaps another app's: the create tells (409: this client has one)
        if existing is None:
            try:
                created = await self._create(create, arguments, fields, options)
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

    async def _create(
        self,
        create: Operation[Any],
        arguments: Mapping[str, Any],
        fields: Mapping[str, Any],
        options: CallOptions,
    ) -> Any:
        if create.bulk is not None and create.bulk.single is not None:
            one = create.bulk.single
            answered = await self.create_one(
                create, arguments, body=UNSET, fields=fields, answer=one, options=options
            )
            return answered.parsed
        return await self.call(create, arguments, fields=fields, options=options)

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


_LOOKUP: dict[str, Any] = {"page_size": UNSET, "concurrency": 1, "max_items": None}
"""How a batch create's lookups list: every page, one after another."""


def _bulk(operation: Operation[Any]) -> Bulk:
    if operation.bulk is None:
        raise TypeError(f"{operation.operation_id} is not a batch write")
    return operation.bulk


def _quiet(options: CallOptions) -> CallOptions:
    """A write's options for its lookups: `extra_query` was meant for the write."""
    return attrs.evolve(options, extra_query=None)


def as_single(operation: Operation[Any]) -> Operation[Any]:
    """A batch create seen as a create of one item: its body is the item model."""
    if operation.bulk is None or operation.bulk.item is None:
        return operation
    return attrs.evolve(operation, body_model=operation.bulk.item, body_rules=operation.bulk.rules)


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
