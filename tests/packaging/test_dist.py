"""Packaging: what `make dist` builds is complete, importable, and passes `twine check --strict`;
the README says how to install from a clone, since the package is not on the index.

`make dist` runs this file as a script on what it built (`python tests/packaging/test_dist.py
dist`); pytest builds afresh into a temporary folder and checks the same things.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "bigcommerce_metafields"

WHEEL_MUST_HAVE = [
    f"{PACKAGE}/__init__.py",
    f"{PACKAGE}/py.typed",  # mypy reads the package's types only with this marker
    f"{PACKAGE}/_generated/__init__.py",
    f"{PACKAGE}/_generated/models/__init__.py",
    f"{PACKAGE}/_generated/api/__init__.py",
    f"{PACKAGE}/testing/__init__.py",
    f"{PACKAGE}/testing/pytest_plugin.py",
    f"{PACKAGE}/testing/__main__.py",
    f"{PACKAGE}/cli/__init__.py",
]
SDIST_MUST_HAVE = [
    "pyproject.toml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    f"{PACKAGE}/py.typed",
    "openapi/",
]
ENTRY_POINTS = [
    "bigcommerce-metafields = bigcommerce_metafields.cli:main",
    "bigcommerce_metafields = bigcommerce_metafields.testing.pytest_plugin",
]


def build(outdir: Path) -> None:
    """`python -m build` as `make dist` runs it: the sdist, then the wheel built from it."""
    _run("-m", "build", "--no-isolation", "--outdir", str(outdir), str(ROOT))


def _run(*args: str, cwd: Path | None = None, pythonpath: Path | None = None) -> str:
    env = None if pythonpath is None else {**os.environ, "PYTHONPATH": str(pythonpath)}
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"python {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def check_dist(outdir: Path, scratch: Path) -> list[str]:
    """What is wrong with the sdist and wheel in `outdir` ([] when nothing): contents, entry
    points, the `testing` extra, and whether the wheel alone imports (unpacked into `scratch`)."""
    problems: list[str] = []
    wheels, sdists = sorted(outdir.glob("*.whl")), sorted(outdir.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        return [f"expected one wheel and one sdist in {outdir}, found {wheels + sdists}"]
    with zipfile.ZipFile(wheels[0]) as wheel:
        names = wheel.namelist()
        metadata = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
        entry_points = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), "")
        meta_text = wheel.read(metadata).decode() if metadata else ""
        entry_text = wheel.read(entry_points).decode() if entry_points else ""
        wheel.extractall(scratch)  # noqa: S202 - the wheel just built here
    problems += [f"wheel lacks {name}" for name in WHEEL_MUST_HAVE if name not in names]
    problems += [f"wheel has {n}" for n in names if n.startswith(("tests/", "examples/", "bench/"))]
    problems += [f"wheel has {n}" for n in names if "__pycache__" in n or n.endswith(".pyc")]
    problems += [f"wheel's entry points lack {ep!r}" for ep in ENTRY_POINTS if ep not in entry_text]
    if "Provides-Extra: testing" not in meta_text or not re.search(
        r"Requires-Dist: uvicorn\S* *;.*extra == .testing.", meta_text
    ):
        problems.append("wheel's metadata lacks the testing extra bringing uvicorn")
    # The version is written once, in _version.py; the metadata must be read from it.
    version = re.search(r"^Version: (\S+)$", meta_text, flags=re.MULTILINE)
    if version is None or version[1] != _source_version():
        problems.append(f"wheel's version {version and version[1]!r} is not {_source_version()!r}")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        problems.append("wheel lacks the LICENSE file")
    if "License-Expression: MIT" not in meta_text:
        problems.append("wheel's metadata does not say License-Expression: MIT")
    with tarfile.open(sdists[0]) as sdist:
        members = [name.partition("/")[2] for name in sdist.getnames()]
    for wanted in SDIST_MUST_HAVE:
        if not any(m == wanted or (wanted.endswith("/") and m.startswith(wanted)) for m in members):
            problems.append(f"sdist lacks {wanted}")
    # The unpacked wheel, first on the path, imports on its own (not the working tree's copy).
    code = (
        f"import {PACKAGE}, {PACKAGE}.testing, {PACKAGE}.cli, {PACKAGE}.models\n"
        f"assert {PACKAGE}.__file__.startswith({str(scratch)!r}), {PACKAGE}.__file__\n"
        f"from {PACKAGE} import MetafieldsClient\n"
        f"from {PACKAGE}.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce\n"
        "fake = FakeBigCommerce()\n"
        "client = MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=fake.transport())\n"
        "assert client.product_metafields.list(1).data == []\n"
    )
    try:
        _run("-c", code, cwd=scratch, pythonpath=scratch)
    except AssertionError as exc:
        problems.append(f"the wheel does not work on its own: {exc}")
    return problems


def _source_version() -> str:
    text = (ROOT / PACKAGE / "_version.py").read_text()
    match = re.search(r'^__version__ = "([^"]+)"$', text, flags=re.MULTILINE)
    assert match is not None, "_version.py does not set __version__"
    return match[1]


def _quick_start() -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(r"^## Quick start\n(.*?)^## ", readme, flags=re.MULTILINE | re.DOTALL)
    assert match is not None, "README has no Quick start section"
    return match[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("dist")
    build(outdir)
    return outdir


def test_the_sdist_and_wheel_are_complete_and_pass_twine(built: Path, tmp_path: Path) -> None:
    twine = _run("-m", "twine", "check", "--strict", *map(str, sorted(built.iterdir())))
    assert twine.count("PASSED") == 2, twine
    assert check_dist(built, tmp_path) == []


def test_the_check_finds_a_wheel_missing_files_or_shipping_tests(
    built: Path, tmp_path: Path
) -> None:
    doctored = tmp_path / "dist"
    doctored.mkdir()
    (sdist,) = built.glob("*.tar.gz")
    (doctored / sdist.name).write_bytes(sdist.read_bytes())
    (wheel,) = built.glob("*.whl")
    with zipfile.ZipFile(wheel) as good, zipfile.ZipFile(doctored / wheel.name, "w") as bad:
        for item in good.infolist():
            if not item.filename.startswith(f"{PACKAGE}/testing/"):
                bad.writestr(item, good.read(item))
        bad.writestr("tests/conftest.py", "")

    problems = check_dist(doctored, tmp_path / "unpacked")

    assert f"wheel lacks {PACKAGE}/testing/__init__.py" in problems
    assert "wheel has tests/conftest.py" in problems
    assert any(p.startswith("the wheel does not work on its own") for p in problems), problems


def test_readme_installs_from_a_clone_or_repository_not_from_the_index() -> None:
    """The package is not on PyPI: `pip install bigcommerce-metafields` alone fails."""
    quick_start = _quick_start()
    commands = re.findall(r"^\s*(pip install .*?)\s*(?:#.*)?$", quick_start, flags=re.MULTILINE)
    assert commands, quick_start
    assert "pip install bigcommerce-metafields" not in commands
    assert "pip install ." in commands or "pip install -e ." in commands
    assert any(c.startswith('pip install "git+https://') for c in commands), commands
    assert any("[testing]" in c for c in commands), commands


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch_dir:
        found = check_dist(Path(sys.argv[1]), Path(scratch_dir))
    for problem in found:
        print(f"make dist: {problem}", file=sys.stderr)
    if not found:
        print(f"make dist: {sys.argv[1]}: sdist and wheel complete, wheel imports on its own")
    sys.exit(1 if found else 0)
