"""Transport-neutral request and response values shared by every run mode.

The core never sees an httpx or ASGI object: the drivers translate to and from these, which is
what keeps the in-process transports and the loopback server answering byte for byte alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Literal

import attrs

DropWhen = Literal["before", "after"]

#: BigCommerce points every error's ``type`` at its status-code guide.
ERROR_TYPE_URL = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"

Headers = tuple[tuple[str, str], ...]


@attrs.frozen
class RawRequest:
    method: str
    #: Still percent-encoded, so an id containing ``%2F`` stays one path segment.
    path: str
    #: Undecoded query string, without the leading ``?``.
    query: str
    #: Header names lower-cased, since HTTP header names are case-insensitive.
    headers: Mapping[str, str]
    body: bytes

    @classmethod
    def build(
        cls, method: str, path: str, query: str, headers: list[tuple[str, str]], body: bytes
    ) -> RawRequest:
        return cls(method.upper(), path, query, {k.lower(): v for k, v in headers}, body)


@attrs.frozen
class Response:
    status: int
    headers: Headers = ()
    body: bytes = b""

    def with_headers(self, extra: Headers) -> Response:
        """These headers, replacing any of the same name already set."""
        names = {name.lower() for name, _ in extra}
        kept = tuple((name, value) for name, value in self.headers if name.lower() not in names)
        return attrs.evolve(self, headers=kept + extra)

    def with_default_headers(self, defaults: Headers) -> Response:
        """These headers, except those already set (a fault rule's own win)."""
        names = {name.lower() for name, _ in self.headers}
        added = tuple((name, value) for name, value in defaults if name.lower() not in names)
        return attrs.evolve(self, headers=self.headers + added)


@attrs.frozen
class Drop:
    """The connection is closed without any response; ``when`` says whether the write happened."""

    when: DropWhen


Outcome = Response | Drop


class ApiError(Exception):
    """An error the service answers with its JSON problem body."""

    def __init__(
        self,
        status: int,
        title: str,
        *,
        detail: str | None = None,
        errors: Mapping[str, str] | None = None,
        headers: Headers = (),
    ) -> None:
        super().__init__(f"{status} {title}")
        self.status = status
        self.title = title
        self.detail = detail
        self.errors = dict(errors) if errors else None
        self.headers = headers

    def to_response(self) -> Response:
        body: dict[str, object] = {"status": self.status, "title": self.title}
        body["type"] = ERROR_TYPE_URL
        if self.detail is not None:
            body["detail"] = self.detail
        if self.errors is not None:
            body["errors"] = self.errors
        return json_response(self.status, body).with_headers(self.headers)


def json_response(status: int, payload: object, content_type: str = "application/json") -> Response:
    body = json.dumps(payload, separators=(",", ":")).encode()
    return Response(status, content_headers(content_type, body), body)


def content_headers(content_type: str | None, body: bytes) -> Headers:
    typed = (("content-type", content_type),) if content_type else ()
    return (*typed, ("content-length", str(len(body))))
