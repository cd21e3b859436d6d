"""Checks on a call's arguments before anything is sent, from the rules the spec gives.

The rules come with each `Operation` (body rules from the request schemas, query rules from the
parameters' schemas), so a rule changed in the spec changes here with `make generate`. Every
broken rule of a call is reported at once, argument by argument, in the words the service's own
422 uses. What passes is put in the form the generated request builder takes: the builder's
argument names, arrays joined with commas (the service reads `key:in=a,b`; a repeated
`key:in=a&key:in=b` would silently filter by `a` alone).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import attrs
import httpx

from ._errors import ValidationError
from ._generated.types import Unset
from ._operation import Bulk, CallOptions, FieldRule, Operation, QueryRule
from ._pagination import DEFAULT_CONCURRENCY, MAX_PAGE_SIZE

_DOT_SEGMENTS = frozenset({".", ".."})
"""Path values that URL normalisation would turn into a different resource."""
_POSITIVE_DIGITS = re.compile(r"0*[1-9][0-9]*")
_DIGITS = re.compile(r"[0-9]+")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
_SDK_OWNED_HEADERS = frozenset({"x-auth-token"})


@attrs.frozen
class Prepared:
    """A call's arguments, checked, in the generated builder's terms."""

    builder_arguments: dict[str, Any]
    body: Any
    """The body model to send, or None."""
    sparse: bool
    """Some fields only were asked for: the answer is the operation's `sparse_success`."""
    cursor: bool = False
    """A page read from a cursor: the answer is the operation's `cursor_success` (or
    `sparse_cursor_success`)."""


def prepare_call(
    operation: Operation[Any],
    arguments: Mapping[str, Any],
    body: Any,
    fields: Mapping[str, Any] | None,
    options: CallOptions,
) -> Prepared:
    """Check every argument of a call; return them ready for the generated builder.

    The body may come as the generated model (`body=`) or as keyword fields, not both.
    Raises `ValidationError` naming every bad argument and its rule.
    """
    given_fields = {k: v for k, v in (fields or {}).items() if not isinstance(v, Unset)}
    errors = _text_errors(given_fields) | _path_errors(operation, arguments)
    builder: dict[str, Any] = {name: arguments[name] for name, _ in operation.path_parameters}
    for rule in operation.query_rules:
        value = arguments.get(rule.public, Unset.UNSET)
        if isinstance(value, Unset):
            if rule.public in arguments:
                # Not sent, even where the builder has a default (a cursor read sends no page).
                builder[rule.generated] = value
            continue
        problem, sendable = _query_value(rule, value)
        if problem is not None:
            errors[rule.public] = problem
        else:
            builder[rule.generated] = sendable
    errors |= option_errors(options)
    cursors = [name for name in operation.cursor_parameters if _given(arguments, name)]
    if len(cursors) > 1:
        errors[cursors[1]] = f"give {cursors[0]} or {cursors[1]}, not both"
    model = _body_model(operation, body, given_fields, errors)
    if errors:
        raise ValidationError(operation.operation_id, errors)
    sparse = any(_given(arguments, name) for name in operation.sparse_parameters)
    return Prepared(builder_arguments=builder, body=model, sparse=sparse, cursor=bool(cursors))


def _given(arguments: Mapping[str, Any], name: str) -> bool:
    return not isinstance(arguments.get(name, Unset.UNSET), Unset)


def bulk_items(operation_id: str, bulk: Bulk, items: object) -> list[Any]:
    """A batch write's items, every one checked before anything is sent; the list to send.

    Create and update items are the operation's item model; delete items are metafield ids.
    One item may appear once: two writes of one metafield in one call would race, and a create
    whose answer is lost could not tell which of them was written. Raises `ValidationError`
    naming every bad item by its index (`items[3].key`, `ids[0]`).
    """
    label = "ids" if bulk.kind == "delete" else "items"
    expected = "metafield ids" if bulk.item is None else f"{bulk.item.__name__} items"
    if isinstance(items, str | bytes | bytearray | Mapping) or not isinstance(items, Sequence):
        raise ValidationError(
            operation_id, {label: f"must be a sequence of {expected}, got {_kind(items)}"}
        )
    errors: dict[str, str] = {}
    seen: dict[object, int] = {}
    for index, item in enumerate(items):
        where = f"{label}[{index}]"
        if bulk.item is None:
            found = {where: problem} if (problem := _field_problem(bulk.rules[0], item)) else {}
        elif not isinstance(item, bulk.item):
            found = {where: f"must be a {bulk.item.__name__}, got {_kind(item)}"}
        else:
            found = _item_errors(bulk.rules, item, where)
        errors |= found
        if found:
            continue
        identity = str(item) if bulk.item is None else _identity(bulk.kind, item.to_dict())
        if identity in seen:
            errors[where] = f"repeats {label}[{seen[identity]}] (one write per metafield a call)"
        seen.setdefault(identity, index)
    if errors:
        raise ValidationError(operation_id, errors)
    return list(items)


