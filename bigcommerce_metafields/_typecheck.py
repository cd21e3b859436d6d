"""Checks that a parsed model holds the types its annotations declare.

The generated `from_dict` methods cast rather than check, so `{"count": null}` would parse into a
model whose `count: int` is None and fail later, far from the response that caused it. Checking
once after parsing turns that into a `ResponseParseError` naming the field. The expected types of
each model class are worked out once from its type hints and compiled into one function per class
(as attrs compiles its methods): about 0.2 ms for a listing page of 250 metafields, measured by
`make bench`. Only when that function says no is the slower walk run to word the message.
"""

from __future__ import annotations

import datetime
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ._generated import models


@attrs.frozen
class _Expect:
    """What one field may hold."""

    kinds: tuple[type, ...]  # empty: anything
    choices: frozenset[Any] | None = None  # a Literal's values
    item: _Expect | None = None  # a list's items
    models: tuple[type, ...] = ()  # attrs classes to check inside

    def problem(self, value: Any) -> str | None:
        if self.choices is not None:
            return None if value in self.choices else f": got {value!r}"
        if self.kinds and (
            not isinstance(value, self.kinds)
            or (value.__class__ is bool and bool not in self.kinds)
        ):
            return f": got {type(value).__name__}"
        if isinstance(value, datetime.datetime) and value.utcoffset() is None:
            return f": got {value.isoformat()}, without a UTC offset"
        if self.item is not None and isinstance(value, list):
            for index, entry in enumerate(value):
                if (found := self.item.problem(entry)) is not None:
                    return _join(f"[{index}]", found)
        if self.models and isinstance(value, self.models):
            return _describe(value)
        return None


def mismatch(model: object) -> str | None:
    """Where `model` breaks its declared types (e.g. "meta.pagination.count: got NoneType")."""
    if _checker(type(model))(model):
        return None
    return _describe(model)


def _describe(model: object) -> str | None:
    for name, expect in _fields(type(model)):
        if (found := expect.problem(getattr(model, name))) is not None:
            return _join(name, found)
    return None


_FIELDS: dict[type, tuple[tuple[str, _Expect], ...]] = {}
_CHECKERS: dict[type, Callable[[Any], bool]] = {}


def _checker(cls: type) -> Callable[[Any], bool]:
    """`cls`'s checks compiled into one function (True: every field fits), made once per class.

    Exact classes are tried first (what json and `from_dict` make), `isinstance` only after;
    `_describe` finds the field and words the message when this says no.
    """
    if (known := _CHECKERS.get(cls)) is not None:
        return known
    env: dict[str, Any] = {"_checker": _checker}
    lines = ["def check(m):"]
    for index, (name, expect) in enumerate(_fields(cls)):
        lines.append(f"    v = m.{name}")
        if expect.choices is not None:
            env[f"choices{index}"] = expect.choices
            lines.append(f"    if v not in choices{index}: return False")
            continue
        if expect.kinds:
            env[f"kinds{index}"] = expect.kinds
            env.update({f"kind{index}_{i}": kind for i, kind in enumerate(expect.kinds)})
            exact = " and ".join(
                f"v.__class__ is not kind{index}_{i}" for i in range(len(expect.kinds))
            )
            no_bool = bool not in expect.kinds
            lines.append(f"    if {exact} and not isinstance(v, kinds{index}): return False")
            if no_bool:
                lines.append("    if v.__class__ is bool: return False")
            if datetime.datetime in expect.kinds:
                # The spec's date-times carry an offset; a naive one would be read as local time.
                env["_datetime"] = datetime.datetime
                naive = "v.__class__ is _datetime and v.utcoffset() is None"
                lines.append(f"    if {naive}: return False")
        if expect.item is not None:
            env[f"item{index}"] = expect.item
            lines.append("    if v.__class__ is list:")
            if len(expect.item.models) == 1:  # a list of one model: check each item inline
                env[f"model{index}"] = expect.item.models[0]
                lines.append(f"        sub = _checker(model{index})")
                lines.append("        for x in v:")
                lines.append(f"            if x.__class__ is model{index}:")
                lines.append("                if not sub(x): return False")
                lines.append(f"            elif item{index}.problem(x) is not None: return False")
            else:
                lines.append(
                    f"        if any(item{index}.problem(x) is not None for x in v): return False"
                )
        if expect.models:
            env[f"models{index}"] = expect.models
            check = f"isinstance(v, models{index}) and not _checker(v.__class__)(v)"
            lines.append(f"    if {check}: return False")
    lines.append("    return True")
    exec("\n".join(lines), env)  # noqa: S102 - our own code, built from the models' type hints
    checker: Callable[[Any], bool] = env["check"]
    _CHECKERS[cls] = checker
    return checker


def _fields(cls: type) -> tuple[tuple[str, _Expect], ...]:
    if (known := _FIELDS.get(cls)) is not None:
        return known
    namespace = {**vars(models), **vars(sys.modules[cls.__module__])}
    hints = typing.get_type_hints(cls, globalns=namespace)
    fields = tuple((f.name, _expect(hints[f.name])) for f in attrs.fields(cls) if f.init)
    _FIELDS[cls] = fields
    return fields


def _expect(hint: Any) -> _Expect:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [_expect(member) for member in typing.get_args(hint)]
        if any(not m.kinds or m.choices is not None for m in members):
            return _Expect(kinds=())  # a union with a Literal or Any: not worth a check
        items = [m.item for m in members if m.item is not None]
        return _Expect(
            kinds=tuple(kind for m in members for kind in m.kinds),
            item=items[0] if len(items) == 1 else None,
            models=tuple(model for m in members for model in m.models),
        )
    if origin is list:
        return _Expect(kinds=(list,), item=_expect(typing.get_args(hint)[0]))
    if origin is typing.Literal:
        return _Expect(kinds=(), choices=frozenset(typing.get_args(hint)))
    if hint is None:
        return _Expect(kinds=(type(None),))
    if hint is float:
        return _Expect(kinds=(int, float))
    if isinstance(hint, type) and origin is None:
        return _Expect(kinds=(hint,), models=(hint,) if attrs.has(hint) else ())
    return _Expect(kinds=())  # Any, dict[...]: the spec leaves them open


def _join(step: str, problem: str) -> str:
    return f"{step}{problem}" if problem[0] in ":[" else f"{step}.{problem}"
