"""The generator internals our templates rely on are still there, and are all listed.

`openapi/generator_boundary.py` is the list. Here it is checked against the installed
openapi-python-client, on the objects it builds from our own spec, and the templates are
scanned so that nothing they read goes unlisted.
"""

from __future__ import annotations

import importlib.util
import re
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import (
    ListProperty,
    LiteralEnumProperty,
    ModelProperty,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "bigcommerce-metafields.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
_ONLY_ON: dict[str, Any] = {
    # Read only where the templates test `is defined` first.
    "inner_property": lambda o: isinstance(o, ListProperty),
    "values": lambda o: isinstance(o, LiteralEnumProperty),
    "prop.required_properties": lambda o: isinstance(o.prop, ModelProperty),
    # A body's fields are read only from an object body (a batch write's is an array).
    "prop.data.properties": lambda o: isinstance(o.prop, ModelProperty),
    "prop.optional_properties": lambda o: isinstance(o.prop, ModelProperty),
}


def _boundary() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "boundary", ROOT / "openapi/generator_boundary.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BOUNDARY = _boundary()


@pytest.fixture(scope="module")
def generated() -> tuple[Config, GeneratorData]:
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yaml"), MetaType.NONE, SPEC, "utf-8",
        False, None,
    )  # fmt: skip
    data = GeneratorData.from_dict(yaml.safe_load(SPEC.read_text()), config=config)
    assert isinstance(data, GeneratorData), data
    return config, data


def _objects(data: GeneratorData) -> dict[str, list[Any]]:
    endpoints = [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints]
    parameters = [p for e in endpoints for p in [*e.path_parameters, *e.query_parameters]]
    bodies = [b for e in endpoints for b in e.bodies]
    # A batch write's body is a ListProperty (an array of items); the item is in `data.models`.
    models = [*[b.prop for b in bodies if isinstance(b.prop, ModelProperty)], *data.models]
    props = [p for m in models for p in m.required_properties + m.optional_properties]
    return {
        "endpoint": endpoints,
        "parameter": parameters,
        "prop": props,
        "body": bodies,
        "response": [r for e in endpoints for r in e.responses.patterns],
        "model": list(data.models),
    }


def _read(obj: Any, path: str) -> Any:
    for step in path.split("."):
        obj = getattr(obj, step)
    return obj


def test_every_listed_attribute_is_on_the_generators_objects(
    generated: tuple[Config, GeneratorData],
) -> None:
    objects = _objects(generated[1])
    missing = []
    for variable, paths in BOUNDARY.ATTRIBUTES.items():
        assert objects[variable], f"our spec gives no {variable} to check"
        for path in paths:
            applies = _ONLY_ON.get(path, lambda _: True)
            subjects = [o for o in objects[variable] if applies(o)]
            if not subjects:
                missing.append(f"{variable}.{path}: our spec gives nothing to check it on")
            for subject in subjects:
                try:
                    _read(subject, path)
                except AttributeError:
                    missing.append(f"{variable}.{path} on {type(subject).__name__}")
    assert not missing, (
        f"openapi-python-client ({BOUNDARY.GENERATOR} was checked) no longer has what "
        f"openapi/templates read: {sorted(set(missing))}. Update the templates and "
        "openapi/generator_boundary.py together."
    )


def test_every_listed_global_filter_and_template_exists(
    generated: tuple[Config, GeneratorData],
) -> None:
    config, data = generated
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    env = project.env
    assert set(BOUNDARY.TEMPLATE_GLOBALS) <= set(env.globals), "template globals changed"
    assert set(BOUNDARY.TEMPLATE_FILTERS) <= set(env.filters), "template filters changed"
    upstream = resources.files("openapi_python_client") / "templates"
    names = {entry.name for entry in upstream.iterdir()}
    assert set(BOUNDARY.OVERRIDDEN_TEMPLATES) <= names, (
        "an upstream template we override was renamed or removed: ours would be ignored"
    )


_VARIABLE_READ = re.compile(r"\b(endpoint|parameter|prop|body|response|model)\.([a-z_.]+)")
_FILTER = re.compile(r"\|\s*([a-z_]+)")
_JINJA_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_JINJA_BUILTINS = frozenset(
    {"int", "length", "list", "map", "sort", "tojson", "unique", "upper", "join", "replace"}
)


def test_the_templates_read_nothing_unlisted() -> None:
    listed = {v: set(paths) for v, paths in BOUNDARY.ATTRIBUTES.items()}
    unlisted = set()
    for template in TEMPLATES.glob("*.jinja"):
        text = " ".join(_JINJA_CODE.findall(template.read_text()))
        for variable, path in _VARIABLE_READ.findall(text):
            path = path.rstrip(".")
            if not any(path == p or path.startswith(p + ".") or p.startswith(path + ".")
                       for p in listed[variable]):  # fmt: skip
                unlisted.add(f"{template.name}: {variable}.{path}")
        for name in _FILTER.findall(text):
            if name not in _JINJA_BUILTINS and name not in BOUNDARY.TEMPLATE_FILTERS:
                unlisted.add(f"{template.name}: filter {name}")
    assert not unlisted, f"list these in openapi/generator_boundary.py: {sorted(unlisted)}"
