"""The batch endpoints of every family: ``GET/POST/PUT/DELETE {batch_path}``.

GET is the family's store-wide listing (``_listing``, with the family's ``batch_filters``). The
writes take a JSON array and answer ``{"data": [...], "errors": [...], "meta": {"total",
"success", "failed"}}``: 200 when every item succeeded, 422 when some failed, with ``data`` the
items that succeeded (metafield objects; DELETE's are the deleted ids) in input order. Where the
facts are silent, the fake decides as follows:

- The whole batch is refused, nothing written, with 400 when the body is not JSON, not an array,
  an empty array (no batch to run; a client splitting work into chunks never needs one) or holds
  an item of the wrong kind (POST/PUT: not an object; DELETE: not an integer, in every family and
  the customer one too, whose DELETE is documented without a body); with 413 when it holds more
  than the fake's ``max_batch_size`` items (default 50; ``None``: no limit), as BigCommerce's
  other batch endpoints answer ("The request payload is too large. The maximum items allowed in
  the array is N."). A count over the maximum is refused before the items are looked at.
- Every other failure belongs to its item, and the rest of the batch goes on. Items run in input
  order, each seeing what the earlier ones did (two creates of one namespace and key on one
  resource: the second is a duplicate). ``errors`` holds one entry per kind of failure (status and
  title), ``{"status", "title", "type", "errors": {"<input index>": "<reason>"}}``, in the order
  of each kind's first failing item:

  - 422 "JSON data is missing or invalid": a missing or invalid field (as on single create and
    update, all of an item's problems in one reason), a POST item's ``resource_id`` missing or
    not of the family's key type (an integer >= 1; a string for carts; store items name none, and
    a ``resource_id`` given is ignored), a PUT item's ``id`` missing or not of the family's
    ``batch_update_id`` type. PUT items need the four create fields where the family's batch PUT
    is full (cart, order, store), any subset elsewhere.
  - 404: a POST item's resource missing from the fake's catalogue (``products=``, ``variants=``);
    a PUT or DELETE id naming no metafield of the family (ids of other families' metafields
    included).
  - 409 (duplicate namespace and key for the client on the resource) and 403 (another client's
    metafield's owner-only fields; the per-client cap of a resource) as on single operations.
    As there, anyone may delete a metafield.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from ._families import Family
from ._http import ERROR_TYPE_URL, ApiError, RawRequest, Response, json_response
from ._listing import ListQuery
from ._store import MetafieldStore, ResourceKey
from ._validation import validate_fields

#: Default of ``FakeBigCommerce(max_batch_size=)``: conservative, as BigCommerce documents none.
DEFAULT_MAX_BATCH_SIZE = 50
_INVALID = "JSON data is missing or invalid"

#: Whether a resource exists: the family, its key (the JSON ``resource_id``).
Exists = Callable[[Family, ResourceKey], bool]


class Batches:
    """The batch handlers of an authenticated client; the router hands each its family."""

    def __init__(
        self,
        store: MetafieldStore,
        exists: Exists,
        now: Callable[[], datetime],
        max_batch_size: Callable[[], int | None],
    ) -> None:
        self._store = store
        self._exists = exists
        self._now = now
        self._max_batch_size = max_batch_size

    def handle(self, request: RawRequest, client: str, family: Family) -> Response:
        if request.method == "GET":
            query = ListQuery.parse(
                request.query, accepted=family.batch_filters, resource_kind=family.key_kind
            )
            return json_response(200, query.render(self._store.of(family.name)))
        if request.method == "POST":
            items = self._items(request.body, object_items=True)
            return _answer(self._each(items, lambda item: self._create(family, item, client)))
        if request.method == "PUT":
            items = self._items(request.body, object_items=True)
            return _answer(self._each(items, lambda item: self._update(family, item, client)))
        if request.method == "DELETE":
            items = self._items(request.body, object_items=False)
            return _answer(self._each(items, lambda item: self._delete(family, item)))
        raise ApiError(
            405,
            "Method Not Allowed",
            detail=f"{request.method} is not supported here.",
            headers=(("allow", "GET, POST, PUT, DELETE"),),
        )

    def _items(self, body: bytes, *, object_items: bool) -> list[object]:
        """The batch's items, or the 400/413 refusing it whole."""
        try:
            payload = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _invalid("The request body is not valid JSON.") from None
        if not isinstance(payload, list):
            raise _invalid("The request body must be a JSON array.")
        if not payload:
            raise _invalid("The batch is empty.")
        limit = self._max_batch_size()
        if limit is not None and len(payload) > limit:
            raise ApiError(
                413,
                "The request payload is too large. "
                f"The maximum items allowed in the array is {limit}.",
            )
        for index, item in enumerate(payload):
            if object_items and not isinstance(item, dict):
                raise _invalid(f"Item {index} is not a JSON object.")
            if not object_items and not _is_int(item):
                raise _invalid(f"Item {index} is not a metafield id (an integer).")
        return payload

    @staticmethod
    def _each(items: list[object], run: Callable[[object], object]) -> _Outcome:
        outcome = _Outcome(total=len(items))
        for index, item in enumerate(items):
            try:
                outcome.data.append(run(item))
            except ApiError as error:
                outcome.fail(index, error)
        return outcome

    def _create(self, family: Family, item: object, client: str) -> object:
        assert isinstance(item, dict)
        errors: dict[str, str] = {}
        key = self._resource_key(family, item, errors)
        fields = _fields(item, partial=False, errors=errors)
        if errors:
            raise ApiError(422, _INVALID, errors=errors)
        assert key is not None
        if not self._exists(family, key):
            label = family.ids[-1].label
            raise ApiError(404, f"{label} not found", detail=f"No {label.lower()} {key}.")
        mf = self._store.create(family.name, key, fields, client, self._now())
        return mf.to_json()

    def _update(self, family: Family, item: object, client: str) -> object:
        assert isinstance(item, dict)
        errors: dict[str, str] = {}
        metafield_id = _item_id(family, item, errors)
        changes = _fields(item, partial=family.batch_partial_update, errors=errors)
        if errors:
            raise ApiError(422, _INVALID, errors=errors)
        mf = self._store.find(family.name, metafield_id) if metafield_id else None
        if mf is None:
            raise _missing(item["id"])
        return self._store.update(mf, changes, client, self._now()).to_json()

    def _delete(self, family: Family, item: object) -> object:
        assert isinstance(item, int)
        mf = self._store.find(family.name, item)
        if mf is None:
            raise _missing(item)
        self._store.delete(mf)
        return item

    @staticmethod
    def _resource_key(
        family: Family, item: dict[str, object], errors: dict[str, str]
    ) -> ResourceKey | None:
        if family.key_kind is None:  # the store: its one resource, whatever the item says
            return family.fixed_resource_id
        value = item.get("resource_id")
        if value is None:
            errors["resource_id"] = "resource_id is required"
        elif family.key_kind == "int":
            if isinstance(value, int) and _is_int(value) and value >= 1:
                return value
            errors["resource_id"] = "resource_id must be a positive integer"
        elif isinstance(value, str) and value:
            return value
        else:
            errors["resource_id"] = "resource_id must be a non-empty string"
        return None


