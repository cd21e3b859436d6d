"""Every family of the fake's own table, over real HTTP (httpx through the in-process transport).

The tests are parametrized over ``FAMILIES``, so a new entry is tested with no edit here: what
differs between families (path and id types, metafield id type in JSON, partial or full PUT, list
filters, ``owner_client_id``, list and create or not) is read from the entry, and the expected
behaviour follows from it.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fakekit import CART, CLIENT_A, NEW, TOKEN_A, TOKEN_B, FakeNow, make_fake
from familykit import (
    ALL,
    BAD_VALUES,
    COLLECTIONS,
    FILTER_CASES,
    ITEM_ONLY,
    WITH_PRODUCT,
    family_path,
    full,
    names,
    resource_id,
    seed,
    three,
)

from bigcommerce_metafields.testing import (
    ALL_FILTERS,
    FAMILIES,
    FakeBigCommerce,
    Family,
)
from bigcommerce_metafields.testing._store import MetafieldStore


def _create(client: httpx.Client, fake: FakeBigCommerce, family: Family, **body: str) -> int:
    """A metafield made the family's way: POST where it has one, else seeded (store)."""
    if not family.collection:
        return seed(fake, family, **body)
    response = client.post(family_path(family), json=NEW | body)
    assert response.status_code == 200, response.text
    return int(str(response.json()["data"]["id"]))


@pytest.fixture
def now() -> FakeNow:
    return FakeNow()


@pytest.fixture
def fake(now: FakeNow) -> FakeBigCommerce:
    return make_fake(now=now)


@pytest.fixture
def client(fake: FakeBigCommerce) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=fake.base_url, transport=fake.transport(), headers={"X-Auth-Token": TOKEN_A}
    ) as client:
        yield client


@pytest.fixture
def other(fake: FakeBigCommerce) -> Iterator[httpx.Client]:
    """A second API client (another owner)."""
    with httpx.Client(
        base_url=fake.base_url, transport=fake.transport(), headers={"X-Auth-Token": TOKEN_B}
    ) as client:
        yield client


# -- round trip and the metafield object -----------------------------------------------------


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_round_trip(family: Family, fake: FakeBigCommerce, client: httpx.Client) -> None:
    mid = _create(client, fake, family)
    item = f"{family_path(family)}/{mid}"

    got = client.get(item)
    assert got.status_code == 200
    assert got.json()["meta"] == {}
    assert got.json()["data"]["key"] == NEW["key"]

    if family.collection:
        listed = client.get(family_path(family))
        assert listed.status_code == 200
        assert listed.json()["data"] == [got.json()["data"]]
        assert listed.json()["meta"]["pagination"]["total"] == 1

    updated = client.put(item, json=full(value="5HG", description="moved"))
    assert updated.status_code == 200
    assert updated.json()["meta"] == {}
    assert updated.json()["data"]["value"] == "5HG"
    assert updated.json()["data"]["description"] == "moved"
    assert client.get(item).json() == updated.json()
    assert fake.metafields(family.name, resource_id(family)) == [updated.json()["data"]]

    deleted = client.delete(item)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get(item).status_code == 404
    assert fake.metafields(family.name, resource_id(family)) == []


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_the_object_has_the_family_id_types_and_owner(
    family: Family, fake: FakeBigCommerce, client: httpx.Client
) -> None:
    mid = _create(client, fake, family)
    data = client.get(f"{family_path(family)}/{mid}").json()["data"]

    # Cart and store metafield ids are JSON strings, every other family's are integers.
    expected_id: int | str = str(mid) if family.metafield_id == "str" else mid
    assert data["id"] == expected_id
    assert type(data["id"]) is type(expected_id)
    assert data["resource_type"] == family.name
    # A variant's resource_id is the variant id alone; the store's is "0".
    rid = resource_id(family)
    assert data["resource_id"] == (family.json_resource_id(rid) if rid is not None else "0")
    assert ("owner_client_id" in data) is family.owner_client_id
    if family.owner_client_id:
        assert data["owner_client_id"] == CLIENT_A


def test_the_table_holds_the_ten_families() -> None:
    assert [family.name for family in FAMILIES] == [
        "product",
        "variant",
        "category",
        "brand",
        "cart",
        "order",
        "customer",
        "channel",
        "location",
        "store",
    ]
    assert all(family.filters <= ALL_FILTERS for family in FAMILIES)


