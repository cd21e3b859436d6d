"""The README's table of families is the clients' resources: `make generate` writes it
(openapi/api_reference.py), and this checks the committed README against it, so a family added
to the spec needs no hand edit of the README, only `make generate`.
"""

from __future__ import annotations

from pathlib import Path

from openapi.api_reference import README_BEGIN, README_END, families_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_table_of_families_is_the_clients() -> None:
    text = README.read_text(encoding="utf-8")
    assert README_BEGIN in text, f"README lacks the {README_BEGIN} ... {README_END} block"
    assert README_END in text, f"README lacks the {README_BEGIN} ... {README_END} block"
    shown = text.split(README_BEGIN, 1)[1].split(README_END, 1)[0].strip()
    assert shown == families_table(), "README's families table is stale: run make generate"


def test_the_table_names_every_family() -> None:
    table = families_table()
    for name in ("product", "variant", "cart", "store"):
        assert f"client.{name}_metafields" in table
