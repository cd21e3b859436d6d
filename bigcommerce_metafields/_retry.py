"""The retry policy: which outcomes are retried, how long to wait, and when a write is in doubt.

Pure functions of the outcome and the attempt number, shared by the sync and async clients, which
only carry out the `Step` they are given. BigCommerce's rules (api-facts): a 429 waits the longer
of `X-Rate-Limit-Time-Reset-Ms` and `X-Retry-After`, or backs off exponentially when it has
neither (platform load). A create (POST) is never sent twice blindly: once an attempt's outcome is
unknown, a later 409 means "maybe it was us", which the client settles by looking the metafield up.
"""

from __future__ import annotations

import random

import attrs
import httpx

from ._ratelimit import RateLimitInfo

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504, *range(520, 600)})
"""429, the 5xx a busy service or a gateway answers, and the 520..599 of CDN proxies."""

_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Transport failures that happen before any byte of the request left: always safe to retry."""


@attrs.frozen
class RetryPolicy:
    """How the client retries. Every value can be set per client; `max_retries` also per call."""

    max_retries: int = 3
    """Retries after the first attempt (so at most 1 + max_retries requests per call)."""
    initial_backoff: float = 0.5
    """Seconds before the first retry of an error that does not say how long to wait."""
    max_backoff: float = 8.0
    """The cap of one exponential backoff wait."""
    max_rate_limit_wait: float = 60.0
    """A 429 asking for a longer wait raises `RateLimitError` at once, with the wait it needed."""

    def backoff(self, retry_number: int) -> float:
        """Exponential backoff with jitter: 0.5-1x of initial * 2**n, capped."""
        base: float = min(self.max_backoff, self.initial_backoff * 2.0**retry_number)
        return base * random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not cryptography


@attrs.frozen
class Retry:
    """Wait `wait` seconds, then send the request again."""

    wait: float
    reason: str


@attrs.frozen
class Done:
    """Stop retrying: hand this response to the error mapper or the parser."""

    response: httpx.Response
    reason: str | None = None
    retry_after: float | None = None


@attrs.frozen
class GiveUp:
    """Stop retrying after a transport error: raise it as a connection error."""

    error: httpx.TransportError


@attrs.frozen
class RecoverCreate:
    """A create answered 409 after an attempt whose outcome is unknown: look it up by key."""

    conflict: httpx.Response


Step = Retry | Done | GiveUp | RecoverCreate


class Attempts:
    """The retry state of one call: the attempt count, and whether a write may have happened."""

    def __init__(self, policy: RetryPolicy, method: str, max_retries: int) -> None:
        self._policy = policy
        self._method = method.upper()
        self._max_retries = max_retries
        self.retries = 0
        self.in_doubt = False
        """An earlier attempt may have been processed although no answer told us so."""

    @property
    def max_retries(self) -> int:
        """The retries this call may make after its first attempt."""
        return self._max_retries

    @property
    def remaining(self) -> int:
        """Retries left to this call."""
        return max(self._max_retries - self.retries, 0)

    def after_response(self, response: httpx.Response, info: RateLimitInfo | None) -> Step:
        """Decide what follows a response."""
        status = response.status_code
        if status == 409 and self._method == "POST" and self.in_doubt:
            return RecoverCreate(response)
        if status == 404 and self._method == "DELETE" and self.in_doubt:
            # An earlier attempt deleted it and its answer was lost: the outcome asked for holds.
            return Done(httpx.Response(204, request=response.request), reason="already deleted")
        if status not in RETRYABLE_STATUSES:
            return Done(response)
        if status == 429:
            return self._after_rate_limit(response, info)
        # A 5xx may come after the write was made (a gateway timing out on a slow service).
        return self._retry_or_stop(Done(response), f"status {status}", doubt=True)

    def after_error(self, error: httpx.TransportError) -> Step:
        """Decide what follows a transport error (no response)."""
        not_sent = isinstance(error, _NOT_SENT_ERRORS)
        reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return self._retry_or_stop(GiveUp(error), reason, doubt=not not_sent)

    def _after_rate_limit(self, response: httpx.Response, info: RateLimitInfo | None) -> Step:
        asked = info.wait_after_429() if info is not None else None
        if asked is not None and asked > self._policy.max_rate_limit_wait:
            reason = f"the service asks to wait {asked:.1f}s, more than max_rate_limit_wait"
            return Done(response, reason=reason, retry_after=asked)
        if self.retries >= self._max_retries:
            reason = f"still limited after {self.retries} retries"
            return Done(response, reason=reason, retry_after=asked)
        wait = asked if asked is not None else self._policy.backoff(self.retries)
        self.retries += 1
        if asked is None:
            return Retry(wait, "rate limited without headers (platform load)")
        return Retry(wait, "rate limited")

    def after_unreadable_success(self) -> Retry | None:
        """Decide what follows a 2xx whose body cannot be read (a proxy's page, a cut body).

        The request was processed, so a write is now in doubt: a repeated create will answer 409
        and be settled by lookup. None means no retry is left.
        """
        return self._next_retry("a success whose body cannot be read", doubt=True)

    def _retry_or_stop(self, stop: Done | GiveUp, reason: str, *, doubt: bool) -> Step:
        retry = self._next_retry(reason, doubt=doubt)
        return stop if retry is None else retry

    def _next_retry(self, reason: str, *, doubt: bool) -> Retry | None:
        # Only a write can be "in doubt"; a GET repeated is harmless.
        self.in_doubt = self.in_doubt or (doubt and self._method != "GET")
        if self.retries >= self._max_retries:
            return None
        wait = self._policy.backoff(self.retries)
        self.retries += 1
        return Retry(wait, reason)