# -- PUT: partial or full ----------------------------------------------------------------------


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_partial_or_full_put(family: Family, fake: FakeBigCommerce, client: httpx.Client) -> None:
    mid = _create(client, fake, family, description="kept")
    item = f"{family_path(family)}/{mid}"
    response = client.put(item, json={"value": "changed"})
    if family.partial_update:
        assert response.status_code == 200
        data = response.json()["data"]
        assert (data["value"], data["key"], data["description"]) == ("changed", "location", "kept")
    else:
        # Documented with the create schema: the four create fields are required.
        assert response.status_code == 422
        assert set(response.json()["errors"]) == {"namespace", "key", "permission_set"}
        assert client.get(item).json()["data"]["value"] == NEW["value"]
    # A whole body is right for both kinds; every field given is validated as on create.
    assert client.put(item, json=full(value="again")).json()["data"]["value"] == "again"
    bad = client.put(item, json=full(permission_set="everyone"))
    assert bad.status_code == 422
    assert set(bad.json()["errors"]) == {"permission_set"}


# -- errors: missing, duplicate, foreign owner, unknown product --------------------------------


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_a_missing_metafield_is_404(
    family: Family, fake: FakeBigCommerce, client: httpx.Client
) -> None:
    mid = _create(client, fake, family)
    for method in ("GET", "PUT", "DELETE"):
        response = client.request(method, f"{family_path(family)}/{mid + 1}", json=full())
        assert response.status_code == 404, method
        assert response.json()["status"] == 404
    if family.ids:  # the metafield exists, but on another resource of the family
        assert client.get(f"{family_path(family, bump=1)}/{mid}").status_code == 404
    assert client.get(f"{family_path(family)}/abc").status_code == 404


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_a_duplicate_namespace_and_key_of_one_client_is_409(
    family: Family, fake: FakeBigCommerce, client: httpx.Client, other: httpx.Client
) -> None:
    first = _create(client, fake, family)
    if family.collection:
        duplicate = client.post(family_path(family), json=NEW)
        assert duplicate.status_code == 409
        assert duplicate.json()["status"] == 409
        # Unique per client: another client may use the same namespace and key.
        assert other.post(family_path(family), json=NEW).status_code == 200
        # ...and per resource.
        assert client.post(family_path(family, bump=1), json=NEW).status_code == 200
    # Renaming onto a taken namespace+key is a duplicate too (the store's only way to get one).
    second = _create(client, fake, family, key="shelf")
    renamed = client.put(f"{family_path(family)}/{second}", json=full(key="location"))
    assert renamed.status_code == 409
    assert client.get(f"{family_path(family)}/{first}").status_code == 200


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_only_the_owner_may_change_the_value(
    family: Family, fake: FakeBigCommerce, client: httpx.Client, other: httpx.Client
) -> None:
    item = f"{family_path(family)}/{_create(client, fake, family)}"
    assert other.put(item, json=full(value="theirs")).status_code == 403
    assert other.put(item, json=full(description="free for all")).status_code == 200
    assert other.delete(item).status_code == 204


@pytest.mark.parametrize("family", WITH_PRODUCT, ids=names(WITH_PRODUCT))
def test_an_unknown_product_is_404(family: Family, now: FakeNow) -> None:
    fake = make_fake(now=now, products=[111])
    headers = {"X-Auth-Token": TOKEN_A}
    with httpx.Client(base_url=fake.base_url, transport=fake.transport(), headers=headers) as c:
        assert c.post(family_path(family), json=NEW).status_code == 200
        unknown = c.get(family_path(family, bump=1))
        assert unknown.status_code == 404
        assert unknown.json()["title"] == "Product not found"


@pytest.mark.parametrize("family", ITEM_ONLY, ids=names(ITEM_ONLY))
def test_a_family_without_list_or_create_answers_404_and_405(
    family: Family, fake: FakeBigCommerce, client: httpx.Client
) -> None:
    # The store's list and create are its batch endpoints, at the same path: the listing is
    # store-wide and POST takes an array.
    item = f"{family_path(family)}/{seed(fake, family)}"
    assert family_path(family) == family.batch_path
    assert client.get(family_path(family)).json()["data"] == fake.metafields(family.name)
    assert client.post(family_path(family), json=NEW).status_code == 400
    not_allowed = client.post(item, json=NEW)
    assert not_allowed.status_code == 405
    assert not_allowed.headers["allow"] == "GET, PUT, DELETE"


