"""The contract between the generated resource classes and the hand-written client.

`make generate` renders, for every tag of the spec, resource classes whose methods only describe
the call: an `Operation` (the spec's facts about it, with the generated module's request builder and
response parser) and the caller's arguments. They hand both to an invoker, which is where everything
else happens (validation, auth, throttling, retries, typed errors). This module imports nothing
else of the SDK, so generated code can depend on it without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

import attrs
import httpx

if TYPE_CHECKING:
    from ._generated.types import Unset
    from ._pagination import AsyncCursorPaginator, AsyncPaginator, CursorPaginator, Paginator
    from ._ratelimit import RateLimitInfo

T = TypeVar("T")
ItemT = TypeVar("ItemT")

TimeoutTypes = float | httpx.Timeout | None
"""What `timeout=` accepts: seconds for every phase, an `httpx.Timeout`, or None for no limit."""


@attrs.frozen
class FieldRule:
    """One body field's rules, copied from the spec's request schema at generation time."""

    name: str
    required: bool
    min_length: int | None = None
    max_length: int | None = None
    choices: tuple[str, ...] | None = None
    kind: str = "string"
    """string, or integer (a batch item's ids: `minimum`)."""
    minimum: int | None = None
    pattern: str | None = None


@attrs.frozen
class QueryRule:
    """One query parameter's rules, copied from the spec by openapi/spec_facts.py."""

    name: str
    """The spec's name, sent on the wire (`key:in`)."""
    public: str
    """The SDK's argument name (`key_in`)."""
    generated: str
    """The generated request builder's argument name (`keyin`)."""
    kind: str
    """integer, string, number, boolean, enum, date-time or array (sent comma-separated)."""
    minimum: int | None = None
    maximum: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    choices: tuple[str, ...] | None = None
    pattern: str | None = None
    items: QueryRule | None = None
    """An array's item rule."""


@attrs.frozen
class Operation(Generic[T]):
    """What the spec says about one operation, in the form the invoker needs."""

    operation_id: str
    method: str
    path: str
    build_request: Callable[..., dict[str, Any]]
    """The generated `_get_kwargs`: arguments to `httpx.Client.build_request` keywords."""
    success: type[T]
    """The model of the 2xx body, or `type(None)` when the success answer has no body (204);
    read by its generated decoder (`_generated/decoders.py`)."""
    path_parameters: tuple[tuple[str, Any], ...] = ()
    """Name and runtime type (a class, or a union such as `int | str`) of each path parameter."""
    query_rules: tuple[QueryRule, ...] = ()
    sparse_parameters: tuple[str, ...] = ()
    """Query parameters that ask for some fields only (`include_fields`): the answer is then
    `sparse_success`, whose items may lack any field but `id`."""
    sparse_success: type[Any] | None = None
    body_model: type[Any] | None = None
    body_rules: tuple[FieldRule, ...] = ()
    cursor_parameters: tuple[str, ...] = ()
    """Query parameters that read from a cursor (`before`, `after`): the answer is then
    `cursor_success` (or `sparse_cursor_success` with a sparse fieldset), whose meta holds
    `cursor_pagination` instead of `pagination`."""
    cursor_next: str | None = None
    """The cursor parameter that reads forward, given a page's `end_cursor`."""
    cursor_success: type[Any] | None = None
    sparse_cursor_success: type[Any] | None = None
    bulk: Bulk | None = None
    """Set on a batch write (an array body): what its items are and how to check them."""

    @property
    def query_parameters(self) -> tuple[str, ...]:
        """Public names: the spec's names with `:` made `_` (`key:in` is `key_in`)."""
        return tuple(rule.public for rule in self.query_rules)

    @property
    def paginated(self) -> bool:
        """A listing the paginator can walk: it takes `page` and `limit`."""
        return {"page", "limit"} <= set(self.query_parameters)


@attrs.frozen
class Bulk:
    """What the spec says about a batch write: its kind, its items, and how to settle it."""

    kind: Literal["create", "update", "delete"]
    rules: tuple[FieldRule, ...]
    """Each item's field rules, or (delete) the one rule of the ids, named "id"."""
    item: type[Any] | None = None
    """The item model (create, update); None for a delete, whose items are ids."""
    lookup: Operation[Any] | None = None
    """A create's listing (namespace:in, key:in, perhaps resource_id:in): how items whose
    answer was lost are looked up before being reported as failed."""
    single: type[Any] | None = None
    """The answer of the one-item form of a create (`x-sdk-also`), e.g. StoreMetafieldResponse."""


@attrs.frozen
class CallOptions:
    """Per-call overrides of the client's settings; `UNSET` keeps the client's value."""

    timeout: TimeoutTypes | Unset
    max_retries: int | Unset
    extra_headers: Mapping[str, str] | None = None
    """Sent with this call's requests, over the SDK's own headers (not the token)."""
    extra_query: Mapping[str, str | int] | None = None
    """Added to this call's query string, over the operation's own parameters."""


UpsertAction = Literal["created", "updated", "unchanged"]


@attrs.frozen
class Upserted(Generic[T]):
    """What `upsert` did, and the metafield as the store now holds it."""

    metafield: T
    action: UpsertAction
    """"created", "updated" (some field differed), or "unchanged" (it already held them)."""


@attrs.frozen
class APIResponse(Generic[T]):
    """A parsed model with the HTTP facts it came with (from `.with_raw_response`)."""

    parsed: T
    status_code: int
    headers: httpx.Headers
    rate_limit: RateLimitInfo | None
    """The `X-Rate-Limit-*` headers of this response, when the service sent them."""
    http_version: str
    elapsed_seconds: float


class SyncInvoker(Protocol):
    """Runs an operation for the synchronous resource classes."""

    def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = ...,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> T: ...

    def call_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = ...,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> APIResponse[T]: ...

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
    ) -> Paginator[Any]: ...

    def paginate_cursors(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> CursorPaginator[Any]: ...

    def batch_write(
        self,
        operation: Operation[Any],
        items: Sequence[Any],
        *,
        item: type[ItemT],
        batch_size: int | Unset,
        options: CallOptions,
    ) -> list[ItemT]: ...

    def batch_delete(
        self,
        operation: Operation[Any],
        ids: Sequence[Any],
        *,
        batch_size: int | Unset,
        options: CallOptions,
    ) -> None: ...

    def create_one(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        body: Any,
        fields: Mapping[str, Any],
        answer: type[T],
        options: CallOptions,
    ) -> APIResponse[T]: ...

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
    ) -> ItemT | None: ...

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
    ) -> Upserted[ItemT]: ...


