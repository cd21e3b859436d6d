"""Bodies and paths the service refuses: 400, 404, 405, 409, 422 and the ownership/limit 403s."""

from __future__ import annotations

import httpx
import pytest
from fakekit import (
    CART_FAMILY,
    NEW,
    PRODUCT_FAMILY,
    TOKEN_B,
    Connect,
    FakeNow,
    Family,
    make_fake,
)

from bigcommerce_metafields.testing import FakeBigCommerce

TYPE_URL = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"


def _errors(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == 422
    assert body["title"] == "JSON data is missing or invalid"
    assert body["type"] == TYPE_URL
    errors: dict[str, str] = body["errors"]
    return errors


def test_create_names_every_missing_required_field(family: Family, client: httpx.Client) -> None:
    errors = _errors(client.post(family.path, json={"description": "only"}))
    assert sorted(errors) == ["key", "namespace", "permission_set", "value"]
    assert errors["key"] == "key is required"


def test_cart_update_takes_the_create_schema(client: httpx.Client) -> None:
    client.post(CART_FAMILY.path, json=NEW)
    errors = _errors(client.put(CART_FAMILY.item(1), json={"value": "5HG", "description": "d"}))
    assert errors == {
        "permission_set": "permission_set is required",
        "namespace": "namespace is required",
        "key": "key is required",
    }
    assert client.get(CART_FAMILY.item(1)).json()["data"]["value"] == "4HG"  # unchanged
    # description stays optional, as on create.
    response = client.put(CART_FAMILY.item(1), json={**NEW, "value": "5HG"})
    assert (response.status_code, response.json()["data"]["value"]) == (200, "5HG")


@pytest.mark.parametrize(
    "change",
    [
        {"permission_set": "write"},
        {"namespace": "n2"},
        {"key": "k2"},
        {"value": "5HG"},
        {"description": "d"},
    ],
)
def test_product_update_takes_any_single_field(connect: Connect, change: dict[str, str]) -> None:
    client = connect(make_fake(now=FakeNow()))  # a still clock: date_modified stays put
    created = client.post(PRODUCT_FAMILY.path, json=NEW).json()["data"]
    response = client.put(PRODUCT_FAMILY.item(1), json=change)
    assert response.status_code == 200
    assert response.json()["data"] == {**created, **change}


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("namespace", ["n", "n" * 64], ["", "n" * 65]),
        ("key", ["k", "k" * 64], ["", "k" * 65]),
        ("value", ["v", "v" * 65_535], ["", "v" * 65_536]),
        ("description", ["", "d" * 255], ["d" * 256]),
    ],
)
def test_length_rules_on_create(
    family: Family, client: httpx.Client, field: str, good: list[str], bad: list[str]
) -> None:
    for n, value in enumerate(good):
        # A fresh key each time, so the uniqueness rule stays out of the way.
        body = {**NEW, "key": f"k{n}", field: value}
        assert client.post(family.path, json=body).status_code == 200, (field, len(value))
    for value in bad:
        errors = _errors(client.post(family.path, json={**NEW, field: value}))
        assert list(errors) == [field]


def test_length_rules_on_update(family: Family, client: httpx.Client) -> None:
    client.post(family.path, json=NEW)
    body = family.update_body({"key": "", "value": "", "namespace": "n"})
    errors = _errors(client.put(family.item(1), json=body))
    assert sorted(errors) == ["key", "value"]
    assert client.get(family.item(1)).json()["data"]["namespace"] == "warehouse"  # unchanged


