"""Scriptable failures: the misbehaviour of the network and of BigCommerce's gateways.

A test adds rules; each request takes the first rule that matches it, which uses up one of the
rule's ``times``. Rules sit in front of the service, so a rule with a ``status`` answers without
the request being processed (nothing is written, no quota is spent), while ``drop="after"`` and a
``body`` without ``status`` let the request through and spoil only what comes back.
"""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Literal

import attrs

from ._http import ApiError, DropWhen, Response, content_headers

BodyKind = Literal["json", "html", "empty", "truncated", "text"]
#: Seconds, or a ``(low, high)`` range drawn uniformly for every request.
Latency = float | tuple[float, float]

_REASONS = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    520: "Unknown Error",
}


def _compile(path: str | None) -> re.Pattern[str] | None:
    if path is None:
        return None
    # ``*`` is the only wildcard and it crosses ``/``, like a shell glob without the surprises.
    return re.compile("^" + ".*".join(re.escape(part) for part in path.split("*")) + "$")


@attrs.define(eq=False)
class FaultRule:
    """One scripted failure. Build it with :meth:`Faults.add`."""

    #: Pattern matched against the path after ``/stores/{store_hash}/v3``; ``None`` matches all.
    path: str | None = None
    #: HTTP method to match (any case); ``None`` matches every method.
    method: str | None = None
    #: How many requests the rule still applies to; ``None`` is forever.
    times: int | None = 1
    #: Answer with this status instead of processing the request.
    status: int | None = None
    #: Shape of the answered body; without ``status`` it replaces the real response's body.
    body: BodyKind | None = None
    #: Close the connection without a response, before or after processing the request.
    drop: DropWhen | None = None
    #: Extra delay before the request is handled.
    latency: Latency | None = None
    #: Extra response headers (e.g. ``{"X-Retry-After": "2"}``).
    headers: Mapping[str, str] = attrs.field(factory=dict)
    _pattern: re.Pattern[str] | None = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.drop is not None and (self.status is not None or self.body is not None):
            raise ValueError("a dropped connection has no status or body")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1, or None for forever")
        self.method = self.method.upper() if self.method else None
        self._pattern = _compile(self.path)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self._pattern is None or self._pattern.match(path) is not None

    def injected_response(self) -> Response | None:
        """The response that replaces processing, if this rule answers by itself."""
        if self.status is None:
            return None
        return self._extra(spoil_body(error_response(self.status), self.body))

    def spoil(self, response: Response) -> Response:
        """The real response as this rule lets it through."""
        return self._extra(spoil_body(response, self.body))

    def _extra(self, response: Response) -> Response:
        return response.with_headers(tuple((k.lower(), v) for k, v in self.headers.items()))


class Faults:
    """The ordered rule list of one fake; safe to edit while requests are being served."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []

    def add(
        self,
        *,
        path: str | None = None,
        method: str | None = None,
        times: int | None = 1,
        status: int | None = None,
        body: BodyKind | None = None,
        drop: DropWhen | None = None,
        latency: Latency | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> FaultRule:
        rule = FaultRule(path, method, times, status, body, drop, latency, dict(headers or {}))
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, method: str, path: str) -> FaultRule | None:
        """Use up one application of the first matching rule."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    if rule.times is not None:
                        rule.times -= 1
                        if rule.times == 0:
                            self._rules.remove(rule)
                    return rule
        return None

    def __iter__(self) -> Iterator[FaultRule]:
        with self._lock:
            return iter(list(self._rules))

    def __len__(self) -> int:
        with self._lock:
            return len(self._rules)


def pick_delay(latency: Latency | None, rng: random.Random) -> float:
    if latency is None:
        return 0.0
    if isinstance(latency, tuple):
        return rng.uniform(*latency)
    return float(latency)


def error_response(status: int) -> Response:
    """The JSON problem body BigCommerce answers for a status of its own choosing."""
    return ApiError(status, _REASONS.get(status, "Injected failure")).to_response()


def spoil_body(response: Response, kind: BodyKind | None) -> Response:
    if kind is None or kind == "json" or response.status in (204, 304):
        return response  # these statuses have no body to spoil
    rest = tuple((k, v) for k, v in response.headers if k not in ("content-type", "content-length"))
    status = response.status
    body, content_type = _SPOILERS[kind](status, response.body)
    return Response(status, rest + content_headers(content_type, body), body)


def _html(status: int, _: bytes) -> tuple[bytes, str | None]:
    reason = _REASONS.get(status, "Error")
    title = f"{status} {reason}"
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
    return page.encode(), "text/html; charset=utf-8"


def _truncated(status: int, body: bytes) -> tuple[bytes, str | None]:
    whole = body or error_response(status).body
    return whole[: max(1, len(whole) // 2)], "application/json"


_SPOILERS: dict[str, Callable[[int, bytes], tuple[bytes, str | None]]] = {
    "html": _html,
    "empty": lambda status, body: (b"", None),
    "truncated": _truncated,
    "text": lambda status, body: (body or error_response(status).body, "text/plain"),
}
