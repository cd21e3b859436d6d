"""The README's Performance table, written from one benchmark run's results file.

    python -m bench.readme_table [--results bench/results.json] [--write README.md]

Without `--write` it prints the block. With it, it replaces what lies between the markers in the
README. `make bench` runs it after the benchmark, and `tests/docs/test_bench_table.py` fails when
the README and the committed results file disagree, so no figure in the table comes from memory
or from another run than the file's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
BEGIN = "<!-- bench: written by bench/readme_table.py from bench/results.json; do not edit -->"
END = "<!-- /bench -->"


class ResultsError(ValueError):
    """The results file cannot give a table: not one full run."""


def fmt(value: float | None) -> str:
    """A figure as the tables show it: thousands separated, 3 significant-ish digits."""
    if value is None:
        return ""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def check(results: dict[str, Any]) -> None:
    """Refuse what is not one full run: a quick run, or workloads from several runs."""
    env = results.get("environment") or {}
    if env.get("quick"):
        raise ResultsError("a --quick run: its sizes make no figures worth quoting")
    if env.get("only"):
        raise ResultsError(f"a run of some workloads only (--only {','.join(env['only'])})")
    runs = {w.get("run") for w in results.get("workloads", {}).values()}
    if runs != {env.get("when")}:
        raise ResultsError(f"the workloads come from more than one run: {sorted(map(str, runs))}")


def render(results: dict[str, Any]) -> str:
    """The README block: where the figures come from, then one row per figure."""
    check(results)
    env = results["environment"]
    source = env["sdk_source"]
    dirty = f" ({len(source['uncommitted'])} files uncommitted)" if source["uncommitted"] else ""
    packages = ", ".join(
        f"{name} {version}" for name, version in env["packages"].items() if version
    )
    load = ", ".join(f"{value:g}" for value in env.get("load_average_at_start", []))
    lines = [
        BEGIN,
        "",
        f"One run of `make bench` ({env['when']}, {env.get('total_seconds', '?')} s): "
        f"bigcommerce-metafields {env['sdk']} at commit `{source['commit']}`{dirty}, "
        f"{env['implementation']} {env['python']} on {env['cpus']} CPUs "
        f"({env.get('cpu_model', 'unknown')}; load average {load or '?'} at the start); "
        f"{packages}. "
        "Medians of the repeats; ratios are of medians in this run; every sample is in "
        "`bench/results.json`.",
        "",
        "| workload | contender | figure | median | min - max | ratio | target |",
        "|---|---|---|---:|---:|---|---|",
    ]
    for workload in results["workloads"].values():
        title = workload["title"]
        if workload["skipped"]:
            lines.append(f"| {title} | | skipped: {workload['skipped']} | | | | |")
            continue
        for figure in workload["figures"]:
            stats = figure["stats"]
            unit = f" ({figure['unit']})" if figure["unit"] else ""
            ratio = ""
            if figure["ratio"] is not None:
                ratio = f"{fmt(figure['ratio'])}x"
                if figure["ratio_to"]:
                    ratio += f" vs {figure['ratio_to']}"
            target = ""
            if figure["target"] is not None:
                target = f"{figure['target']}: {'met' if figure['met'] else '**missed**'}"
            spread = f"{fmt(stats['min'])} - {fmt(stats['max'])}"
            lines.append(
                f"| {title} | {figure['contender']} | {figure['figure']}{unit} | "
                f"{fmt(stats['median'])} | {spread} | {ratio} | {target} |"
            )
            title = ""
    lines += ["", END]
    return "\n".join(lines)


def replace_block(text: str, block: str) -> str:
    """`text` with the block between the markers replaced by `block` (markers included)."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ResultsError(f"the README has no {BEGIN!r} ... {END!r} block")
    return text[:start] + block + text[end + len(END) :]


def block_of(text: str) -> str:
    """The block between the markers, markers included."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ResultsError(f"the README has no {BEGIN!r} ... {END!r} block")
    return text[start : end + len(END)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.readme_table", description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--write", type=Path, metavar="README", help="update this file's block")
    args = parser.parse_args(argv)
    try:
        block = render(json.loads(args.results.read_text(encoding="utf-8")))
        if args.write is None:
            print(block)
            return 0
        readme = args.write.read_text(encoding="utf-8")
        args.write.write_text(replace_block(readme, block), encoding="utf-8")
    except (OSError, ValueError, KeyError) as exc:
        print(f"bench.readme_table: {exc}", file=sys.stderr)
        return 1
    print(f"{args.write}: performance table written from {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
