"""List operations: pagination envelope, filters, order and field selection."""

from __future__ import annotations

import httpx
import pytest
from fakekit import CART_FAMILY, NEW, PRODUCT_FAMILY, Connect, FakeNow, Family, make_fake

from bigcommerce_metafields.testing import FakeBigCommerce


def _seed(fake: FakeBigCommerce, family: Family, count: int) -> None:
    for n in range(count):
        fake.add_metafield(
            family.resource,
            family.resource_id,
            namespace=f"ns{n % 2}",
            key=f"k{n}",
            value=f"v{n}",
            owner_client_id="client-a",
        )


def _list(client: httpx.Client, family: Family, **params: str | int) -> dict[str, object]:
    response = client.get(family.path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, object] = response.json()
    return body


def _ids(body: dict[str, object]) -> list[object]:
    data = body["data"]
    assert isinstance(data, list)
    return [item["id"] for item in data]


def test_an_empty_list(family: Family, client: httpx.Client) -> None:
    assert _list(client, family) == {
        "data": [],
        "meta": {
            "pagination": {
                "total": 0,
                "count": 0,
                "per_page": 50,
                "current_page": 1,
                "total_pages": 0,
                "links": {"current": "?page=1&limit=50"},
            },
            # Without page, the first page of a cursor walk too (no cursors on an empty one).
            "cursor_pagination": {"count": 0, "per_page": 50, "links": {"current": "?limit=50"}},
        },
    }


def test_pages_and_links(family: Family, fake: FakeBigCommerce, client: httpx.Client) -> None:
    _seed(fake, family, 5)
    first, middle, last = (_list(client, family, page=p, limit=2) for p in (1, 2, 3))
    assert _ids(first) == [family.wire_id(1), family.wire_id(2)]
    assert _ids(middle) == [family.wire_id(3), family.wire_id(4)]
    assert _ids(last) == [family.wire_id(5)]
    assert first["meta"] == {
        "pagination": {
            "total": 5,
            "count": 2,
            "per_page": 2,
            "current_page": 1,
            "total_pages": 3,
            "links": {"current": "?page=1&limit=2", "next": "?page=2&limit=2"},
        }
    }
    assert middle["meta"]["pagination"]["links"] == {  # type: ignore[index]
        "previous": "?page=1&limit=2",
        "current": "?page=2&limit=2",
        "next": "?page=3&limit=2",
    }
    assert last["meta"]["pagination"]["count"] == 1  # type: ignore[index]
    assert last["meta"]["pagination"]["links"] == {  # type: ignore[index]
        "previous": "?page=2&limit=2",
        "current": "?page=3&limit=2",
    }


def test_a_page_past_the_end_is_empty_with_true_totals(
    family: Family, fake: FakeBigCommerce, client: httpx.Client
) -> None:
    _seed(fake, family, 3)
    body = _list(client, family, page=9, limit=2)
    assert body["data"] == []
    assert body["meta"] == {
        "pagination": {
            "total": 3,
            "count": 0,
            "per_page": 2,
            "current_page": 9,
            "total_pages": 2,
            "links": {"previous": "?page=8&limit=2", "current": "?page=9&limit=2"},
        }
    }


def test_default_limit_is_50_and_limit_is_clamped_to_250(
    family: Family, fake: FakeBigCommerce, client: httpx.Client
) -> None:
    _seed(fake, family, 260)
    body = _list(client, family)
    assert (len(_ids(body)), body["meta"]["pagination"]["total_pages"]) == (50, 6)  # type: ignore[index]
    body = _list(client, family, limit=1000)
    pagination = body["meta"]["pagination"]  # type: ignore[index]
    assert (len(_ids(body)), pagination["per_page"], pagination["total_pages"]) == (250, 250, 2)
    assert pagination["links"]["next"] == "?page=2&limit=250"


def test_direction_orders_by_id(
    family: Family, fake: FakeBigCommerce, client: httpx.Client
) -> None:
    _seed(fake, family, 3)
    wire = [family.wire_id(n) for n in (1, 2, 3)]
    assert _ids(_list(client, family, direction="asc")) == wire
    assert _ids(_list(client, family, direction="desc")) == wire[::-1]
    assert _ids(_list(client, family, direction="desc", limit=2, page=2)) == [wire[0]]


def test_key_and_namespace_filters(
    family: Family, fake: FakeBigCommerce, client: httpx.Client
) -> None:
    _seed(fake, family, 4)  # k0/ns0, k1/ns1, k2/ns0, k3/ns1
    assert _ids(_list(client, family, key="k2")) == [family.wire_id(3)]
    body = _list(client, family, namespace="ns1")
    assert _ids(body) == [family.wire_id(2), family.wire_id(4)]
    assert body["meta"]["pagination"]["total"] == 2  # type: ignore[index]
    assert _ids(_list(client, family, namespace="ns1", key="k0")) == []
    assert _ids(_list(client, family, key="nope")) == []


