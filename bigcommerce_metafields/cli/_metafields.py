"""A family's operations on one client, answering with metafields as plain JSON objects that
carry their resource's ids by name: what every command talks to."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from .. import UNSET, MetafieldsClient, Pagination, Unset
from ._family import WRITABLE_FIELDS, Family, PathIds


def metafield_json(item: Any, family: Family, ids: PathIds) -> dict[str, Any]:
    """A metafield model as a JSON object, leading with where it lives and what it holds.

    The resource's ids come by name (`product_id`, `variant_id`), so that a record names its
    resource whatever the family; `resource_id` is BigCommerce's own (filled in when a listing
    left it out with `include_fields`).
    """
    raw: dict[str, Any] = item.to_dict()
    raw.setdefault("resource_type", family.name)
    for name, value in family.id_fields(ids).items():
        raw.setdefault(name, value)
    leading = ("resource_type", *family.id_names, "resource_id", "id", *WRITABLE_FIELDS)
    ordered = {name: raw[name] for name in leading if name in raw}
    ordered.update((name, value) for name, value in raw.items() if name not in ordered)
    return ordered


BATCH_PAGE_SIZE = 250
"""The batch listing's largest page: the fewest requests for a read of many metafields."""

Created = Callable[["Family", PathIds], None]
"""Told of every resource a metafield is created on (the sandbox keeps track of them)."""


def _nothing_created(family: Family, ids: PathIds) -> None:
    """By default nobody needs to know."""


class Metafields:
    """A family's operations on one client, answering with JSON objects."""

    def __init__(
        self, client: MetafieldsClient, family: Family, created: Created = _nothing_created
    ) -> None:
        self.client = client
        self.family = family
        self.created = created
        self._resource = family.resource(client)

    def of(self, family: Family) -> Metafields:
        """The same client's operations on another family."""
        return Metafields(self.client, family, self.created)

    def _json(self, item: Any, ids: PathIds) -> dict[str, Any]:
        return metafield_json(item, self.family, ids)

    def list_page(
        self, ids: PathIds, filters: Mapping[str, Any], *, page: int, limit: int
    ) -> tuple[list[dict[str, Any]], Pagination]:
        """One page of a listing, and its pagination facts."""
        listing = self._resource.list(*ids, page=page, limit=limit, **filters)
        return [self._json(item, ids) for item in listing.data], listing.meta.pagination

    def iterate(
        self, ids: PathIds, filters: Mapping[str, Any], *, page_size: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every metafield of a listing, page after page."""
        size: int | Unset = UNSET if page_size is None else page_size
        for item in self._resource.paginate(*ids, page_size=size, **filters):
            yield self._json(item, ids)

    def find(self, ids: PathIds, namespace: str, key: str) -> dict[str, Any] | None:
        """The metafield with this namespace and key (the SDK's `find`: this client's)."""
        found = self._resource.find(*ids, namespace=namespace, key=key)
        return None if found is None else self._json(found, ids)

    def get(self, ids: PathIds, metafield_id: int | str) -> dict[str, Any]:
        return self._json(self._resource.get(*ids, metafield_id).data, ids)

    def create(self, ids: PathIds, fields: Mapping[str, Any]) -> dict[str, Any]:
        self.created(self.family, ids)  # before: a create that times out may still have landed
        return self._json(self._resource.create(*ids, **fields).data, ids)

    def update(
        self,
        ids: PathIds,
        metafield_id: int | str,
        fields: Mapping[str, Any],
        *,
        current: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Change `fields`; the others keep their values.

        A family whose update takes the whole metafield gets the fields not given filled in
        from `current`, fetched if not given.
        """
        sent = dict(fields)
        if self.family.whole_update:
            if current is None:
                current = self.get(ids, metafield_id)
            sent = {
                name: current[name] for name in WRITABLE_FIELDS if current.get(name) is not None
            }
            sent.update(fields)
        return self._json(self._resource.update(*ids, metafield_id, **sent).data, ids)

    def delete(self, ids: PathIds, metafield_id: int | str) -> None:
        self._resource.delete(*ids, metafield_id)

    # The batch operations (`family.batch` says whether there are any, and what they take).

    def json_of(self, item: Any, ids: PathIds) -> dict[str, Any]:
        """A listed model as JSON, naming the resource `ids`."""
        return self._json(item, ids)

    def batch_pages(self, filters: Mapping[str, Any]) -> Iterator[tuple[list[Any], int]]:
        """The store-wide batch listing, page by page: its models and the number of pages."""
        paginator = self._resource.batch.paginate(page_size=BATCH_PAGE_SIZE, **filters)
        for page in paginator.pages():
            yield page.items, page.pagination.total_pages

    def batch_create(self, resources: Sequence[PathIds], items: Sequence[Any]) -> list[Any]:
        """Create `items` (raises the SDK's `BatchError` when some fail)."""
        for ids in dict.fromkeys(resources):
            self.created(self.family, ids)  # before: a lost answer may still have written
        return list(self._resource.batch.create(items))

    def batch_update(self, items: Sequence[Any]) -> list[Any]:
        """Update `items` (raises the SDK's `BatchError` when some fail)."""
        return list(self._resource.batch.update(items))
