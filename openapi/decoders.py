"""Writes `decoders.py` into the generated package: one checked decoder per model of the spec.

    python openapi/decoders.py SPEC CONFIG PACKAGE_DIR       (openapi/generate.sh runs it)

The generated `from_dict` methods copy each dict, define inner functions per field and cast rather
than check; the SDK used to run them and then walk the finished model to check its types. The
decoders written here do both in one pass, with the dict accesses and exact-class tests a
hand-written decoder would make, and build the model without its `__init__` (every field is set,
`additional_properties` too: unknown fields are kept). A failed check raises through the slow path
in `bigcommerce_metafields/_decoding.py`, which names the field, so the fast path never formats.

What a decoder accepts is read from the generator's own parse of the spec (the objects its model
template renders), so a decoder cannot disagree with its model about names, required fields or
types. The kinds of property understood are `KINDS` in `openapi/generator_boundary.py`; any other
stops `make generate` with the model and field to teach this script about.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from generator_boundary import DECODER_PROPERTY_KINDS
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

HEADER = '''"""Checked decoders from JSON to the spec's models (openapi/decoders.py; do not edit).

`DECODERS` maps each model class to its decoder; `bigcommerce_metafields.parse` and every response
of the clients go through it. A decoder raises `DecodeError` naming the field that breaks its rule.
"""

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeAlias, cast

from .._decoding import (
    Anything,
    DateTime,
    Field,
    Kinds,
    ListOf,
    Nested,
    Nullable,
    OneOf,
    Shape,
    explain,
    fromisoformat,
)
from .types import UNSET
from .models import {models}

'''

_SCALARS = {
    "StringProperty": ("str",),
    "IntProperty": ("int",),
    "FloatProperty": ("float", "int"),
    "BooleanProperty": ("bool",),
    "NoneProperty": ("type(None)",),
}


class UnsupportedError(Exception):
    """A property the decoders do not know how to check."""


def kind(prop: Any) -> str:
    """`prop`'s class name, if the decoders know that kind of property."""
    name = type(prop).__name__
    if name not in DECODER_PROPERTY_KINDS:
        raise UnsupportedError(name)
    return name


class Value:
    """How one field (or a list's item) is checked and converted, as code."""

    def __init__(self, prop: Any, var: str) -> None:
        self.var = var
        self.bad: list[str] = []  # any true: refuse (exact-class tests, before converting)
        self.convert: list[str] = []  # statements that may raise ValueError (DecodeError)
        self.after: list[str] = []  # any true: refuse (on converted values)
        self.rule = ""
        self.typed = var  # what the model's attribute is set to
        self._read(prop)

    def _read(self, prop: Any) -> None:
        var, name = self.var, kind(prop)
        if name in _SCALARS or (name == "UnionProperty" and _scalar_union(prop)):
            kinds = _kinds(prop)
            self.bad.append(" and ".join(_is_not(var, k) for k in kinds))
            self.rule = f"Kinds(({', '.join(kinds)},))"
        elif name == "UnionProperty":
            members = [member for member in prop.inner_properties if kind(member) != "NoneProperty"]
            if len(members) != 1 or len(members) == len(prop.inner_properties):
                raise UnsupportedError("a union other than of scalars, or of null and one kind")
            inner = Value(members[0], var)
            self.bad = [f"({var} is not None and {b})" for b in inner.bad]
            self.convert = _guarded(f"{var} is not None", inner.convert)
            self.after = [f"({var} is not None and {a})" for a in inner.after]
            self.rule = f"Nullable({inner.rule})"
            self.typed = inner.typed
        elif name == "DateTimeProperty":
            self.bad.append(f"{var}.__class__ is not str")
            self.convert.append(f"{var} = fromisoformat({var})")
            self.after.append(f"{var}.tzinfo is None")
            self.rule = "DateTime()"
        elif name == "LiteralEnumProperty":
            values = sorted(prop.values)
            if not all(isinstance(v, str) for v in values):
                raise UnsupportedError("an enum of other than strings")
            choices = "{" + ", ".join(repr(v) for v in values) + "}"  # a constant, as compiled
            self.bad.append(f"({var}.__class__ is not str or {var} not in {choices})")
            self.rule = f"OneOf(frozenset({choices}))"
            self.typed = f"cast(Any, {var})"  # mypy narrows the checked str, not to the Literal
        elif name == "ModelProperty":
            decoder = f"decode_{prop.class_info.module_name}"
            self.convert.append(f"{var} = {decoder}({var})")
            self.rule = f"Nested({decoder})"
        elif name == "ListProperty":
            self.bad.append(f"{var}.__class__ is not list")
            item = prop.inner_property
            if kind(item) == "ModelProperty":
                decoder = f"decode_{item.class_info.module_name}"
                self.convert.append(f"{var} = [{decoder}(item) for item in {var}]")
                self.rule = f"ListOf(Nested({decoder}))"
            else:
                checked = Value(item, "item")
                if checked.convert or checked.after:
                    raise UnsupportedError("a list of other than models or scalars")
                self.bad.append(f"any({' or '.join(checked.bad)} for item in {var})")
                self.rule = f"ListOf({checked.rule})"
                if checked.typed != checked.var:  # a list of enum values: see the enum's
                    self.typed = f"cast(Any, {var})"
        elif name == "AnyProperty":
            self.rule = "Anything()"


