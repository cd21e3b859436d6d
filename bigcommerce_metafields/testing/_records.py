"""What the fake remembers of each request, for tests to assert on."""

from __future__ import annotations

import json
from collections.abc import Mapping

import attrs

from ._http import DropWhen


@attrs.frozen
class RecordedRequest:
    method: str
    #: Full path as sent (percent-encoded), ``/stores/{store_hash}/v3/...``.
    path: str
    #: Undecoded query string without the leading ``?``.
    query: str
    #: Lower-cased names; ``x-auth-token`` is left out so tokens do not leak into test output.
    headers: Mapping[str, str]
    body: bytes
    #: Whether the token was known; ``client_id`` is the API client it maps to.
    authenticated: bool
    client_id: str | None
    #: ``None`` when no response was sent (dropped connection, or a cancelled client).
    status: int | None
    dropped: DropWhen | None
    #: ``time.monotonic()`` when the request arrived and when it was finished with.
    started: float
    finished: float

    def json(self) -> object:
        return json.loads(self.body)