PERMISSION_SETS = ["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]


@pytest.mark.parametrize("permission_set", PERMISSION_SETS)
def test_every_permission_set_is_accepted(client: httpx.Client, permission_set: str) -> None:
    body = {**NEW, "permission_set": permission_set}
    response = client.post(PRODUCT_FAMILY.path, json=body)
    assert response.json()["data"]["permission_set"] == permission_set


@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_unknown_permission_set_is_422(family: Family, client: httpx.Client, method: str) -> None:
    client.post(family.path, json=NEW)
    url = family.path if method == "POST" else family.item(1)
    errors = _errors(client.request(method, url, json={**NEW, "permission_set": "everyone"}))
    assert list(errors) == ["permission_set"]


@pytest.mark.parametrize("bad", [5, None, True, ["a"], {"a": 1}])
def test_wrong_json_types_are_422(family: Family, client: httpx.Client, bad: object) -> None:
    body = {"namespace": bad, "key": bad, "value": bad, "permission_set": bad, "description": bad}
    errors = _errors(client.post(family.path, json=body))
    assert sorted(errors) == ["description", "key", "namespace", "permission_set", "value"]
    assert errors["value"] == "value must be a string"


def test_unknown_and_read_only_fields_are_ignored(client: httpx.Client) -> None:
    body = {**NEW, "id": 99, "resource_type": "brand", "owner_client_id": "x", "extra": 1}
    data = client.post(PRODUCT_FAMILY.path, json=body).json()["data"]
    assert (data["id"], data["resource_type"], data["owner_client_id"]) == (
        1,
        "product",
        "client-a",
    )


@pytest.mark.parametrize(
    "content", [b"", b"{not json", b"\xff\xfe", b"[1, 2]", b'"text"', b"null", b"42"]
)
@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_a_body_that_is_not_a_json_object_is_400(
    family: Family, client: httpx.Client, content: bytes, method: str
) -> None:
    client.post(family.path, json=NEW)
    url = family.path if method == "POST" else family.item(1)
    response = client.request(
        method, url, content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    body = response.json()
    assert (body["status"], body["title"], body["type"]) == (400, "Input is invalid", TYPE_URL)
    assert "detail" in body
    assert "errors" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/catalog/products/abc/metafields",
        "/catalog/products/0/metafields",
        "/catalog/products/-1/metafields",
        "/catalog/products/1.5/metafields",
        "/catalog/products/1/metafields/abc",
        "/carts/c1/metafields/abc",
        "/carts/c1/metafields/0",
        "/catalog/products/1/metafields/1/extra",
        "/catalog/products/metafields/1",  # batch paths have no item below them
        "/pages/1/metafields",  # no such family (orders are served since families are data)
        "/pages/metafields",
        "/store/metafields/1/extra",
        "/catalog/products/1/variants/abc/metafields",
        "/orders/1.5/metafields",
    ],
)
def test_non_integer_ids_and_unknown_routes_are_404(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_another_store_hash_is_404(fake: FakeBigCommerce, connect: Connect) -> None:
    client = connect(fake)
    url = str(client.base_url).replace("/stores/abc123/", "/stores/other1/")
    assert client.get(url + "/carts/c1/metafields").status_code == 404


def test_unknown_metafield_is_404(family: Family, client: httpx.Client) -> None:
    for method in ("GET", "PUT", "DELETE"):
        # A valid update body, so that the 404 can only be about the metafield.
        body = family.update_body({"value": "x"})
        response = client.request(method, family.item(41), json=body)
        assert response.status_code == 404
        assert response.json()["title"] == "Metafield not found"


def test_unsupported_methods_are_405_with_allow(family: Family, client: httpx.Client) -> None:
    response = client.patch(family.path, json=NEW)
    assert (response.status_code, response.headers["allow"]) == (405, "GET, POST")
    response = client.post(family.item(1), json=NEW)
    assert (response.status_code, response.headers["allow"]) == (405, "GET, PUT, DELETE")


def test_duplicate_namespace_and_key_is_409_per_owner(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    a = connect(fake)
    assert a.post(family.path, json=NEW).status_code == 200
    response = a.post(family.path, json={**NEW, "value": "other"})
    assert response.status_code == 409
    assert response.json()["status"] == 409
    # Another client owns its own (namespace, key) space on the same resource.
    b = connect(fake, token=TOKEN_B)
    assert b.post(family.path, json=NEW).status_code == 200
    assert len(fake.metafields(family.resource, family.resource_id)) == 2


def test_update_into_a_duplicate_is_409(family: Family, client: httpx.Client) -> None:
    client.post(family.path, json=NEW)
    other = {**NEW, "key": "other"}
    client.post(family.path, json=other)
    taken = family.update_body({"key": "location"}, stored=other)
    assert client.put(family.item(2), json=taken).status_code == 409
    moved = family.update_body({"namespace": "elsewhere", "key": "location"}, stored=other)
    assert client.put(family.item(2), json=moved).json()["data"]["key"] == "location"
    # Re-sending its own namespace and key is no conflict.
    same = family.update_body({"namespace": "warehouse"})
    assert client.put(family.item(1), json=same).status_code == 200


@pytest.mark.parametrize(
    "change",
    [{"namespace": "n2"}, {"key": "k2"}, {"permission_set": "write"}, {"value": "v2"}],
)
def test_only_the_owner_may_change_owner_fields(
    family: Family, fake: FakeBigCommerce, connect: Connect, change: dict[str, str]
) -> None:
    connect(fake).post(family.path, json=NEW)
    body = family.update_body(change)
    response = connect(fake, token=TOKEN_B).put(family.item(1), json=body)
    assert response.status_code == 403
    assert response.json()["title"] == "Only the owner may change this metafield"
    assert fake.metafields(family.resource)[0]["key"] == "location"


def test_others_may_change_description_and_resend_same_values(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    connect(fake).post(family.path, json=NEW)
    other = connect(fake, token=TOKEN_B)
    response = other.put(family.item(1), json={**NEW, "description": "noted"})
    assert response.status_code == 200
    assert response.json()["data"]["owner_client_id"] == "client-a"  # ownership does not move
    assert other.delete(family.item(1)).status_code == 204


@pytest.mark.parametrize("family", [CART_FAMILY, PRODUCT_FAMILY], ids=["cart", "product"])
def test_per_client_limit_is_403(family: Family, connect: Connect) -> None:
    fake = make_fake(max_per_resource=3)
    a, b = connect(fake), connect(fake, token=TOKEN_B)
    for n in range(3):
        assert a.post(family.path, json={**NEW, "key": f"k{n}"}).status_code == 200
    response = a.post(family.path, json={**NEW, "key": "k3"})
    assert response.status_code == 403
    assert response.json()["title"] == "Metafield limit reached"
    assert b.post(family.path, json={**NEW, "key": "k3"}).status_code == 200  # per client
    assert a.delete(family.item(1)).status_code == 204
    assert a.post(family.path, json={**NEW, "key": "k3"}).status_code == 200


def test_default_limit_is_250(fake: FakeBigCommerce) -> None:
    # Seeded, not posted: 250 requests would only slow the suite down.
    for n in range(250):
        fake.add_metafield(
            "product", 5, namespace="n", key=f"k{n}", value="v", owner_client_id="client-a"
        )
    with httpx.Client(
        base_url=fake.base_url, transport=fake.transport(), headers={"X-Auth-Token": "tok-a"}
    ) as client:
        response = client.post("/catalog/products/5/metafields", json=NEW)
        assert response.status_code == 403
        other = client.post(
            "/catalog/products/5/metafields", json=NEW, headers={"X-Auth-Token": TOKEN_B}
        )
        assert other.status_code == 200
