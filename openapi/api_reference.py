"""Write `api.md`, the API reference: every resource of both clients and every method, from the
package itself (signatures, defaults, return types, docstrings) and the spec (what each argument
means, which statuses an operation answers with).

    python openapi/api_reference.py > api.md      (make generate runs it; make check-generated
                                                   fails when the committed api.md differs)
    python openapi/api_reference.py --readme README.md   (rewrites the README's families table,
                                                   which tests/docs checks)

Nothing here is written by hand per family or operation: resources are found on the client as the
tests find them (attributes whose class `bigcommerce_metafields.resources` exports, sub-resources
included), and a method is matched to its operation by the "(`METHOD /path`)" its generated
docstring names; methods built on other operations (paginate, find, upsert) name none and borrow
the list's or the writes' errors.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bigcommerce_metafields as sdk  # noqa: E402 - the working tree's package, not an installed one
from bigcommerce_metafields import resources  # noqa: E402
from bigcommerce_metafields._errors import error_for_status  # noqa: E402 - the one status mapper

SPEC = ROOT / "openapi" / "bigcommerce-metafields.yaml"
CLIENT = "client"
_OPERATION_IN_DOC = re.compile(r"\(`(GET|POST|PUT|DELETE|PATCH) (/[^`]*)`\)")
_OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query")
"""Per-call options every method takes; described once, at the top."""
_EXAMPLE_VALUES = {
    "namespace": '"warehouse"',
    "key": '"location"',
    "value": '"4HG"',
    "permission_set": '"app_only"',
    "description": '"Where it is kept"',
}
"""Example values of body fields, the ones the README uses."""
_SDK_ARGUMENTS = {
    "page_size": "Items per request (default and maximum: `MAX_PAGE_SIZE`, 250).",
    "concurrency": "Pages in flight at once after the first (default `DEFAULT_CONCURRENCY`).",
    "max_items": "Stop after this many items (None: every item).",
    "owner_client_id": "Whose metafield to take when several apps hold one with this namespace"
    " and key (default: this client's).",
    "mode": '"offset" reads pages by number, several at once; "cursor" follows the cursors, one'
    " page after another, consistent while the listing changes (README: Offset or cursor).",
    "items": "The items to write, any number: sent in chunks of `batch_size`, concurrently;"
    " each is checked before anything is sent.",
    "ids": "The ids of the metafields to delete, any number: sent in chunks of `batch_size`.",
    "batch_size": "Items per request (default: the client's `batch_size`, `DEFAULT_BATCH_SIZE`).",
}
"""Arguments the SDK adds to the spec's (pagination, find): one mechanism each, described once."""
_ALWAYS = (
    ("ValidationError", "an argument breaks a rule of the spec (nothing was sent)"),
    ("APIConnectionError", "no answer after the retries (APITimeoutError: a timeout)"),
    ("RateLimitError", "still 429 after the retries"),
    ("ServerError", "still 5xx after the retries"),
    ("ResponseParseError", "a success whose body does not match the spec"),
    ("ClientClosedError", "the client was closed"),
)
_BATCH_ERROR = (
    "BatchError",
    "items failed (each with its index, the item, the reason and the error a single request"
    " would raise), or a chunk's request did (400, 413, a 5xx or a lost connection after the"
    " retries); raised once every chunk is done, with every success",
)
_BEFORE_SENDING = ("ValidationError", "ClientClosedError")
_ONE_ITEM = (
    "APIStatusError",
    "the service refused the item: the class a single create raises for its status"
    " (ConflictError for a duplicate, PermissionDeniedError, UnprocessableEntityError...)",
)


def _spec() -> dict[str, Any]:
    loaded = yaml.safe_load(SPEC.read_text())
    assert isinstance(loaded, dict)
    return loaded


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _walk(obj: object, prefix: str) -> Iterator[tuple[str, object]]:
    """(dotted path, resource) for every resource under `obj`, sub-resources included, sorted.

    A client's resources are attributes; a resource's sub-resources (`.batch`) are properties.
    """
    names = sorted(vars(obj)) if hasattr(obj, "__dict__") else []
    names += sorted(
        name
        for name, member in inspect.getmembers(type(obj))
        if isinstance(member, property) and not name.startswith("_") and name != "with_raw_response"
    )
    for name in names:
        value = getattr(obj, name)
        if type(value).__name__ in resources.__all__:
            path = f"{prefix}.{name}"
            yield path, value
            yield from _walk(value, path)


