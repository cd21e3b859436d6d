"""Every exception the SDK raises, and the one function that turns a response into one.

    BigCommerceError
    ├── ValidationError              bad input, refused before anything was sent
    ├── ClientClosedError            a call on a client that was closed
    ├── AmbiguousMetafieldError      `find` saw several apps' metafields and cannot tell whose
    ├── BatchError                   some items of a batch write failed; carries every outcome
    ├── DecodeError                  JSON that is not the model `parse` was asked for
    ├── APIConnectionError           no response: the connection failed or was lost
    │   └── APITimeoutError
    └── APIError                     a response arrived; it carries status, body, method, URL
        ├── ResponseParseError       a 2xx whose body is not what the spec describes
        └── APIStatusError           any non-2xx status
            ├── BadRequestError          400
            ├── AuthenticationError      401
            ├── PermissionDeniedError    403
            ├── NotFoundError            404
            ├── ConflictError            409
            ├── UnprocessableEntityError 422
            ├── RateLimitError           429
            ├── OtherClientError         any other 4xx
            └── ServerError              5xx (and gateway statuses such as 520)

No message, attribute or repr of these holds the access token: requests carry it in a header, and
only the method and URL are kept.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._ratelimit import RateLimitInfo

if TYPE_CHECKING:
    from ._batch import BatchFailure

T = TypeVar("T")
InputT = TypeVar("InputT")

_BODY_EXCERPT = 200
"""Characters of a non-JSON body quoted in a message: enough to recognise a gateway page."""
_LISTED = 10
"""Entries a message names before "and N more": the attributes hold them all."""


class BigCommerceError(Exception):
    """The root of every exception this SDK raises."""


class ValidationError(BigCommerceError, ValueError):
    """An argument breaks a rule of the spec; nothing was sent.

    `errors` maps each bad field to the rule it breaks, like the service's 422 body does.
    """

    def __init__(self, operation_id: str, errors: dict[str, str]) -> None:
        self.operation_id = operation_id
        self.errors = errors
        details = _listed([f"{field}: {rule}" for field, rule in errors.items()])
        super().__init__(f"{operation_id}: invalid arguments, nothing was sent ({details})")


class ClientClosedError(BigCommerceError):
    """The client was closed (`close()`, or its `with` block ended); nothing was sent."""


class AmbiguousMetafieldError(BigCommerceError):
    """Several apps hold a metafield with this namespace and key, and none is known to be ours.

    A client learns its API client id from the answers to its own writes; until then, pass
    `owner_client_id=` to `find`. `owners` lists the candidates' owners.
    """

    def __init__(self, namespace: str, key: str, owners: list[str | None]) -> None:
        self.namespace = namespace
        self.key = key
        self.owners = owners
        super().__init__(
            f"{len(owners)} metafields have namespace {namespace!r} and key {key!r} (owners: "
            f"{', '.join(str(owner) for owner in owners)}); pass owner_client_id= to choose"
        )


class BatchError(BigCommerceError, Generic[T, InputT]):
    """Some items of a batch write failed; raised once every chunk of the call is done.

    Nothing is lost: `succeeded` holds what was written (the metafields as stored, or for a
    delete the ids deleted) and `succeeded_indices` their positions in the input; `failures`
    holds each item that was not, with its index, the item as given, and why. Both are in input
    order, and every input item is in exactly one of them. A chunk refused whole (a 400, a 403,
    a 5xx or a lost connection after retries) makes each of its items a failure whose `error`
    is that exception; the first such is also this error's `__cause__`.
    """

    def __init__(
        self,
        operation_id: str,
        *,
        succeeded: Sequence[T],
        succeeded_indices: Sequence[int],
        failures: Sequence[BatchFailure[InputT]],
    ) -> None:
        self.operation_id = operation_id
        self.succeeded = list(succeeded)
        self.succeeded_indices = list(succeeded_indices)
        self.failures = list(failures)
        total = len(self.succeeded) + len(self.failures)
        details = _listed([f"[{f.index}] {f.reason}" for f in self.failures])
        super().__init__(
            f"{operation_id}: {len(self.failures)} of {total} items failed, "
            f"{len(self.succeeded)} succeeded ({details})"
        )


class DecodeError(BigCommerceError, ValueError):
    """JSON that is not the model asked for: `path` names the field, `problem` the rule it breaks.

    `parse` raises it; a response's body raises `ResponseParseError`, whose `__cause__` it is.
    `path` is empty when the document itself is wrong (not JSON, or not an object).
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)