def _scalar_union(prop: Any) -> bool:
    return all(kind(member) in _SCALARS for member in prop.inner_properties)


def _kinds(prop: Any) -> list[str]:
    members = prop.inner_properties if kind(prop) == "UnionProperty" else [prop]
    found: list[str] = []
    for member in members:
        found += [k for k in _SCALARS[kind(member)] if k not in found]
    return found


def _is_not(var: str, kind_code: str) -> str:
    if kind_code == "type(None)":
        return f"{var} is not None"
    return f"{var}.__class__ is not {kind_code}"


def _guarded(condition: str, statements: list[str]) -> list[str]:
    return [f"if {condition}: {s}" for s in statements]


def decoder(model: Any) -> Iterator[str]:
    """The decoder function and the shape of one `ModelProperty`."""
    cls, module = model.class_info.name, model.class_info.module_name
    shape = f"_{module.upper()}"
    if kind(model.additional_properties) != "AnyProperty":
        raise UnsupportedError("additionalProperties other than any (unknown fields are kept)")
    props = [*model.required_properties, *model.optional_properties]
    fields = []
    for prop in props:
        try:
            value = Value(prop, f"v_{prop.python_name}")
        except UnsupportedError as exc:
            raise UnsupportedError(f"{cls}.{_json_name(prop)}: {exc}") from None
        if not prop.required:
            value.bad = [f"({value.var} is not UNSET and {b})" for b in value.bad]
            value.convert = _guarded(f"{value.var} is not UNSET", value.convert)
            value.after = [f"({value.var} is not UNSET and {a})" for a in value.after]
        fields.append((prop, value))
    required = [(p, v) for p, v in fields if p.required]
    optional = [(p, v) for p, v in fields if not p.required]

    yield f"def decode_{module}(d: Any) -> {cls}:"
    yield "    if d.__class__ is not dict:"
    yield f"        raise explain({shape}, d)"
    if required:
        yield "    try:"
        for prop, value in required:
            yield f"        {value.var} = d[{_json_name(prop)!r}]"
        yield "    except KeyError:"
        yield f"        raise explain({shape}, d) from None"
    for prop, value in optional:
        yield f"    {value.var} = d.get({_json_name(prop)!r}, UNSET)"
    if bad := _all(fields, "bad"):
        yield f"    if {' or '.join(bad)}:"
        yield f"        raise explain({shape}, d)"
    if converts := _all(fields, "convert"):
        yield "    try:"
        yield from (f"        {statement}" for statement in converts)
        yield "    except ValueError:  # DecodeError too"
        yield f"        raise explain({shape}, d) from None"
    if after := _all(fields, "after"):
        yield f"    if {' or '.join(after)}:"
        yield f"        raise explain({shape}, d)"
    yield f"    model = {cls}.__new__({cls})"
    for prop, value in fields:
        yield f"    model.{prop.python_name} = {value.typed}"
    seen = " + ".join([str(len(required)), *(f"({v.var} is not UNSET)" for _, v in optional)])
    yield f"    if len(d) == {seen}:"
    yield "        model.additional_properties = {}"
    yield "    else:  # unknown fields: kept, as from_dict keeps them"
    yield f"        known = {shape}.keys"
    yield "        model.additional_properties = {k: v for k, v in d.items() if k not in known}"
    yield "    return model"
    yield ""
    yield ""
    yield f"{shape} = Shape("
    yield f'    "{cls}",'
    yield "    ("
    for prop, value in fields:
        yield f"        Field({_json_name(prop)!r}, {prop.required!r}, {value.rule}),"
    yield "    ),"
    yield ")"
    yield ""
    yield ""


