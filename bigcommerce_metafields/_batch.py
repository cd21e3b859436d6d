"""Batch writes, the parts that do no I/O: chunks, reading an answer item by item, the outcome.

A batch write (`client.<family>_metafields.batch.create/update/delete`) takes any number of items.
The invoker checks them all (`_validation.bulk_items`), splits them into chunks of `batch_size`
(`chunks`), sends the chunks concurrently through the client's throttle, and hands each chunk's
final answer here:
- 200: every item succeeded; `data` holds them;
- 422 in the batch form: a partial success; `data` holds what succeeded, `errors` groups the failed
  items' indexes (within the chunk) under a status and title;
- anything else (400 refusing the whole batch, 403, a 5xx or a lost connection after retries): each
  item of the chunk failed with that error.
Written items are matched to the items sent by what identifies a metafield (its id; or where it
goes, its namespace and key), not by position, so an answer in another order still lands on the
right items; an item the answer does not account for is a failure, never silently dropped.
`finish` puts every chunk's outcome back in input order and raises `BatchError` if any failed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._errors import BatchError, BigCommerceError, ResponseParseError, error_for_status
from ._idempotency import written_by_batch
from ._lookup import model_field

T = TypeVar("T")
InputT = TypeVar("InputT")

DEFAULT_BATCH_SIZE = 50
"""Items per request of a batch write. BigCommerce documents no maximum (other catalog batch
endpoints take 10 products); 50 keeps each request small while a write of 10,000 metafields
costs 200 requests instead of 10,000. Set per client (`batch_size=`) or per call."""

_NOT_FOUND_WORDS = ("not found", "not exist", "doesn't exist")
"""How a per-item message says the metafield is gone, when its status does not (404)."""


@attrs.frozen
class BatchFailure(Generic[InputT]):
    """One item of a batch write that was not written, and why."""

    index: int
    """Its position in the items given."""
    item: InputT
    """The item as given (the item model, or for a delete the id)."""
    reason: str
    """What went wrong, in the service's words where it gave any."""
    status: int | None
    """The HTTP status of the failure (per item where the service says, else its answer's);
    None when no answer arrived."""
    error: BigCommerceError
    """The failure as the SDK's exception: e.g. `ConflictError` for an item refused with 409,
    the chunk's `BadRequestError` or `APIConnectionError` when its request failed whole."""
    in_doubt: bool = False
    """An earlier attempt of its request may have been processed, its answer lost, and what
    followed could not tell: the item may have been written (or deleted) all the same."""


@attrs.frozen
class Chunk:
    """Consecutive items of one batch write, sent in one request."""

    start: int
    """The input index of its first item."""
    items: list[Any]


@attrs.define
class ChunkOutcome:
    """What became of each item of a chunk (by index within the chunk)."""

    succeeded: dict[int, Any] = attrs.Factory(dict)
    """The metafield as written (a model), or for a delete the id."""
    failures: dict[int, BatchFailure[Any]] = attrs.Factory(dict)
    response: httpx.Response | None = None
    """The chunk's final answer, if one arrived."""
    in_doubt: bool = False
    """An earlier attempt of the chunk may have been processed without an answer saying so."""
    error: BigCommerceError | None = None
    """The chunk's own error, when its request failed whole."""


def chunks(items: Sequence[Any], size: int) -> list[Chunk]:
    """`items` in chunks of at most `size`, in order."""
    return [Chunk(start, list(items[start : start + size])) for start in range(0, len(items), size)]


def problem_document(response: httpx.Response) -> bool:
    """Whether an answer's body reads as a JSON object (a problem document, not a spoiled one)."""
    try:
        return isinstance(json.loads(response.content), dict)
    except ValueError:
        return False


def fail_all(chunk: Chunk, error: BigCommerceError, status: int | None) -> ChunkOutcome:
    """Every item of the chunk failed with the chunk's own error."""
    reason = str(error)
    return ChunkOutcome(
        failures={
            i: BatchFailure(chunk.start + i, item, reason, status, error)
            for i, item in enumerate(chunk.items)
        },
        error=error,
    )


def read_answer(kind: str, chunk: Chunk, response: httpx.Response, parsed: Any) -> ChunkOutcome:
    """A 200 or a 422 partial success, item by item.

    `parsed` is the answer as the operation's model (`data` items are metafields, or ids for a
    delete); the per-item errors are read from the JSON, whose index keys are the service's.
    """
    outcome = ChunkOutcome(response=response)
    for index, (status, title, message) in _item_errors(response, len(chunk.items)).items():
        error = _item_error(response, status, title, message)
        reason = f"{status} {message}" if message else f"{status} {title or 'failed'}"
        outcome.failures[index] = BatchFailure(
            chunk.start + index, chunk.items[index], reason, status, error
        )
    pending = {i: _sent_identity(kind, item) for i, item in enumerate(chunk.items)}
    pending = {i: key for i, key in pending.items() if i not in outcome.failures}
    by_identity = {key: i for i, key in pending.items()}
    unmatched: list[Any] = []
    for written in parsed.data:
        index = by_identity.pop(_written_identity(kind, written, chunk.items[0]), -1)
        if index < 0:
            unmatched.append(written)
        else:
            outcome.succeeded[index] = written
    left = [i for i in pending if i not in outcome.succeeded]
    if response.status_code == 200 and len(left) == len(unmatched):
        # Every item succeeded; what did not match by identity pairs up in the order sent.
        outcome.succeeded.update(zip(left, unmatched, strict=True))
        left = []
    for index in left:
        error = ResponseParseError(response, reason="the answer does not account for this item")
        outcome.failures[index] = BatchFailure(
            chunk.start + index, chunk.items[index], str(error), response.status_code, error
        )
    return outcome


