"""Checks on a call's arguments before anything is sent, from the rules the spec gives.

The rules come with each `Operation` (generated from the request schemas), so a rule changed in the
spec changes here with `make generate`. Every broken rule is reported at once, field by field, in
the words the service's own 422 uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ._errors import ValidationError
from ._generated.types import Unset
from ._operation import FieldRule, Operation
from ._pagination import DEFAULT_CONCURRENCY, MAX_PAGE_SIZE

_DOT_SEGMENTS = frozenset({".", ".."})
_POSITIVE_DIGITS = re.compile(r"0*[1-9][0-9]*")
"""Path values that URL normalisation would turn into a different resource."""


def prepare_body(
    operation: Operation[Any],
    arguments: Mapping[str, Any],
    body: Any,
    fields: Mapping[str, Any] | None,
) -> Any:
    """Check path arguments and the body; return the body model to send (or None).

    The body may come as the generated model (`body=`) or as keyword fields, not both.
    Raises `ValidationError` naming every bad field and its rule.
    """
    given_fields = {k: v for k, v in (fields or {}).items() if not isinstance(v, Unset)}
    errors = _text_errors({**arguments, **given_fields})
    errors |= _path_errors(operation, arguments) | _datetime_errors(arguments)
    model: Any = None
    if operation.body_model is not None:
        if not isinstance(body, Unset | None) and given_fields:
            names = ", ".join(sorted(given_fields))
            errors["body"] = f"pass either a body model or keyword fields, not both ({names})"
        elif not isinstance(body, Unset | None):
            if not isinstance(body, operation.body_model):
                errors["body"] = f"must be a {operation.body_model.__name__}"
            else:
                model = body
                errors.update(_body_errors(operation.body_rules, model.to_dict()))
        else:
            errors.update(_body_errors(operation.body_rules, given_fields))
            if not errors:
                model = operation.body_model.from_dict(given_fields)
    if errors:
        raise ValidationError(operation.operation_id, errors)
    return model


def paging(
    operation: Operation[Any], page_size: int | Unset, concurrency: int | Unset
) -> tuple[int, int]:
    """The page size and concurrency of a `paginate` call, defaults filled in and checked."""
    size = MAX_PAGE_SIZE if isinstance(page_size, Unset) else page_size
    workers = DEFAULT_CONCURRENCY if isinstance(concurrency, Unset) else concurrency
    errors = {}
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_PAGE_SIZE:
        errors["page_size"] = f"must be an integer from 1 to {MAX_PAGE_SIZE}, got {size!r}"
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        errors["concurrency"] = f"must be a positive integer, got {workers!r}"
    if errors:
        raise ValidationError(operation.operation_id, errors)
    return size, workers


def _path_errors(operation: Operation[Any], arguments: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, kind in operation.path_parameters:
        value = arguments.get(name)
        if isinstance(value, bool) or not isinstance(value, kind):
            errors[name] = f"must be {_kind_name(kind)}, got {type(value).__name__}"
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


def _datetime_errors(arguments: Mapping[str, Any]) -> dict[str, str]:
    # A naive datetime would be sent without an offset and read in the store's time zone.
    return {
        name: "must be timezone-aware (e.g. datetime(..., tzinfo=timezone.utc))"
        for name, value in arguments.items()
        if isinstance(value, datetime) and value.utcoffset() is None
    }


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
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__}"
    if not _is_utf8_encodable(value):
        return "must be valid Unicode text (it has a lone surrogate)"
    if rule.choices is not None and value not in rule.choices:
        return f"must be one of {', '.join(rule.choices)}; got {value!r}"
    low = rule.min_length if rule.min_length is not None else 0
    high = rule.max_length
    if len(value) < low or (high is not None and len(value) > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        return f"must be {bounds} characters long, got {len(value)}"
    return None
