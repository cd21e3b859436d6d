"""What our templates and `openapi/generate.sh` take from openapi-python-client's internals.

The generator documents its template API as unstable, so this is the one list of what we rely on;
`tests/generated/test_generator_boundary.py` checks every entry against the installed generator
(on the objects it builds from our own spec) and checks that the templates use nothing that is
not listed here. A generator upgrade that moves any of it fails that test by name, instead of
rendering something subtly different.
"""

from __future__ import annotations

GENERATOR = "openapi-python-client==0.29.1"
"""The pin in pyproject.toml this list was checked against."""

OVERRIDDEN_TEMPLATES = ("api_init.py.jinja", "endpoint_init.py.jinja", "types.py.jinja")
"""Upstream template names our files replace (a rename upstream would silently skip ours)."""

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
