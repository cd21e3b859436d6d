"""The spec's facts that openapi-python-client drops, handed to our templates as Jinja data.

The generator keeps each query parameter's Python type but not its rules (minimum, maximum, enum,
array items, `explode`), and it does not read `x-` extensions. The SDK needs both: the rules to
check arguments before sending, the extensions to name methods and to type listings. This script
reads them from the spec and prints `{% set FACTS = {...} %}`, which `make generate` puts beside our
templates as `spec_facts.jinja`.

The naming rule, enforced here, so that adding an operation can never rename an existing method:
- every operation names its method with `x-sdk-method`;
- an operation with `x-sdk-group: <group>` is a method of the tag's sub-resource `<group>`
  (`client.product_metafields.batch.create`), else of the tag's resource itself;
- `x-sdk-also: {method: <name>}` also offers a grouped operation on the tag's resource itself,
  under `<name>` (the store's list and create exist only as batch operations);
- no two methods of one resource or sub-resource share a name, a group is not named like a method
  of its tag, and names the templates give methods of their own are reserved.

Other extensions:
- `x-sdk-sparse-fieldsets: {parameters, full, partial}`: a listing whose answer is `partial` when
  one of `parameters` (include_fields...) is given;
- `x-sdk-cursors: {parameters, next, full, partial?}`: a listing whose answer is `full` (or
  `partial`, with a sparse fieldset) when a cursor parameter is given; `next` is the one that reads
  forward (given the `end_cursor` of a page).

An operation whose request body is an array is a batch write. Its `x-sdk-method` says which
(create, update or delete, checked against the item schema: update items require `id`, create
items have none, delete takes scalar ids), and its item rules are worked out here (allOf merged),
since the generator keeps none of them. A batch create needs a listing in its group filtering by
`namespace:in` and `key:in`: that is how a create whose answer was lost is looked up.

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
_BULK_KINDS = ("create", "update", "delete")
_LOOKUP_FILTERS = ("namespace:in", "key:in")


class SpecError(Exception):
    """The spec breaks a rule the SDK's generation depends on."""


def facts(spec: dict[str, Any]) -> dict[str, Any]:
    """Every operation's method name, group, query rules, listing typing and batch rules.

    Keyed by "METHOD /path", which the templates can read from the generator's objects.
    """
    operations: dict[str, Any] = {}
    names = _Names()
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for http_method in HTTP_METHODS:
            operation = item.get(http_method)
            if operation is None:
                continue
            where = f"{http_method.upper()} {path} ({operation['operationId']})"
            tag = (operation.get("tags") or ["default"])[0]
            entry = names.take(where, tag, operation)
            parameters = [_resolve(spec, p) for p in [*shared, *operation.get("parameters", [])]]
            entry["query"] = [_query_rule(spec, p) for p in parameters if p["in"] == "query"]
            entry["tag"] = tag
            for extension, reader in (
                ("x-sdk-sparse-fieldsets", _sparse),
                ("x-sdk-cursors", _cursors),
            ):
                if (found := operation.get(extension)) is not None:
                    key = "sparse" if extension.endswith("fieldsets") else "cursor"
                    entry[key] = reader(spec, where, found, entry["query"])
            if "cursor" in entry and ("sparse" in entry) != ("partial" in entry["cursor"]):
                raise SpecError(
                    f"{where}: x-sdk-cursors names a partial model iff sparse fieldsets"
                )
            if "sparse" in entry or "cursor" in entry:
                entry["answer"] = _plain_answer(spec, where, operation, entry)
            if (bulk := _bulk(spec, where, operation, entry["method"])) is not None:
                entry["bulk"] = bulk
            operations[f"{http_method.upper()} {path}"] = entry
    _link_lookups(operations)
    return {"operations": operations}


