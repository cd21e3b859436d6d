"""The generated decoders (`_generated/decoders.py`): every model of the spec, read from data.

Each model's valid bodies are built from its own generated `Shape`, so a model added to the spec
is tested here without a line of this file changing. A decoder must build exactly what the
generator's `from_dict` builds (unknown fields kept), and refuse every wrong kind of value with a
`DecodeError` whose path names the field; the fast path must never refuse what the slow path
(which words the message) accepts. Hypothesis draws the bodies; its seed is printed on failure.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bigcommerce_metafields
from bigcommerce_metafields import (
    UNSET,
    DecodeError,
    ListMeta,
    Pagination,
    ProductMetafield,
    ProductMetafieldList,
    ValidationError,
    parse,
)
from bigcommerce_metafields._decoding import (
    JSON_PARSER,
    Anything,
    DateTime,
    Kinds,
    ListOf,
    Nested,
    Nullable,
    OneOf,
    Rule,
    Shape,
    loads_fast,
    loads_stdlib,
)
from bigcommerce_metafields._generated import decoders

MODELS = sorted(decoders.DECODERS, key=lambda model: model.__name__)
SHAPES: dict[str, Shape] = {
    value.name: value for value in vars(decoders).values() if isinstance(value, Shape)
}
SHAPE_OF_DECODER: dict[Callable[[Any], Any], Shape] = {
    decoders.DECODERS[model]: SHAPES[model.__name__] for model in MODELS
}
STAMP = "2026-11-24T08:30:00+00:00"


def test_every_model_of_the_spec_has_a_decoder_and_a_shape() -> None:
    exported = {
        value
        for value in vars(bigcommerce_metafields.models).values()
        if isinstance(value, type) and hasattr(value, "from_dict")
    }
    assert exported == set(MODELS)
    assert set(SHAPES) == {model.__name__ for model in MODELS}


def _value(rule: Rule, draw: st.DrawFn, depth: int = 0) -> Any:
    """A value `rule` accepts."""
    if isinstance(rule, Kinds):
        kind = draw(st.sampled_from(rule.kinds))
        makers: dict[type, st.SearchStrategy[Any]] = {
            str: st.text(max_size=8),
            int: st.integers(-(2**40), 2**40),
            float: st.floats(allow_nan=False, allow_infinity=False),
            bool: st.booleans(),
            type(None): st.none(),
        }
        return draw(makers[kind])
    if isinstance(rule, DateTime):
        return draw(st.sampled_from([STAMP, "2026-01-02T03:04:05Z", "2026-01-02T03:04:05-05:00"]))
    if isinstance(rule, OneOf):
        return draw(st.sampled_from(sorted(rule.values)))
    if isinstance(rule, Nullable):
        return None if draw(st.booleans()) else _value(rule.rule, draw, depth)
    if isinstance(rule, ListOf):
        return [_value(rule.rule, draw, depth + 1) for _ in range(draw(st.integers(0, 3)))]
    if isinstance(rule, Nested):
        return _body(SHAPE_OF_DECODER[rule.decode], draw, depth + 1)
    assert isinstance(rule, Anything)
    return draw(st.sampled_from([None, 1, "x", [1], {"a": 1}]))


def _body(shape: Shape, draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    body = {
        field.key: _value(field.rule, draw, depth)
        for field in shape.fields
        if field.required or draw(st.booleans())
    }
    if draw(st.booleans()):  # a field the spec does not know yet
        body[f"added_{draw(st.integers(0, 9))}"] = draw(st.sampled_from([1, "x", {"y": [2]}]))
    return body


@st.composite
def model_and_body(draw: st.DrawFn) -> tuple[type[Any], dict[str, Any]]:
    model = draw(st.sampled_from(MODELS))
    return model, _body(SHAPES[model.__name__], draw)


@settings(max_examples=400, deadline=None)
@given(model_and_body())
def test_a_valid_body_decodes_to_what_from_dict_builds(case: tuple[type[Any], Any]) -> None:
    model, body = case
    decoded = parse(model, json.dumps(body))
    assert decoded == model.from_dict(body)
    assert type(decoded) is model
    assert decoded.to_dict() == model.from_dict(body).to_dict()


# The last: a date-time without an offset.
_WRONG: list[Any] = [None, True, 1, 1.5, "text", [], {}, "2026-11-24T08:30:00"]


def _accepts(rule: Rule, value: Any) -> bool:
    return rule.problem(value) is None


@st.composite
def broken_body(draw: st.DrawFn) -> tuple[type[Any], dict[str, Any], str]:
    """A valid body with one field given a value its rule refuses (or a required one removed)."""
    model = draw(st.sampled_from([m for m in MODELS if SHAPES[m.__name__].fields]))
    shape = SHAPES[model.__name__]
    body = _body(shape, draw)
    field = draw(st.sampled_from(shape.fields))
    wrong = [value for value in _WRONG if not _accepts(field.rule, value)]
    if field.required and (not wrong or draw(st.booleans())):
        body.pop(field.key, None)
    else:
        if not wrong:  # a field that takes anything cannot be broken
            return model, body, ""
        body[field.key] = draw(st.sampled_from(wrong))
    return model, body, field.key


@settings(max_examples=400, deadline=None)
@given(broken_body())
def test_a_wrong_field_is_refused_naming_it(case: tuple[type[Any], Any, str]) -> None:
    model, body, key = case
    if not key:
        parse(model, body)
        return
    with pytest.raises(DecodeError) as info:
        parse(model, body)
    error = info.value
    assert error.path == key or error.path.startswith((f"{key}.", f"{key}[")), error
    assert "disagree" not in error.problem  # the fast path refused only what is wrong
    assert str(error) == f"{error.path}: {error.problem}"


@pytest.mark.parametrize(
    ("change", "path", "problem"),
    [
        ({"id": True}, "data[1].id", "expected an integer, got a boolean"),
        ({"id": "7"}, "data[1].id", "expected an integer, got a string"),
        ({"key": None}, "data[1].key", "expected a string, got null"),
        ({"date_created": "2026-11-24T08:30:00"}, "data[1].date_created", "without a UTC offset"),
        ({"date_created": "yesterday"}, "data[1].date_created", "not an ISO 8601 date-time"),
        ({"date_modified": 5}, "data[1].date_modified", "expected a date-time string"),
        ({"description": 5}, "data[1].description", "expected a string or null, got an integer"),
    ],
)
def test_the_message_names_the_path_and_the_rule(
    change: dict[str, Any], path: str, problem: str
) -> None:
    item = {
        "id": 1,
        "key": "k",
        "value": "v",
        "namespace": "n",
        "permission_set": "read",
        "resource_type": "product",
        "resource_id": 2,
        "date_created": STAMP,
        "date_modified": STAMP,
    }
    page = {"data": [item, {**item, **change}], "meta": _meta()}
    with pytest.raises(DecodeError) as info:
        parse(ProductMetafieldList, page)
    assert info.value.path == path
    assert problem in info.value.problem


def _meta() -> dict[str, Any]:
    pagination = {"total": 2, "count": 2, "per_page": 50, "current_page": 1, "total_pages": 1}
    return {"pagination": pagination}


def test_nested_objects_are_named_to_the_leaf() -> None:
    meta = _meta()
    meta["pagination"]["count"] = None
    with pytest.raises(DecodeError) as info:
        parse(ListMeta, meta)
    assert str(info.value) == "pagination.count: expected an integer, got null"
    with pytest.raises(DecodeError, match=r"^data: missing$"):
        parse(ProductMetafieldList, {"meta": _meta()})
    with pytest.raises(DecodeError, match=r"^expected an object \(ProductMetafield\), got an"):
        parse(ProductMetafield, "[]")


def test_forward_compatibility_unknown_fields_kept_and_new_enum_values_read() -> None:
    body = {
        "id": 1,
        "key": "k",
        "value": "v",
        "namespace": "n",
        "permission_set": "a_set_added_next_year",
        "resource_type": "a_new_resource",
        "resource_id": 2,
        "date_created": STAMP,
        "date_modified": STAMP,
        "owner_client_id": None,
        "shiny_new_field": {"nested": [1, 2]},
    }
    decoded = parse(ProductMetafield, body)
    assert decoded.permission_set == "a_set_added_next_year"
    assert decoded.additional_properties == {"shiny_new_field": {"nested": [1, 2]}}
    assert decoded.description is UNSET
    assert decoded.owner_client_id is None
    assert decoded.to_dict() == body


def test_parse_takes_text_bytes_and_mappings_and_refuses_the_rest() -> None:
    body = {"pagination": _meta()["pagination"]}
    text = json.dumps(body)
    expected = ListMeta.from_dict(body)
    for data in (text, text.encode(), bytearray(text.encode()), memoryview(text.encode())):
        assert parse(ListMeta, data) == expected
    assert parse(ListMeta, types.MappingProxyType(body)) == expected
    with pytest.raises(ValidationError, match="model: must be a model of the spec"):
        parse(dict, text)  # type: ignore[type-var]
    with pytest.raises(ValidationError, match="data: must be JSON text or a mapping, got int"):
        parse(ListMeta, 5)  # type: ignore[arg-type]
    with pytest.raises(DecodeError, match=r"^not JSON"):
        parse(ListMeta, "<html>")


@pytest.mark.parametrize(
    "text",
    [
        b'{"a": NaN, "b": Infinity}',  # json reads these; orjson does not
        b'{"s": "\\ud800"}',  # a lone surrogate
        '{"utf16": "\u00e9"}'.encode("utf-16"),
        b'\xef\xbb\xbf{"bom": 1}',  # a UTF-8 byte order mark, which json skips
        b'{"a": 1, "a": 2}',
        b"[1, 2.5, true, null]",
    ],
)
def test_either_json_parser_reads_the_same_value(text: bytes) -> None:
    try:
        expected = json.loads(text)
    except ValueError:
        with pytest.raises(DecodeError):
            loads_fast(text)
        return
    assert repr(loads_fast(text)) == repr(expected)
    assert repr(loads_stdlib(text)) == repr(expected)


def test_an_integer_past_64_bits_is_exact_in_a_typed_field() -> None:
    # orjson reads it as a float, which the decoder refuses; the body is then read with json.
    body = {"total": 2**70, "count": 1, "per_page": 1, "current_page": 1, "total_pages": 1}
    parsed = parse(Pagination, json.dumps(body).encode())
    assert parsed.total == 2**70
    assert type(parsed.total) is int
    # A field the spec does not type keeps what the parser read: orjson's float, json's int.
    body["unknown"] = 2**70
    kept = parse(Pagination, json.dumps(body)).additional_properties["unknown"]
    assert kept == (float(2**70) if JSON_PARSER == "orjson" else 2**70)


@pytest.mark.parametrize("loads", [loads_fast, loads_stdlib])
@pytest.mark.parametrize("text", [b"", b"{", b"\xff\xfe\xff", b"[" * 100_000, "{'a': 1}"])
def test_what_is_not_json_is_a_decode_error(loads: Callable[[Any], Any], text: Any) -> None:
    with pytest.raises(DecodeError) as info:
        loads(text)
    assert info.value.path == ""
    assert info.value.problem.startswith("not JSON")
