"""Every operation of both families end to end against the fake, plain and `.with_raw_response`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import pytest
from clientkit import CART, CLIENT_A, NEW, PRODUCT, Api, raises, sent

from bigcommerce_metafields import (
    APIResponse,
    CartMetafield,
    CartMetafieldList,
    CartMetafieldResponse,
    ListMeta,
    Meta,
    MetafieldCreate,
    MetafieldUpdate,
    NotFoundError,
    ProductMetafield,
    ProductMetafieldList,
    ProductMetafieldResponse,
    RateLimitInfo,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce


@dataclass(frozen=True)
class Family:
    tag: str
    resource: Literal["cart", "product"]
    resource_id: str | int
    path: str  # the collection, under /v3
    response: type[Any]
    item: type[Any]
    listing: type[Any]
    list_item: type[Any]
    update_fields: dict[str, str]  # a keyword update
    update_model: MetafieldCreate | MetafieldUpdate  # a model update

    def op(self, method: str) -> str:
        return f"{self.tag}.{method}"


PRODUCTS = Family(
    "product_metafields", "product", PRODUCT, f"/catalog/products/{PRODUCT}/metafields",
    ProductMetafieldResponse, ProductMetafield, ProductMetafieldList, ProductMetafield,
    update_fields={"value": "5HG"},  # product PUT is partial
    update_model=MetafieldUpdate(description="moved to aisle 5"),
)  # fmt: skip
CARTS = Family(
    "cart_metafields", "cart", CART, f"/carts/{CART}/metafields",
    CartMetafieldResponse, CartMetafield, CartMetafieldList, CartMetafield,
    update_fields=NEW | {"value": "5HG"},  # cart PUT is documented with the create schema
    update_model=MetafieldCreate(
        permission_set="read", namespace="warehouse", key="location", value="5HG",
        description="moved to aisle 5",
    ),
)  # fmt: skip
FAMILIES = pytest.mark.parametrize("family", [CARTS, PRODUCTS], ids=["cart", "product"])


def _stored(fake: FakeBigCommerce, family: Family) -> list[tuple[object, ...]]:
    return [
        (m["namespace"], m["key"], m["value"], m["description"], m["owner_client_id"])
        for m in fake.metafields(family.resource, family.resource_id)
    ]


@pytest.mark.anyio
@FAMILIES
async def test_every_operation_end_to_end(family: Family, fake: FakeBigCommerce, api: Api) -> None:
    # create, with keyword fields and with a model
    first = await api(family.op("create"), family.resource_id, **NEW, description="aisle 4")
    second = await api(
        family.op("create"),
        family.resource_id,
        MetafieldCreate(permission_set="app_only", namespace="warehouse", key="bin", value="H-12"),
    )
    for created, key in ((first, "location"), (second, "bin")):
        assert type(created) is family.response
        assert type(created.data) is family.item
        assert type(created.meta) is Meta
        assert (created.data.key, created.data.resource_type) == (key, family.resource)
        assert created.data.resource_id == family.resource_id
        assert created.data.owner_client_id == CLIENT_A
    assert (first.data.namespace, first.data.value, first.data.permission_set) == (
        "warehouse",
        "4HG",
        "read",
    )
    assert first.data.description == "aisle 4"
    first_id, second_id = int(first.data.id), int(second.data.id)

    # list, all and filtered
    listed = await api(family.op("list"), family.resource_id)
    assert type(listed) is family.listing
    assert type(listed.meta) is ListMeta
    assert [type(item) for item in listed.data] == [family.list_item] * 2
    assert [(int(item.id), item.key) for item in listed.data] == [
        (first_id, "location"),
        (second_id, "bin"),
    ]
    assert (listed.meta.pagination.total, listed.meta.pagination.current_page) == (2, 1)
    only_bin = await api(family.op("list"), family.resource_id, key="bin", direction="desc")
    assert [item.key for item in only_bin.data] == ["bin"]

    # get
    got = await api(family.op("get"), family.resource_id, first_id)
    assert type(got) is family.response
    assert got.data == first.data

    # update, with keyword fields and with a model
    updated = await api(family.op("update"), family.resource_id, first_id, **family.update_fields)
    assert type(updated) is family.response
    assert updated.data.value == "5HG"
    remodelled = await api(family.op("update"), family.resource_id, first_id, family.update_model)
    assert type(remodelled) is family.response
    assert (remodelled.data.value, remodelled.data.description) == ("5HG", "moved to aisle 5")
    assert _stored(fake, family) == [
        ("warehouse", "location", "5HG", "moved to aisle 5", CLIENT_A),
        ("warehouse", "bin", "H-12", "", CLIENT_A),
    ]

    # delete
    assert await api(family.op("delete"), family.resource_id, second_id) is None
    assert _stored(fake, family) == [
        ("warehouse", "location", "5HG", "moved to aisle 5", CLIENT_A),
    ]
    with raises(NotFoundError):
        await api(family.op("get"), family.resource_id, second_id)

    item = f"{family.path}/{first_id}"
    assert sent(fake) == [
        ("POST", family.path, 200),
        ("POST", family.path, 200),
        ("GET", f"{family.path}?limit=50", 200),
        ("GET", f"{family.path}?limit=50&key=bin&direction=desc", 200),
        ("GET", item, 200),
        ("PUT", item, 200),
        ("PUT", item, 200),
        ("DELETE", f"{family.path}/{second_id}", 204),
        ("GET", f"{family.path}/{second_id}", 404),
    ]
    # Bodies hold exactly what was given: nothing unset is sent, not even as null.
    bodies = [r.json() for r in fake.requests if r.method in ("POST", "PUT")]
    assert bodies == [
        NEW | {"description": "aisle 4"},
        {"permission_set": "app_only", "namespace": "warehouse", "key": "bin", "value": "H-12"},
        family.update_fields,
        family.update_model.to_dict(),
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_cart_metafield_id_as_returned_can_be_passed_back(
    fake: FakeBigCommerce, api: Api
) -> None:
    """The service sends cart metafield ids as strings ("24"); the SDK types them `int | str`.
    Handing the id a response gave back to get/update/delete must address that metafield."""
    created = await api("cart_metafields.create", CART, **NEW)
    assert created.data.id == "1"  # as the fake (and BigCommerce's reference) sends it

    got = await api("cart_metafields.get", CART, created.data.id)

    assert got.data == created.data


@pytest.mark.anyio
@FAMILIES
@pytest.mark.parametrize("operation", ["create", "update"])
async def test_a_body_model_and_keyword_fields_together_are_refused(
    operation: str, family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    ids = (family.resource_id,) if operation == "create" else (family.resource_id, 1)
    model = (
        MetafieldCreate(**NEW) if family is CARTS or operation == "create" else MetafieldUpdate()
    )

    with raises(ValidationError) as info:
        await api(family.op(operation), *ids, model, value="other")

    assert info.value.errors == {
        "body": "pass either a body model or keyword fields, not both (value)"
    }
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_body_model_of_the_wrong_type_is_refused(fake: FakeBigCommerce, api: Api) -> None:
    with raises(ValidationError) as info:
        await api("product_metafields.create", PRODUCT, MetafieldUpdate(value="v"))

    assert info.value.errors == {"body": "must be a MetafieldCreate, got MetafieldUpdate"}
    assert fake.requests == []


def _rate_limit(left: int, response: APIResponse[Any]) -> RateLimitInfo:
    """What the fake's default quota (150 per 30 s) says after `150 - left` requests."""
    reset = response.rate_limit.reset_ms if response.rate_limit else None
    assert reset is not None
    assert 0 < reset <= 30_000
    return RateLimitInfo(window_ms=30_000, reset_ms=reset, quota=150, left=left)