def _methods(resource: object) -> list[str]:
    return [
        name
        for name, member in inspect.getmembers(type(resource), inspect.isfunction)
        if not name.startswith("_")
    ]


class Reference:
    def __init__(self) -> None:
        self.spec = _spec()
        self.operations = {
            (method.upper(), path): op
            for path, item in self.spec["paths"].items()
            for method, op in item.items()
            if method in ("get", "post", "put", "delete", "patch")
        }
        self.lines: list[str] = []

    def out(self, *lines: str) -> None:
        self.lines.extend(lines)

    def operation_of(self, resource: object, method: str) -> tuple[str, str] | None:
        doc = inspect.getdoc(getattr(resource, method)) or ""
        match = _OPERATION_IN_DOC.search(doc)
        return (match[1], match[2]) if match else None

    def parameter_notes(self, key: tuple[str, str] | None) -> dict[str, str]:
        """What each argument means, by its Python name: the operation's parameters and body."""
        if key is None:
            return {}
        op = self.operations[key]
        path_item = self.spec["paths"][key[1]]
        notes: dict[str, str] = {}
        for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
            parameter = _resolve(self.spec, raw)
            name = re.sub(r"[^0-9A-Za-z_]", "_", parameter["name"])
            notes[name] = _meaning(parameter, _resolve(self.spec, parameter.get("schema", {})))
        body = op.get("requestBody")
        if body:
            schema = _resolve(self.spec, body["content"]["application/json"]["schema"])
            if schema.get("type") == "array":  # a batch write: its item's fields
                item = _resolve(self.spec, schema["items"])
                schema = {"properties": {}, "description": item.get("description", "")}
                for part in [*item.get("allOf", []), item]:
                    schema["properties"].update(_resolve(self.spec, part).get("properties", {}))
            notes["body"] = " ".join(
                [*schema.get("description", "").split(), "Or pass its fields as keywords."]
            )
            for field, prop in schema.get("properties", {}).items():
                resolved = _resolve(self.spec, prop)
                notes[field] = _meaning(resolved, resolved)
        return notes

    def notes_for(self, key: tuple[str, str] | None) -> dict[str, str]:
        return {**_SDK_ARGUMENTS, **self.parameter_notes(key)}

    def errors(self, keys: list[tuple[str, str]], *, many: bool) -> list[tuple[str, str]]:
        """What a method raises; `many`: it takes a sequence of items (a batch write)."""
        if any(self.is_batch_write(key) for key in keys):
            if not many:  # the one-item form of a batch create (the store's create)
                return [_ONE_ITEM, *_ALWAYS]
            # Every failure of an item or of a chunk's request comes inside one BatchError.
            return [_BATCH_ERROR, *[pair for pair in _ALWAYS if pair[0] in _BEFORE_SENDING]]
        statuses: dict[str, str] = {}
        for key in keys:
            for status in self.operations[key]["responses"]:
                if status.isdigit() and int(status) >= 400 and int(status) not in (429,):
                    error = error_for_status(_response(int(status)))
                    statuses.setdefault(type(error).__name__, status)
        listed = [(name, f"the service answers {status}") for name, status in statuses.items()]
        return listed + [pair for pair in _ALWAYS if pair[0] not in statuses]

    def is_batch_write(self, key: tuple[str, str]) -> bool:
        body = self.operations[key].get("requestBody", {})
        schema = body.get("content", {}).get("application/json", {}).get("schema", {})
        return _resolve(self.spec, schema).get("type") == "array"

    def related(self, resource: object, method: str) -> list[tuple[str, str]]:
        own = self.operation_of(resource, method)
        if own is not None:
            return [own]
        # paginate reads through list; find through list; upsert through list and the writes.
        borrowed = {"paginate": ["list"], "find": ["list"], "upsert": ["list", "create", "update"]}
        keys = [self.operation_of(resource, name) for name in borrowed.get(method, [])]
        return [key for key in keys if key is not None]

    def render(self) -> str:
        self.out(
            "# API reference",
            "",
            "<!-- Generated by openapi/api_reference.py (make generate) from the spec and the"
            " package; do not edit. make check-generated fails when it drifts. -->",
            "",
            "Every resource below is an attribute of both clients, `MetafieldsClient` and"
            " `AsyncMetafieldsClient`, with the same methods and arguments; on the async client"
            " they are coroutines, and `paginate` returns an `AsyncPaginator` (`async for`)."
            ' Types are as `mypy --strict` sees them; `Unset`/`UNSET` means "leave it out".'
            " See the [README](README.md) for the concepts (retries, pagination, find and"
            " upsert, the fake).",
            "",
            "Every method also takes these keyword options, as does `client.with_options(...)`:",
            "",
            "| option | type | meaning |",
            "|---|---|---|",
            "| `timeout` | `float \\| httpx.Timeout \\| None` | this call's timeout"
            " (None: no limit) |",
            "| `max_retries` | `int` | retries for this call (0: none) |",
            "| `extra_headers` | `Mapping[str, str]` | headers added to the request"
            " (not the auth header) |",
            "| `extra_query` | `Mapping[str, str \\| int]` | query parameters added to the"
            " request |",
            "",
            "## Clients",
            "",
        )
        for cls in (sdk.MetafieldsClient, sdk.AsyncMetafieldsClient):
            self.out(
                f"### `{cls.__name__}`",
                "",
                "```python",
                f"{cls.__name__}{_signature(cls.__init__, skip_self=True)}",
                "```",
                "",
                (inspect.getdoc(cls) or "").split("\n\n")[0],
                "",
            )
            for name in _client_methods(cls):
                method = getattr(cls, name)
                self.out(
                    f"#### `{cls.__name__}.{name}`",
                    "",
                    "```python",
                    f"{'async def' if inspect.iscoroutinefunction(method) else 'def'} {name}"
                    f"{_signature(method, skip_self=True, returns=True)}",
                    "```",
                    "",
                    (inspect.getdoc(method) or "").split("\n\n")[0],
                    "",
                )
        self.out("## Resources", "", "| attribute | class | methods |", "|---|---|---|")
        found = list(_walk(sdk.MetafieldsClient("abc123", "token"), CLIENT))
        for path, resource in found:
            methods = ", ".join(f"`{m}`" for m in _methods(resource))
            self.out(f"| `{path}` | `{type(resource).__name__}` | {methods} |")
        self.out("")
        for path, resource in found:
            self.resource(path, resource)
        return "\n".join(self.lines).rstrip() + "\n"

    def resource(self, path: str, resource: object) -> None:
        self.out(f"## `{path}`", "")
        doc = inspect.getdoc(type(resource))
        if doc:
            self.out(doc.split("\n\n")[0], "")
        for method in _methods(resource):
            self.method(path, resource, method)

    def method(self, path: str, resource: object, method: str) -> None:
        function = getattr(resource, method)
        signature = inspect.signature(function)
        keys = self.related(resource, method)
        own = self.operation_of(resource, method)
        notes = self.notes_for(own or (keys[0] if keys else None))
        summary = (inspect.getdoc(function) or "").split("\n\n")[0].replace("\n", " ")
        self.out(f"### `{path}.{method}`", "", summary, "")
        # The overloads are what mypy checks a call against; the implementation's signature
        # merges them (and would show every body field as optional).
        overloads = typing.get_overloads(getattr(type(resource), method))
        shown = [_signature(o, skip_self=True, returns=True) for o in overloads]
        if not shown:
            shown = [_signature(function)]
        elif len(shown) > 1:
            self.out(f"{len(shown)} overloads, one per way of calling it:", "")
        calls = [f"{path}.{method}{text}" for text in shown]
        self.out("```python", "\n\n".join(calls), "```", "")
        arguments = [p for p in signature.parameters.values() if p.name not in _OPTIONS]
        if arguments and overloads:
            self.out("| argument | meaning |", "|---|---|")
            for parameter in arguments:
                self.out(f"| `{parameter.name}` | {_pipe(notes.get(parameter.name, ''))} |")
            self.out("")
        elif arguments:
            self.out("| argument | type | default | meaning |", "|---|---|---|---|")
            for parameter in arguments:
                default = (
                    "required"
                    if parameter.default is inspect.Parameter.empty
                    else f"`{parameter.default!r}`"
                )
                annotation = _pipe(str(parameter.annotation))
                meaning = _pipe(notes.get(parameter.name, ""))
                self.out(f"| `{parameter.name}` | `{annotation}` | {default} | {meaning} |")
            self.out("")
        self.out(f"Returns `{_pipe(str(signature.return_annotation))}`.", "")
        if keys:
            self.out("Raises:", "")
            many = bool({"items", "ids"} & set(signature.parameters))
            for name, when in self.errors(keys, many=many):
                self.out(f"- `{name}`: {when}")
            self.out("")
        # The example uses the keyword form where there is one (the body's fields as keywords).
        keyword_forms = [o for o in overloads if "body" not in inspect.signature(o).parameters]
        example_signature = inspect.signature(keyword_forms[0]) if keyword_forms else signature
        hints = typing.get_type_hints(function)
        self.out("```python", self.example(path, method, example_signature, hints), "```", "")

    def example(
        self, path: str, method: str, signature: inspect.Signature, hints: dict[str, Any]
    ) -> str:
        examples = self.path_examples()
        arguments: list[str] = []
        for parameter in signature.parameters.values():
            if parameter.name in (*_OPTIONS, "body", "self"):
                continue
            if parameter.name in ("items", "ids"):  # a batch write's sequence
                (item,) = typing.get_args(hints.get(parameter.name)) or (None,)
                arguments.append(_item_example(item) if attrs.has(item) else "[8, 9]")
            elif parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
                arguments.append(examples.get(parameter.name, "1"))
            elif parameter.name in _EXAMPLE_VALUES and (
                parameter.default is inspect.Parameter.empty or method == "create"
            ):
                arguments.append(f"{parameter.name}={_EXAMPLE_VALUES[parameter.name]}")
        call = f"{path}.{method}({', '.join(arguments)})"
        if len(call) > 80:
            call = f"{path}.{method}(\n" + "".join(f"    {a},\n" for a in arguments) + ")"
        if method == "paginate":
            return f"for metafield in {call}:\n    print(metafield.key, metafield.value)"
        return f"result = {call}"

    def path_examples(self) -> dict[str, str]:
        parameters = self.spec.get("components", {}).get("parameters", {})
        examples: dict[str, str] = {}
        for parameter in parameters.values():
            if parameter.get("in") == "path" and "example" in parameter:
                name = re.sub(r"[^0-9A-Za-z_]", "_", parameter["name"])
                examples.setdefault(name, repr(parameter["example"]).replace("'", '"'))
        return examples


