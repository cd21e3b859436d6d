"""List operations: query parameters, filtering, field selection and the pagination envelopes.

Silent points of the facts, decided here: a ``limit`` above 250 is clamped to 250 (the reported
``per_page`` shows it), while a non-integer or < 1 ``page``/``limit``, an unknown ``direction`` and
an unparsable date answer 422 naming the parameter. Unknown field names in ``include_fields`` /
``exclude_fields`` are ignored. Links carry only ``page`` and ``limit``. Each family's list takes
the parameters its :class:`~._families.Family` entry names and ignores every other one, as the
service ignores unknown query parameters (a cart list ignores ``key:in``, dates and field
selection; a brand list ignores ``direction``), so a client relying on them is caught. Id filters
(``id``, ``id:in``, ``id:not_in``, ``id:min``, ``id:max``, ``id:greater``, ``id:less``) take
integers, exact date filters (``date_created``, ``date_modified``) match to the second; a bad value
of either answers 422 too. ``resource_id:in`` (product and variant batch GETs) takes the resource
keys, integers there.

Cursor pagination (``before``/``after``), where the facts are silent:

- A cursor is an opaque string; the fake's is ``id:<metafield id>`` in URL-safe base64 (as the
  reference's example ``aWQ6Nw==``), the position of an item in the listing's order (ascending or
  descending id). ``after=c`` answers the ``limit`` items that follow that position, ``before=c``
  the ``limit`` items that precede it (the previous page), in listing order. The position stays
  valid when its item is deleted, so a walk by ``after=end_cursor`` never skips or repeats an item
  present all along, however the listing changes between pages; items created during an ascending
  walk come at its end.
- Both ``before`` and ``after``: 400. A value that is not a cursor (empty included): 422 naming
  the parameter. With a cursor, ``page`` is ignored, even a bad one.
- Meta, as BigCommerce's promotions reference describes it: a request with a cursor answers
  ``meta.cursor_pagination`` only; one with ``page`` answers ``meta.pagination`` only (as before
  cursors existed); one with neither answers both, so a cursor walk can start from a plain first
  request. ``cursor_pagination`` holds ``count`` (items on this page), ``per_page``,
  ``start_cursor``/``end_cursor`` (the first and last item's; absent on an empty page) and
  ``links``: ``current`` (this request's limit and cursor), ``previous`` (``before=start_cursor``)
  and ``next`` (``after=end_cursor``), each only while items exist on that side of the page.
  Links, cursor or offset, carry only the limit and the page or cursor: a client re-sends its
  filters.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import itertools
import math
import re
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import parse_qsl, quote

import attrs

from ._families import IdKind
from ._http import ApiError
from ._store import Metafield

DEFAULT_LIMIT = 50
MAX_LIMIT = 250
_DATE_FILTERS = ("date_created:min", "date_created:max", "date_modified:min", "date_modified:max")
_ID_DIGITS = re.compile(r"^[0-9]+$")
_CURSOR = re.compile(r"^id:([1-9][0-9]{0,18})$")
CursorKind = Literal["before", "after"]
_EXACT_DATES = ("date_created", "date_modified")
#: Id filter -> test of a metafield id against the filter's values.
_ID_TESTS: dict[str, Callable[[int, frozenset[int]], bool]] = {
    "id": lambda mid, values: mid in values,
    "id:in": lambda mid, values: mid in values,
    "id:not_in": lambda mid, values: mid not in values,
    "id:min": lambda mid, values: all(mid >= v for v in values),
    "id:max": lambda mid, values: all(mid <= v for v in values),
    "id:greater": lambda mid, values: all(mid > v for v in values),
    "id:less": lambda mid, values: all(mid < v for v in values),
}


@attrs.frozen
class ListQuery:
    page: int = 1
    limit: int = DEFAULT_LIMIT
    descending: bool = False
    #: Whether ``page`` was given: offset meta only, no cursor meta.
    paged: bool = False
    #: ``("after"|"before", metafield id)`` of a cursor request.
    cursor: tuple[CursorKind, int] | None = None
    #: Field name -> accepted values (``key`` and ``key:in`` both land under ``key``).
    equals: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: ``(field, "min"|"max"|"exact")`` -> bound.
    dates: dict[tuple[str, str], datetime] = attrs.field(factory=dict)
    #: Id filter name -> its integers.
    ids: dict[str, frozenset[int]] = attrs.field(factory=dict)
    #: ``resource_id:in``: the resource keys wanted.
    resources: frozenset[str | int] | None = None
    include: frozenset[str] | None = None
    exclude: frozenset[str] = frozenset()

    @classmethod
    def parse(
        cls, query: str, *, accepted: Collection[str], resource_kind: IdKind | None = "int"
    ) -> ListQuery:
        """``accepted``: the parameters the family's list takes; any other is ignored.
        ``resource_kind``: the type of the family's resource keys, for ``resource_id:in``."""
        params: dict[str, str] = {}
        for name, value in parse_qsl(query, keep_blank_values=True):
            if name in accepted:
                params.setdefault(name, value)  # the first of repeated parameters wins
        if "before" in params and "after" in params:
            raise ApiError(
                400, "Input is invalid", detail="Give the before or the after cursor, not both."
            )
        errors: dict[str, str] = {}
        cursor = _cursor(params, errors)
        # A cursor makes ``page`` ignored, a bad one included.
        page = 1 if cursor else _positive_int(params, "page", 1, errors)
        limit = min(_positive_int(params, "limit", DEFAULT_LIMIT, errors), MAX_LIMIT)
        direction = params.get("direction", "asc")
        if direction not in ("asc", "desc"):
            errors["direction"] = "direction must be asc or desc"
        equals: dict[str, frozenset[str]] = {}
        for field in ("key", "namespace"):
            wanted = set(_csv(params.get(f"{field}:in", "")))
            if field in params:
                wanted = {params[field]} if not wanted else wanted & {params[field]}
            if f"{field}:in" in params or field in params:
                equals[field] = frozenset(wanted)
        dates = {}
        for name in _DATE_FILTERS:
            if name in params:
                field, _, bound = name.partition(":")
                parsed = _date(params[name])
                if parsed is None:
                    errors[name] = f"{name} must be an ISO 8601 date or date-time"
                else:
                    dates[(field, bound)] = parsed
        for name in _EXACT_DATES:
            if name in params:
                parsed = _date(params[name])
                if parsed is None:
                    errors[name] = f"{name} must be an ISO 8601 date or date-time"
                else:
                    dates[(name, "exact")] = parsed
        ids: dict[str, frozenset[int]] = {}
        for name in _ID_TESTS:
            if name in params:
                values = _integers(params[name])
                if values is None:
                    errors[name] = f"{name} must be integers (comma-separated)"
                else:
                    ids[name] = values
        resources = _resources(params, resource_kind, errors)
        if errors:
            raise ApiError(422, "Invalid query parameters", errors=errors)
        include = params.get("include_fields")
        return cls(
            page=page,
            limit=limit,
            descending=direction == "desc",
            paged="page" in params and cursor is None,
            cursor=cursor,
            equals=equals,
            dates=dates,
            ids=ids,
            resources=resources,
            include=frozenset(_csv(include)) if include is not None else None,
            exclude=frozenset(_csv(params.get("exclude_fields", ""))),
        )

    @property
    def filtered(self) -> bool:
        return bool(self.equals or self.dates or self.ids or self.resources is not None)

    def matches(self, mf: Metafield) -> bool:
        if any(getattr(mf, field) not in wanted for field, wanted in self.equals.items()):
            return False
        if self.resources is not None and mf.resource_id not in self.resources:
            return False
        for (field, bound), limit in self.dates.items():
            moment: datetime = getattr(mf, field).replace(microsecond=0)
            if (
                (bound == "min" and moment < limit)
                or (bound == "max" and moment > limit)
                or (bound == "exact" and moment != limit)
            ):
                return False
        return all(_ID_TESTS[name](mf.id, values) for name, values in self.ids.items())

    def render(self, metafields: Collection[Metafield]) -> dict[str, object]:
        """The list body: this query's page of ``metafields`` (given by ascending id)."""
        # Unfiltered ascending pages neither test nor copy every item: benchmarks page through
        # 100,000 metafields of one product.
        chosen = [mf for mf in metafields if self.matches(mf)] if self.filtered else metafields
        if self.cursor is not None:
            return self._render_cursor(chosen, *self.cursor)
        ordered = reversed(list(chosen)) if self.descending else chosen
        total = len(chosen)
        # A page past the end is empty; capped, as islice takes no index beyond sys.maxsize.
        start = min((self.page - 1) * self.limit, total)
        window = list(itertools.islice(ordered, start, start + self.limit))
        page = [self._select(mf.to_json()) for mf in window]
        total_pages = math.ceil(total / self.limit)
        links = {"current": self._link(self.page)}
        if self.page > 1:
            links["previous"] = self._link(self.page - 1)
        if self.page < total_pages:
            links["next"] = self._link(self.page + 1)
        pagination = {
            "total": total,
            "count": len(page),
            "per_page": self.limit,
            "current_page": self.page,
            "total_pages": total_pages,
            "links": links,
        }
        meta: dict[str, object] = {"pagination": pagination}
        if not self.paged:
            # The first page of a cursor walk as well: nothing precedes it.
            meta["cursor_pagination"] = self._cursor_meta(window, None, False, total > self.limit)
        return {"data": page, "meta": meta}

    def _render_cursor(
        self, chosen: Collection[Metafield], kind: CursorKind, position: int
    ) -> dict[str, object]:
        ascending = chosen if isinstance(chosen, list) else list(chosen)
        # Work in ascending ids: "after" in a descending listing is towards lower ids.
        upwards = (kind == "after") is not self.descending
        if upwards:
            low = bisect.bisect_right(ascending, position, key=_id)
            high = min(low + self.limit, len(ascending))
        else:
            high = bisect.bisect_left(ascending, position, key=_id)
            low = max(high - self.limit, 0)
        window = ascending[low:high]
        lower, higher = low > 0, high < len(ascending)
        if self.descending:
            window.reverse()
            lower, higher = higher, lower
        meta = self._cursor_meta(window, (kind, position), lower, higher)
        page = [self._select(mf.to_json()) for mf in window]
        return {"data": page, "meta": {"cursor_pagination": meta}}

    def _cursor_meta(
        self,
        window: Sequence[Metafield],
        cursor: tuple[CursorKind, int] | None,
        before: bool,
        after: bool,
    ) -> dict[str, object]:
        """``before``/``after``: whether items precede or follow the page in listing order."""
        current = f"?limit={self.limit}"
        if cursor is not None:
            current += f"&{cursor[0]}={quote(encode_cursor(cursor[1]), safe='')}"
        meta: dict[str, object] = {"count": len(window), "per_page": self.limit}
        links = {"current": current}
        if window:
            start, end = encode_cursor(window[0].id), encode_cursor(window[-1].id)
            meta |= {"start_cursor": start, "end_cursor": end}
            if before:
                links["previous"] = f"?limit={self.limit}&before={quote(start, safe='')}"
            if after:
                links["next"] = f"?limit={self.limit}&after={quote(end, safe='')}"
        meta["links"] = links
        return meta

    def _select(self, obj: dict[str, object]) -> dict[str, object]:
        if self.include is None and not self.exclude:
            return obj
        return {
            name: value
            for name, value in obj.items()
            if name == "id"
            or ((self.include is None or name in self.include) and name not in self.exclude)
        }

    def _link(self, page: int) -> str:
        return f"?page={page}&limit={self.limit}"


