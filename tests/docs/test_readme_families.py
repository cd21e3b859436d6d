"""The README's table of families is the clients' resources, checked here.

The table is written from the public client alone (its resources, their methods and path ids),
so a family added to the spec fails this test until the README shows it; the failure prints the
table to paste.
"""

from __future__ import annotations

import inspect
import typing
from pathlib import Path
from typing import Any

from bigcommerce_metafields import MetafieldsClient, resources

README = Path(__file__).resolve().parents[2] / "README.md"
METHODS = ("list", "paginate", "create", "get", "update", "delete", "find", "upsert")
BEGIN = "<!-- families: checked by tests/docs/test_readme_families.py -->"
END = "<!-- /families -->"


def _type_name(hint: Any) -> str:
    members = typing.get_args(hint) or (hint,)
    return " or ".join(member.__name__ for member in members)


def families_table() -> str:
    rows = [
        "| resource | path | ids | methods |",
        "|---|---|---|---|",
    ]
    with MetafieldsClient("abc123", "token") as client:
        for tag, resource in sorted(vars(client).items()):
            if type(resource).__name__ not in resources.__all__:
                continue
            hints = typing.get_type_hints(resource.get)
            ids = [
                f"`{name}: {_type_name(hints[name])}`"
                for name, parameter in inspect.signature(resource.get).parameters.items()
                if parameter.kind is parameter.POSITIONAL_OR_KEYWORD
            ]
            path = (resource.get.__doc__ or "").split("`")[1].removeprefix("GET ")
            methods = ", ".join(m for m in METHODS if callable(getattr(resource, m, None)))
            rows.append(f"| `client.{tag}` | `{path}` | {', '.join(ids)} | {methods} |")
    return "\n".join(rows)


def test_the_readme_table_of_families_is_the_clients() -> None:
    text = README.read_text(encoding="utf-8")
    assert BEGIN in text, f"README lacks the {BEGIN} ... {END} block"
    assert END in text, f"README lacks the {BEGIN} ... {END} block"
    shown = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    expected = families_table()
    assert shown == expected, f"README's families table is stale; paste:\n{expected}"


def test_the_table_names_every_family() -> None:
    table = families_table()
    for name in ("product", "variant", "cart", "store"):
        assert f"client.{name}_metafields" in table