def _item_example(cls: type[Any]) -> str:
    """One item of a batch write, its required fields (and `value`) set: `[Item(...)]`."""
    hints = typing.get_type_hints(cls)
    fields = []
    for field in attrs.fields(cls):
        if not field.init or (field.default is not attrs.NOTHING and field.name != "value"):
            continue
        if field.name in _EXAMPLE_VALUES:
            value = _EXAMPLE_VALUES[field.name]
        elif field.name == "resource_id":
            value = "111" if hints[field.name] is int else '"b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"'
        else:  # the metafield's id, as the item types it
            value = "8" if hints[field.name] is int else '"8"'
        fields.append(f"{field.name}={value}")
    return f"[{cls.__name__}({', '.join(fields)})]"


def _meaning(described: dict[str, Any], schema: dict[str, Any]) -> str:
    """The spec's description of an argument, and its rules as the SDK checks them."""
    rules: list[str] = []
    if schema.get("type") == "array":
        schema = schema.get("items", {})
        rules.append("a list, sent comma-separated")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None or high is not None:
        rules.append(f"{low or 0} to {high} characters" if high else f"at least {low} characters")
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None or high is not None:
        rules.append(f"{low} to {high}" if high is not None else f"at least {low}")
    if "enum" in schema:
        rules.append("one of " + ", ".join(f"`{value}`" for value in schema["enum"]))
    text = " ".join(described.get("description", "").split())
    return " ".join([text, f"({'; '.join(rules)})" if rules else ""]).strip()


