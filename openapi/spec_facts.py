"""The spec's facts that openapi-python-client drops, handed to our templates as Jinja data.

The generator keeps each query parameter's Python type but not its rules (minimum, maximum, enum,
array items, `explode`), and it does not read `x-` extensions. The SDK needs both: the rules to
check arguments before sending, the extensions to name methods (`x-sdk-method`) and to type sparse
listings (`x-sdk-sparse-fieldsets`). This script reads them from the spec and prints
`{% set FACTS = {...} %}`, which `make generate` puts beside our templates as `spec_facts.jinja`.

It also enforces the naming rule: every operation names its method with `x-sdk-method`, and no two
operations of a tag share a name. So adding an operation can never rename an existing method.

    python openapi/spec_facts.py openapi/bigcommerce-metafields.yaml > spec_facts.jinja
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
_RESERVED_METHODS = frozenset({"with_raw_response", "find", "upsert"})
"""Names the templates give methods of their own on every resource."""


class SpecError(Exception):
    """The spec breaks a rule the SDK's generation depends on."""


def facts(spec: dict[str, Any]) -> dict[str, Any]:
    """Every operation's method name, query rules and sparse-fieldset typing.

    Keyed by "METHOD /path", which the templates can read from the generator's objects.
    """
    operations: dict[str, Any] = {}
    names_by_tag: dict[str, dict[str, str]] = {}
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for http_method in HTTP_METHODS:
            operation = item.get(http_method)
            if operation is None:
                continue
            operation_id = operation["operationId"]
            method = operation.get("x-sdk-method")
            where = f"{http_method.upper()} {path} ({operation_id})"
            if not isinstance(method, str) or not _IDENTIFIER.fullmatch(method):
                raise SpecError(f"{where}: x-sdk-method must name the SDK method, e.g. list")
            if method in _RESERVED_METHODS or method.startswith("paginate"):
                raise SpecError(f"{where}: x-sdk-method {method!r} is reserved for the SDK")
            tag = (operation.get("tags") or ["default"])[0]
            taken = names_by_tag.setdefault(tag, {})
            if method in taken:
                raise SpecError(
                    f"{where}: x-sdk-method {method!r} is already {taken[method]}'s in tag {tag!r}"
                )
            taken[method] = operation_id
            parameters = [_resolve(spec, p) for p in [*shared, *operation.get("parameters", [])]]
            entry: dict[str, Any] = {
                "method": method,
                "query": [_query_rule(spec, p) for p in parameters if p["in"] == "query"],
            }
            if (sparse := operation.get("x-sdk-sparse-fieldsets")) is not None:
                entry["sparse"] = _sparse(spec, where, sparse, entry["query"])
            operations[f"{http_method.upper()} {path}"] = entry
    return {"operations": operations}


def _query_rule(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    name = parameter["name"]
    rule = {"name": name, "public": re.sub(r"\W", "_", name)}
    schema = _resolve(spec, parameter.get("schema", {}))
    if schema.get("type") == "array":
        if parameter.get("explode", True) or parameter.get("style", "form") != "form":
            # The service reads `a,b`; a repeated `key:in=a&key:in=b` returns a's items only.
            raise SpecError(f"query parameter {name}: arrays must be style form, explode false")
        rule.update(kind="array", min_items=schema.get("minItems", 0))
        rule["item_rule"] = _scalar_rule(_resolve(spec, schema["items"]))
    else:
        rule.update(_scalar_rule(schema))
    return rule


def _scalar_rule(schema: dict[str, Any]) -> dict[str, Any]:
    if "enum" in schema:
        return {"kind": "enum", "choices": sorted(schema["enum"])}
    kind = schema.get("type", "string")
    if kind == "string" and schema.get("format") == "date-time":
        return {"kind": "date-time"}
    rule: dict[str, Any] = {"kind": kind}
    for key in ("minimum", "maximum", "minLength", "maxLength", "pattern"):
        if key in schema:
            rule[key] = schema[key]
    return rule


def _sparse(
    spec: dict[str, Any], where: str, sparse: dict[str, Any], query: list[dict[str, Any]]
) -> dict[str, Any]:
    schemas = spec["components"]["schemas"]
    names = {rule["name"]: rule["public"] for rule in query}
    for model in (sparse.get("full"), sparse.get("partial")):
        if model not in schemas:
            raise SpecError(f"{where}: x-sdk-sparse-fieldsets names no schema {model!r}")
    missing = [p for p in sparse.get("parameters", []) if p not in names]
    if missing or not sparse.get("parameters"):
        raise SpecError(f"{where}: x-sdk-sparse-fieldsets parameters {missing} are not query ones")
    return {
        "parameters": [names[p] for p in sparse["parameters"]],
        "full": sparse["full"],
        "partial": sparse["partial"],
    }


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def jinja_literal(value: Any) -> str:
    """`value` (JSON-like data) written as a Jinja expression."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(jinja_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{json.dumps(str(k))}: {jinja_literal(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    raise TypeError(f"not JSON-like data: {value!r}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    spec = yaml.safe_load(Path(argv[1]).read_text(encoding="utf-8"))
    try:
        found = facts(spec)
    except SpecError as exc:
        print(f"{argv[1]}: {exc}", file=sys.stderr)
        return 1
    print("{#- Written by openapi/spec_facts.py from the spec; never edited. -#}")
    print(f"{{% set FACTS = {jinja_literal(found)} %}}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