def settle_deletes(outcome: ChunkOutcome) -> ChunkOutcome:
    """After a retry: an item refused as not found was deleted by the attempt whose answer was
    lost, which is what was asked."""
    for index, failure in list(outcome.failures.items()):
        if failure.status == 404 or any(w in failure.reason.lower() for w in _NOT_FOUND_WORDS):
            del outcome.failures[index]
            outcome.succeeded[index] = failure.item
    return outcome


def settle_creates(
    chunk: Chunk, outcome: ChunkOutcome, listed: list[Any], owner_client_id: str | None
) -> ChunkOutcome:
    """After a retry: a failed item found written, holding what was sent, was written by the
    attempt whose answer was lost (`_idempotency.written_by_batch`)."""
    for index in list(outcome.failures):
        found = written_by_batch(wire(chunk.items[index]), listed, owner_client_id)
        if found is not None:
            del outcome.failures[index]
            outcome.succeeded[index] = found
    return outcome


def doubtful(outcome: ChunkOutcome, why: str, done: str = "written") -> ChunkOutcome:
    """After an answer was lost and what followed could not settle the items: they may have
    been `done` (written, deleted)."""
    note = f"; it may have been {done} ({why})"
    for index, failure in list(outcome.failures.items()):
        outcome.failures[index] = attrs.evolve(failure, reason=failure.reason + note, in_doubt=True)
    return outcome


def finish(operation_id: str, results: list[tuple[Chunk, ChunkOutcome]]) -> tuple[list[Any], int]:
    """Every item's outcome in input order: the written items and their count, or `BatchError`."""
    succeeded: list[tuple[int, Any]] = []
    failures: list[BatchFailure[Any]] = []
    for chunk, outcome in results:
        succeeded.extend((chunk.start + i, value) for i, value in sorted(outcome.succeeded.items()))
        failures.extend(failure for _, failure in sorted(outcome.failures.items()))
    if failures:
        error = BatchError[Any, Any](
            operation_id,
            succeeded=[value for _, value in succeeded],
            succeeded_indices=[index for index, _ in succeeded],
            failures=failures,
        )
        whole = next((o.error for _, o in results if o.error is not None), None)
        raise error from whole or failures[0].error
    return [value for _, value in succeeded], len(succeeded)


def wire(item: Any) -> Any:
    """An item as it is sent: a model's JSON object, or an id as given."""
    return item.to_dict() if hasattr(item, "to_dict") else item


def _sent_identity(kind: str, item: Any) -> str:
    data = wire(item)
    if kind == "create":
        return json.dumps(
            [str(data.get("resource_id", "")), data.get("namespace"), data.get("key")]
        )
    return str(data.get("id") if kind == "update" else data)


def _written_identity(kind: str, written: Any, sample: Any) -> str:
    if kind == "delete":
        return str(written)
    if kind == "update":
        return str(model_field(written, "id"))
    # A store metafield is sent without the resource id the service gives it.
    has_resource = "resource_id" in wire(sample)
    resource = str(model_field(written, "resource_id")) if has_resource else ""
    return json.dumps([resource, model_field(written, "namespace"), model_field(written, "key")])


def _item_errors(response: httpx.Response, size: int) -> dict[int, tuple[int, str | None, str]]:
    """Index (within the chunk) -> (status, title, message) of each item the answer refuses."""
    try:
        groups = response.json().get("errors")
    except (ValueError, AttributeError, RecursionError):
        return {}
    found: dict[int, tuple[int, str | None, str]] = {}
    for group in groups if isinstance(groups, list) else []:
        if not isinstance(group, dict) or not isinstance(group.get("errors"), dict):
            continue
        status = group.get("status")
        status = status if isinstance(status, int) and 400 <= status < 600 else 422
        title = group.get("title") if isinstance(group.get("title"), str) else None
        for key, message in group["errors"].items():
            if isinstance(key, str) and key.isdigit() and int(key) < size:
                found[int(key)] = (status, title, str(message))
    return found


def _item_error(
    response: httpx.Response, status: int, title: str | None, message: str
) -> BigCommerceError:
    """The exception a single request for this item would have raised (409: ConflictError...),
    built from its entry in the batch answer."""
    body = {"status": status, "title": title or message, "detail": message}
    single = httpx.Response(
        status, json=body, headers=_rate_headers(response), request=response.request
    )
    return error_for_status(single)


def _rate_headers(response: httpx.Response) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.headers.multi_items() if k.lower().startswith("x-")]
