"""Finding a metafield by namespace and key: one rule for `find`, `upsert` and create settlement.

A listing filtered by namespace and key can hold one metafield per API client (other apps may use
the same namespace and key). Which one is ours:
- when this client's API client id is known (learnt from the answers to its writes, or given),
  the one it owns; a family whose listings carry no `owner_client_id` cannot tell, so there every
  candidate stays in the running;
- otherwise the only candidate, if there is one; several are ambiguous, and each caller decides
  what that means (`find` raises, settlement compares what was written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ._generated.types import Unset

T = TypeVar("T")


def lookup_query(namespace: str, key: str) -> dict[str, str]:
    """The listing's filters that find a metafield by namespace and key."""
    return {"namespace": namespace, "key": key}


def candidates(
    items: Iterable[T],
    namespace: str,
    key: str,
    owner_client_id: str | None,
    field: Callable[[T, str], Any],
) -> list[T]:
    """The listed items that may be ours: exact namespace and key, then the owner if known.

    `field(item, name)` reads a field of an item (an attribute of a model, a key of a dict).
    """
    same = [i for i in items if field(i, "namespace") == namespace and field(i, "key") == key]
    if owner_client_id is None:
        return same
    ours = [item for item in same if _owner(field(item, "owner_client_id")) == owner_client_id]
    if ours or any(_owner(field(item, "owner_client_id")) is not None for item in same):
        return ours
    return same  # the family does not say who owns what


def model_field(item: object, name: str) -> Any:
    """A field of a generated model; None where the service left it out."""
    value = getattr(item, name, None)
    return None if isinstance(value, Unset) else value


def dict_field(item: object, name: str) -> Any:
    """A field of a metafield as JSON; None where it is missing."""
    return item.get(name) if isinstance(item, Mapping) else None


def owner_of(item: object, field: Callable[[Any, str], Any]) -> str | None:
    """Who owns a listed metafield, when the service says."""
    return _owner(field(item, "owner_client_id"))


def _owner(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
