"""`make live-test`'s entry point (live_suite.py), run as `make live-test` runs it: in a process of
its own, configured by the environment.

Without credentials it must run nothing and say so; with them, pointed at the fake on loopback
through `BIGCOMMERCE_BASE_URL`, it must play every scenario on every family it was given and leave
the store as it found it, or name what it left.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import live_suite
import pytest
from scenarios import FAMILIES, KEYS, NAMESPACE_PREFIX, SCENARIOS, Family

import bigcommerce_metafields
from bigcommerce_metafields.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    FakeServer,
)

SUITE = Path(__file__).with_name("live_suite.py")
NOT_RUN = "live contract suite NOT run"
CREDENTIALS = {
    "BIGCOMMERCE_STORE_HASH": DEFAULT_STORE_HASH,
    "BIGCOMMERCE_ACCESS_TOKEN": DEFAULT_TOKEN,
}
RUNNABLE = [f for f in FAMILIES if any(s.applies(f) for s in SCENARIOS)]


def _suite(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # Nothing of the machine's own BigCommerce settings reaches the suite, and it imports the
    # SDK this test imported (as `make live-test` does with the checkout's).
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BIGCOMMERCE_")}
    here = str(Path(bigcommerce_metafields.__file__).resolve().parents[1])
    clean["PYTHONPATH"] = os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))
    return subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, str(SUITE)],
        capture_output=True,
        text=True,
        timeout=120,
        env=clean | env,
        check=False,
    )


def _variable(family: Family) -> str:
    """The rule the README documents, written out here rather than taken from the suite."""
    return f"BIGCOMMERCE_LIVE_{family.name.upper()}"


def _configure_all(fake: FakeBigCommerce) -> tuple[dict[str, str], dict[str, list[Any]]]:
    """A variable for every family (fresh ids; the store's opt-in), and neighbours seeded on
    every resource as a real store would have them: this app's in another namespace and another
    app's, with the scenarios' keys."""
    env: dict[str, str] = {}
    neighbours: dict[str, list[Any]] = {}
    for family in FAMILIES:
        where = family.random_ids()
        env[_variable(family)] = "/".join(str(part) for part in where) or "1"
        neighbours[family.name] = sorted(
            fake.add_metafield(
                family.name,
                family.fake_resource_id(where),
                namespace=namespace,
                key=key,
                value="theirs",
                owner_client_id=owner,
            )["id"]
            for key in KEYS
            for namespace, owner in (("warehouse", DEFAULT_CLIENT_ID), ("theirs", "another-app"))
        )
    return env, neighbours


def test_without_credentials_it_says_what_it_needs_and_runs_nothing() -> None:
    result = _suite({})

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == (f"{NOT_RUN}: BIGCOMMERCE_STORE_HASH and BIGCOMMERCE_ACCESS_TOKEN not set")
    assert "passed" not in result.stdout.lower()
    for name in ("BIGCOMMERCE_STORE_HASH", "BIGCOMMERCE_ACCESS_TOKEN", "BIGCOMMERCE_BASE_URL"):
        assert any(line.startswith(f"  {name} ") for line in lines), name
    for family in FAMILIES:  # every family, with the form of its value and an example
        line = next(line for line in lines if line.startswith(f"  {_variable(family)}="))
        assert re.search(r"e\.g\. \S+=\S|1 opts in", line), line
    # The form the README documents, for the family with two ids.
    assert "BIGCOMMERCE_LIVE_VARIANT=<product_id>/<variant_id>  e.g. " in result.stdout


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"BIGCOMMERCE_LIVE_PRODUCT": "111"}, "BIGCOMMERCE_ACCESS_TOKEN not set"),
        (CREDENTIALS, "no family configured"),
    ],
    ids=["no-token", "no-family"],
)
def test_with_half_of_what_it_needs_it_runs_nothing(
    env: dict[str, str], reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    env = env | {"BIGCOMMERCE_STORE_HASH": DEFAULT_STORE_HASH}

    assert live_suite.main(env) == 0
    out = capsys.readouterr().out
    assert out.endswith(f"{live_suite.needs()}\n{NOT_RUN}: {reason}\n")
    assert "passed" not in out.lower()


def test_a_malformed_variable_runs_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    env = CREDENTIALS | {
        "BIGCOMMERCE_LIVE_PRODUCT": "abc",
        "BIGCOMMERCE_LIVE_VARIANT": "111",
        "BIGCOMMERCE_LIVE_STORE": "yes",
        "BIGCOMMERCE_SCENARIOS": "paging,everything",
    }

    assert live_suite.main(env) == 2
    out = capsys.readouterr().out
    assert "BIGCOMMERCE_LIVE_PRODUCT: product_id 'abc' is not a positive integer" in out
    assert "BIGCOMMERCE_LIVE_VARIANT: got '111'; expected BIGCOMMERCE_LIVE_VARIANT=" in out
    assert "BIGCOMMERCE_LIVE_STORE: got 'yes'" in out
    assert "BIGCOMMERCE_SCENARIOS: no scenario everything; known: lifecycle, paging, " in out
    assert out.splitlines()[-1] == f"{NOT_RUN}: fix the variables above"

    malformed_hash = {"BIGCOMMERCE_STORE_HASH": "Not-A-Hash", "BIGCOMMERCE_LIVE_PRODUCT": "111"}
    assert live_suite.main(CREDENTIALS | malformed_hash) == 2
    out = capsys.readouterr().out
    assert "store_hash 'Not-A-Hash'" in out
    assert out.splitlines()[-1] == f"{NOT_RUN}: the client cannot be configured"


def test_every_family_against_the_fake_on_loopback(bigcommerce_fake_server: FakeServer) -> None:
    fake = bigcommerce_fake_server.fake
    fake.quota = None  # the SDK would wait out the real quota: correct, and slow
    env, neighbours = _configure_all(fake)

    result = _suite(CREDENTIALS | env | {"BIGCOMMERCE_BASE_URL": bigcommerce_fake_server.base_url})

    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert re.search(rf"namespaces {NAMESPACE_PREFIX}[0-9a-f]{{8}}-<scenario>$", out, re.M), out
    for family in RUNNABLE:
        played = [f"{s.name} ok" for s in SCENARIOS if s.applies(family)]
        assert f"  {family.resource} {env[_variable(family)]}: {', '.join(played)}\n" in out
    for family in set(FAMILIES) - set(RUNNABLE):
        assert f"  not run: {family.resource} (the SDK's {family.resource} has no " in out
    created = re.search(
        r"^cleanup: (\d+) metafields created, (\d+) deleted, 0 left behind, 0 namespaces not "
        r"checked$",
        out,
        re.MULTILINE,
    )
    assert created is not None, out
    assert created[1] == created[2]
    # It really wrote to every family it ran, and counted every metafield the fake created...
    posts = [r.path for r in fake.requests if r.method == "POST" and r.status == 200]
    assert int(created[1]) == len(posts)
    for family in RUNNABLE:
        ids = env[_variable(family)].split("/")
        assert any(all(f"/{part}/" in path for part in ids) for path in posts), family.resource
    # ...and left the store as it found it.
    for family in FAMILIES:
        stored = fake.metafields(family.name)
        assert not [m for m in stored if str(m["namespace"]).startswith(NAMESPACE_PREFIX)]
        assert sorted(m["id"] for m in stored) == neighbours[family.name], family.resource
    played = sum(s.applies(f) for f in RUNNABLE for s in SCENARIOS)
    assert out.splitlines()[-1] == (
        f"live contract suite: scenarios passed {played}, failed 0; "
        f"families run {len(RUNNABLE)}, NOT run {len(FAMILIES) - len(RUNNABLE)}"
    )


def test_what_it_could_not_delete_is_named_and_fails_the_run(
    bigcommerce_fake_server: FakeServer,
) -> None:
    fake = bigcommerce_fake_server.fake
    fake.quota = None
    fake.faults.add(method="DELETE", status=403, times=None)
    product = next(f for f in FAMILIES if f.resource == "product_metafields")
    env = {
        _variable(product): "111",
        "BIGCOMMERCE_BASE_URL": bigcommerce_fake_server.base_url,
        # paging leaves its deletes to the clean-up: it passes, and only the clean-up fails
        "BIGCOMMERCE_SCENARIOS": "paging",
    }

    result = _suite(CREDENTIALS | env)

    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "  product_metafields 111: paging ok\n" in out
    left = fake.metafields("product", 111)
    assert len(left) == 3
    named = re.findall(
        r"^  left behind: product_metafields 111: metafield (\d+) \(namespace sdk-live-\w+-paging, "
        r"key page-\d\): PermissionDeniedError: 403 Forbidden",
        out,
        re.MULTILINE,
    )
    assert sorted(named) == sorted(str(m["id"]) for m in left)
    assert (
        "cleanup: 3 metafields created, 0 deleted, 3 left behind, 0 namespaces not checked" in out
    )
    assert out.splitlines()[-1].startswith("live contract suite: scenarios passed 1, failed 0;")
