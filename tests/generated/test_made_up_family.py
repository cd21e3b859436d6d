"""A made-up family gets the SDK and its family-generic tests from a spec fragment, `make generate`
and one entry in the fake's table: nothing else is edited.

The project (package, spec, templates, tests) is copied into a temporary folder. The copy's spec
gets a "widget" family: the location family's two paths, path parameter, tag and schemas, renamed
(`/widgets/{widget_id}/metafields[/{metafield_id}]`, tag `Widget Metafields`, `WidgetMetafield`...,
with their `x-sdk-method` names). The copy's own `openapi/generate.sh` regenerates its package, one
`Family(...)` is appended to the copy's `testing/_families.py` (`FAKE_ENTRY`, the only hand-written
line), and then, in subprocesses that import the copy:

- the family-generic test files (`FAMILY_GENERIC_TESTS`) run with `-k widget`: each must pass
  widget tests, and none may fail (a skip is allowed: a check against BigCommerce's reference
  skips a family it does not document);
- `mypy --strict` checks a call of `client.widget_metafields.create(...)`, and that a wrong id type
  is refused (so the check cannot pass on an `Any`).

The default run (`make test`) takes the files whose widget tests are quick; `make families-proof`
sets BIGCOMMERCE_FAMILIES_PROOF=full and adds the slow ones (`FULL_ONLY`: the contract test and
the arbitrary-input property test).
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

FAMILY_GENERIC_TESTS = (
    "tests/client/test_client_families.py",
    "tests/client/test_client_surface.py",
    "tests/fake/test_fake_families.py",
    "tests/cli/test_cli_families.py",
    "tests/reliability/test_rel_recovery.py",
    "tests/fake/test_contract.py",
    "tests/client/test_client_arbitrary_input.py",
)
"""Test files parametrized over the families the package (or the fake's table) defines: each must
test the widget with no edit. Add a file when its suite becomes family-generic."""

FULL_ONLY = frozenset(
    {"tests/fake/test_contract.py", "tests/client/test_client_arbitrary_input.py"}
)
"""Run only under BIGCOMMERCE_FAMILIES_PROOF=full (`make families-proof`): their widget tests take
~8 and ~12 s of CPU on top of the ~21 s of the rest (copy and generation, three files, mypy), and
`make test` has a time budget."""

FULL = os.environ.get("BIGCOMMERCE_FAMILIES_PROOF") == "full"

FAKE_ENTRY = """\
    Family(
        name="widget",
        path="/widgets/{widget_id}",
        ids=(IdSegment("widget_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED,
        batch_path="/widgets/metafields",
    ),
"""
"""The widget's entry in the fake's table, as a maintainer would write it (the spec's widget has
the location family's behaviour: partial PUT, the extended list filters, `owner_client_id`)."""

MYPY_CHECK = """\
from typing import assert_type

from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient
from bigcommerce_metafields.models import WidgetMetafield, WidgetMetafieldResponse


def sync_use(client: MetafieldsClient) -> WidgetMetafield:
    created = client.widget_metafields.create(
        1, namespace="warehouse", key="bin", value="H-12", permission_set="app_only"
    )
    assert_type(created, WidgetMetafieldResponse)
    client.widget_metafields.create(  # type: ignore[call-overload]
        "1", namespace="warehouse", key="bin", value="H-12", permission_set="app_only"
    )
    return created.data


async def async_use(client: AsyncMetafieldsClient) -> WidgetMetafield:
    created = await client.widget_metafields.create(
        1, namespace="warehouse", key="bin", value="H-12", permission_set="app_only"
    )
    return created.data
"""


def _files() -> list[str]:
    return [f for f in FAMILY_GENERIC_TESTS if FULL or f not in FULL_ONLY]


def _add_widget_to_spec(spec: Path) -> None:
    """The location family's paths, path parameter, tag and schemas, copied as "widget"."""
    document = yaml.safe_load(spec.read_text())

    def renamed(value: object) -> object:
        text = json.dumps(value).replace("/inventory/locations/", "/widgets/")
        return json.loads(text.replace("Location", "Widget").replace("location", "widget"))

    base = "/inventory/locations/{location_id}/metafields"
    for path in (base, base + "/{metafield_id}"):
        new_path = renamed(path)
        assert isinstance(new_path, str)
        document["paths"][new_path] = renamed(document["paths"][path])
    (tag,) = [t for t in document["tags"] if t["name"] == "Location Metafields"]
    document["tags"].append(renamed(tag))
    components = document["components"]
    components["parameters"]["WidgetId"] = renamed(components["parameters"]["LocationId"])
    for name in [n for n in components["schemas"] if "LocationMetafield" in n]:
        components["schemas"][name.replace("Location", "Widget")] = renamed(
            components["schemas"][name]
        )
    spec.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))


def _add_widget_to_fake(families: Path) -> None:
    """`FAKE_ENTRY` appended to the `FAMILIES` tuple, found with `ast`, not by its text."""
    source = families.read_text()
    (table,) = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "FAMILIES"
    ]
    assert isinstance(table.value, ast.Tuple)
    last = table.value.elts[-1].end_lineno
    assert last is not None
    lines = source.splitlines(keepends=True)
    families.write_text("".join([*lines[:last], FAKE_ENTRY, *lines[last:]]))


def _environment(project: Path) -> dict[str, str]:
    """The copy first on the import path; no variable of the outer pytest (xdist's included)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    environment.update(
        PYTHONPATH=str(project),
        PATH=f"{BIN}{os.pathsep}{environment.get('PATH', '')}",
        # The widget is a family beyond cart and product: the property test samples those.
        BIGCOMMERCE_PROPERTY_SAMPLE="1",
    )
    return environment


def _run(project: Path, *command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the venv's tools, arguments written here
        [str(part) for part in command],
        cwd=project,
        env=_environment(project),
        capture_output=True,
        text=True,
        check=False,
    )


def _copy_with_widget(project: Path) -> None:
    """The project copied into `project`, the widget added to its spec, package and fake."""
    ignore = shutil.ignore_patterns("__pycache__", "_generated")
    for folder in ("bigcommerce_metafields", "openapi", "tests"):
        shutil.copytree(ROOT / folder, project / folder, ignore=ignore)
    for file in ("pyproject.toml", "generator-config.yaml"):
        shutil.copy2(ROOT / file, project / file)
    _add_widget_to_spec(project / "openapi" / "bigcommerce-metafields.yaml")
    generated = _run(project, "bash", "openapi/generate.sh", "bigcommerce_metafields/_generated")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    _add_widget_to_fake(project / "bigcommerce_metafields" / "testing" / "_families.py")


def _check_the_copy_is_imported(project: Path) -> None:
    probe = _run(
        project,
        BIN / "python",
        "-c",
        "import bigcommerce_metafields as sdk\n"
        "from bigcommerce_metafields.testing import FAMILIES\n"
        "with sdk.MetafieldsClient('abc123', 'token') as client:\n"
        "    print(sdk.__file__, type(client.widget_metafields).__name__, FAMILIES[-1].name)",
    )
    assert probe.returncode == 0, probe.stderr
    where, resource, family = probe.stdout.split()
    assert Path(where).is_relative_to(project), f"the tests would run {where}, not the copy"
    assert (resource, family) == ("WidgetMetafields", "widget")


def _check_the_family_generic_tests(project: Path) -> None:
    report = project / "widget.xml"
    files = _files()
    run = _run(
        project, BIN / "python", "-m", "pytest", "-q", "-k", "widget", f"--junitxml={report}",
        *files,
    )  # fmt: skip
    assert report.exists(), run.stdout[-3000:] + run.stderr[-3000:]
    modules = {file.removesuffix(".py").replace("/", "."): file for file in files}
    passed: Counter[str] = Counter()
    failed, skipped = [], []
    for case in ET.parse(report).iter("testcase"):  # noqa: S314 - written by our pytest run
        classname = case.get("classname", "")
        name = f"{classname}::{case.get('name')}"
        outcome = {child.tag for child in case}
        if outcome & {"failure", "error"}:
            failed.append(name)
        elif "skipped" in outcome:
            # By design only: a check of the table against BigCommerce's reference, which
            # knows nothing of a made-up family. A file must still pass widget tests.
            skipped.append(name)
        else:
            # "tests.fake.test_contract", or with a class "tests.fake.test_x.TestY".
            (file,) = [f for m, f in modules.items() if f"{classname}.".startswith(f"{m}.")]
            passed[file] += 1
    print(f"widget tests passed per file: {dict(passed)}; skipped: {skipped}")
    assert not failed, "\n".join(failed) + "\n" + run.stdout[-3000:]
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert {file: passed[file] > 0 for file in files} == dict.fromkeys(files, True), (
        f"collected no widget test: {[file for file in files if not passed[file]]}"
    )


def _check_a_widget_call_type_checks(project: Path) -> None:
    (project / "widget_usage.py").write_text(MYPY_CHECK)
    checked = _run(
        project, BIN / "python", "-m", "mypy", "--strict", "--warn-unused-ignores",
        "--cache-dir", project / ".mypy_cache", "widget_usage.py",
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_made_up_family_needs_its_spec_fragment_and_fake_entry_only(tmp_path: Path) -> None:
    # One test, not one per check: under xdist each would build its own copy (~10 s).
    print(f"family-generic files: {_files()} (BIGCOMMERCE_FAMILIES_PROOF=full: all)")
    _copy_with_widget(tmp_path)
    _check_the_copy_is_imported(tmp_path)
    _check_the_family_generic_tests(tmp_path)
    _check_a_widget_call_type_checks(tmp_path)