def _json_name(prop: Any) -> str:
    # The generator wraps the spec's strings so that none reaches code unquoted; repr quotes it.
    name: str = prop.name.get_untrusted_value()
    return name


def _all(fields: list[tuple[Any, Value]], stage: str) -> list[str]:
    return [check for _, value in fields for check in getattr(value, stage)]


def _dependencies_first(models: list[Any]) -> list[Any]:
    """`models` with each after the models its fields hold, so no decoder is used before it is
    defined (mypy's used-before-def; at run time any order works)."""
    by_name = {model.class_info.name: model for model in models}
    ordered: dict[str, Any] = {}
    seen: set[str] = set()  # a model that holds itself is not visited twice

    def visit(prop: Any) -> None:
        name = type(prop).__name__  # an unknown kind is reported by `decoder`, with its field
        if name == "ModelProperty":
            model = by_name[prop.class_info.name]
            if model.class_info.name not in seen:
                seen.add(model.class_info.name)
                for field in [*model.required_properties, *model.optional_properties]:
                    visit(field)
                ordered[model.class_info.name] = model
        elif name == "ListProperty":
            visit(prop.inner_property)
        elif name == "UnionProperty":
            for member in prop.inner_properties:
                visit(member)

    for model in models:
        visit(model)
    return list(ordered.values())


def render(data: GeneratorData) -> str:
    models = _dependencies_first(sorted(data.models, key=lambda model: model.class_info.name))
    names = [model.class_info.name for model in models]
    out = [HEADER.format(models=", ".join(names))]
    for model in models:
        try:
            out.extend(line + "\n" for line in decoder(model))
        except UnsupportedError as exc:
            sys.exit(
                f"openapi/decoders.py cannot decode {model.class_info.name}: {exc}. Teach it "
                "the new kind (and list it in generator_boundary.DECODER_PROPERTY_KINDS)."
            )
    out.append("Model: TypeAlias = " + " | ".join(names) + "\n")
    out.append('"""Every model of the spec: what `parse` and `DECODERS` take."""\n\n')
    out.append("DECODERS: Final[Mapping[type[Any], Callable[[Any], Any]]] = {\n")
    out.extend(
        f"    {model.class_info.name}: decode_{model.class_info.module_name},\n" for model in models
    )
    out.append("}\n")
    return "".join(out)


def main(spec: Path, config_path: Path, package: Path) -> None:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec, "utf-8", False, None
    )
    data = GeneratorData.from_dict(yaml.safe_load(spec.read_text()), config=config)
    if not isinstance(data, GeneratorData):
        sys.exit(f"openapi/decoders.py: the generator could not parse {spec}: {data}")
    (package / "decoders.py").write_text(render(data))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
