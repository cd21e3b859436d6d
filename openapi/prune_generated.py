"""Drop the generated functions the SDK does not ship from a freshly generated package.

openapi-python-client writes, in every endpoint module, `_get_kwargs` (the request), which the
SDK's resources call through their `Operation`s; `_parse_response` (the answer, through the
models' `from_dict`: the SDK reads answers with its generated decoders instead); and
`_build_response`, `sync_detailed`, `sync`, `asyncio_detailed` and `asyncio`, which send the
request through the generated client: nothing calls those (the invoker sends every request).
All but `_get_kwargs` are removed here, whole, as top-level definitions (`ast`, no text
matching). `generate.sh` then runs ruff, which removes the imports only they used. Any top-level
function not in `openapi/generator_boundary.py` stops the run: a generator upgrade that adds or
renames one must be looked at, not shipped or dropped silently.

Usage: python openapi/prune_generated.py <generated package directory>
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from generator_boundary import ENDPOINT_FUNCTIONS_DROPPED, ENDPOINT_FUNCTIONS_KEPT


def prune(module: Path) -> None:
    source = module.read_text(encoding="utf-8")
    functions = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    names = [node.name for node in functions]
    unknown = sorted(set(names) - {*ENDPOINT_FUNCTIONS_KEPT, *ENDPOINT_FUNCTIONS_DROPPED})
    missing = sorted(set(ENDPOINT_FUNCTIONS_KEPT) - set(names))
    if unknown or missing:
        sys.exit(
            f"prune_generated: {module} defines {unknown or 'nothing'} that "
            f"openapi/generator_boundary.py does not list, and lacks {missing or 'nothing'} that "
            "the SDK calls. The generator changed: update the boundary (and the SDK) first."
        )
    lines = source.splitlines(keepends=True)
    # Bottom up, so the line numbers of the definitions still to remove stay right.
    for node in reversed(functions):
        if node.name in ENDPOINT_FUNCTIONS_DROPPED:
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            assert node.end_lineno is not None
            del lines[first - 1 : node.end_lineno]
    module.write_text("".join(lines), encoding="utf-8")


def main(package: Path) -> None:
    modules = [m for m in sorted((package / "api").glob("*/*.py")) if m.name != "__init__.py"]
    if not modules:
        sys.exit(f"prune_generated: no endpoint modules under {package / 'api'}")
    for module in modules:
        prune(module)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
