"""The fake against the project's OpenAPI spec, with schemathesis over the loopback server.

Every generated request goes to a freshly reset fake in which the path's resource (for a batch
path, one resource of the family) already has one metafield, and item operations and cursors are
pointed at it, so success bodies are checked as well as the 404s a random id would get. Bounded
and derandomized so the run is short and repeatable.

Every single-resource path runs, and the batch paths of cart and product; the other families'
batch paths (served by the same code, driven by the fake's family table) run in a sample: a share
BIGCOMMERCE_CONTRACT_SAMPLE (default 0.25; 1 for all) drawn with BIGCOMMERCE_CONTRACT_SEED,
random per run (tests/conftest.py) and printed by `test_the_batch_paths_sampled` (pytest -rP);
set both to replay a run.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests  # schemathesis sends through requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case, GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from bigcommerce_metafields.testing import (
    DEFAULT_TOKEN,
    FAMILIES,
    FakeBigCommerce,
    FakeServer,
    Family,
)
from bigcommerce_metafields.testing._listing import encode_cursor

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "bigcommerce-metafields.yaml"

FIRST_CLASS = ("cart", "product")
SAMPLE = float(os.environ.get("BIGCOMMERCE_CONTRACT_SAMPLE", "0.25"))
CONTRACT_SEED = int(
    os.environ.get("BIGCOMMERCE_CONTRACT_SEED") or random.SystemRandom().randrange(10**9)
)


def _sampled_batch_paths() -> list[str]:
    others = sorted(f.batch_path for f in FAMILIES if f.name not in FIRST_CLASS)
    count = round(len(others) * SAMPLE)
    chosen = random.Random(CONTRACT_SEED).sample(others, count)
    return [f.batch_path for f in FAMILIES if f.name in FIRST_CLASS] + sorted(chosen)


BATCH_PATHS = _sampled_batch_paths()
_ALL_BATCH_PATHS = {f.batch_path for f in FAMILIES}

schema = schemathesis.openapi.from_path(str(SPEC)).exclude(
    path=sorted(_ALL_BATCH_PATHS - set(BATCH_PATHS))
)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE], max_examples=12, deterministic=True
)


SEED = {"namespace": "seed", "key": "seed", "value": "v", "owner_client_id": "test-client"}


BATCH_RESOURCE = {"int": 111, "str": "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"}
"""The ids of the resource a batch path's seed goes on."""


def _seed(fake: FakeBigCommerce, case: Case[Any]) -> None:
    """Reset the fake, give the case's resource one metafield and aim item operations and
    cursors at it."""
    fake.reset()
    params = case.path_parameters or {}
    family = _family(case.path)
    values = {seg.name: params.get(seg.name, BATCH_RESOURCE[seg.kind]) for seg in family.ids}
    seeded = fake.add_metafield(family.name, family.resource_id(values), **SEED)
    if "metafield_id" in params:
        params["metafield_id"] = int(str(seeded["id"]))
    query = case.query
    if query:
        if "before" in query and "after" in query:
            del query["before"]  # the spec cannot say "one or the other"; its description does
        for name in ("before", "after"):
            if name in query:  # a cursor is the service's: one it would give out
                query[name] = encode_cursor(int(str(seeded["id"])))


def _family(path: str) -> Family:
    """The fake's family serving an operation path of the spec (its path ids named alike)."""
    for family in FAMILIES:
        base = f"{family.path}/metafields"
        if path in (base, f"{base}/{{metafield_id}}", family.batch_path):
            return family
    raise AssertionError(f"the fake serves no family at {path}")


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    # One keep-alive session: a new connection per generated case would double the run time.
    with requests.Session() as session:
        yield session


def test_the_batch_paths_sampled() -> None:
    print(
        f"batch paths checked: {BATCH_PATHS} (BIGCOMMERCE_CONTRACT_SAMPLE={SAMPLE}, "
        f"BIGCOMMERCE_CONTRACT_SEED={CONTRACT_SEED})"
    )
    assert {f.batch_path for f in FAMILIES if f.name in FIRST_CLASS} <= set(BATCH_PATHS)
    assert set(BATCH_PATHS) <= _ALL_BATCH_PATHS


def answers_item_by_item(ctx: Any, response: Any, case: Case[Any]) -> None:
    """A batch write of schema-valid items is never refused whole: it answers 200, or 422 in the
    batch form (what was written in `data`, each other item's failure in `errors`), as a valid
    single write answers 2xx or 404/409. Takes the place of schemathesis's positive-data check,
    which counts every 422 as a refusal."""
    status = response.status_code
    if status == 422:
        body = response.json()
        assert isinstance(body, dict), body
        assert {"data", "errors", "meta"} <= body.keys(), f"a 422 not in the batch form: {body}"
    else:
        assert 200 <= status < 300 or status in (401, 403, 429) or status >= 500, status


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_fake_conforms_to_the_spec(
    case: Case[Any], bigcommerce_fake_server: FakeServer, session: requests.Session
) -> None:
    _seed(bigcommerce_fake_server.fake, case)
    batch_write = isinstance(case.body, list)
    case.call_and_validate(
        base_url=bigcommerce_fake_server.base_url,
        session=session,
        headers={"X-Auth-Token": DEFAULT_TOKEN},
        excluded_checks=[positive_data_acceptance] if batch_write else None,
        additional_checks=[answers_item_by_item] if batch_write else None,
    )