class _Outcome:
    """Succeeded items in input order, failures grouped by kind (status and title)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.data: list[object] = []
        self.failures: dict[tuple[int, str], dict[str, str]] = {}

    def fail(self, index: int, error: ApiError) -> None:
        reason = "; ".join(error.errors.values()) if error.errors else error.detail or error.title
        self.failures.setdefault((error.status, error.title), {})[str(index)] = reason


def _answer(outcome: _Outcome) -> Response:
    errors = [
        {"status": status, "title": title, "type": ERROR_TYPE_URL, "errors": reasons}
        for (status, title), reasons in outcome.failures.items()
    ]
    failed = sum(len(reasons) for reasons in outcome.failures.values())
    meta = {"total": outcome.total, "success": len(outcome.data), "failed": failed}
    body = {"data": outcome.data, "errors": errors, "meta": meta}
    return json_response(422 if failed else 200, body)


def _fields(item: dict[str, object], *, partial: bool, errors: dict[str, str]) -> dict[str, str]:
    try:
        return validate_fields(item, partial=partial)
    except ApiError as error:
        errors.update(error.errors or {})
        return {}


def _item_id(family: Family, item: dict[str, object], errors: dict[str, str]) -> int | None:
    """A PUT item's metafield id; ``None`` when it names none (a 404 unless ``errors`` says
    why)."""
    value = item.get("id")
    if value is None:
        errors["id"] = "id is required"
    elif family.batch_update_id == "str":
        if not isinstance(value, str):
            errors["id"] = "id must be a string"
        elif value.isascii() and value.isdigit() and len(value) < 20:
            return int(value)
    elif not _is_int(value):
        errors["id"] = "id must be an integer"
    else:
        assert isinstance(value, int)
        return value
    return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _invalid(detail: str) -> ApiError:
    return ApiError(400, "Input is invalid", detail=detail)


def _missing(metafield_id: object) -> ApiError:
    return ApiError(404, "Metafield not found", detail=f"Metafield {metafield_id} does not exist.")
