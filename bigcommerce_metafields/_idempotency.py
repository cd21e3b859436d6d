"""Settling a create whose first answer was lost: was the metafield written, and is it ours?

A create is retried after a timeout, a dropped connection or a 5xx, because the write may not have
happened. If it did, the retry answers 409 (namespace and key are unique per resource and client).
Then the metafield is looked up by namespace and key: when it holds exactly what was sent, the
earlier attempt wrote it and the call succeeds with it; otherwise the 409 is a real conflict.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

_WRITTEN_FIELDS = ("namespace", "key", "value", "permission_set")


def lookup_request(create: httpx.Request) -> httpx.Request | None:
    """The GET that finds what `create` would have written, or None if it is not a keyed create."""
    sent = _sent_body(create)
    if sent is None:
        return None
    url = create.url.copy_merge_params({"namespace": sent["namespace"], "key": sent["key"]})
    headers = [
        (name, value)
        for name, value in create.headers.multi_items()
        if name.lower() not in ("content-type", "content-length")
    ]
    return httpx.Request("GET", url, headers=headers, extensions=create.extensions)


def created_response(create: httpx.Request, lookup: httpx.Response) -> httpx.Response | None:
    """A create's success response rebuilt from the lookup, if it found exactly what was sent."""
    sent = _sent_body(create)
    if sent is None or lookup.status_code != 200:
        return None
    try:
        items = lookup.json().get("data")
    except (ValueError, AttributeError):
        return None
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and _matches(sent, item):
            return httpx.Response(
                200, json={"data": item, "meta": {}}, headers=lookup.headers, request=create
            )
    return None


def _sent_body(create: httpx.Request) -> dict[str, Any] | None:
    try:
        sent = json.loads(create.content)
    except ValueError:
        return None
    if not isinstance(sent, dict) or "namespace" not in sent or "key" not in sent:
        return None
    return sent


def _matches(sent: dict[str, Any], item: dict[str, Any]) -> bool:
    if any(item.get(name) != sent.get(name) for name in _WRITTEN_FIELDS):
        return False
    # The service stores an absent description as "" (and may send null).
    return (item.get("description") or "") == (sent.get("description") or "")