class _Names:
    """The naming rule: which names each resource and sub-resource of a tag has taken."""

    def __init__(self) -> None:
        self._taken: dict[tuple[str, str], dict[str, str]] = {}

    def take(self, where: str, tag: str, operation: dict[str, Any]) -> dict[str, Any]:
        method = operation.get("x-sdk-method")
        group = operation.get("x-sdk-group", "")
        also = operation.get("x-sdk-also")
        if not isinstance(method, str) or not _IDENTIFIER.fullmatch(method):
            raise SpecError(f"{where}: x-sdk-method must name the SDK method, e.g. list")
        entry: dict[str, Any] = {"method": method, "group": group}
        if group:
            if not isinstance(group, str) or not _IDENTIFIER.fullmatch(group):
                raise SpecError(f"{where}: x-sdk-group must name a sub-resource, e.g. batch")
            self._name(where, tag, "", group, f"group {group!r}")
        self._name(where, tag, group, method, operation["operationId"])
        if also is not None:
            alias = also.get("method") if isinstance(also, dict) else None
            if not group or not isinstance(alias, str) or not _IDENTIFIER.fullmatch(alias):
                raise SpecError(f"{where}: x-sdk-also is {{method: <name>}} on a grouped operation")
            self._name(where, tag, "", alias, operation["operationId"])
            entry["also"] = {
                "method": alias,
                **({"returns": also["returns"]} if "returns" in also else {}),
            }
        return entry

    def _name(self, where: str, tag: str, group: str, name: str, owner: str) -> None:
        if name in _RESERVED_METHODS or name.startswith("paginate"):
            raise SpecError(f"{where}: x-sdk-method {name!r} is reserved for the SDK")
        taken = self._taken.setdefault((tag, group), {})
        if name in taken and not (owner.startswith("group ") and taken[name] == owner):
            resource = f"tag {tag!r}" + (f", group {group!r}" if group else "")
            raise SpecError(
                f"{where}: x-sdk-method {name!r} is already {taken[name]}'s in {resource}"
            )
        taken[name] = owner


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
    _check_models(spec, where, "x-sdk-sparse-fieldsets", sparse.get("full"), sparse.get("partial"))
    return {
        "parameters": _switch_parameters(where, "x-sdk-sparse-fieldsets", sparse, query),
        "full": sparse["full"],
        "partial": sparse["partial"],
    }


def _cursors(
    spec: dict[str, Any], where: str, cursors: dict[str, Any], query: list[dict[str, Any]]
) -> dict[str, Any]:
    models = [cursors.get("full"), *([cursors["partial"]] if "partial" in cursors else [])]
    _check_models(spec, where, "x-sdk-cursors", *models)
    parameters = _switch_parameters(where, "x-sdk-cursors", cursors, query)
    if cursors.get("next") not in cursors["parameters"]:
        raise SpecError(f"{where}: x-sdk-cursors next must be one of its parameters")
    found = {"parameters": parameters, "next": cursors["next"], "full": cursors["full"]}
    if "partial" in cursors:
        found["partial"] = cursors["partial"]
    return found


def _check_models(spec: dict[str, Any], where: str, extension: str, *models: Any) -> None:
    for model in models:
        if model not in spec["components"]["schemas"]:
            raise SpecError(f"{where}: {extension} names no schema {model!r}")


def _switch_parameters(
    where: str, extension: str, found: dict[str, Any], query: list[dict[str, Any]]
) -> list[str]:
    names = {rule["name"]: rule["public"] for rule in query}
    missing = [p for p in found.get("parameters", []) if p not in names]
    if missing or not found.get("parameters"):
        raise SpecError(f"{where}: {extension} parameters {missing} are not query ones")
    return [names[p] for p in found["parameters"]]


def _plain_answer(
    spec: dict[str, Any], where: str, operation: dict[str, Any], entry: dict[str, Any]
) -> str:
    """The listing's answer when no sparse fieldset and no cursor is asked for."""
    if "sparse" in entry:
        return str(entry["sparse"]["full"])
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    named = [ref["$ref"].rpartition("/")[2] for ref in schema.get("anyOf", [schema])]
    plain = [name for name in named if name not in entry["cursor"].values()]
    if len(plain) != 1:
        raise SpecError(f"{where}: the 200 answer must name one model besides the cursor ones")
    return plain[0]


