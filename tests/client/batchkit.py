"""Helpers of the batch tests: every family with batch operations, found on the client, and its
items built from the item models the signatures name (no family table).

A family is a client resource with a `.batch`; its create and update item classes are the item
types of `batch.create` and `batch.update`; what an item needs (a resource id, an id as int or
str, the full body or a subset) is read from those classes' fields.
"""

from __future__ import annotations

import functools
import typing
import uuid
from collections.abc import Sequence
from typing import Any

import attrs

from bigcommerce_metafields import MetafieldsClient
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN


@functools.cache
def _probe() -> MetafieldsClient:
    """A client only to look at (never sends, so never closed): one, as each builds a TLS
    context (~50 ms)."""
    return MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN)


def batch_families() -> list[str]:
    """Every family (client attribute) that has batch operations."""
    return sorted(name for name, value in vars(_probe()).items() if hasattr(value, "batch"))


@functools.cache
def _item_class(family: str, method: str) -> type[Any]:
    function = getattr(getattr(_probe(), family).batch, method)
    (item,) = typing.get_args(typing.get_type_hints(function)["items"])
    assert isinstance(item, type)
    return item


def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def fake_name(family: str) -> str:
    """The fake names a family as the spec's tag does, less "_metafields"."""
    return family.removesuffix("_metafields")


def resource_ids(family: str, count: int) -> list[Any]:
    """`count` fresh resources of the family, as batch create items name them (an int, a cart
    UUID); [None] for the store, whose items name none."""
    hint = _hints(_item_class(family, "create")).get("resource_id")
    if hint is None:
        return [None]
    if hint is int:
        start = uuid.uuid4().int % 10**6 + 1
        return [start + n for n in range(count)]
    return [str(uuid.uuid4()) for _ in range(count)]


def create_items(
    family: str, resources: Sequence[Any], count: int, *, namespace: str = "bulk", **fields: Any
) -> list[Any]:
    """`count` create items spread over `resources` in turn, keys `k0`, `k1`..."""
    cls = _item_class(family, "create")
    items = []
    for n in range(count):
        values = {"namespace": namespace, "key": f"k{n}", "value": f"v{n}"}
        values |= {"permission_set": "read"} | fields
        resource = resources[n % len(resources)]
        if resource is not None:
            values["resource_id"] = resource
        items.append(cls(**values))
    return items


def update_items(family: str, written: Sequence[Any], value: str) -> list[Any]:
    """An update of each written metafield to `value`: its id of the type the item takes
    (str for cart and location), and every field the family's batch update requires."""
    cls = _item_class(family, "update")
    id_type = _hints(cls)["id"]
    required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING and f.init}
    items = []
    for metafield in written:
        values: dict[str, Any] = {"id": id_type(metafield.id), "value": value}
        for name in required - set(values):
            values[name] = getattr(metafield, name)
        items.append(cls(**values))
    return items


def takes_resource_filter(family: str) -> bool:
    return "resource_id_in" in typing.get_type_hints(getattr(_probe(), family).batch.list)


def stored(fake: Any, family: str) -> list[dict[str, Any]]:
    """Every metafield of the family the fake holds, by id."""
    found: list[dict[str, Any]] = fake.metafields(fake_name(family))
    return found
