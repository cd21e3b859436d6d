"""Stored metafields and the business rules on them: uniqueness, ownership and the per-client cap.

Knows nothing of HTTP paths or bodies; its errors are :class:`ApiError` only because the rules
and their statuses come as a pair in the API facts. Resources are stored under their key (see
``_families``): a variant's metafields under the variant id, its product remembered apart.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import datetime

import attrs

from ._families import family_named
from ._http import ApiError

__all__ = ["OWNER_ONLY", "Metafield", "MetafieldStore", "ResourceKey"]
#: Where a resource's metafields are stored: its JSON ``resource_id``.
ResourceKey = str | int
#: Fields only the owning client may change (description is free for all).
OWNER_ONLY = ("namespace", "key", "permission_set", "value")


@attrs.define
class Metafield:
    id: int
    resource_type: str
    #: The resource's key: its JSON ``resource_id`` (a variant's own id, the store's ``"0"``).
    resource_id: ResourceKey
    namespace: str
    key: str
    value: str
    permission_set: str
    description: str
    owner_client_id: str
    date_created: datetime
    date_modified: datetime

    def to_json(self) -> dict[str, object]:
        """The object as the service serialises it, per its family: the id's JSON type (cart and
        store ids are strings), the ``resource_id`` (a variant's is its own id) and whether
        ``owner_client_id`` is shown."""
        family = family_named(self.resource_type)
        obj: dict[str, object] = {
            "id": family.json_id(self.id),
            "key": self.key,
            "value": self.value,
            "namespace": self.namespace,
            "permission_set": self.permission_set,
            "resource_type": self.resource_type,
            "resource_id": family.json_resource_id(self.resource_id),
            "description": self.description,
            "date_created": _iso(self.date_created),
            "date_modified": _iso(self.date_modified),
        }
        if family.owner_client_id:
            obj["owner_client_id"] = self.owner_client_id
        return obj


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


class _ById:
    """Metafields by id, also grouped by resource and by family, so that a request costs in
    proportion to its resource or family rather than to the whole store (benchmarks seed 100,000
    on one product)."""

    def __init__(self) -> None:
        self._all: dict[int, Metafield] = {}
        # Insertion order is id order, which is the listing order.
        self._groups: dict[tuple[str, ResourceKey], dict[int, Metafield]] = {}
        self._families: dict[str, dict[int, Metafield]] = {}

    def __setitem__(self, metafield_id: int, mf: Metafield) -> None:
        self._all[metafield_id] = mf
        self._groups.setdefault((mf.resource_type, mf.resource_id), {})[metafield_id] = mf
        self._families.setdefault(mf.resource_type, {})[metafield_id] = mf

    def __delitem__(self, metafield_id: int) -> None:
        mf = self._all.pop(metafield_id)
        group = self._groups[(mf.resource_type, mf.resource_id)]
        del group[metafield_id]
        if not group:
            del self._groups[(mf.resource_type, mf.resource_id)]
        del self._families[mf.resource_type][metafield_id]

    def get(self, metafield_id: int) -> Metafield | None:
        return self._all.get(metafield_id)

    def group(self, resource_type: str, resource_id: ResourceKey) -> Collection[Metafield]:
        # A view, not a copy: listing one page of a huge resource should not copy all of it.
        return self._groups.get((resource_type, resource_id), {}).values()

    def family(self, resource_type: str) -> Collection[Metafield]:
        return self._families.get(resource_type, {}).values()

    def clear(self) -> None:
        self._all.clear()
        self._groups.clear()
        self._families.clear()


class MetafieldStore:
    """All metafields of one store; callers serialise access (the fake holds its lock)."""

    def __init__(self, max_per_resource: int | None) -> None:
        self.max_per_resource = max_per_resource
        self._by_id = _ById()
        # One counter for every family, as ids are unique store-wide.
        self._last_id = 0
        # (family, key) -> the parent ids it was first addressed under (a variant's product).
        self._parents: dict[tuple[str, ResourceKey], tuple[int, ...]] = {}

    def clear(self) -> None:
        self._by_id.clear()
        self._last_id = 0
        self._parents.clear()

    def of(
        self, resource_type: str, resource_id: ResourceKey | None = None
    ) -> Collection[Metafield]:
        """Metafields of one resource (or of every resource of the type), by ascending id."""
        if resource_id is not None:
            return self._by_id.group(resource_type, resource_id)
        return self._by_id.family(resource_type)

    def parent(self, resource_type: str, key: ResourceKey) -> tuple[int, ...] | None:
        """The parent ids a resource was first addressed under, if it ever was."""
        return self._parents.get((resource_type, key))

    def claim(self, resource_type: str, key: ResourceKey, parents: tuple[int, ...]) -> bool:
        """Whether the resource belongs to ``parents``: the first address of a resource decides
        (a variant is its first product's, when the fake has no catalogue of variants)."""
        if not parents:
            return True
        return self._parents.setdefault((resource_type, key), parents) == parents

    def find(self, resource_type: str, metafield_id: int) -> Metafield | None:
        """A metafield of the family by id alone (batch items name no resource)."""
        mf = self._by_id.get(metafield_id)
        return mf if mf is not None and mf.resource_type == resource_type else None

    def get(self, resource_type: str, resource_id: ResourceKey, metafield_id: int) -> Metafield:
        mf = self._by_id.get(metafield_id)
        if mf is None or (mf.resource_type, mf.resource_id) != (resource_type, resource_id):
            raise ApiError(404, "Metafield not found", detail=f"No metafield {metafield_id}.")
        return mf

    def create(
        self,
        resource_type: str,
        resource_id: ResourceKey,
        fields: Mapping[str, str],
        owner: str,
        now: datetime,
        *,
        capped: bool = True,
    ) -> Metafield:
        """``capped=False`` is for seeding: the per-client cap binds API clients, not test setup."""
        siblings = [mf for mf in self.of(resource_type, resource_id) if mf.owner_client_id == owner]
        self._check_unique(siblings, fields["namespace"], fields["key"])
        cap = self.cap(resource_type)
        if capped and cap is not None and len(siblings) >= cap:
            raise ApiError(
                403,
                "Metafield limit reached",
                detail=f"A client may own at most {cap} metafields per {resource_type}.",
            )
        return self._insert(resource_type, resource_id, fields, owner, now)

    def cap(self, resource_type: str) -> int | None:
        """Metafields one client may own on one resource: the family's own limit (the store
        allows 10,000) unless the cap is off altogether."""
        if self.max_per_resource is None:
            return None
        return family_named(resource_type).max_per_resource or self.max_per_resource

    def create_many(
        self,
        resource_type: str,
        resource_id: ResourceKey,
        fields: Iterable[Mapping[str, str]],
        owner: str,
        now: datetime,
    ) -> None:
        """Seed in bulk: uniqueness is checked against one set, not by a scan per item."""
        taken = {
            (mf.namespace, mf.key)
            for mf in self.of(resource_type, resource_id)
            if mf.owner_client_id == owner
        }
        for one in fields:
            name = (one["namespace"], one["key"])
            if name in taken:
                raise _duplicate(*name)
            taken.add(name)
            self._insert(resource_type, resource_id, one, owner, now)

    def _insert(
        self,
        resource_type: str,
        resource_id: ResourceKey,
        fields: Mapping[str, str],
        owner: str,
        now: datetime,
    ) -> Metafield:
        self._last_id += 1
        mf = Metafield(
            id=self._last_id,
            resource_type=resource_type,
            resource_id=resource_id,
            namespace=fields["namespace"],
            key=fields["key"],
            value=fields["value"],
            permission_set=fields["permission_set"],
            description=fields.get("description", ""),
            owner_client_id=owner,
            date_created=now,
            date_modified=now,
        )
        self._by_id[mf.id] = mf
        return mf

    def update(
        self, mf: Metafield, changes: Mapping[str, str], client: str, now: datetime
    ) -> Metafield:
        if client != mf.owner_client_id and any(
            name in changes and changes[name] != getattr(mf, name) for name in OWNER_ONLY
        ):
            raise ApiError(
                403,
                "Only the owner may change this metafield",
                detail="namespace, key, permission_set and value belong to the creating client.",
            )
        namespace = changes.get("namespace", mf.namespace)
        key = changes.get("key", mf.key)
        if (namespace, key) != (mf.namespace, mf.key):
            siblings = [
                other
                for other in self.of(mf.resource_type, mf.resource_id)
                if other.owner_client_id == mf.owner_client_id and other.id != mf.id
            ]
            self._check_unique(siblings, namespace, key)
        for name, value in changes.items():
            setattr(mf, name, value)
        mf.date_modified = now
        return mf

    def delete(self, mf: Metafield) -> None:
        del self._by_id[mf.id]

    @staticmethod
    def _check_unique(siblings: list[Metafield], namespace: str, key: str) -> None:
        if any(mf.namespace == namespace and mf.key == key for mf in siblings):
            raise _duplicate(namespace, key)


def _duplicate(namespace: str, key: str) -> ApiError:
    return ApiError(
        409,
        "A metafield with this namespace and key already exists",
        detail=f"namespace={namespace!r} key={key!r} is taken on this resource.",
    )