def _bulk(
    spec: dict[str, Any], where: str, operation: dict[str, Any], method: str
) -> dict[str, Any] | None:
    """A batch write's kind and item rules, or None for an operation without an array body."""
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    array = _resolve(spec, body.get("schema", {}))
    if array.get("type") != "array":
        return None
    if method not in _BULK_KINDS:
        raise SpecError(
            f"{where}: an array body makes a batch write: x-sdk-method create/update/delete"
        )
    items = array["items"]
    if method == "delete":
        if "$ref" in items or _merged(spec, items)[0]:
            raise SpecError(f"{where}: a batch delete takes an array of ids")
        return {"kind": method, "rules": [_field_rule(spec, "id", items, required=True)]}
    if "$ref" not in items:
        raise SpecError(f"{where}: batch items must be a named schema (the item model)")
    properties, required = _merged(spec, items)
    if ("id" in required) != (method == "update") or ("id" in properties and method == "create"):
        raise SpecError(f"{where}: batch update items require `id`; batch create items have none")
    rules = [
        _field_rule(spec, name, schema, required=name in required)
        for name, schema in properties.items()
    ]
    return {"kind": method, "item": items["$ref"].rpartition("/")[2], "rules": rules}


def _merged(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """An object schema's properties and required names, `allOf` parts merged in order."""
    schema = _resolve(spec, schema)
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in schema.get("allOf", []):
        more, needed = _merged(spec, part)
        properties.update(more)
        required |= needed
    properties.update(schema.get("properties", {}))
    return properties, required | set(schema.get("required", []))


def _field_rule(
    spec: dict[str, Any], name: str, schema: dict[str, Any], *, required: bool
) -> dict[str, Any]:
    """A batch item field's rule and Python type: a string (choices, lengths, pattern; a named
    enum is its model's Literal type) or an integer (minimum)."""
    named = schema["$ref"].rpartition("/")[2] if "$ref" in schema else None
    schema = _resolve(spec, schema)
    rule: dict[str, Any] = {"name": name, "required": required}
    if schema.get("type") == "integer":
        return {**rule, "kind": "integer", "python": "int", **_copy(schema, minimum="minimum")}
    if schema.get("type", "string") != "string" or "oneOf" in schema or "anyOf" in schema:
        raise SpecError(f"batch item field {name}: a string or an integer")
    rule.update(kind="string", python="str")
    if "enum" in schema:
        rule["choices"] = sorted(schema["enum"])
        if named is not None:
            rule["python"] = named
    found = _copy(schema, min_length="minLength", max_length="maxLength", pattern="pattern")
    return {**rule, **found}


def _copy(schema: dict[str, Any], **keys: str) -> dict[str, Any]:
    return {ours: schema[theirs] for ours, theirs in keys.items() if theirs in schema}


def _link_lookups(operations: dict[str, Any]) -> None:
    """Give each batch create the listing of its group that finds what it wrote."""
    for key, entry in operations.items():
        if entry.get("bulk", {}).get("kind") != "create":
            continue
        found = [
            other
            for other, candidate in operations.items()
            if (candidate["tag"], candidate["group"], candidate["method"])
            == (entry["tag"], entry["group"], "list")
        ]
        listing = operations[found[0]] if found else {"query": []}
        if not found or not set(_LOOKUP_FILTERS) <= {q["name"] for q in listing["query"]}:
            raise SpecError(
                f"{key}: a batch create needs a `list` in its group filtering by "
                f"{' and '.join(_LOOKUP_FILTERS)}, to settle a create whose answer was lost"
            )
        entry["bulk"]["lookup"] = found[0]


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