# -- list filters ------------------------------------------------------------------------------

FILTER_PARAMS = [
    pytest.param(family, name, id=f"{family.name}-{name}")
    for family in COLLECTIONS
    for name in sorted(ALL_FILTERS)
]


def test_every_filter_of_the_table_has_a_case() -> None:
    assert set(FILTER_CASES) == ALL_FILTERS


@pytest.mark.parametrize(("family", "name"), FILTER_PARAMS)
def test_list_filters_the_family_takes_work_and_others_are_ignored(
    family: Family, name: str, fake: FakeBigCommerce, now: FakeNow, client: httpx.Client
) -> None:
    values = three(fake, family, now)
    value, expected = FILTER_CASES[name]
    response = client.get(family_path(family), params={name: value.format(**values)})
    assert response.status_code == 200
    data = response.json()["data"]
    taken = name in family.filters
    assert [mf["key"] for mf in data] == (expected if taken else ALL)
    if not data:
        return
    fields = set(data[0])
    if name == "include_fields" and taken:
        assert fields == {"id", "key"}  # the id always comes along
    else:
        assert ("value" in fields) is not (name == "exclude_fields" and taken)
        assert len(fields) > 2


@pytest.mark.parametrize(
    ("family", "name"),
    [
        pytest.param(family, name, id=f"{family.name}-{name}")
        for family in COLLECTIONS
        for name in sorted(BAD_VALUES)
    ],
)
def test_a_bad_filter_value_is_422_where_the_family_takes_it(
    family: Family, name: str, fake: FakeBigCommerce, now: FakeNow, client: httpx.Client
) -> None:
    three(fake, family, now)
    response = client.get(family_path(family), params={name: BAD_VALUES[name]})
    if name in family.filters:
        assert response.status_code == 422
        assert set(response.json()["errors"]) == {name}
    else:
        assert response.status_code == 200
        assert [mf["key"] for mf in response.json()["data"]] == ALL


@pytest.mark.parametrize("family", COLLECTIONS, ids=names(COLLECTIONS))
def test_list_pagination_envelope(
    family: Family, fake: FakeBigCommerce, now: FakeNow, client: httpx.Client
) -> None:
    three(fake, family, now)
    body = client.get(family_path(family), params={"limit": 2, "page": 2}).json()
    assert [mf["key"] for mf in body["data"]] == ["k3"]
    assert body["meta"]["pagination"] == {
        "total": 3,
        "count": 1,
        "per_page": 2,
        "current_page": 2,
        "total_pages": 2,
        "links": {"current": "?page=2&limit=2", "previous": "?page=1&limit=2"},
    }


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_seeding_takes_the_family_resource_id(family: Family, fake: FakeBigCommerce) -> None:
    fake.add_metafields(family.name, resource_id(family), 3)
    assert len(fake.metafields(family.name, resource_id(family))) == 3
    assert len(fake.metafields(family.name)) == 3
    with pytest.raises(ValueError, match="resource id"):
        fake.add_metafield(family.name, ("a", "b", "c"), namespace="n", key="k", value="v")  # type: ignore[arg-type]


def test_a_variant_is_addressed_by_product_and_variant(fake: FakeBigCommerce) -> None:
    made = fake.add_metafield("variant", (111, 5), namespace="n", key="k", value="v")
    assert made["resource_id"] == 5
    assert fake.metafields("variant", (111, 5)) == [made]
    assert fake.metafields("variant", (112, 5)) == []
    headers = {"X-Auth-Token": TOKEN_A}
    with httpx.Client(base_url=fake.base_url, transport=fake.transport(), headers=headers) as c:
        mid = made["id"]
        assert c.get(f"/catalog/products/111/variants/5/metafields/{mid}").status_code == 200
        assert c.get(f"/catalog/products/112/variants/5/metafields/{mid}").status_code == 404


def test_the_store_allows_ten_thousand_per_client(fake: FakeBigCommerce) -> None:
    assert MetafieldStore(250).cap("store") == 10_000
    assert MetafieldStore(250).cap("order") == 250
    assert MetafieldStore(None).cap("store") is None
    made = fake.add_metafield("store", None, namespace="n", key="k", value="v")
    assert made["resource_id"] == "0"
    assert fake.metafields("store", "0") == fake.metafields("store") == [made]


# -- the table against BigCommerce's reference ---------------------------------------------------