def _item_errors(rules: tuple[FieldRule, ...], item: Any, where: str) -> dict[str, str]:
    """What is wrong with one batch item, each field under `where.field`."""
    try:
        data = item.to_dict()
    except Exception as exc:  # fields set after construction to what it cannot serialise
        return {where: f"cannot be serialised ({type(exc).__name__}: {exc})"}
    found = {f"{where}.{field}": problem for field, problem in _body_errors(rules, data).items()}
    if not found and (problem := _json_problem(data)) is not None:
        found[where] = problem
    return found


def _identity(kind: str, data: Mapping[str, Any]) -> object:
    """What makes two items one metafield: its id, or where it goes and its namespace and key."""
    if kind == "create":
        return (str(data.get("resource_id")), data.get("namespace"), data.get("key"))
    return str(data.get("id"))


def check_owner(operation: Operation[Any], owner_client_id: str | Unset) -> None:
    """`find`'s own argument (namespace and key are checked as the listing's filters)."""
    if not isinstance(owner_client_id, Unset) and (
        not isinstance(owner_client_id, str) or not owner_client_id
    ):
        raise ValidationError(
            operation.operation_id,
            {"owner_client_id": f"must be a non-empty string, got {shown(owner_client_id)}"},
        )


def check_body(operation_id: str, model: Any, rules: tuple[FieldRule, ...]) -> None:
    """Raise `ValidationError` if a body model breaks its schema's rules."""
    errors = _body_errors(rules, model.to_dict())
    if errors:
        raise ValidationError(operation_id, errors)


def check_fields(
    operation_id: str, rules: tuple[FieldRule, ...], fields: Mapping[str, Any]
) -> dict[str, Any]:
    """The body fields given (UNSET dropped); `ValidationError` if one breaks a rule."""
    given = {k: v for k, v in fields.items() if not isinstance(v, Unset)}
    known = {rule.name for rule in rules}
    errors = {name: "is not a field of this body" for name in given if name not in known}
    errors |= _body_errors(rules, given)
    if errors:
        raise ValidationError(operation_id, errors)
    return given


def paging(
    operation: Operation[Any],
    page_size: int | Unset,
    concurrency: int | Unset,
    max_items: int | None,
) -> tuple[int, int]:
    """The page size and concurrency of a `paginate` call, defaults filled in and checked."""
    size = MAX_PAGE_SIZE if isinstance(page_size, Unset) else page_size
    workers = DEFAULT_CONCURRENCY if isinstance(concurrency, Unset) else concurrency
    errors = {}
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_PAGE_SIZE:
        errors["page_size"] = f"must be an integer from 1 to {MAX_PAGE_SIZE}, got {shown(size)}"
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        errors["concurrency"] = f"must be a positive integer, got {shown(workers)}"
    if max_items is not None and (
        isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
    ):
        errors["max_items"] = f"must be a non-negative integer or None, got {shown(max_items)}"
    if errors:
        raise ValidationError(operation.operation_id, errors)
    return size, workers


def batch_size_problem(size: object) -> str | None:
    """Why `size` is not a batch size: a positive integer."""
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        return f"must be a positive integer, got {shown(size)}"
    return None


def option_errors(options: CallOptions) -> dict[str, str]:
    """What is wrong with a call's (or a client's) timeout, max_retries and extras."""
    errors: dict[str, str] = {}
    if not isinstance(options.timeout, Unset) and (problem := timeout_problem(options.timeout)):
        errors["timeout"] = problem
    retries = options.max_retries
    if not isinstance(retries, Unset) and (problem := max_retries_problem(retries)):
        errors["max_retries"] = problem
    if options.extra_headers is not None:
        errors |= _header_errors(options.extra_headers)
    if options.extra_query is not None:
        errors |= _extra_query_errors(options.extra_query)
    return errors


def timeout_problem(timeout: object) -> str | None:
    """Why `timeout` is not seconds > 0, an `httpx.Timeout` of such, or None (no limit)."""
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        phases = {
            "connect": timeout.connect,
            "read": timeout.read,
            "write": timeout.write,
            "pool": timeout.pool,
        }
        bad = [name for name, s in phases.items() if s is not None and not _is_seconds(s)]
        return f"httpx.Timeout {', '.join(bad)} must be seconds > 0 or None" if bad else None
    if not _is_seconds(timeout):
        return f"must be seconds > 0, an httpx.Timeout, or None for no limit; got {shown(timeout)}"
    return None


