"""List operations: query parameters, filtering, field selection and the pagination envelope.

Silent points of the facts, decided here: a ``limit`` above 250 is clamped to 250 (the reported
``per_page`` shows it), while a non-integer or < 1 ``page``/``limit``, an unknown ``direction`` and
an unparsable date answer 422 naming the parameter. Unknown field names in ``include_fields`` /
``exclude_fields`` are ignored. Links carry only ``page`` and ``limit``. Each family's list takes
the parameters its :class:`~._families.Family` entry names and ignores every other one, as the
service ignores unknown query parameters (a cart list ignores ``key:in``, dates and field
selection; a brand list ignores ``direction``), so a client relying on them is caught. Id filters
(``id``, ``id:in``, ``id:not_in``, ``id:min``, ``id:max``, ``id:greater``, ``id:less``) take
integers, exact date filters (``date_created``, ``date_modified``) match to the second; a bad value
of either answers 422 too.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import attrs

from ._http import ApiError
from ._store import Metafield

DEFAULT_LIMIT = 50
MAX_LIMIT = 250
_DATE_FILTERS = ("date_created:min", "date_created:max", "date_modified:min", "date_modified:max")
_ID_DIGITS = re.compile(r"^[0-9]+$")
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
    #: Field name -> accepted values (``key`` and ``key:in`` both land under ``key``).
    equals: dict[str, frozenset[str]] = attrs.field(factory=dict)
    #: ``(field, "min"|"max"|"exact")`` -> bound.
    dates: dict[tuple[str, str], datetime] = attrs.field(factory=dict)
    #: Id filter name -> its integers.
    ids: dict[str, frozenset[int]] = attrs.field(factory=dict)
    include: frozenset[str] | None = None
    exclude: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, query: str, *, accepted: Collection[str]) -> ListQuery:
        """``accepted``: the parameters the family's list takes; any other is ignored."""
        params: dict[str, str] = {}
        for name, value in parse_qsl(query, keep_blank_values=True):
            if name in accepted:
                params.setdefault(name, value)  # the first of repeated parameters wins
        errors: dict[str, str] = {}
        page = _positive_int(params, "page", 1, errors)
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
        if errors:
            raise ApiError(422, "Invalid query parameters", errors=errors)
        include = params.get("include_fields")
        return cls(
            page=page,
            limit=limit,
            descending=direction == "desc",
            equals=equals,
            dates=dates,
            ids=ids,
            include=frozenset(_csv(include)) if include is not None else None,
            exclude=frozenset(_csv(params.get("exclude_fields", ""))),
        )

    @property
    def filtered(self) -> bool:
        return bool(self.equals or self.dates or self.ids)

    def matches(self, mf: Metafield) -> bool:
        if any(getattr(mf, field) not in wanted for field, wanted in self.equals.items()):
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
        ordered = reversed(list(chosen)) if self.descending else chosen
        total = len(chosen)
        # A page past the end is empty; capped, as islice takes no index beyond sys.maxsize.
        start = min((self.page - 1) * self.limit, total)
        window = itertools.islice(ordered, start, start + self.limit)
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
        return {"data": page, "meta": {"pagination": pagination}}

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
