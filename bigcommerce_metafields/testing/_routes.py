"""Path matching for every family, and the handlers of the single-resource operations, for an
already authenticated client (the batch ones are in ``_batch``).

Two routes per :class:`~._families.Family`: its ``batch_path`` (``_batch``), and one built from
its path: ``{path}/metafields`` (list and create, where the family has them) and
``{path}/metafields/{metafield_id}`` (get, update, delete). Integer path segments (``product_id``,
``metafield_id``...) that are not positive integers answer 404, as a router whose path parameters
are typed integers does not match them at all; string ids (carts) are taken as given (cart
metafields outlive their cart, so any id may have some). A path no family serves answers 404.

Resources exist unless the fake has a catalogue of them (``products=``, ``variants=``): then an
id outside it is a 404 "Product not found" / "Variant not found", and a variant must be its
product's. Without a catalogue of variants, a variant belongs to the product it is first addressed
under (by a path, or by seeding): the same variant id under another product is a 404. A variant
created by a batch (which names the variant alone) belongs to no product until a path names one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from datetime import datetime
from urllib.parse import unquote

import attrs

from ._batch import Batches
from ._families import FAMILIES, Catalogue, Family, IdSegment
from ._http import ApiError, RawRequest, Response, json_response
from ._listing import ListQuery
from ._store import Metafield, MetafieldStore, ResourceKey
from ._validation import parse_json_object, validate_fields

#: The ids a catalogue holds; a mapping also says each one's parent (a variant's product).
Known = Collection[int] | Mapping[int, int]

_PREFIX = re.compile(r"^/stores/(?P<store>[^/]+)/v3(?P<rest>/.*)$")
_INTEGER = re.compile(r"^0*[1-9][0-9]*$")  # BigCommerce ids start at 1
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@attrs.frozen
class _Route:
    family: Family
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, family: Family) -> _Route:
        # Family paths are plain segments and placeholders: nothing else to escape.
        resource = _PLACEHOLDER.sub(lambda m: f"(?P<{m[1]}>[^/]+)", family.path)
        item = r"/(?P<metafield>[^/]+)" if not family.collection else r"(?:/(?P<metafield>[^/]+))?"
        return cls(family, re.compile(f"^{resource}/metafields{item}$"))


_ROUTES = tuple(_Route.of(family) for family in FAMILIES)
_BATCH_ROUTES = {family.batch_path: family for family in FAMILIES}


class Router:
    def __init__(
        self,
        store: MetafieldStore,
        store_hash: str,
        catalogue: Callable[[Catalogue], Known | None],
        now: Callable[[], datetime],
        max_batch_size: Callable[[], int | None],
    ) -> None:
        self._store = store
        self._store_hash = store_hash
        self._catalogue = catalogue
        self._now = now
        self._batches = Batches(store, self._key_exists, now, max_batch_size)

    def handle(self, request: RawRequest, client: str) -> Response:
        prefix = _PREFIX.match(request.path)
        if prefix is None or unquote(prefix["store"]) != self._store_hash:
            raise _no_route(request.path)
        batch = _BATCH_ROUTES.get(prefix["rest"])
        if batch is not None:
            return self._batches.handle(request, client, batch)
        for route in _ROUTES:
            match = route.pattern.match(prefix["rest"])
            if match is not None:
                break
        else:
            raise _no_route(request.path)
        family = route.family
        resource_id = self._resource(family, match)
        if match["metafield"] is None:
            return self._collection(request, client, family, resource_id)
        metafield_id = _integer(match["metafield"], "metafield")
        return self._item(request, client, family, resource_id, metafield_id)

    def _resource(self, family: Family, match: re.Match[str]) -> ResourceKey:
        """The key of the resource a path names, which must exist and be its parent's."""
        values: dict[str, str | int] = {}
        parent: int | None = None
        for segment in family.ids:
            raw = unquote(match[segment.name])
            if segment.kind == "str":
                values[segment.name] = raw
                continue
            number = _integer(match[segment.name], segment.name.removesuffix("_id"))
            if not self._exists(segment, number, parent):
                raise _unknown(segment, number)
            values[segment.name] = parent = number
        address = family.resource_id(values)
        key = family.json_resource_id(address)
        if not self._store.claim(family.name, key, family.parents(address)):
            raise _unknown(family.ids[-1], key)
        return key

    def _exists(self, segment: IdSegment, number: int, parent: int | None) -> bool:
        known = self._catalogue(segment.catalogue) if segment.catalogue else None
        if known is None:
            return True
        if number not in known:
            return False
        return parent is None or not isinstance(known, Mapping) or known[number] == parent

    def _key_exists(self, family: Family, key: ResourceKey) -> bool:
        """Whether a batch item's resource exists (its parent, which it does not name, aside)."""
        if not family.ids or not isinstance(key, int):
            return True
        return self._exists(family.ids[-1], key, None)

    def _collection(
        self, request: RawRequest, client: str, family: Family, resource_id: ResourceKey
    ) -> Response:
        if request.method == "GET":
            query = ListQuery.parse(request.query, accepted=family.filters)
            return json_response(200, query.render(self._store.of(family.name, resource_id)))
        if request.method == "POST":
            fields = validate_fields(parse_json_object(request.body), partial=False)
            mf = self._store.create(family.name, resource_id, fields, client, self._now())
            return _single(mf)
        raise _not_allowed(request.method, "GET, POST")

    def _item(
        self,
        request: RawRequest,
        client: str,
        family: Family,
        resource_id: ResourceKey,
        metafield_id: int,
    ) -> Response:
        if request.method not in ("GET", "PUT", "DELETE"):
            raise _not_allowed(request.method, "GET, PUT, DELETE")
        mf = self._store.get(family.name, resource_id, metafield_id)
        if request.method == "GET":
            return _single(mf)
        if request.method == "PUT":
            # A full PUT (documented with the create schema) requires the four create fields.
            partial = family.partial_update
            changes = validate_fields(parse_json_object(request.body), partial=partial)
            return _single(self._store.update(mf, changes, client, self._now()))
        self._store.delete(mf)
        return Response(204)


def _single(mf: Metafield) -> Response:
    return json_response(200, {"data": mf.to_json(), "meta": {}})


def _unknown(segment: IdSegment, value: object) -> ApiError:
    label = segment.label
    return ApiError(404, f"{label} not found", detail=f"No {label.lower()} {value}.")


def _integer(segment: str, what: str) -> int:
    if _INTEGER.match(segment) is None:
        raise ApiError(404, "Not Found", detail=f"{what} ids are integers, got {segment!r}.")
    return int(segment)


def _no_route(path: str) -> ApiError:
    return ApiError(404, "Not Found", detail=f"No route for {path}.")


def _not_allowed(method: str, allow: str) -> ApiError:
    return ApiError(
        405,
        "Method Not Allowed",
        detail=f"{method} is not supported here.",
        headers=(("allow", allow),),
    )