def test_in_filters_on_products(fake: FakeBigCommerce, client: httpx.Client) -> None:
    _seed(fake, PRODUCT_FAMILY, 4)
    assert _ids(_list(client, PRODUCT_FAMILY, **{"key:in": "k0,k3,zz"})) == [1, 4]
    assert _ids(_list(client, PRODUCT_FAMILY, **{"namespace:in": "ns0, ns9"})) == [1, 3]
    assert _ids(_list(client, PRODUCT_FAMILY, **{"key:in": "k0,k1", "key": "k1"})) == [2]


def test_cart_lists_ignore_product_only_parameters(
    fake: FakeBigCommerce, client: httpx.Client
) -> None:
    _seed(fake, CART_FAMILY, 2)
    params = {"key:in": "zz", "include_fields": "key", "date_created:min": "2999-01-01"}
    body = _list(client, CART_FAMILY, **params)
    assert _ids(body) == ["1", "2"]
    assert set(body["data"][0]) >= {"value", "namespace", "date_created"}  # type: ignore[index]


def test_date_filters(connect: Connect) -> None:
    now = FakeNow()  # 2023-11-15T15:16:35+00:00
    fake = make_fake(now=now)
    client = connect(fake)
    for n in range(3):
        client.post(PRODUCT_FAMILY.path, json={**NEW, "key": f"k{n}"})
        now.advance(3600)
    client.put(PRODUCT_FAMILY.item(1), json={"value": "later"})  # modified at 18:16:35

    def ids(**params: str) -> list[object]:
        return _ids(_list(client, PRODUCT_FAMILY, **params))

    assert ids(**{"date_created:min": "2023-11-15T16:16:35+00:00"}) == [2, 3]
    assert ids(**{"date_created:max": "2023-11-15T16:16:35Z"}) == [1, 2]
    window = {"date_created:min": "2023-11-15T16:00:00", "date_created:max": "2023-11-15T17:00"}
    assert ids(**window) == [2]
    assert ids(**{"date_modified:min": "2023-11-15T18:00:00+00:00"}) == [1]
    assert ids(**{"date_modified:max": "2023-11-15T17:16:35+00:00"}) == [2, 3]
    assert ids(**{"date_created:min": "2023-11-15"}) == [1, 2, 3]
    assert ids(**{"date_created:min": "2023-11-15T17:16:35+02:00"}) == [1, 2, 3]


def test_include_and_exclude_fields(fake: FakeBigCommerce, client: httpx.Client) -> None:
    _seed(fake, PRODUCT_FAMILY, 1)
    assert _list(client, PRODUCT_FAMILY, include_fields="key,value")["data"] == [
        {"id": 1, "key": "k0", "value": "v0"}
    ]
    assert _list(client, PRODUCT_FAMILY, include_fields="key,id,bogus")["data"] == [
        {"id": 1, "key": "k0"}
    ]
    excluded = _list(client, PRODUCT_FAMILY, exclude_fields="id,value,date_created")["data"]
    assert sorted(excluded[0]) == sorted(  # type: ignore[index]
        [
            "id",
            "key",
            "namespace",
            "permission_set",
            "resource_type",
            "resource_id",
            "description",
            "date_modified",
            "owner_client_id",
        ]
    )
    both = _list(client, PRODUCT_FAMILY, include_fields="key,value", exclude_fields="value")
    assert both["data"] == [{"id": 1, "key": "k0"}]


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"page": "0"}, "page"),
        ({"page": "x"}, "page"),
        ({"limit": "0"}, "limit"),
        ({"limit": "-5"}, "limit"),
        ({"limit": "2.5"}, "limit"),
        ({"direction": "up"}, "direction"),
        ({"date_created:min": "yesterday"}, "date_created:min"),
        ({"date_modified:max": "2023-13-45"}, "date_modified:max"),
    ],
)
def test_bad_list_parameters_are_422(
    client: httpx.Client, params: dict[str, str], bad: str
) -> None:
    response = client.get(PRODUCT_FAMILY.path, params=params)
    assert response.status_code == 422
    assert list(response.json()["errors"]) == [bad]


def test_get_one_ignores_list_parameters(family: Family, client: httpx.Client) -> None:
    client.post(family.path, json=NEW)
    response = client.get(family.item(1), params={"page": "0", "include_fields": "key"})
    assert response.status_code == 200
    assert response.json()["data"]["value"] == "4HG"
