"""What our templates and `openapi/generate.sh` take from openapi-python-client's internals.

The generator documents its template API as unstable, so this is the one list of what we rely on;
`tests/generated/test_generator_boundary.py` checks every entry against the installed generator
(on the objects it builds from our own spec, and on its own templates) and checks that our
templates use nothing that is not listed here. A generator upgrade that moves any of it fails that
test by name, instead of rendering something subtly different.

Four of upstream's templates are replaced, and none is copied: `api_init.py.jinja` and
`endpoint_init.py.jinja` render our resource classes, `types.py.jinja` and `client.py.jinja` render
small files of our own (what the shipped generated code needs of them, and why, is written in
each). Upstream's templates have no `{% block %}`s, so overriding a part of one by `{% extends %}`
is not possible: a template either is upstream's, untouched, or ours.
"""

from __future__ import annotations

GENERATOR = "openapi-python-client==0.29.1"
"""The pin in pyproject.toml this list was checked against."""

OVERRIDDEN_TEMPLATES = (
    "api_init.py.jinja",
    "endpoint_init.py.jinja",
    "types.py.jinja",
    "client.py.jinja",
)
"""Upstream template names our files replace (a rename upstream would silently skip ours)."""

ENDPOINT_FUNCTIONS_KEPT = ("_get_kwargs",)
"""The functions of a generated endpoint module the SDK calls (through each `Operation`)."""

ENDPOINT_FUNCTIONS_DROPPED = (
    "_parse_response",
    "_build_response",
    "sync_detailed",
    "sync",
    "asyncio_detailed",
    "asyncio",
)
"""The ones `openapi/prune_generated.py` removes. The last five send through the generated client,
which nothing does (the SDK's invoker sends every request); `_parse_response` reads an answer
with the models' `from_dict`, where the SDK uses its generated decoders (`openapi/decoders.py`).
Any other function stops the pruning."""

ENDPOINT_IMPORTS = {
    "types": ("UNSET", "Unset"),
    "client": ("AuthenticatedClient", "Client"),
    "errors": (),
}
"""What the generated code imports from upstream's shared modules, by module: our
`types.py.jinja` and `client.py.jinja` define exactly these. Only the generated package's
`__init__.py` (upstream's template) imports the clients now, and nothing imports `errors`
(upstream's, still written by the generator)."""

CLIENT_ATTRIBUTES: tuple[str, ...] = ()
"""What the kept endpoint functions read from a `client` argument: none takes one."""

TEMPLATE_GLOBALS = ("openapi", "endpoint_collections_by_tag", "class_name", "python_identifier")
TEMPLATE_FILTERS = ("as_unembedded_code", "in_double_quote_literal", "safe_for_docstring")

ATTRIBUTES: dict[str, tuple[str, ...]] = {
    # an `Endpoint` (endpoint_collection.endpoints[i])
    "endpoint": (
        "name",
        "method",
        "path",
        "summary",
        "path_parameters",
        "query_parameters",
        "bodies",
        "responses",
        "relative_imports",
    ),
    # a query or path parameter's `Property`
    "parameter": (
        "name",
        "python_name",
        "default",
        "get_type_string",
        "get_base_type_string",
        "to_string",
        "inner_property",  # ListProperty only
    ),
    # a body's or a model's field `Property`
    "prop": (
        "name",
        "python_name",
        "get_type_string",
        "get_imports",
        "inner_property",  # ListProperty only
        "values",  # LiteralEnumProperty only
    ),
    # a `Body`: `.prop` is a ModelProperty whose `.data` is the raw oai.Schema
    "body": ("prop.data.properties", "prop.required_properties", "prop.optional_properties"),
    # a `Response` pattern
    "response": ("status_code.range", "prop.get_type_string", "prop.required_properties"),
    # a `ModelProperty` from `openapi.models`
    "model": ("class_info.name", "required_properties"),
}
"""Attribute paths our templates read, by the template variable they are read from."""


DECODER_ENTRY_POINTS = (
    "openapi_python_client.config.Config.from_sources",
    "openapi_python_client.config.ConfigFile.load_from_path",
    "openapi_python_client.config.MetaType.NONE",
    "openapi_python_client.parser.openapi.GeneratorData.from_dict",
)
"""How `openapi/decoders.py` gets the generator's parse of the spec (as its CLI does)."""

DECODER_PROPERTY_KINDS = (
    "StringProperty",
    "IntProperty",
    "FloatProperty",
    "BooleanProperty",
    "NoneProperty",
    "DateTimeProperty",
    "LiteralEnumProperty",
    "UnionProperty",
    "ListProperty",
    "ModelProperty",
    "AnyProperty",
)
"""The `Property` classes `openapi/decoders.py` writes decoders for, by name; it stops
`make generate` on any other, naming the model and field."""

DECODER_READS: dict[str, tuple[str, ...]] = {
    "model": (
        "class_info.name",
        "class_info.module_name",
        "required_properties",
        "optional_properties",
        "additional_properties",
    ),
    "prop": ("name.get_untrusted_value", "python_name", "required"),
}
"""What `openapi/decoders.py` reads from a `ModelProperty` of `GeneratorData.models` (`model`)
and from a field's `Property` (`prop`; also `item` and `member`, a list's item and a union's
member), beside the attributes only one kind has, which follow."""

DECODER_KIND_READS: dict[str, tuple[str, ...]] = {
    "UnionProperty": ("inner_properties",),
    "ListProperty": ("inner_property",),
    "LiteralEnumProperty": ("values",),
    "ModelProperty": ("class_info.name", "class_info.module_name"),
}
