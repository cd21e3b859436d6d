"""The five operations of both families: statuses, bodies and stored state."""

from __future__ import annotations

import httpx
from fakekit import (
    CART,
    CART_FAMILY,
    CLIENT_A,
    NEW,
    PRODUCT_FAMILY,
    Connect,
    FakeNow,
    Family,
    make_fake,
)

from bigcommerce_metafields.testing import FakeBigCommerce


def _expected(family: Family, metafield_id: int, **fields: object) -> dict[str, object]:
    obj: dict[str, object] = {
        "id": family.wire_id(metafield_id),
        "key": "location",
        "value": "4HG",
        "namespace": "warehouse",
        "permission_set": "read",
        "resource_type": family.resource,
        "resource_id": family.resource_id,
        "description": "",
        "date_created": "2023-11-15T15:16:35+00:00",
        "date_modified": "2023-11-15T15:16:35+00:00",
        "owner_client_id": CLIENT_A,
    }
    obj.update(fields)
    return obj


def test_create_answers_200_with_the_stored_object(family: Family, connect: Connect) -> None:
    fake = make_fake(now=FakeNow())
    response = connect(fake).post(family.path, json=NEW)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"data": _expected(family, 1), "meta": {}}
    assert fake.metafields(family.resource, family.resource_id) == [_expected(family, 1)]


def test_get_returns_what_create_returned(family: Family, connect: Connect) -> None:
    client = connect(make_fake(now=FakeNow()))
    created = client.post(family.path, json={**NEW, "description": "where"}).json()
    response = client.get(family.item(1))
    assert response.status_code == 200
    assert response.json() == created
    assert created["data"] == _expected(family, 1, description="where")


def test_update_changes_given_fields_and_date_modified(family: Family, connect: Connect) -> None:
    now = FakeNow()
    client = connect(make_fake(now=now))
    client.post(family.path, json=NEW)
    now.advance(90)
    # Products take the changes alone, carts the create schema: see Family.update_body.
    body = family.update_body({"value": "5HG", "description": "moved"})
    response = client.put(family.item(1), json=body)
    assert response.status_code == 200
    assert response.json() == {
        "data": _expected(
            family,
            1,
            value="5HG",
            description="moved",
            date_modified="2023-11-15T15:18:05+00:00",
        ),
        "meta": {},
    }


def test_full_update_body_is_accepted(family: Family, client: httpx.Client) -> None:
    client.post(family.path, json=NEW)
    body = {**NEW, "value": "x", "permission_set": "write", "description": "d"}
    response = client.put(family.item(1), json=body)
    assert response.status_code == 200
    assert {k: response.json()["data"][k] for k in body} == body


def test_delete_answers_204_without_body(family: Family, client: httpx.Client) -> None:
    client.post(family.path, json=NEW)
    response = client.delete(family.item(1))
    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers
    assert client.get(family.item(1)).status_code == 404
    assert client.delete(family.item(1)).status_code == 404


def test_ids_come_from_one_counter_across_families(client: httpx.Client) -> None:
    cart = client.post(CART_FAMILY.path, json=NEW).json()["data"]
    product = client.post(PRODUCT_FAMILY.path, json=NEW).json()["data"]
    other_product = client.post("/catalog/products/7/metafields", json=NEW).json()["data"]
    assert (cart["id"], product["id"], other_product["id"]) == ("1", 2, 3)
    assert other_product["resource_id"] == 7


def test_a_metafield_is_only_reachable_under_its_resource(client: httpx.Client) -> None:
    client.post(PRODUCT_FAMILY.path, json=NEW)
    client.post(CART_FAMILY.path, json=NEW)
    assert client.get("/catalog/products/112/metafields/1").status_code == 404
    assert client.get(f"/carts/{CART}/metafields/1").status_code == 404  # 1 is the product's
    assert client.get("/carts/other-cart/metafields/2").status_code == 404
    assert client.get(f"/carts/{CART}/metafields/2").status_code == 200
    assert client.get("/catalog/products/111/metafields/2").status_code == 404


def test_same_namespace_and_key_on_other_resources_is_fine(client: httpx.Client) -> None:
    assert client.post("/catalog/products/1/metafields", json=NEW).status_code == 200
    assert client.post("/catalog/products/2/metafields", json=NEW).status_code == 200
    assert client.post("/carts/c1/metafields", json=NEW).status_code == 200


def test_unknown_products_answer_404_when_products_are_declared(connect: Connect) -> None:
    fake = make_fake(products=[111])
    client = connect(fake)
    assert client.post(PRODUCT_FAMILY.path, json=NEW).status_code == 200
    for response in (
        client.post("/catalog/products/112/metafields", json=NEW),
        client.get("/catalog/products/112/metafields"),
        client.get("/catalog/products/112/metafields/1"),
    ):
        assert response.status_code == 404
        assert response.json()["title"] == "Product not found"
    fake.products = None  # every product exists again
    assert client.get("/catalog/products/112/metafields").status_code == 200


def test_metafields_of_a_whole_family(client: httpx.Client, fake: FakeBigCommerce) -> None:
    client.post("/catalog/products/1/metafields", json=NEW)
    client.post("/catalog/products/2/metafields", json=NEW)
    client.post("/carts/c1/metafields", json=NEW)
    assert [mf["resource_id"] for mf in fake.metafields("product")] == [1, 2]
    assert [mf["id"] for mf in fake.metafields("cart")] == ["3"]


def test_cart_ids_are_percent_decoded_single_segments(client: httpx.Client) -> None:
    created = client.post("/carts/a%2Fb%20c/metafields", json=NEW)
    assert created.json()["data"]["resource_id"] == "a/b c"
    assert client.get("/carts/a%2Fb%20c/metafields/1").status_code == 200
    assert client.get("/carts/a/b%20c/metafields/1").status_code == 404
