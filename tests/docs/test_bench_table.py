"""The README's Performance table is the committed results file's, from one run."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from bench import readme_table

ROOT = Path(__file__).resolve().parents[2]


def _results() -> dict[str, Any]:
    found: dict[str, Any] = json.loads(readme_table.RESULTS.read_text(encoding="utf-8"))
    return found


def test_the_readme_table_is_the_committed_results_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_table.block_of(readme) == readme_table.render(_results()), (
        "README.md's performance table is not bench/results.json's: run "
        "`python -m bench.readme_table --write README.md` (make bench does)"
    )


def test_the_committed_results_come_from_a_full_run_of_the_committed_benchmark() -> None:
    results = _results()
    env = results["environment"]
    assert env["quick"] is False
    assert env["sdk_source"]["commit"]
    from bench import run

    # Every workload the benchmark has today is in the file: none left out, none from before.
    assert list(results["workloads"]) == list(run.WORKLOADS)


def test_a_file_pieced_together_from_two_runs_is_refused() -> None:
    results = copy.deepcopy(_results())
    first = next(iter(results["workloads"].values()))
    first["run"] = "2020-01-01T00:00:00+00:00"
    with pytest.raises(readme_table.ResultsError, match="more than one run"):
        readme_table.render(results)


def test_a_quick_run_is_refused() -> None:
    results = copy.deepcopy(_results())
    results["environment"]["quick"] = True
    with pytest.raises(readme_table.ResultsError, match="quick"):
        readme_table.render(results)


def test_writing_the_table_replaces_only_the_block() -> None:
    text = f"before\n{readme_table.BEGIN}\nold\n{readme_table.END}\nafter\n"
    written = readme_table.replace_block(text, "NEW")
    assert written == "before\nNEW\nafter\n"