README_BEGIN = "<!-- families: written by make generate (openapi/api_reference.py) -->"
README_END = "<!-- /families -->"


def families_table() -> str:
    """The README's table of families: one row per resource of the client."""
    rows = ["| resource | path | ids | methods |", "|---|---|---|---|"]
    for path, resource in _walk(sdk.MetafieldsClient("abc123", "token"), CLIENT):
        if path.count(".") > 1:
            continue  # sub-resources (batch) show as a method of their family
        get = getattr(resource, "get", None) or getattr(resource, "list", None)
        hints = typing.get_type_hints(get) if get else {}
        ids = [
            f"`{name}: {_type_names(hints[name])}`"
            for name, parameter in (inspect.signature(get).parameters.items() if get else [])
            if parameter.kind is parameter.POSITIONAL_OR_KEYWORD
        ]
        doc = inspect.getdoc(get) or "" if get else ""
        match = _OPERATION_IN_DOC.search(doc)
        where = match[2] if match else ""
        subresources = [n for n, _ in _walk(resource, "") if n.count(".") == 1]
        methods = ", ".join([*_methods(resource), *(n.lstrip(".") for n in subresources)])
        rows.append(f"| `{path}` | `{where}` | {', '.join(ids)} | {methods} |")
    return "\n".join(rows)


