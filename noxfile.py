"""The test suite on every supported Python: `make test-pythons` (everything, on each) and the
seeded subset `make test` runs on the Pythons other than the project venv's.

The supported versions are read from pyproject.toml's classifiers, so that file stays the one
place that says what is supported (tests/docs/test_ci_workflow.py checks the CI workflow against
it too). Interpreters are found on PATH as `python3.X`; the Makefile puts pyenv's versions there.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import nox

ROOT = Path(__file__).parent
_CLASSIFIER = "Programming Language :: Python :: "

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True  # a missing Python fails, never skips
nox.options.sessions = []  # nothing runs by accident: the Makefile names what it wants


def _supported_pythons() -> list[str]:
    classifiers = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["classifiers"]
    versions = [c.removeprefix(_CLASSIFIER) for c in classifiers if c.startswith(_CLASSIFIER)]
    return sorted((v for v in versions if v.count(".") == 1), key=lambda v: int(v.split(".")[1]))


PYTHONS = _supported_pythons()
OTHER_PYTHONS = [v for v in PYTHONS if v != f"{sys.version_info.major}.{sys.version_info.minor}"]

SUBSET_SHARE = "0.05"
"""Of the tests below: ~5% of them, a few hundred, enough to catch an interpreter-specific break
(syntax, typing at runtime, stdlib changes, wheels) in well under a minute per Python."""
SUBSET_PATHS = [
    "tests/client",
    "tests/pagination",
    "tests/fake",
    "tests/reliability",
    "tests/cli",
    "tests/quota",
]
"""The suites that need only the `test` extra (the contract test needs schemathesis)."""


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole pytest suite on one Python (the `dev` extra, as `make test` installs it)."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "pytest", "-n", "auto", *session.posargs)


@nox.session(python=OTHER_PYTHONS)
def subset(session: nox.Session) -> None:
    """A seeded share of the runtime suites on one of the other Pythons (the seed is printed)."""
    session.install("-e", ".[test]")
    session.run(
        "python",
        "-m",
        "pytest",
        "-n",
        "auto",
        "--sample",
        SUBSET_SHARE,
        "--ignore=tests/fake/test_contract.py",
        *SUBSET_PATHS,
        *session.posargs,
    )
