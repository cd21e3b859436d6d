"""The batch endpoints of every family over HTTP (in process and on loopback).

Parametrized over the fake's family table: what differs between families (batch path, key type
of create items, JSON type of PUT item ids, full or partial batch PUT, caps, catalogues) is read
from the entry, and the expected answer follows from it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx
import pytest
from fakekit import CLIENT_B, CREATE_FIELDS, NEW, TOKEN_A, TOKEN_B, Connect, FakeNow, make_fake
from familykit import (
    ALL,
    BAD_VALUES,
    FILTER_CASES,
    family_path,
    names,
    resource_id,
    seed,
    three,
    wire_resource_id,
)

from bigcommerce_metafields.testing import ALL_FILTERS, FAMILIES, FakeBigCommerce, Family

TYPE_URL = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"
EACH_FAMILY = pytest.mark.parametrize("family", FAMILIES, ids=names(FAMILIES))
#: Families whose resource is addressed under a parent (a variant under its product).
COMPOUND = [family for family in FAMILIES if len(family.ids) > 1]
#: Families whose resource ids the fake can be given a catalogue of (products, variants).
CATALOGUED = [family for family in FAMILIES if family.ids and family.ids[-1].catalogue]


@pytest.fixture
def now() -> FakeNow:
    return FakeNow()


@pytest.fixture
def fake(now: FakeNow) -> FakeBigCommerce:
    return make_fake(now=now)


def create_item(family: Family, bump: int = 0, **fields: str) -> dict[str, object]:
    """A batch create item on the family's resource (``bump``: another one)."""
    item: dict[str, object] = dict(NEW) | fields
    if family.key_kind is not None:  # store items name no resource
        item["resource_id"] = wire_resource_id(family, bump)
    return item


def update_item(
    family: Family, metafield_id: int, stored: Mapping[str, object] = NEW, **changes: str
) -> dict[str, object]:
    """A batch PUT item making ``changes`` to the metafield ``stored``: the changes alone where
    the family's batch PUT is partial, else its create fields with the changes applied."""
    fields = {name: stored[name] for name in CREATE_FIELDS if name in stored}
    body = dict(changes) if family.batch_partial_update else fields | changes
    return {"id": wire_update_id(family, metafield_id)} | body


def wire_update_id(family: Family, metafield_id: int) -> int | str:
    return str(metafield_id) if family.batch_update_id == "str" else metafield_id


def mid(obj: Mapping[str, object]) -> int:
    return int(str(obj["id"]))


def delete(client: httpx.Client, family: Family, ids: object) -> httpx.Response:
    return client.request("DELETE", family.batch_path, json=ids)


def failures(body: Mapping[str, object]) -> dict[int, dict[str, str]]:
    """The 422's error entries by status, each checked for its shape."""
    entries = body["errors"]
    assert isinstance(entries, list)
    by_status: dict[int, dict[str, str]] = {}
    for entry in entries:
        assert set(entry) == {"status", "title", "type", "errors"}
        assert entry["type"] == TYPE_URL
        by_status.setdefault(entry["status"], {}).update(entry["errors"])
    return by_status


# -- the four operations ---------------------------------------------------------------------