class APIConnectionError(BigCommerceError):
    """No response arrived: the connection could not be made, or was lost mid-request."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""


class APIError(BigCommerceError):
    """A response arrived that the SDK cannot hand back as a model.

    Carries what BigCommerce put in the error body (`title`, `type`, `detail`, `instance`,
    `errors`) when it is JSON, the raw body text in every case, and the rate-limit headers.
    """

    status_code: int
    title: str | None
    type: str | None
    detail: str | None
    instance: str | None
    errors: dict[str, Any]

    def __init__(self, response: httpx.Response, *, reason: str | None = None) -> None:
        # The response itself is not kept: its request holds the access token header.
        self.headers = response.headers
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = str(response.request.url)
        self.body = response.text
        self.rate_limit = RateLimitInfo.from_headers(response.headers)
        fields = _json_object(response.content)
        self.title = _str_or_none(fields.get("title"))
        self.type = _str_or_none(fields.get("type"))
        self.detail = _str_or_none(fields.get("detail"))
        self.instance = _str_or_none(fields.get("instance"))
        errors = fields.get("errors")
        self.errors = dict(errors) if isinstance(errors, dict) else {}
        super().__init__(self._message(reason))

    def _message(self, reason: str | None) -> str:
        parts = [f"{self.status_code} {_reason_phrase(self.status_code)}"]
        if reason:
            parts.append(reason)
        if self.title:
            parts.append(self.title)
        if self.detail and self.detail != self.title:
            parts.append(self.detail)
        if self.errors:
            parts.append("; ".join(f"{field}: {message}" for field, message in self.errors.items()))
        if not (self.title or self.detail or self.errors) and self.body.strip():
            parts.append(_excerpt(self.body))
        return f"{': '.join(parts)} ({self.method} {self.url})"


class ResponseParseError(APIError):
    """A successful status whose body is not what the spec describes (HTML, truncated JSON...)."""


class APIStatusError(APIError):
    """The service answered with a non-2xx status."""


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the access token is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: not allowed (another client's metafield, a missing scope, or a platform limit)."""


class NotFoundError(APIStatusError):
    """404: the resource or the metafield does not exist."""


class ConflictError(APIStatusError):
    """409: a metafield with this namespace and key already exists on the resource."""


class UnprocessableEntityError(APIStatusError):
    """422: a field breaks the service's rules; `errors` names each one."""


class RateLimitError(APIStatusError):
    """429: the store's quota is spent and the SDK will not wait (any more) for it.

    `retry_after` is how long the service asked to wait, in seconds, when it said.
    """

    def __init__(
        self, response: httpx.Response, *, reason: str | None = None, retry_after: float | None
    ) -> None:
        self.retry_after = retry_after
        super().__init__(response, reason=reason)


class OtherClientError(APIStatusError):
    """A 4xx status without a class of its own."""


class ServerError(APIStatusError):
    """5xx: a server or gateway error; gateways often answer HTML instead of JSON."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
}


def error_for_status(
    response: httpx.Response, *, reason: str | None = None, retry_after: float | None = None
) -> APIStatusError:
    """Build the exception for a non-2xx response: the one place a status becomes a class."""
    status = response.status_code
    if status == 429:
        return RateLimitError(response, reason=reason, retry_after=retry_after)
    if status in _STATUS_ERRORS:
        return _STATUS_ERRORS[status](response, reason=reason)
    if 400 <= status < 500:
        return OtherClientError(response, reason=reason)
    if status >= 500:
        return ServerError(response, reason=reason)
    # 1xx and 3xx never reach here through httpx unless redirects are followed off; treat as 4xx.
    return OtherClientError(response, reason=reason or "unexpected status")


def _listed(entries: list[str]) -> str:
    shown = "; ".join(entries[:_LISTED])
    return shown if len(entries) <= _LISTED else f"{shown}; and {len(entries) - _LISTED} more"


def _json_object(content: bytes) -> dict[str, Any]:
    try:
        parsed = json.loads(content)
    except (ValueError, RecursionError):
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _reason_phrase(status: int) -> str:
    phrase = httpx.codes.get_reason_phrase(status)
    return phrase or "Unknown Status"


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _BODY_EXCERPT else flat[:_BODY_EXCERPT] + "..."
