"""Settling a create whose first answer was lost: was the metafield written, and is it ours?

A create is retried after a timeout, a dropped connection or a 5xx, because the write may not have
happened. If it did, the retry answers 409 (namespace and key are unique per resource and client).
Then the metafield is looked up by namespace and key. Other apps may hold the same namespace and
key, so the lookup can list several; the 409 proves one of them is this client's:
- when this client's API client id is known (learnt from an earlier create's answer), its own is
  the one: success if it holds exactly what was sent, else a real conflict;
- otherwise, success only if every one listed holds exactly what was sent (so this client's
  does, whichever it is), returning the newest; one that differs may be this client's: conflict.

A batch create is settled the same way, item by item: when a chunk's earlier attempt may have
been processed (its answer lost) and items of it are reported failed (refused as duplicates by the
retry, or with no answer at all), those items are looked up through the batch listing, filtered by
`namespace:in`, `key:in` and (where the listing takes it) `resource_id:in`; an item found holding
exactly what was sent, by the rule above, was written and is a success.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._lookup import candidates, dict_field, lookup_query, model_field

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


def _matches(
    sent: Mapping[str, Any], item: Any, field: Callable[[Any, str], Any] = dict_field
) -> bool:
    if any(field(item, name) != sent.get(name) for name in _WRITTEN_FIELDS):
        return False
    # The service stores an absent description as "" (and may send null).
    return (field(item, "description") or "") == (sent.get("description") or "")


_LOOKUP_GROUP = 50
"""Items looked up by one listing: its `:in` filters stay far below any URL length limit."""


def batch_lookups(sent: list[Mapping[str, Any]], filters: tuple[str, ...]) -> list[dict[str, Any]]:
    """The listing arguments that find what a batch create of `sent` items may have written.

    `filters` are the listing's query parameters (public names). A namespace or key holding a
    comma cannot go into an `:in` filter (the comma separates values): such an item is looked up
    alone, by `namespace` and `key`.
    """
    alone = [i for i in sent if "," in str(i.get("namespace")) + str(i.get("key"))]
    grouped = [i for i in sent if i not in alone]
    found = [lookup_query(str(i["namespace"]), str(i["key"])) for i in alone]
    for start in range(0, len(grouped), _LOOKUP_GROUP):
        group = grouped[start : start + _LOOKUP_GROUP]
        query: dict[str, Any] = {
            "namespace_in": sorted({str(i["namespace"]) for i in group}),
            "key_in": sorted({str(i["key"]) for i in group}),
        }
        if "resource_id_in" in filters and all("resource_id" in i for i in group):
            query["resource_id_in"] = sorted({int(i["resource_id"]) for i in group})
        found.append(query)
    return found


def written_by_batch(
    sent: Mapping[str, Any], listed: list[Any], owner_client_id: str | None
) -> Any | None:
    """The listed metafield (a model) that a batch create of `sent` wrote, or None.

    The same rule as a single create's settlement: this client's metafield with the item's
    resource, namespace and key, holding exactly what was sent; with the owner unknown, every
    candidate must hold it.
    """
    if "resource_id" in sent:
        wanted = str(sent["resource_id"])
        listed = [m for m in listed if str(model_field(m, "resource_id")) == wanted]
    same_key = candidates(listed, sent["namespace"], sent["key"], owner_client_id, model_field)
    if not same_key or not all(_matches(sent, m, model_field) for m in same_key):
        return None
    return max(same_key, key=lambda m: _id_order(model_field(m, "id")))


def _id_order(value: object) -> int:
    text = str(value)
    return int(text) if text.isdigit() and len(text) < 100 else 0
