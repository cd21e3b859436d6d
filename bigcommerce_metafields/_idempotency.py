"""Settling a create whose first answer was lost: was the metafield written, and is it ours?

A create is retried after a timeout, a dropped connection or a 5xx, because the write may not have
happened. If it did, the retry answers 409 (namespace and key are unique per resource and client).
Then the metafield is looked up by namespace and key. Other apps may hold the same namespace and
key, so the lookup can list several; the 409 proves one of them is this client's:
- when this client's API client id is known (learnt from an earlier create's answer), its own is
  the one: success if it holds exactly what was sent, else a real conflict;
- otherwise, success only if every one listed holds exactly what was sent (so this client's
  does, whichever it is), returning the newest; one that differs may be this client's: conflict.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._lookup import candidates, dict_field, lookup_query

_WRITTEN_FIELDS = ("namespace", "key", "value", "permission_set")


def lookup_request(create: httpx.Request) -> httpx.Request | None:
    """The GET that finds what `create` would have written, or None if it is not a keyed create."""
    sent = _sent_body(create)
    if sent is None:
        return None
    url = create.url.copy_merge_params(lookup_query(sent["namespace"], sent["key"]))
    headers = [
        (name, value)
        for name, value in create.headers.multi_items()
        if name.lower() not in ("content-type", "content-length")
    ]
    return httpx.Request("GET", url, headers=headers, extensions=create.extensions)


def created_response(
    create: httpx.Request, lookup: httpx.Response, owner_client_id: str | None
) -> httpx.Response | None:
    """A create's success response rebuilt from a 200 lookup if it shows the write happened;
    None if it shows a real conflict. Raises ValueError if the lookup's body cannot be read.
    """
    sent = _sent_body(create)
    if sent is None:
        return None
    try:
        listed = lookup.json()["data"]
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise ValueError(f"the lookup's body cannot be read: {exc!r}") from exc
    if not isinstance(listed, list):
        raise ValueError("the lookup's data is not a list")
    same_key = candidates(listed, sent["namespace"], sent["key"], owner_client_id, dict_field)
    if not same_key or not all(_matches(sent, item) for item in same_key):
        return None
    newest = max(same_key, key=lambda item: int(item.get("id") or 0))
    # Only the headers that describe this body: the lookup's encoding and length do not.
    headers = [(k, v) for k, v in lookup.headers.multi_items() if k.lower().startswith("x-")]
    return httpx.Response(200, json={"data": newest, "meta": {}}, headers=headers, request=create)


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