def max_retries_problem(max_retries: object) -> str | None:
    """Why `max_retries` is not a non-negative integer."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        return f"must be a non-negative integer, got {shown(max_retries)}"
    return None


def _is_seconds(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value) and value > 0
    except OverflowError:  # an int too large for a float: no clock can wait that long
        return False


def shown(value: object) -> str:
    """`repr(value)` for a message; never raises (an int too long for `str`, a broken repr)."""
    try:
        return repr(value)
    except Exception:
        return f"a {type(value).__name__} that cannot be shown"


def _too_long(value: int) -> bool:
    """An int `str` refuses to write (over `sys.get_int_max_str_digits()` digits): unsendable."""
    try:
        str(value)
    except ValueError:
        return True
    return False


def _json_problem(data: object) -> str | None:
    """Why a body cannot be sent as JSON the way httpx encodes it (strict, UTF-8)."""
    try:
        json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as exc:
        return f"cannot be sent as JSON ({type(exc).__name__}: {exc})"
    return None


def _body_model(
    operation: Operation[Any], body: Any, given_fields: dict[str, Any], errors: dict[str, str]
) -> Any:
    if operation.body_model is None:
        return None
    if not isinstance(body, Unset) and given_fields:
        names = ", ".join(sorted(given_fields))
        errors["body"] = f"pass either a body model or keyword fields, not both ({names})"
        return None
    if not isinstance(body, Unset):
        if not isinstance(body, operation.body_model):
            errors["body"] = f"must be a {operation.body_model.__name__}, got {type(body).__name__}"
            return None
        try:
            data = body.to_dict()
        except Exception as exc:  # fields set after construction to what it cannot serialise
            errors["body"] = f"cannot be serialised ({type(exc).__name__}: {exc})"
            return None
        found = _body_errors(operation.body_rules, data)
        errors.update(found)
        if not found and (problem := _json_problem(data)) is not None:
            errors["body"] = problem
        return body
    found = _body_errors(operation.body_rules, given_fields)
    errors.update(found)
    if found or errors:
        return None
    return operation.body_model.from_dict(given_fields)


def _query_value(rule: QueryRule, value: Any) -> tuple[str | None, Any]:
    """The problem with a query argument, or None and the value to hand the builder."""
    if value is None:
        return "must not be None (leave it out not to filter)", None
    if rule.kind != "array":
        return _scalar_problem(rule, value), value
    if isinstance(value, str):
        items: list[Any] = value.split(",")
    elif isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        items = list(value)
    else:
        return f"must be a list of strings or a comma-separated string, got {_kind(value)}", None
    if len(items) < (rule.min_items or 0):
        return f"must name at least {rule.min_items}", None
    if rule.items is not None:
        if rule.items.kind == "integer":
            # Ids may come as text, as in the comma-separated form: "111,112".
            items = [int(i) if isinstance(i, str) and _digits(i) else i for i in items]
        for index, item in enumerate(items):
            if (problem := _scalar_problem(rule.items, item)) is not None:
                return f"item {index} {problem}", None
    # The generated builder takes a list and sends each item as it is.
    return None, [",".join(str(item) for item in items)]


def _scalar_problem(rule: QueryRule, value: Any) -> str | None:
    kind = rule.kind
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be an integer, got {_kind(value)}"
        if _too_long(value):
            return "has too many digits to send"
        if rule.minimum is not None and value < rule.minimum:
            return _range(rule, value)
        if rule.maximum is not None and value > rule.maximum:
            return _range(rule, value)
        return None
    if kind == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok and math.isfinite(value) else f"must be a number, got {_kind(value)}"
    if kind == "boolean":
        return None if isinstance(value, bool) else f"must be True or False, got {_kind(value)}"
    if kind == "date-time":
        if not isinstance(value, datetime):
            return f"must be a datetime, got {_kind(value)}"
        try:
            offset = value.utcoffset()
        except Exception as exc:  # the caller's tzinfo broke datetime's rules
            return f"has an invalid time zone ({type(exc).__name__}: {exc})"
        if offset is None:
            # It would be sent without an offset and read in the store's time zone.
            return "must be timezone-aware (e.g. datetime(..., tzinfo=timezone.utc))"
        return None
    if not isinstance(value, str):
        return f"must be a string, got {_kind(value)}"
    if not _is_utf8_encodable(value):
        return "must be valid Unicode text (it has a lone surrogate)"
    if kind == "enum":
        choices = rule.choices or ()
        return None if value in choices else f"must be one of {', '.join(choices)}; got {value!r}"
    return _length_problem(rule.min_length, rule.max_length, value) or _pattern_problem(
        rule.pattern, value
    )


def _digits(text: str) -> bool:
    # Under 4,300 digits: `int()` refuses longer text, and no id is anywhere near as long.
    return bool(_DIGITS.fullmatch(text)) and len(text) < 4300


def _range(rule: QueryRule, value: int) -> str:
    if rule.maximum is None:
        return f"must be at least {rule.minimum}, got {value}"
    if rule.minimum is None:
        return f"must be at most {rule.maximum}, got {value}"
    return f"must be from {rule.minimum} to {rule.maximum}, got {value}"


def _pattern_problem(pattern: str | None, value: str) -> str | None:
    if pattern is None or re.search(pattern, value):
        return None
    if pattern == "^[^,]*$":
        return f"must not contain a comma (it separates the items), got {value!r}"
    return f"must match {pattern}, got {value!r}"


def _length_problem(low: int | None, high: int | None, value: str) -> str | None:
    low = low or 0
    if len(value) < low or (high is not None and len(value) > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        return f"must be {bounds} characters long, got {len(value)}"
    return None


def _kind(value: object) -> str:
    return type(value).__name__


def _path_errors(operation: Operation[Any], arguments: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, kind in operation.path_parameters:
        value = arguments.get(name)
        if isinstance(value, bool) or not isinstance(value, kind):
            errors[name] = f"must be {_kind_name(kind)}, got {type(value).__name__}"
        elif isinstance(value, int) and _too_long(value):
            errors[name] = "has too many digits to send"
        elif isinstance(value, int) and value < 1:
            errors[name] = f"must be a positive integer, got {value}"
        elif (
            isinstance(value, str) and _accepts_int(kind) and not _POSITIVE_DIGITS.fullmatch(value)
        ):
            # An id the service may serialise as a string ("24"): digits only, as the spec says.
            errors[name] = f"must be a positive integer or a string of digits, got {value!r}"
        elif isinstance(value, str) and not value.strip():
            errors[name] = "must not be empty"
        elif isinstance(value, str) and value in _DOT_SEGMENTS:
            errors[name] = f"must not be {value!r}, which would address another path"
        elif isinstance(value, str) and not _is_utf8_encodable(value):
            errors[name] = "must be valid Unicode text (it has a lone surrogate)"
    return errors


def _accepts_int(kind: Any) -> bool:
    return int in getattr(kind, "__args__", (kind,))


def _kind_name(kind: Any) -> str:
    names = {int: "an integer", str: "a string"}
    members = getattr(kind, "__args__", (kind,))
    return " or ".join(names.get(member, member.__name__) for member in members)


def _text_errors(values: Mapping[str, Any]) -> dict[str, str]:
    # A lone surrogate cannot be sent: refuse it here rather than fail while encoding.
    return {
        name: "must be valid Unicode text (it has a lone surrogate)"
        for name, value in values.items()
        if isinstance(value, str) and not _is_utf8_encodable(value)
    }


def _is_utf8_encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _header_errors(headers: object) -> dict[str, str]:
    if not isinstance(headers, Mapping):
        return {
            "extra_headers": f"must be a mapping of header names to values, got {shown(headers)}"
        }
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            return {"extra_headers": f"{shown(name)} is not a header name"}
        if name.lower() in _SDK_OWNED_HEADERS:
            return {"extra_headers": f"must not set {name}: the client sends its own token"}
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            return {"extra_headers": f"{name}: the value must be printable ASCII text"}
    return {}


def _extra_query_errors(query: object) -> dict[str, str]:
    if not isinstance(query, Mapping):
        return {
            "extra_query": f"must be a mapping of parameter names to values, got {shown(query)}"
        }
    for name, value in query.items():
        if not isinstance(name, str) or not name or not _is_utf8_encodable(name):
            return {"extra_query": f"{shown(name)} is not a parameter name"}
        if isinstance(value, bool) or not isinstance(value, str | int):
            return {"extra_query": f"{name}: the value must be a string or an integer"}
        if isinstance(value, int) and _too_long(value):
            return {"extra_query": f"{name}: the value has too many digits to send"}
        if isinstance(value, str) and not _is_utf8_encodable(value):
            return {"extra_query": f"{name}: the value must be valid Unicode text"}
    return {}


def _body_errors(rules: tuple[FieldRule, ...], data: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for rule in rules:
        if data.get(rule.name) is None and rule.required:
            errors[rule.name] = "is required"
            continue
        if rule.name not in data:
            continue
        if problem := _field_problem(rule, data[rule.name]):
            errors[rule.name] = problem
    return errors


def _field_problem(rule: FieldRule, value: Any) -> str | None:
    if rule.kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be an integer, got {type(value).__name__}"
        if _too_long(value):
            return "has too many digits to send"
        if rule.minimum is not None and value < rule.minimum:
            return f"must be at least {rule.minimum}, got {value}"
        return None
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__}"
    if not _is_utf8_encodable(value):
        return "must be valid Unicode text (it has a lone surrogate)"
    if rule.choices is not None and value not in rule.choices:
        return f"must be one of {', '.join(rule.choices)}; got {value!r}"
    return _length_problem(rule.min_length, rule.max_length, value) or _pattern_problem(
        rule.pattern, value
    )
