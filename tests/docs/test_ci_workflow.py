"""The GitHub Actions workflow is kept for people who host the repository; nothing runs it here,
so this test is what keeps it honest: it parses, it runs the README's test command (through
`.ci/run`) on exactly the Pythons pyproject.toml declares, and its bench job names a real target.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def _workflow() -> dict[str, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text())
    assert isinstance(loaded, dict), f"{WORKFLOW} is not a YAML mapping"
    return loaded


def _readme_test_command() -> str:
    readme = (ROOT / "README.md").read_text()
    section = re.search(r"^## The two commands\n+```console\n(.*?)```", readme, re.M | re.S)
    assert section is not None, "README has no 'The two commands' block"
    commands = [line.split("#")[0].strip() for line in section[1].splitlines()]
    (test,) = [command for command in commands if "test" in command]
    return test


def _declared_pythons() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    prefix = "Programming Language :: Python :: "
    versions = [c.removeprefix(prefix) for c in project["classifiers"] if c.startswith(prefix)]
    return sorted(v for v in versions if v.count(".") == 1)


def _steps(job: dict[str, Any]) -> list[str]:
    return [str(step.get("run", "")) for step in job["steps"]]


def test_the_workflow_runs_the_readme_test_command_on_every_declared_python() -> None:
    workflow = _workflow()
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1).
    triggers = workflow.get("on", workflow.get(True))
    assert {"push", "pull_request"} <= set(triggers)
    test_job = workflow["jobs"]["test"]
    assert sorted(test_job["strategy"]["matrix"]["python-version"]) == _declared_pythons()
    assert ".ci/run" in _steps(test_job)
    ci_run = (ROOT / ".ci" / "run").read_text()
    assert re.search(rf"^exec {re.escape(_readme_test_command())}$", ci_run, re.M), ci_run


def test_the_declared_pythons_are_the_supported_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lowest = _declared_pythons()[0]
    assert project["requires-python"] == f">={lowest}"
    assert _declared_pythons() == ["3.11", "3.12", "3.13"]


def test_the_bench_job_runs_a_target_the_makefile_has() -> None:
    (command,) = _steps(_workflow()["jobs"]["bench"])[-1:]
    target = command.removeprefix("make ").strip()
    assert re.search(rf"^{re.escape(target)}:", (ROOT / "Makefile").read_text(), re.M), command