def encode_cursor(metafield_id: int) -> str:
    """The cursor of an item's position: opaque to clients."""
    return base64.urlsafe_b64encode(f"id:{metafield_id}".encode()).decode("ascii")


def decode_cursor(cursor: str) -> int | None:
    """The metafield id a cursor of :func:`encode_cursor` holds; ``None`` if it is none."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii")
    except (binascii.Error, UnicodeError, ValueError):
        return None
    match = _CURSOR.match(text)
    return int(match[1]) if match else None


def _id(mf: Metafield) -> int:
    return mf.id


def _cursor(params: dict[str, str], errors: dict[str, str]) -> tuple[CursorKind, int] | None:
    kind: CursorKind
    for kind in ("after", "before"):
        if kind in params:
            position = decode_cursor(params[kind])
            if position is None:
                errors[kind] = f"{kind} must be a cursor of this listing (start_cursor/end_cursor)"
                return None
            return kind, position
    return None


def _resources(
    params: dict[str, str], kind: IdKind | None, errors: dict[str, str]
) -> frozenset[str | int] | None:
    raw = params.get("resource_id:in")
    if raw is None:
        return None
    if kind == "str":
        return frozenset(_csv(raw))
    values = _integers(raw)
    if values is None:
        errors["resource_id:in"] = "resource_id:in must be integers (comma-separated)"
        return None
    return frozenset(values)


def _positive_int(params: dict[str, str], name: str, default: int, errors: dict[str, str]) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        errors[name] = f"{name} must be a positive integer"
        return default
    return value


def _csv(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _integers(raw: str) -> frozenset[int] | None:
    parts = _csv(raw)
    if not parts or not all(_ID_DIGITS.match(part) for part in parts):
        return None
    try:
        return frozenset(int(part) for part in parts)
    except ValueError:  # more digits than int() takes from a string
        return None


def _date(raw: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    # A bound without an offset is read as UTC, the store's clock.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
