"""The fake against the project's OpenAPI spec, with schemathesis over the loopback server.

Every generated request goes to a freshly reset fake in which the path's resource already has one
metafield, and item operations are pointed at it, so success bodies are checked as well as the
404s a random id would get. Bounded and derandomized so the run is short and repeatable.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests  # schemathesis sends through requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case, GenerationMode

from bigcommerce_metafields.testing import (
    DEFAULT_TOKEN,
    FAMILIES,
    FakeBigCommerce,
    FakeServer,
    Family,
)

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "bigcommerce-metafields.yaml"

schema = schemathesis.openapi.from_path(str(SPEC))
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE], max_examples=12, deterministic=True
)


SEED = {"namespace": "seed", "key": "seed", "value": "v", "owner_client_id": "test-client"}


def _seed(fake: FakeBigCommerce, case: Case[Any]) -> None:
    """Reset the fake, give the case's resource one metafield and aim item operations at it."""
    fake.reset()
    params = case.path_parameters
    assert params is not None  # every operation of the spec has path parameters
    family = _family(case.path)
    resource_id = family.resource_id({seg.name: params[seg.name] for seg in family.ids})
    seeded = fake.add_metafield(family.name, resource_id, **SEED)
    if "metafield_id" in params:
        params["metafield_id"] = int(str(seeded["id"]))


def _family(path: str) -> Family:
    """The fake's family serving an operation path of the spec (its path ids named alike)."""
    for family in FAMILIES:
        base = f"{family.path}/metafields"
        if path in (base, f"{base}/{{metafield_id}}"):
            return family
    raise AssertionError(f"the fake serves no family at {path}")


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    # One keep-alive session: a new connection per generated case would double the run time.
    with requests.Session() as session:
        yield session


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_fake_conforms_to_the_spec(
    case: Case[Any], bigcommerce_fake_server: FakeServer, session: requests.Session
) -> None:
    _seed(bigcommerce_fake_server.fake, case)
    case.call_and_validate(
        base_url=bigcommerce_fake_server.base_url,
        session=session,
        headers={"X-Auth-Token": DEFAULT_TOKEN},
    )
