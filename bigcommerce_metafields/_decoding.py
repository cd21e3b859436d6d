"""What the generated decoders need at run time: the JSON parser, and the slow path of their checks.

`_generated/decoders.py` (written by `openapi/decoders.py` at `make generate`) holds one function
per model of the spec. Each reads a JSON object straight into its attrs model and checks every
field's JSON type on the way, with exact-class tests only: no dict copy, no inner functions, no
walk over the finished model. That fast path cannot say what was wrong, only that something was;
then `explain` walks the same fields again, slowly, against the model's `Shape` (also generated)
to name the field and the rule ("data[3].date_created: expected a string, got null").

The JSON parser is orjson when it is installed (the `orjson` extra: it parses a listing page in
about half of `json.loads`' time), else the standard library's. orjson refuses a few documents
`json` reads (NaN, lone surrogates, UTF-16 text); those are handed to `json`. It reads an integer
past 64 bits as a float: a field the spec types as an integer then fails its check and the body is
decoded again from `json`'s reading (`decode_text`), so typed fields are the same with either
parser; only a field the spec does not know (kept in `additional_properties`) holds orjson's float.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from ._errors import DecodeError

try:
    import orjson
except ImportError:  # pragma: no cover - the `orjson` extra is not installed
    orjson = None  # type: ignore[assignment]

JSON_PARSER = "orjson" if orjson is not None else "json"
"""Which parser reads response bodies (the benchmark reports it)."""

Text = bytes | bytearray | memoryview | str
T = TypeVar("T")


def loads_stdlib(text: Text) -> Any:
    """`text` parsed by the standard library's `json`, or a `DecodeError` saying why not."""
    try:
        return json.loads(text.tobytes() if isinstance(text, memoryview) else text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, bad UTF, too deep
        raise DecodeError("", f"not JSON ({type(exc).__name__}: {exc})") from exc


def decode_text(decode: Callable[[Any], T], text: Text) -> T:
    """`text` parsed and decoded; if the fast parser's reading fails, `json`'s decides."""
    try:
        return decode(loads_fast(text))
    except DecodeError:
        if orjson is None:
            raise
    return decode(loads_stdlib(text))  # an integer past 64 bits that orjson made a float


def loads_fast(text: Text) -> Any:
    """`text` parsed by orjson if it can, else as `loads_stdlib` does: the same value either way."""
    if orjson is not None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass  # maybe JSON orjson refuses (see the module docstring): json decides
    return loads_stdlib(text)


fromisoformat = datetime.datetime.fromisoformat
"""What the decoders parse date-times with (ValueError if the text is not one)."""


_JSON_KINDS = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "an array",
    dict: "an object",
}


def json_kind(value: object) -> str:
    """`value`'s kind in JSON's words: what a message says was found."""
    return _JSON_KINDS.get(type(value), type(value).__name__)


Problem = tuple[str, str] | None
"""Where below a value (a path suffix, "" for the value itself) and what is wrong; None: fine."""


@attrs.frozen
class Kinds:
    """One of these exact JSON kinds (bool is not an integer; an integer is a number)."""

    kinds: tuple[type, ...]

    def problem(self, value: Any) -> Problem:
        if value.__class__ in self.kinds:
            return None
        wanted = " or ".join(_JSON_KINDS[kind] for kind in self.kinds)
        return "", f"expected {wanted}, got {json_kind(value)}"


@attrs.frozen
class DateTime:
    """An ISO 8601 date-time with a UTC offset: one without would be read as local time."""

    def problem(self, value: Any) -> Problem:
        if value.__class__ is not str:
            return "", f"expected a date-time string, got {json_kind(value)}"
        try:
            parsed = fromisoformat(value)
        except ValueError:
            return "", f"not an ISO 8601 date-time: {value!r}"
        if parsed.tzinfo is None:
            return "", f"a date-time without a UTC offset: {value!r}"
        return None


@attrs.frozen
class OneOf:
    """One of the spec's enum values."""

    values: frozenset[str]

    def problem(self, value: Any) -> Problem:
        if value.__class__ is str and value in self.values:
            return None
        return "", f"expected one of {sorted(self.values)}, got {value!r}"


@attrs.frozen
class Nullable:
    """null, or what `rule` accepts."""

    rule: Rule

    def problem(self, value: Any) -> Problem:
        return None if value is None else self.rule.problem(value)


@attrs.frozen
class ListOf:
    """An array whose every item `rule` accepts."""

    rule: Rule

    def problem(self, value: Any) -> Problem:
        if value.__class__ is not list:
            return "", f"expected an array, got {json_kind(value)}"
        for index, item in enumerate(value):
            if (found := self.rule.problem(item)) is not None:
                return _join(f"[{index}]", found[0]), found[1]
        return None


@attrs.frozen
class Nested:
    """A JSON object read by another model's decoder."""

    decode: Callable[[Any], object]

    def problem(self, value: Any) -> Problem:
        try:
            self.decode(value)
        except DecodeError as exc:
            return exc.path, exc.problem
        return None


@attrs.frozen
class Anything:
    """Whatever the spec leaves open."""

    def problem(self, value: Any) -> Problem:
        return None


Rule = Kinds | DateTime | OneOf | Nullable | ListOf | Nested | Anything


@attrs.frozen
class Field:
    key: str
    """The field's JSON name."""
    required: bool
    rule: Rule


@attrs.frozen
class Shape:
    """A model's fields as the slow path reads them."""

    name: str
    fields: tuple[Field, ...]
    keys: frozenset[str] = attrs.field(init=False)
    """The fields' JSON names: the decoders keep every other as `additional_properties`."""

    @keys.default
    def _keys(self) -> frozenset[str]:
        return frozenset(field.key for field in self.fields)


def explain(shape: Shape, value: Any) -> DecodeError:
    """Why `value` is not a `shape`: the first field that breaks its rule, named by its path."""
    if value.__class__ is not dict:
        return DecodeError("", f"expected an object ({shape.name}), got {json_kind(value)}")
    for field in shape.fields:
        if field.key not in value:
            if field.required:
                return DecodeError(field.key, "missing")
            continue
        if (found := field.rule.problem(value[field.key])) is not None:
            return DecodeError(_join(field.key, found[0]), found[1])
    # The fast path refused what the slow path accepts: a bug in openapi/decoders.py.
    return DecodeError("", f"not a {shape.name} (the decoder and its shape disagree)")


def _join(step: str, below: str) -> str:
    if not below:
        return step
    return f"{step}{below}" if below.startswith("[") else f"{step}.{below}"
