"""Method names come from `x-sdk-method` (and `x-sdk-group`, `x-sdk-also`), checked by
openapi/spec_facts.py: adding an operation can never rename an existing method, and a spec that
would is refused. Batch writes' item rules and listings' typing extensions are checked there too."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from bigcommerce_metafields.resources import (
    AsyncProductMetafields,
    AsyncProductMetafieldsBatch,
    ProductMetafields,
    ProductMetafieldsBatch,
    StoreMetafields,
)

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
BATCH = "/catalog/products/metafields"
STORE = "/store/metafields"


def _names(spec: dict[str, Any]) -> dict[str, str]:
    """Every operation's full method name: `group.method` for a sub-resource's."""
    return {
        key: (f"{entry['group']}." if entry["group"] else "") + entry["method"]
        for key, entry in FACTS.facts(spec)["operations"].items()
    }


def _refused(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(FACTS.SpecError, match=message):
        FACTS.facts(spec)


def test_every_operation_is_named_by_its_extension() -> None:
    names = _names(SPEC)
    assert names[f"GET {LIST}"] == "list"
    assert names[f"GET {LIST}/{{metafield_id}}"] == "get"
    assert [names[f"{m} {BATCH}"] for m in ("GET", "POST", "PUT", "DELETE")] == [
        "batch.list",
        "batch.create",
        "batch.update",
        "batch.delete",
    ]
    for cls in (ProductMetafields, AsyncProductMetafields):
        assert {"list", "paginate", "create", "get", "update", "delete", "batch"} <= set(vars(cls))
    for cls in (ProductMetafieldsBatch, AsyncProductMetafieldsBatch):
        assert {"list", "paginate", "create", "update", "delete"} <= set(vars(cls))
    # The store's list and create exist only as batch operations, offered on the resource too.
    assert {"list", "paginate", "create", "find"} <= set(vars(StoreMetafields))


def test_the_batch_operations_renamed_nothing() -> None:
    without = copy.deepcopy(SPEC)
    for path in [p for p in without["paths"] if "{" not in p]:
        del without["paths"][path]
    before, after = _names(without), _names(SPEC)
    assert len(after) - len(before) == 40
    assert {k: v for k, v in after.items() if k in before} == before


def test_a_second_listing_keeps_the_first_ones_name() -> None:
    spec = copy.deepcopy(SPEC)
    other = copy.deepcopy(spec["paths"][LIST]["get"])
    other.update(operationId="getProductMetafieldsAgain", **{"x-sdk-method": "list_again"})
    spec["paths"][LIST + "/again"] = {"get": other, "parameters": spec["paths"][LIST]["parameters"]}
    before, after = _names(SPEC), _names(spec)
    assert {k: v for k, v in after.items() if k in before} == before
    assert after[f"GET {LIST}/again"] == "list_again"


@pytest.mark.parametrize(
    ("path", "method", "change", "message"),
    [
        (LIST, "get", lambda op: op.pop("x-sdk-method"), "x-sdk-method must name the SDK method"),
        (LIST, "get", lambda op: op.update({"x-sdk-method": "Get-One"}), "x-sdk-method must name"),
        (LIST, "get", lambda op: op.update({"x-sdk-method": "get"}), "is already"),
        (LIST, "get", lambda op: op.update({"x-sdk-method": "find"}), "is reserved"),
        (LIST, "get", lambda op: op.update({"x-sdk-method": "paginate_all"}), "is reserved"),
        (BATCH, "delete", lambda op: op.update({"x-sdk-method": "list"}), "is already"),
        (LIST, "get", lambda op: op.update({"x-sdk-method": "batch"}), "is already"),
        (BATCH, "get", lambda op: op.update({"x-sdk-group": "Batch!"}), "x-sdk-group must name"),
        (BATCH, "get", lambda op: op.update({"x-sdk-also": {"method": "get"}}), "is already"),
        (LIST, "get", lambda op: op.update({"x-sdk-also": {"method": "x"}}), "grouped operation"),
        (STORE, "get", lambda op: op.update({"x-sdk-also": {"method": "find"}}), "is reserved"),
    ],
    ids=[
        "missing",
        "not an identifier",
        "duplicate in its tag",
        "find",
        "paginate*",
        "duplicate in its group",
        "a method named like a group",
        "a group that is not an identifier",
        "an alias named like a method",
        "an alias of an ungrouped operation",
        "a reserved alias",
    ],
)
def test_a_spec_that_would_rename_or_clash_is_refused(
    path: str, method: str, change: Any, message: str
) -> None:
    spec = copy.deepcopy(SPEC)
    change(spec["paths"][path][method])
    _refused(spec, message)


def test_exploded_arrays_are_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["parameters"]["KeyIn"]["explode"] = True
    _refused(spec, "explode false")


def _bulk(key: str) -> dict[str, Any]:
    bulk: dict[str, Any] = FACTS.facts(SPEC)["operations"][key]["bulk"]
    return bulk


def _rules(key: str) -> dict[str, dict[str, Any]]:
    return {rule["name"]: rule for rule in _bulk(key)["rules"]}


def test_batch_item_rules_are_read_through_allof() -> None:
    create = _rules(f"POST {BATCH}")
    assert create["resource_id"] == {
        "name": "resource_id",
        "required": True,
        "kind": "integer",
        "python": "int",
        "minimum": 1,
    }
    assert create["permission_set"]["python"] == "PermissionSet"
    assert create["key"] == {
        "name": "key",
        "required": True,
        "kind": "string",
        "python": "str",
        "min_length": 1,
        "max_length": 64,
    }
    assert not create["description"]["required"]
    assert _bulk(f"POST {BATCH}")["lookup"] == f"GET {BATCH}"
    # The product PUT is partial; the cart's takes the full body, with ids as ints or digits.
    assert [n for n, r in _rules(f"PUT {BATCH}").items() if r["required"]] == ["id"]
    cart = _rules("PUT /carts/metafields")
    assert {n for n, r in cart.items() if r["required"]} == {
        "id",
        "namespace",
        "key",
        "value",
        "permission_set",
    }
    # BigCommerce types the cart batch update's ids as strings, its batch delete's as integers.
    assert cart["id"]["python"] == "str"
    assert cart["id"]["pattern"] == "^[0-9]+$"
    assert _rules("POST /carts/metafields")["resource_id"]["kind"] == "string"
    assert "resource_id" not in _rules(f"POST {STORE}")
    assert _rules(f"DELETE {BATCH}") == {
        "id": {"name": "id", "required": True, "kind": "integer", "python": "int", "minimum": 1}
    }
    assert _rules("DELETE /carts/metafields")["id"]["kind"] == "integer"


def _item_schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]["allOf"][1]
    return schema


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda s: s["paths"][BATCH]["post"].update({"x-sdk-method": "insert"}),
            "create/update/delete",
        ),
        (
            lambda s: _item_schema(s, "ProductMetafieldUpdateItem").update(required=[]),
            "update items require `id`",
        ),
        (
            lambda s: _item_schema(s, "ProductMetafieldCreateItem")["properties"].update(
                id={"type": "integer"}
            ),
            "create items have none",
        ),
        (
            lambda s: s["paths"][BATCH]["get"]["parameters"].remove(
                {"$ref": "#/components/parameters/KeyIn"}
            ),
            "to settle a create whose answer was lost",
        ),
        (
            lambda s: s["paths"][BATCH]["get"]["x-sdk-cursors"].update(next="page"),
            "next must be one of its parameters",
        ),
        (
            lambda s: s["paths"][BATCH]["get"]["x-sdk-cursors"].pop("partial"),
            "partial model iff sparse",
        ),
        (
            lambda s: s["paths"][BATCH]["get"]["x-sdk-cursors"].update(full="Nothing"),
            "names no schema",
        ),
    ],
    ids=[
        "batch write named otherwise",
        "update items without id",
        "create items with id",
        "create without a lookup listing",
        "cursor next not a cursor",
        "cursors without the partial model",
        "cursor model missing",
    ],
)
def test_a_batch_or_cursor_spec_the_sdk_cannot_serve_is_refused(change: Any, message: str) -> None:
    spec = copy.deepcopy(SPEC)
    change(spec)
    _refused(spec, message)
