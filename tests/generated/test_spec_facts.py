"""Method names come from `x-sdk-method`, checked by openapi/spec_facts.py: adding an operation
can never rename an existing method, and a spec that would is refused."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from bigcommerce_metafields.resources import AsyncProductMetafields, ProductMetafields

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi" / "bigcommerce-metafields.yaml").read_text())


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_facts", ROOT / "openapi/spec_facts.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FACTS = _load()
LIST = "/catalog/products/{product_id}/metafields"


def _names(spec: dict[str, Any]) -> dict[str, str]:
    return {key: entry["method"] for key, entry in FACTS.facts(spec)["operations"].items()}


def test_every_operation_is_named_by_its_extension() -> None:
    names = _names(SPEC)
    assert names[f"GET {LIST}"] == "list"
    assert names[f"GET {LIST}/{{metafield_id}}"] == "get"
    for cls in (ProductMetafields, AsyncProductMetafields):
        assert {"list", "paginate", "create", "get", "update", "delete"} <= set(vars(cls))


def test_a_second_listing_keeps_the_first_ones_name() -> None:
    spec = copy.deepcopy(SPEC)
    store_wide = copy.deepcopy(spec["paths"][LIST]["get"])
    store_wide.update(operationId="getProductsMetafields", **{"x-sdk-method": "list_all"})
    store_wide["parameters"] = [p for p in store_wide["parameters"]]
    spec["paths"]["/catalog/products/metafields"] = {"get": store_wide}
    before, after = _names(SPEC), _names(spec)
    assert {k: v for k, v in after.items() if k in before} == before
    assert after["GET /catalog/products/metafields"] == "list_all"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda op: op.pop("x-sdk-method"), "x-sdk-method must name the SDK method"),
        (lambda op: op.update({"x-sdk-method": "Get-One"}), "x-sdk-method must name"),
        (lambda op: op.update({"x-sdk-method": "get"}), "is already"),
        (lambda op: op.update({"x-sdk-method": "find"}), "is reserved"),
        (lambda op: op.update({"x-sdk-method": "paginate_all"}), "is reserved"),
    ],
    ids=["missing", "not an identifier", "duplicate in its tag", "find", "paginate*"],
)
def test_a_spec_that_would_rename_or_clash_is_refused(change: Any, message: str) -> None:
    spec = copy.deepcopy(SPEC)
    change(spec["paths"][LIST]["get"])
    with pytest.raises(FACTS.SpecError, match=message):
        FACTS.facts(spec)


def test_exploded_arrays_are_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["parameters"]["KeyIn"]["explode"] = True
    with pytest.raises(FACTS.SpecError, match="explode false"):
        FACTS.facts(spec)