@pytest.mark.anyio
@FAMILIES
async def test_with_raw_response_gives_status_headers_rate_limit_and_model(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    created = await api.raw(family.op("create"), family.resource_id, **NEW)
    metafield_id = int(created.parsed.data.id)
    raws: list[tuple[APIResponse[Any], int, type[Any]]] = [
        (created, 200, family.response),
        (await api.raw(family.op("list"), family.resource_id), 200, family.listing),
        (await api.raw(family.op("get"), family.resource_id, metafield_id), 200, family.response),
        (
            await api.raw(
                family.op("update"), family.resource_id, metafield_id, **family.update_fields
            ),
            200,
            family.response,
        ),
        (
            await api.raw(family.op("delete"), family.resource_id, metafield_id),
            204,
            type(None),
        ),
    ]

    for left, (raw, status, model) in zip(range(149, 144, -1), raws, strict=True):
        assert type(raw) is APIResponse
        assert raw.status_code == status
        assert type(raw.parsed) is model
        assert isinstance(raw.headers, httpx.Headers)
        assert raw.headers["x-rate-limit-requests-left"] == str(left)
        assert raw.rate_limit == _rate_limit(left, raw)
        assert raw.http_version == "HTTP/1.1"
        assert raw.elapsed_seconds > 0
    for raw, _, _ in raws[:4]:
        assert raw.headers["content-type"] == "application/json"
    assert [raw.parsed.data.key for raw, _, _ in (raws[0], raws[2], raws[3])] == ["location"] * 3
    assert [item.key for item in raws[1][0].parsed.data] == ["location"]
    assert json.loads(fake.requests[0].body) == NEW
    assert [r.status for r in fake.requests] == [200, 200, 200, 200, 204]