class AsyncInvoker(Protocol):
    """Runs an operation for the asynchronous resource classes."""

    async def call(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = ...,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> T: ...

    async def call_raw(
        self,
        operation: Operation[T],
        arguments: Mapping[str, Any],
        *,
        body: Any = ...,
        fields: Mapping[str, Any] | None = None,
        options: CallOptions,
    ) -> APIResponse[T]: ...

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
    ) -> AsyncPaginator[Any]: ...

    def paginate_cursors(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        page_size: int | Unset,
        concurrency: int | Unset,
        max_items: int | None,
        options: CallOptions,
    ) -> AsyncCursorPaginator[Any]: ...

    async def batch_write(
        self,
        operation: Operation[Any],
        items: Sequence[Any],
        *,
        item: type[ItemT],
        batch_size: int | Unset,
        options: CallOptions,
    ) -> list[ItemT]: ...

    async def batch_delete(
        self,
        operation: Operation[Any],
        ids: Sequence[Any],
        *,
        batch_size: int | Unset,
        options: CallOptions,
    ) -> None: ...

    async def create_one(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        *,
        body: Any,
        fields: Mapping[str, Any],
        answer: type[T],
        options: CallOptions,
    ) -> APIResponse[T]: ...

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
    ) -> ItemT | None: ...

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
    ) -> Upserted[ItemT]: ...
