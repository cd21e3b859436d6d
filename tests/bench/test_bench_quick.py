"""The benchmark's quick mode runs end to end, so it cannot rot: no timing is asserted."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKLOADS = {
    "get_one_sync",
    "get_one_async",
    "list_page_sync",
    "list_page_async",
    "model_build",
    "concurrent_get_async",
    "pagination_async",
    "pagination_sync",
    "quota",
    "memory",
    "workers",
    "many_stores",
    "bulk",
}


@pytest.mark.timeout(180)
def test_quick_benchmark_runs_and_writes_every_workload(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-m", "bench.run", "--quick", "--json", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=170,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "median" in done.stdout  # the table was printed

    results = json.loads(output.read_text())
    assert results["environment"]["quick"] is True
    assert set(results["workloads"]) == WORKLOADS
    for name, workload in results["workloads"].items():
        if workload["skipped"]:
            continue
        assert workload["figures"], name
        for figure in workload["figures"]:
            stats = figure["stats"]
            values = [stats["median"], stats["min"], stats["max"], *stats["samples"]]
            assert all(isinstance(v, int | float) and math.isfinite(v) for v in values), figure
            assert stats["min"] <= stats["median"] <= stats["max"], figure
        for target in workload["targets"]:
            assert isinstance(target["met"], bool), (name, target)
    targeted = {name for name, w in results["workloads"].items() if w["targets"]}
    assert targeted == WORKLOADS
