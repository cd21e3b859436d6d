"""Arguments are checked before anything is sent: every broken rule named, nothing on the wire."""

from __future__ import annotations

from typing import Any

import pytest
from clientkit import CART, NEW, PRODUCT, Api, raises

from bigcommerce_metafields import MetafieldCreate, MetafieldUpdate, ValidationError
from bigcommerce_metafields.testing import FakeBigCommerce

PERMISSIONS = "app_only, read, read_and_sf_access, write, write_and_sf_access"


def _length(low: int, high: int, got: int) -> str:
    return f"must be between {low} and {high} characters long, got {got}"


# (operation, positional arguments, keyword arguments, the errors expected)
BAD_CALLS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any], dict[str, str]]] = {
    "create: nothing given": (
        "product_metafields.create", (PRODUCT,), {},
        {name: "is required" for name in ("permission_set", "namespace", "key", "value")},
    ),
    "create: value missing": (
        "cart_metafields.create", (CART,), {k: v for k, v in NEW.items() if k != "value"},
        {"value": "is required"},
    ),
    "create: permission_set None": (
        "product_metafields.create", (PRODUCT,), NEW | {"permission_set": None},
        {"permission_set": "is required"},
    ),
    "namespace 0 chars": (
        "product_metafields.create", (PRODUCT,), NEW | {"namespace": ""},
        {"namespace": _length(1, 64, 0)},
    ),
    "namespace 65 chars": (
        "cart_metafields.create", (CART,), NEW | {"namespace": "n" * 65},
        {"namespace": _length(1, 64, 65)},
    ),
    "key 0 chars": (
        "cart_metafields.create", (CART,), NEW | {"key": ""}, {"key": _length(1, 64, 0)},
    ),
    "key 65 chars": (
        "product_metafields.create", (PRODUCT,), NEW | {"key": "k" * 65},
        {"key": _length(1, 64, 65)},
    ),
    "value 0 chars": (
        "product_metafields.create", (PRODUCT,), NEW | {"value": ""},
        {"value": _length(1, 65535, 0)},
    ),
    "value 65536 chars": (
        "product_metafields.create", (PRODUCT,), NEW | {"value": "v" * 65536},
        {"value": _length(1, 65535, 65536)},
    ),
    "description 256 chars": (
        "cart_metafields.create", (CART,), NEW | {"description": "d" * 256},
        {"description": _length(0, 255, 256)},
    ),
    "value not a string": (
        "product_metafields.create", (PRODUCT,), NEW | {"value": 4},
        {"value": "must be a string, got int"},
    ),
    "permission_set not in the enum": (
        "product_metafields.create", (PRODUCT,), NEW | {"permission_set": "public"},
        {"permission_set": f"must be one of {PERMISSIONS}; got 'public'"},
    ),
    "several rules at once": (
        "product_metafields.create", (PRODUCT,),
        {"permission_set": "READ", "namespace": "n" * 65, "key": "k", "value": ""},
        {"permission_set": f"must be one of {PERMISSIONS}; got 'READ'",
         "namespace": _length(1, 64, 65), "value": _length(1, 65535, 0)},
    ),
    "product update: namespace 65 chars": (
        "product_metafields.update", (PRODUCT, 1), {"namespace": "n" * 65},
        {"namespace": _length(1, 64, 65)},
    ),
    "product update: permission_set not in the enum": (
        "product_metafields.update", (PRODUCT, 1), {"permission_set": "everyone"},
        {"permission_set": f"must be one of {PERMISSIONS}; got 'everyone'"},
    ),
    "cart update: the create schema's required fields": (
        "cart_metafields.update", (CART, 1), {"value": "v"},
        {name: "is required" for name in ("permission_set", "namespace", "key")},
    ),
    "model body: namespace 65 chars": (
        "product_metafields.create",
        (PRODUCT, MetafieldCreate(**NEW | {"namespace": "n" * 65})), {},
        {"namespace": _length(1, 64, 65)},
    ),
    "model body: permission_set not in the enum": (
        "cart_metafields.create",
        (CART, MetafieldCreate(**NEW | {"permission_set": "nobody"})), {},
        {"permission_set": f"must be one of {PERMISSIONS}; got 'nobody'"},
    ),
    "model update body: value 0 chars": (
        "product_metafields.update", (PRODUCT, 1, MetafieldUpdate(value="")), {},
        {"value": _length(1, 65535, 0)},
    ),
    "product_id a numeric string": (
        "product_metafields.get", ("111", 1), {}, {"product_id": "must be an integer, got str"},
    ),
    "product_id a float": (
        "product_metafields.list", (111.0,), {}, {"product_id": "must be an integer, got float"},
    ),
    "product_id a bool": (
        "product_metafields.create", (True,), NEW, {"product_id": "must be an integer, got bool"},
    ),
    "product_id 0": (
        "product_metafields.list", (0,), {}, {"product_id": "must be a positive integer, got 0"},
    ),
    "product_id None": (
        "product_metafields.list", (None,), {}, {"product_id": "must be an integer, got NoneType"},
    ),
    "metafield_id a bool": (
        "product_metafields.delete", (PRODUCT, False), {},
        {"metafield_id": "must be an integer, got bool"},
    ),
    "metafield_id negative": (
        "cart_metafields.get", (CART, -3), {},
        {"metafield_id": "must be a positive integer, got -3"},
    ),
    "cart_id empty": ("cart_metafields.list", ("",), {}, {"cart_id": "must not be empty"}),
    "cart_id blank": ("cart_metafields.get", ("  ", 1), {}, {"cart_id": "must not be empty"}),
    "cart_id ..": (
        "cart_metafields.delete", ("..", 1), {},
        {"cart_id": "must not be '..', which would address another path"},
    ),
    "cart_id .": (
        "cart_metafields.create", (".",), NEW,
        {"cart_id": "must not be '.', which would address another path"},
    ),
    "cart_id an int": ("cart_metafields.list", (42,), {}, {"cart_id": "must be a string, got int"}),
    "path and body together": (
        "cart_metafields.update", ("", 0), {"value": "v"},
        {"cart_id": "must not be empty", "metafield_id": "must be a positive integer, got 0",
         "permission_set": "is required", "namespace": "is required", "key": "is required"},
    ),
}  # fmt: skip


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])  # nothing reaches a transport
@pytest.mark.parametrize(
    ("operation", "args", "kwargs", "errors"), BAD_CALLS.values(), ids=BAD_CALLS.keys()
)
async def test_bad_arguments_are_refused_before_sending(
    operation: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    errors: dict[str, str],
    fake: FakeBigCommerce,
    api: Api,
) -> None:
    with raises(ValidationError) as info:
        await api(operation, *args, **kwargs)

    assert info.value.errors == errors
    operation_id = info.value.operation_id
    assert operation_id.endswith("_metafield") or operation_id.endswith("_metafields")
    message = str(info.value)
    assert message.startswith(f"{operation_id}: invalid arguments, nothing was sent (")
    for name, rule in errors.items():
        assert f"{name}: {rule}" in message
    assert "\n" not in message
    assert fake.requests == []


