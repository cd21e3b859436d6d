"""Helpers of the command line's tests: run the real console script in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bigcommerce_metafields.testing import (
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    FakeServer,
)

SCRIPT = "bigcommerce-metafields"
WRITTEN = ("namespace", "key", "value", "permission_set", "description")


def cli_command() -> list[str]:
    """The installed console script (the venv's first), else `python -m` on the package."""
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    script = shutil.which(SCRIPT, path=search)
    return [script] if script else [sys.executable, "-m", "bigcommerce_metafields.cli"]


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment without any BigCommerce setting, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIGCOMMERCE_")}
    env.update(extra)
    return env


def connection(server: FakeServer, token: str = DEFAULT_TOKEN) -> list[str]:
    return [
        "--base-url",
        server.base_url,
        "--store-hash",
        DEFAULT_STORE_HASH,
        "--access-token",
        token,
    ]


def run(
    *args: str,
    server: FakeServer | None = None,
    cwd: Path | None = None,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the tool with `args` (after the connection options, when `server` is given)."""
    command = [*cli_command(), *(connection(server) if server else []), *args]
    return subprocess.run(  # noqa: S603 - our own console script, arguments from the test
        command,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=dict(env) if env is not None else clean_env(),
        timeout=60,
        check=False,
    )


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def stored(fake: FakeBigCommerce, resource: str) -> dict[Any, set[tuple[Any, ...]]]:
    """Every metafield of one family, per resource, as the written fields only."""
    found: dict[Any, set[tuple[Any, ...]]] = {}
    for mf in fake.metafields(resource):  # type: ignore[arg-type]
        found.setdefault(mf["resource_id"], set()).add(tuple(mf[name] for name in WRITTEN))
    return found


def seed(fake: FakeBigCommerce, resource: str, resource_id: Any, count: int) -> None:
    """`count` metafields on one resource, with values that CSV and JSON must carry intact."""
    for n in range(1, count + 1):
        fake.add_metafield(
            resource,  # type: ignore[arg-type]
            resource_id,
            namespace=f"ns{n % 2}",
            key=f"key{n}",
            value=f'{{"n": {n}, "text": "comma, quote \\" and ünïcødé"}}\nsecond line',
            permission_set=("app_only", "read", "write_and_sf_access")[n % 3],
            description=f"description {n}" if n % 2 else "",
        )


def assert_one_line_errors(stderr: str) -> None:
    """Every diagnostic is one line, and none holds the token."""
    assert DEFAULT_TOKEN not in stderr
    for line in stderr.splitlines():
        assert line.strip(), "no blank lines"
    assert "Traceback" not in stderr
