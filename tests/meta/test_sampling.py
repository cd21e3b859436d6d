"""`--sample SHARE --sample-seed SEED` (tests/conftest.py), which make test uses on the other
Pythons: the same seed keeps the same tests, another seed others, and about SHARE of them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _collected(*options: str) -> tuple[list[str], str]:
    env = {k: v for k, v in os.environ.items() if k != "BIGCOMMERCE_SAMPLE_SEED"}
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "pytest", "tests/docs", "--collect-only", "-q", *options],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    return [line for line in lines if "::" in line], lines[-1]


def test_a_seed_keeps_the_same_share_of_tests() -> None:
    first, summary = _collected("--sample", "0.5", "--sample-seed", "11")
    assert first == _collected("--sample", "0.5", "--sample-seed", "11")[0]
    assert first != _collected("--sample", "0.5", "--sample-seed", "12")[0]
    # "42/85 tests collected (43 deselected) in 0.5s"
    kept, total = map(int, summary.split()[0].split("/"))
    assert kept == len(first)
    assert 0.25 * total < kept < 0.75 * total, summary


def test_a_share_outside_zero_to_one_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/docs", "--collect-only", "--sample", "1.5"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "--sample must be a share in (0, 1]" in result.stderr