_EXT = {
    "key:in",
    "namespace:in",
    "date_created:min",
    "date_created:max",
    "date_modified:min",
    "date_modified:max",
    "include_fields",
}
_BASIC = {"page", "limit", "key", "namespace", "direction", "before", "after"}
_BY_ID = {"id", "id:in", "id:not_in", "id:min", "id:max", "id:greater", "id:less"}
#: family -> (metafield id JSON type, partial PUT, owner_client_id shown, list filters or None when
#: the family has no list at its resource path), as BigCommerce's reference documents them. The
#: tests above check the fake does what its table says; this checks what the table says.
DOCUMENTED: dict[str, tuple[str, bool, bool, set[str] | None]] = {
    "product": ("int", True, True, _BASIC | _EXT | {"exclude_fields"}),
    "variant": ("int", False, False, _BASIC | _EXT),
    "category": ("int", False, False, _BASIC | _EXT | _BY_ID | {"exclude_fields"}),
    "brand": (
        "int",
        True,
        True,
        {"page", "limit", "key", "namespace", "include_fields", "exclude_fields"}
        | {"before", "after"}
        | _BY_ID,
    ),
    "cart": ("str", False, True, _BASIC),
    "order": ("int", False, True, _BASIC | _EXT | {"date_created", "date_modified"}),
    "customer": ("int", True, False, _BASIC | _EXT),
    "channel": ("int", True, False, _BASIC | _EXT | {"date_created", "date_modified"}),
    "location": ("int", True, True, _BASIC | _EXT),
    "store": ("str", False, True, None),
}
PATHS = {
    "product": "/catalog/products/111/metafields",
    "variant": "/catalog/products/111/variants/5/metafields",
    "category": "/catalog/categories/111/metafields",
    "brand": "/catalog/brands/111/metafields",
    "cart": f"/carts/{CART[:-1]}0/metafields",
    "order": "/orders/111/metafields",
    "customer": "/customers/111/metafields",
    "channel": "/channels/111/metafields",
    "location": "/inventory/locations/111/metafields",
    "store": "/store/metafields",
}


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_the_table_says_what_the_reference_documents(family: Family) -> None:
    if family.name not in DOCUMENTED:
        pytest.skip("a family newer than this list")
    id_type, partial, owner, filters = DOCUMENTED[family.name]
    assert family.metafield_id == id_type
    assert family.partial_update is partial
    assert family.owner_client_id is owner
    assert family.collection is (filters is not None)
    if filters is not None:
        assert family.filters == filters
    assert family_path(family) == PATHS[family.name]
    assert MetafieldStore(250).cap(family.name) == (10_000 if family.name == "store" else 250)


#: family -> (batch path, batch PUT partial, batch PUT item ``id`` type, batch GET filters), as
#: the API facts and BigCommerce's reference document them: every batch GET takes the basic and
#: extended filters with the cursors, the product and variant ones resource_id:in too (release
#: notes); cart, order and store batch PUTs need the four create fields; cart and location batch
#: PUT items type ``id`` as a string.
_BATCH = _BASIC | _EXT
BATCH_DOCUMENTED: dict[str, tuple[str, bool, str, set[str]]] = {
    "product": ("/catalog/products/metafields", True, "int", _BATCH | {"resource_id:in"}),
    "variant": ("/catalog/variants/metafields", True, "int", _BATCH | {"resource_id:in"}),
    "category": ("/catalog/categories/metafields", True, "int", _BATCH),
    "brand": ("/catalog/brands/metafields", True, "int", _BATCH),
    "cart": ("/carts/metafields", False, "str", _BATCH),
    "order": ("/orders/metafields", False, "int", _BATCH),
    "customer": ("/customers/metafields", True, "int", _BATCH),
    "channel": ("/channels/metafields", True, "int", _BATCH),
    "location": ("/inventory/locations/metafields", True, "str", _BATCH),
    "store": ("/store/metafields", False, "int", _BATCH),
}


@pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
def test_the_batch_table_says_what_the_reference_documents(family: Family) -> None:
    if family.name not in BATCH_DOCUMENTED:
        pytest.skip("a family newer than this list")
    path, partial, id_type, filters = BATCH_DOCUMENTED[family.name]
    assert (family.batch_path, family.batch_partial_update) == (path, partial)
    assert (family.batch_update_id, family.batch_filters) == (id_type, filters)
