"""`parse`: JSON into one of the spec's models, checked field by field.

Every response body the clients read goes through the same generated decoders (`decode_body`),
so a model from `parse` is exactly what a call would have returned for that body: useful for
metafields that arrive another way (a webhook, a queue, a cache).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ._decoding import Text, decode_text
from ._errors import ValidationError
from ._generated.decoders import DECODERS, Model

ModelT = TypeVar("ModelT", bound=Model)


def parse(model: type[ModelT], data: Text | Mapping[str, Any], /) -> ModelT:
    """`data` as a `model`: JSON text (str or bytes), or the mapping `json.loads` made of it.

        parse(ProductMetafield, b'{"id": 1, "key": "k", ...}')

    Unknown fields are kept (`additional_properties`); a string where an enum is expected is
    read as data, so values BigCommerce adds later still parse.

    Raises:
        DecodeError: `data` is not JSON, or not a `model`; `path` names the field
            (`data[3].date_created`) and `problem` the rule it breaks.
        ValidationError: `model` is not a model of the spec, or `data` is neither text nor a
            mapping.
    """
    decode = DECODERS.get(model)
    if decode is None:
        raise ValidationError("parse", {"model": f"must be a model of the spec, got {model!r}"})
    if data.__class__ is dict:  # what json.loads made: the common case first
        parsed: ModelT = decode(data)
        return parsed
    if isinstance(data, str | bytes | bytearray | memoryview):
        parsed = decode_text(decode, data)
        return parsed
    if not isinstance(data, Mapping):  # the types say it cannot happen; untyped callers can
        kind = type(data).__name__  # type: ignore[unreachable]
        raise ValidationError("parse", {"data": f"must be JSON text or a mapping, got {kind}"})
    parsed = decode(data if data.__class__ is dict else dict(data))
    return parsed


def decode_body(model: type[Any], content: bytes) -> Any:
    """A response's body as `model` (one of the spec's), or `DecodeError`."""
    return decode_text(DECODERS[model], content)