@EACH_FAMILY
def test_batch_create_list_update_delete(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    client = connect(fake)
    elsewhere = seed(fake, family, key="elsewhere", bump=2)  # listed store-wide as well

    created = client.post(
        family.batch_path, json=[create_item(family, key="a"), create_item(family, 1, key="b")]
    )
    assert created.status_code == 200, created.text
    body = created.json()
    assert (body["errors"], body["meta"]) == ([], {"total": 2, "success": 2, "failed": 0})
    a, b = body["data"]
    assert (a["key"], b["key"]) == ("a", "b")
    assert (a["resource_id"], b["resource_id"]) == (
        wire_resource_id(family),
        wire_resource_id(family, 1),
    )
    assert a["resource_type"] == family.name
    assert type(a["id"]) is (str if family.metafield_id == "str" else int)

    listed = client.get(family.batch_path)
    assert listed.status_code == 200
    assert [mid(mf) for mf in listed.json()["data"]] == [elsewhere, mid(a), mid(b)]
    assert listed.json()["data"] == fake.metafields(family.name)

    updated = client.put(
        family.batch_path,
        json=[update_item(family, mid(a), a, value="A2"), update_item(family, mid(b), b, value="")],
    )
    # An empty value is refused for the second item alone.
    assert updated.status_code == 422
    assert updated.json()["data"] == [fake.metafields(family.name)[1]]
    assert updated.json()["data"][0]["value"] == "A2"
    assert failures(updated.json()) == {
        422: {"1": "value must be between 1 and 65535 characters long"}
    }

    deleted = delete(client, family, [mid(a), mid(b)])
    assert deleted.status_code == 200
    assert deleted.json() == {
        "data": [mid(a), mid(b)],
        "errors": [],
        "meta": {"total": 2, "success": 2, "failed": 0},
    }
    assert [mid(mf) for mf in fake.metafields(family.name)] == [elsewhere]


@EACH_FAMILY
def test_a_partial_create_answers_422_with_what_succeeded_and_failures_by_index(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    client = connect(fake)
    without_resource = {
        k: v for k, v in create_item(family, 1, key="d").items() if k != "resource_id"
    }
    items = [
        create_item(family, key="a"),
        create_item(family, key="a"),  # a duplicate of the item before
        create_item(family, key="c", value=""),
        without_resource,
        create_item(family, key="e", permission_set="everyone", namespace=""),
        create_item(family, 1, key="a"),  # the same key on another resource
    ]
    response = client.post(family.batch_path, json=items)
    assert response.status_code == 422
    body = response.json()
    # Store items name no resource: the fourth is fine and the sixth is on the same resource.
    named = family.key_kind is not None
    succeeded = [0, 5] if named else [0, 3]
    assert [mf["key"] for mf in body["data"]] == [items[i]["key"] for i in succeeded]
    assert body["data"] == fake.metafields(family.name)
    assert body["meta"] == {"total": 6, "success": 2, "failed": 4}
    failed = failures(body)
    assert set(failed[409]) == ({"1"} if named else {"1", "5"})
    assert set(failed[422]) == ({"2", "3", "4"} if named else {"2", "4"})
    # All of an item's problems in one reason.
    assert "permission_set" in failed[422]["4"]
    assert "namespace" in failed[422]["4"]
    if named:
        assert failed[422]["3"] == "resource_id is required"
    # Entries come in the order of their first failing item.
    assert [entry["status"] for entry in body["errors"]] == [409, 422]


@EACH_FAMILY
def test_a_partial_update_fails_item_by_item(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    client = connect(fake)
    mine = seed(fake, family)
    theirs = seed(fake, family, key="theirs", owner_client_id=CLIENT_B)
    taken = seed(fake, family, key="taken")
    other_family = next(f for f in FAMILIES if f is not family)
    foreign = seed(fake, other_family)
    wrong_type = str(mine) if family.batch_update_id == "int" else mine
    items: list[object] = [
        update_item(family, mine, value="new"),
        update_item(family, 10_000, value="x"),  # no such metafield
        update_item(family, theirs, NEW | {"key": "theirs"}, value="mine now"),
        update_item(family, mine, permission_set="everyone"),
        {**update_item(family, mine, value="y"), "id": wrong_type},
        update_item(family, taken, NEW | {"key": "taken"}, key=NEW["key"]),  # onto a taken key
        {k: v for k, v in update_item(family, mine, value="z").items() if k != "id"},
        update_item(family, foreign, value="x"),  # another family's metafield
        {"id": wire_update_id(family, mine), "description": "partial"},
    ]
    response = client.put(family.batch_path, json=items)
    assert response.status_code == 422
    body = response.json()
    partial = family.batch_partial_update
    assert [mid(mf) for mf in body["data"]] == [mine] * (1 + partial)
    stored = fake.metafields(family.name)[0]
    assert stored["value"] == "new"
    assert stored["description"] == ("partial" if partial else "")
    assert body["meta"] == {"total": 9, "success": 1 + partial, "failed": 8 - partial}
    failed = failures(body)
    assert set(failed[404]) == {"1", "7"}
    assert set(failed[403]) == {"2"}
    assert set(failed[409]) == {"5"}
    assert set(failed[422]) == {"3", "4", "6"} | (set() if partial else {"8"})
    assert failed[422]["6"] == "id is required"
    assert (
        failed[422]["4"]
        == f"id must be {'an integer' if family.batch_update_id == 'int' else 'a string'}"
    )
    assert fake.metafields(family.name)[1]["value"] == NEW["value"]  # theirs, untouched
    assert fake.metafields(other_family.name)[0]["value"] == NEW["value"]


@EACH_FAMILY
def test_a_partial_delete_answers_the_ids_deleted(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    client = connect(fake)
    mine = seed(fake, family)
    theirs = seed(fake, family, key="theirs", owner_client_id=CLIENT_B)  # anyone may delete
    foreign = seed(fake, next(f for f in FAMILIES if f is not family))
    response = delete(client, family, [mine, 10_000, foreign, mine, theirs])
    assert response.status_code == 422
    body = response.json()
    assert body["data"] == [mine, theirs]
    assert body["meta"] == {"total": 5, "success": 2, "failed": 3}
    missing = {1: 10_000, 2: foreign, 3: mine}
    assert failures(body) == {
        404: {str(index): f"Metafield {i} does not exist." for index, i in missing.items()}
    }
    assert fake.metafields(family.name) == []


# -- refused whole ---------------------------------------------------------------------------

#: Bodies every batch write refuses whole, with 400, by method.
BAD_BATCHES: list[tuple[str, bytes]] = [
    ("POST", b"{not json"),
    ("POST", b'{"key": "k"}'),  # an object, not an array
    ("POST", b"[]"),
    ("POST", b'[1, "two"]'),
    ("PUT", b'[["id", 1]]'),
    ("PUT", b"[]"),
    ("PUT", b"null"),
    ("DELETE", b""),  # customer's documented shape, refused as for every family
    ("DELETE", b"[]"),
    ("DELETE", b'["1"]'),
    ("DELETE", b"[1.5]"),
    ("DELETE", b"[true]"),
    ("DELETE", b'[{"id": 1}]'),
]


@EACH_FAMILY
def test_a_malformed_batch_is_400_and_nothing_is_written(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    client = connect(fake)
    kept = seed(fake, family)
    before = fake.metafields(family.name)
    # A good item first: it is not written either.
    good_first = [
        ("POST", json.dumps([create_item(family, key="new"), 1]).encode()),
        ("PUT", json.dumps([update_item(family, kept, value="new"), "x"]).encode()),
        ("DELETE", json.dumps([kept, "x"]).encode()),
    ]
    for method, content in BAD_BATCHES + good_first:
        response = client.request(
            method, family.batch_path, content=content, headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, (method, content)
        body = response.json()
        assert (body["status"], body["title"], body["type"]) == (400, "Input is invalid", TYPE_URL)
        assert body["detail"]
    assert fake.metafields(family.name) == before


@EACH_FAMILY
def test_a_batch_over_the_maximum_size_is_413_whole(
    family: Family, now: FakeNow, connect: Connect
) -> None:
    fake = make_fake(now=now, max_batch_size=2)
    client = connect(fake)
    ids = [seed(fake, family, key=f"k{n}") for n in range(3)]
    too_many: list[tuple[str, list[object]]] = [
        ("POST", [create_item(family, key=f"new{n}") for n in range(3)]),
        (
            "PUT",
            [update_item(family, i, NEW | {"key": f"k{n}"}, value="0") for n, i in enumerate(ids)],
        ),
        ("DELETE", list(ids)),
    ]
    for method, items in too_many:
        before = fake.metafields(family.name)
        response = client.request(method, family.batch_path, json=items)
        assert response.status_code == 413, method
        assert response.json()["title"] == (
            "The request payload is too large. The maximum items allowed in the array is 2."
        )
        assert fake.metafields(family.name) == before
        # The maximum itself is fine.
        assert client.request(method, family.batch_path, json=items[:2]).status_code == 200


def test_the_default_maximum_is_50_and_none_lifts_it(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    assert FakeBigCommerce().max_batch_size == 50
    client = connect(fake)
    family = FAMILIES[0]
    items = [create_item(family, key=f"k{n}") for n in range(51)]
    assert client.post(family.batch_path, json=items).status_code == 413
    assert client.post(family.batch_path, json=items[:50]).status_code == 200
    fake.max_batch_size = None  # changed while serving
    more = [create_item(family, 1, key=f"k{n}") for n in range(51)]
    assert client.post(family.batch_path, json=more).status_code == 200
    assert len(fake.metafields(family.name)) == 101


# -- rules per item ----------------------------------------------------------------------------


@EACH_FAMILY
def test_the_per_client_cap_fails_the_items_over_it(
    family: Family, now: FakeNow, connect: Connect
) -> None:
    fake = make_fake(now=now, max_per_resource=2)
    response = connect(fake).post(
        family.batch_path, json=[create_item(family, key=f"k{n}") for n in range(3)]
    )
    # The store allows 10,000 whatever the setting.
    cap = family.max_per_resource or 2
    assert len(response.json()["data"]) == min(cap, 3)
    if cap < 3:
        assert response.status_code == 422
        assert failures(response.json()) == {
            403: {"2": f"A client may own at most 2 metafields per {family.name}."}
        }
    # Another client has a cap of its own.
    other = connect(fake, TOKEN_B).post(family.batch_path, json=[create_item(family, key="k0")])
    assert other.status_code == 200


@EACH_FAMILY
def test_uniqueness_is_per_client(family: Family, fake: FakeBigCommerce, connect: Connect) -> None:
    first = connect(fake, TOKEN_A).post(family.batch_path, json=[create_item(family)])
    second = connect(fake, TOKEN_B).post(family.batch_path, json=[create_item(family)])
    assert (first.status_code, second.status_code) == (200, 200)
    again = connect(fake, TOKEN_A).post(family.batch_path, json=[create_item(family)])
    assert again.status_code == 422
    assert set(failures(again.json())) == {409}


@pytest.mark.parametrize("family", CATALOGUED, ids=names(CATALOGUED))
def test_batch_items_must_name_resources_of_the_catalogue(
    family: Family, now: FakeNow, connect: Connect
) -> None:
    segment = family.ids[-1]
    assert segment.catalogue is not None
    address = resource_id(family)
    assert address is not None
    key, parents = family.json_resource_id(address), family.parents(address)
    # A catalogue of one resource: a variant's says its product too.
    known: object = {key: parents[-1]} if parents else [key]
    fake = make_fake(now=now, **{segment.catalogue: known})
    response = connect(fake).post(
        family.batch_path, json=[create_item(family, key="a"), create_item(family, 1, key="b")]
    )
    assert response.status_code == 422
    assert [mf["key"] for mf in response.json()["data"]] == ["a"]
    unknown = wire_resource_id(family, 1)
    assert failures(response.json()) == {404: {"1": f"No {segment.label.lower()} {unknown}."}}
    assert response.json()["errors"][0]["title"] == f"{segment.label} not found"


@pytest.mark.parametrize("family", COMPOUND, ids=names(COMPOUND))
def test_a_batch_names_a_variant_alone_and_its_first_path_gives_its_product(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    client = connect(fake)
    created = client.post(family.batch_path, json=[create_item(family)]).json()["data"]
    address = resource_id(family)
    assert isinstance(address, tuple)
    # Another parent of the same resource, e.g. variant 5 under product 112 instead of 111.
    moved = tuple(part + 1 for part in address[:-1]) + address[-1:]
    # The first path naming the resource makes it its parent's ...
    listed = client.get(family_path(family))
    assert listed.json()["data"] == created
    assert fake.metafields(family.name, address) == created
    # ... and it is no other parent's.
    elsewhere = client.get(f"{family.resource_path(moved)}/metafields")
    assert elsewhere.status_code == 404
    assert elsewhere.json()["title"] == f"{family.ids[-1].label} not found"
    assert fake.metafields(family.name, moved) == []
    with pytest.raises(ValueError, match="another resource"):
        fake.add_metafield(family.name, moved, namespace="n", key="k", value="v")
    # A reset forgets which parent it was.
    fake.reset()
    assert client.get(f"{family.resource_path(moved)}/metafields").status_code == 200


# -- the listing's filters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "name"),
    [
        pytest.param(family, name, id=f"{family.name}-{name}")
        for family in FAMILIES
        for name in sorted(ALL_FILTERS)
    ],
)
def test_batch_list_filters_the_family_takes_work_and_others_are_ignored(
    family: Family, name: str, fake: FakeBigCommerce, now: FakeNow
) -> None:
    values = three(fake, family, now, spread=True)
    value, expected = FILTER_CASES[name]
    with httpx.Client(
        base_url=fake.base_url, transport=fake.transport(), headers={"X-Auth-Token": TOKEN_A}
    ) as client:
        response = client.get(family.batch_path, params={name: value.format(**values)})
        bad = BAD_VALUES.get(name)
        refused = client.get(family.batch_path, params={name: bad}) if bad is not None else None
    assert response.status_code == 200
    data = response.json()["data"]
    taken = name in family.batch_filters
    assert [mf["key"] for mf in data] == (expected if taken else ALL)
    if data and name in ("include_fields", "exclude_fields"):
        fields = set(data[0])
        assert (fields == {"id", "key"}) is (name == "include_fields" and taken)
        assert ("value" in fields) is not taken
    if refused is not None:
        assert refused.status_code == (422 if taken else 200)
        if taken:
            assert set(refused.json()["errors"]) == {name}


# -- the batch routes are routes like the others -----------------------------------------------


@EACH_FAMILY
def test_batch_routes_are_logged_limited_and_faulted_like_every_route(
    family: Family, now: FakeNow, connect: Connect
) -> None:
    fake = make_fake(now=now, quota=150)
    client = connect(fake)
    fake.faults.add(path=family.batch_path, method="POST", status=503)
    assert client.post(family.batch_path, json=[create_item(family)]).status_code == 503
    assert fake.metafields(family.name) == []  # an injected status answers before processing
    response = client.post(family.batch_path, json=[create_item(family)])
    assert response.status_code == 200
    assert response.headers["x-rate-limit-requests-quota"] == "150"
    assert response.headers["x-rate-limit-requests-left"] == "149"
    recorded = fake.requests[-1]
    assert (recorded.method, recorded.status, recorded.client_id) == ("POST", 200, "client-a")
    assert recorded.path.endswith(f"/v3{family.batch_path}")
    assert recorded.json() == [create_item(family)]
    assert (fake.in_flight, fake.max_in_flight) == (0, 1)
    assert connect(fake, None).get(family.batch_path).status_code == 401
    not_allowed = client.patch(family.batch_path, json=[])
    assert not_allowed.status_code == 405
    assert not_allowed.headers["allow"] == "GET, POST, PUT, DELETE"
