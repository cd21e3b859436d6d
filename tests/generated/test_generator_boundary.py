"""The generator internals our templates rely on are still there, and are all listed.

`openapi/generator_boundary.py` is the list. Here it is checked against the installed
openapi-python-client, on the objects it builds from our own spec, and the templates are
scanned so that nothing they read goes unlisted.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import os
import re
import subprocess
import sys
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


GENERATED = ROOT / "bigcommerce_metafields" / "_generated"
UPSTREAM = resources.files("openapi_python_client") / "templates"


def test_our_templates_are_the_listed_overrides_and_copy_none() -> None:
    ours = {template.name for template in TEMPLATES.glob("*.jinja")}
    assert ours == set(BOUNDARY.OVERRIDDEN_TEMPLATES), "list every override in generator_boundary"
    for name in ours:
        # Lines long enough to mean something; a wholesale copy shares most of them.
        upstream = {line.strip() for line in (UPSTREAM / name).read_text().splitlines()}
        upstream = {line for line in upstream if len(line) > 12}
        shared = upstream & {line.strip() for line in (TEMPLATES / name).read_text().splitlines()}
        assert len(shared) <= len(upstream) // 4, f"{name} copies upstream's: {sorted(shared)}"


def test_upstream_still_writes_the_functions_we_keep_and_prune() -> None:
    module = (UPSTREAM / "endpoint_module.py.jinja").read_text()
    defined = set(re.findall(r"^(?:async )?def (\w+)\(", module, re.MULTILINE))
    listed = {*BOUNDARY.ENDPOINT_FUNCTIONS_KEPT, *BOUNDARY.ENDPOINT_FUNCTIONS_DROPPED}
    assert defined == listed, (
        f"openapi-python-client's endpoint modules now define {sorted(defined)}, "
        f"openapi/generator_boundary.py lists {sorted(listed)}: decide what the SDK ships"
    )


def _endpoint_modules() -> list[Path]:
    return [m for m in sorted(GENERATED.glob("api/*/*.py")) if m.name != "__init__.py"]


def test_the_shipped_endpoint_modules_hold_only_what_the_sdk_calls() -> None:
    modules = _endpoint_modules()
    assert modules, "no generated endpoint modules"
    for module in modules:
        tree = ast.parse(module.read_text())
        functions = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        names = tuple(sorted(f.name for f in functions))
        assert names == tuple(sorted(BOUNDARY.ENDPOINT_FUNCTIONS_KEPT)), f"{module}: {names}"
        for function in functions:
            read = {
                node.attr
                for node in ast.walk(function)
                if isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "client"
            }
            assert read <= set(BOUNDARY.CLIENT_ATTRIBUTES), (
                f"{module.name}:{function.name} reads client.{sorted(read)}; our client.py "
                "template (openapi/templates/client.py.jinja) and generator_boundary must say so"
            )


def test_the_shared_modules_define_what_the_generated_code_imports() -> None:
    imported: dict[str, set[str]] = {name: set() for name in BOUNDARY.ENDPOINT_IMPORTS}
    for path in GENERATED.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level and node.module in imported:
                imported[node.module] |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level > 1 and node.module is None:
                for alias in node.names:
                    assert alias.name in imported, f"{path} imports the module {alias.name}"
    for name, names in imported.items():
        assert names <= set(BOUNDARY.ENDPOINT_IMPORTS[name]), (
            f"the generated code imports {sorted(names)} from {name}.py; "
            f"openapi/generator_boundary.py lists {BOUNDARY.ENDPOINT_IMPORTS[name]}"
        )
        module = importlib.import_module(f"bigcommerce_metafields._generated.{name}")
        assert all(hasattr(module, n) for n in BOUNDARY.ENDPOINT_IMPORTS[name]), name


def _resolve(dotted: str) -> Any:
    """An importable module's attribute path: `package.module.Class.attr`."""
    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for step in parts[split:]:
            obj = getattr(obj, step)
        return obj
    raise ImportError(dotted)


def _fields_of(prop: Any) -> list[Any]:
    """`prop` and every property inside it (a list's item, a union's members)."""
    inner = [getattr(prop, "inner_property", None), *getattr(prop, "inner_properties", [])]
    return [prop, *(p for i in inner if i is not None for p in _fields_of(i))]


def test_the_decoder_scripts_entry_points_kinds_and_reads_are_the_generators(
    generated: tuple[Config, GeneratorData],
) -> None:
    from openapi_python_client.parser import properties

    for dotted in BOUNDARY.DECODER_ENTRY_POINTS:
        _resolve(dotted)  # an upgrade that moves one fails here, by name
    for name in BOUNDARY.DECODER_PROPERTY_KINDS:
        assert isinstance(getattr(properties, name, None), type), f"no {name} in the generator"
    models = list(generated[1].models)
    props = [p for m in models for f in m.required_properties + m.optional_properties
             for p in _fields_of(f)]  # fmt: skip
    for path in BOUNDARY.DECODER_READS["model"]:
        for model in models:
            _read(model, path)
    for path in BOUNDARY.DECODER_READS["prop"]:
        for prop in props:
            _read(prop, path)
    for kind, paths in BOUNDARY.DECODER_KIND_READS.items():
        subjects = [p for p in props if type(p).__name__ == kind]
        assert subjects, f"our spec gives no {kind} to check the decoder script's reads on"
        for subject in subjects:
            for path in paths:
                _read(subject, path)
    assert {type(p).__name__ for p in props} <= set(BOUNDARY.DECODER_PROPERTY_KINDS)


_DECODER_VARIABLES = {"model": "model", "prop": "prop", "item": "prop", "member": "prop"}


def test_the_decoder_script_reads_nothing_unlisted() -> None:
    tree = ast.parse((ROOT / "openapi" / "decoders.py").read_text())
    listed = {
        "model": set(BOUNDARY.DECODER_READS["model"]),
        "prop": {*BOUNDARY.DECODER_READS["prop"],
                 *(p for paths in BOUNDARY.DECODER_KIND_READS.values() for p in paths)},
    }  # fmt: skip
    unlisted = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(
            getattr(node, "parent", None), ast.Attribute
        ):
            continue
        steps = []
        base: ast.expr = node
        while isinstance(base, ast.Attribute):
            steps.insert(0, base.attr)
            base = base.value
        if isinstance(base, ast.Name) and base.id in _DECODER_VARIABLES:
            variable, path = _DECODER_VARIABLES[base.id], ".".join(steps)
            # `a.b.c` is also walked as `a.b`: a prefix of a listed path is listed.
            if not any(p == path or p.startswith(path + ".") for p in listed[variable]):
                unlisted.add(f"{base.id}.{path}")
    assert not unlisted, f"list these in openapi/generator_boundary.py: {sorted(unlisted)}"


def test_the_decoder_script_stops_on_a_kind_it_does_not_know(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["components"]["schemas"]["Pagination"]["properties"]["as_of"] = {
        "type": "string", "format": "date"
    }  # fmt: skip
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    run = subprocess.run(  # noqa: S603 - our own script, on a spec written here
        [sys.executable, str(ROOT / "openapi" / "decoders.py"), str(tmp_path / "spec.yaml"),
         str(ROOT / "generator-config.yaml"), str(tmp_path)],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "openapi")},
    )  # fmt: skip
    assert run.returncode != 0
    assert "cannot decode Pagination: Pagination.as_of: DateProperty" in run.stderr
    assert not (tmp_path / "decoders.py").exists()