def test_validation_error_is_a_value_error() -> None:
    assert issubclass(ValidationError, ValueError)


# (field, length): the edges the rules allow, sent as they are and stored by the fake.
EDGES = [
    ("namespace", 1),
    ("namespace", 64),
    ("key", 1),
    ("key", 64),
    ("value", 1),
    ("value", 65535),
    ("description", 0),
    ("description", 255),
]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(("name", "length"), EDGES)
async def test_lengths_at_the_edges_are_sent(
    name: str, length: int, fake: FakeBigCommerce, api: Api
) -> None:
    text = "é" * length  # characters, not bytes, are counted
    created = await api("product_metafields.create", PRODUCT, **NEW | {name: text})

    assert getattr(created.data, name) == text
    assert [m[name] for m in fake.metafields("product", PRODUCT)] == [text]
    assert fake.requests[0].json() == NEW | {name: text}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("permission_set", PERMISSIONS.split(", "))
async def test_every_permission_set_is_accepted(
    permission_set: str, fake: FakeBigCommerce, api: Api
) -> None:
    created = await api("cart_metafields.create", CART, **NEW | {"permission_set": permission_set})

    assert created.data.permission_set == permission_set
    assert len(fake.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("metafield_id", ["x1", "1.5", "-2", "", " 3", "1/2", ".."])
async def test_a_cart_metafield_id_given_as_a_string_must_be_digits(
    metafield_id: str, fake: FakeBigCommerce, api: Api
) -> None:
    """Cart metafield ids come back as strings and may be passed back so; the spec allows
    `^[0-9]+$` for them, as anything else would address no metafield (or another path)."""
    with raises(ValidationError) as info:
        await api("cart_metafields.get", CART, metafield_id)

    assert list(info.value.errors) == ["metafield_id"]
    assert fake.requests == []
