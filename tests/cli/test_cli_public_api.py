"""The command line is built on the public API only, as any user's program would be.

If the CLI needs something the public API lacks, the API grows; the CLI does not reach into
private modules (`bigcommerce_metafields._x`, the generated package). Same for the examples and
the benchmark, which users copy from.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "bigcommerce_metafields"
WALKED = [ROOT / PACKAGE / "cli", ROOT / "examples", ROOT / "bench"]


def _private_imports(path: Path, source: str | None = None) -> list[str]:
    """`from .._x import`, `from bigcommerce_metafields._x import`, `import ..._x`, `pkg._x`."""
    text = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(text, filename=str(path))
    inside_package = PACKAGE in path.relative_to(ROOT).parts
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            absolute = module if node.level == 0 else _resolve(path, node.level, module)
            names = [alias.name for alias in node.names]
            if _is_private(absolute) or (
                absolute == PACKAGE
                and any(name.startswith("_") and name != "__version__" for name in names)
            ):
                found.append(
                    f"{path.name}:{node.lineno}: from {'.' * node.level}{module} "
                    f"import {', '.join(names)}"
                )
        elif isinstance(node, ast.Import):
            found += [
                f"{path.name}:{node.lineno}: import {alias.name}"
                for alias in node.names
                if _is_private(alias.name)
            ]
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == PACKAGE
            and node.attr.startswith("_")
            and not inside_package
        ):
            found.append(f"{path.name}:{node.lineno}: {PACKAGE}.{node.attr}")
    return found


def _resolve(path: Path, level: int, module: str) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    base = parts[: len(parts) - level]
    return ".".join([*base, *([module] if module else [])])


def _is_private(module: str) -> bool:
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return False
    # cli's own private modules (cli/_app.py) are its business; the SDK's are not.
    return any(part.startswith("_") for part in parts[1:2])


@pytest.mark.parametrize("folder", WALKED, ids=lambda p: p.name)
def test_imports_public_names_only(folder: Path) -> None:
    files = sorted(folder.rglob("*.py"))
    assert files, f"nothing to check in {folder}"
    found = [line for path in files for line in _private_imports(path)]
    assert not found, "private imports:\n" + "\n".join(found)


def test_the_check_sees_a_private_import() -> None:
    where = ROOT / PACKAGE / "cli" / "_app.py"
    source = (
        "from .._validation import prepare_call\n"
        "from .. import _config\n"
        "from bigcommerce_metafields._generated.api import TAGS\n"
        "from .. import MetafieldsClient\n"
        "from ._io import read\n"
    )
    assert len(_private_imports(where, source)) == 3
