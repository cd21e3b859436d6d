"""`validate`: a request body checked against the spec's rules, without sending it.

The rules are the ones every operation taking that body checks before sending (the same
`FieldRule`s, generated from the request schemas), so a body that passes here is not refused
client-side by any of them.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from typing import Any, TypeVar, overload

from ._errors import ValidationError
from ._generated.api import TAGS
from ._operation import FieldRule, Operation
from ._validation import check_body, check_fields

BodyT = TypeVar("BodyT")


@overload
def validate(body: type[BodyT], /, **fields: Any) -> BodyT: ...


@overload
def validate(body: BodyT, /) -> BodyT: ...


def validate(body: Any, /, **fields: Any) -> Any:
    """Check a request body; return it, or build it from keyword fields and return it.

        validate(MetafieldCreate(permission_set="read", namespace="n", key="k", value="v"))
        validate(MetafieldCreate, permission_set="read", namespace="n", key="k", value="v")

    Raises:
        ValidationError: A field breaks a rule (all of them are named), or `body` is not a
            request body model of the spec.
    """
    model_class: Any = body if isinstance(body, type) else type(body)
    rules = _rules_by_model().get(model_class)
    if rules is None:
        names = ", ".join(sorted(cls.__name__ for cls in _rules_by_model()))
        raise ValidationError("validate", {"body": f"must be one of {names}, got {body!r}"})
    if not isinstance(body, type):
        if fields:
            raise ValidationError("validate", {"body": "pass a model or keyword fields, not both"})
        check_body(model_class.__name__, body, rules)
        return body
    return model_class.from_dict(check_fields(model_class.__name__, rules, fields))


@functools.cache
def _rules_by_model() -> Mapping[type, tuple[FieldRule, ...]]:
    found: dict[type, tuple[FieldRule, ...]] = {}
    for tag in TAGS:
        operations: Mapping[str, tuple[str, Operation[Any]]] = importlib.import_module(
            f"._generated.api.{tag}", __package__
        ).OPERATIONS
        for _, operation in operations.values():
            if operation.body_model is not None:
                found.setdefault(operation.body_model, operation.body_rules)
    return found