def _type_names(hint: Any) -> str:
    return " or ".join(member.__name__ for member in typing.get_args(hint) or (hint,))


def write_readme_table(readme: Path) -> None:
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(README_BEGIN)
    _, _, tail = rest.partition(README_END)
    if not rest or README_END not in rest:
        raise SystemExit(f"{readme} lacks the {README_BEGIN} ... {README_END} block")
    block = f"{README_BEGIN}\n{families_table()}\n{README_END}"
    readme.write_text(head + block + tail, encoding="utf-8")


def _response(status: int) -> Any:
    import httpx

    return httpx.Response(status, request=httpx.Request("GET", "https://example.invalid/"))


def _pipe(text: str) -> str:
    return text.replace("|", "\\|")


def _client_methods(cls: type) -> list[str]:
    """A client's own public methods (`with_options`, `for_store`, `close`, ...), found rather
    than listed so that a new one is documented; the resources are attributes, not methods."""
    return sorted(
        name
        for name, value in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(value)
    )


def _signature(function: Any, *, skip_self: bool = False, returns: bool = False) -> str:
    """The signature as source would write it, one argument per line when long."""
    signature = inspect.signature(function)
    parameters = list(signature.parameters.values())[1 if skip_self else 0 :]
    rendered: list[str] = []
    keyword_only_seen = False
    for parameter in parameters:
        if parameter.kind is parameter.KEYWORD_ONLY and not keyword_only_seen:
            rendered.append("*")
            keyword_only_seen = True
        text = parameter.name
        if parameter.annotation is not inspect.Parameter.empty:
            text += f": {parameter.annotation}"
        if parameter.default is not inspect.Parameter.empty:
            text += f" = {parameter.default!r}"
        rendered.append(text)
    result = signature.return_annotation
    show_result = result is not inspect.Signature.empty and (returns or not skip_self)
    tail = f" -> {result}" if show_result else ""
    one_line = f"({', '.join(rendered)}){tail}"
    if len(one_line) <= 80:
        return one_line
    return "(\n" + "".join(f"    {item},\n" for item in rendered) + f"){tail}"


def formatted(markdown: str) -> str:
    """The reference with its code blocks as `ruff format` writes them (`make lint` checks
    api.md too): a batch write's example item does not fit on one line."""
    ruff = Path(sys.executable).parent / "ruff"  # the pinned one, beside this Python
    done = subprocess.run(  # noqa: S603 - the venv's ruff, on our own text
        [str(ruff), "format", "--stdin-filename", "api.md", "-"],
        input=markdown,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


if __name__ == "__main__":
    if sys.argv[1:2] == ["--readme"]:
        write_readme_table(Path(sys.argv[2]))
    else:
        sys.stdout.write(formatted(Reference().render()))
