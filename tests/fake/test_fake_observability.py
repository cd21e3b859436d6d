"""What tests can see of the fake: recorded requests, stored state, reset, thread safety."""

from __future__ import annotations

import threading

import httpx
import pytest
from fakekit import CART, NEW, TOKEN_A, TOKEN_B, Connect, FakeClock, make_fake

from bigcommerce_metafields.testing import FakeBigCommerce

CARTS = f"/carts/{CART}/metafields"


def test_requests_are_recorded_without_the_token(
    fake: FakeBigCommerce, client: httpx.Client
) -> None:
    client.post(CARTS, json=NEW, params={"x": "1"}, headers={"X-Trace": "t1"})
    client.get(CARTS, headers={"X-Auth-Token": "bad"})
    posted, refused = fake.requests
    assert (posted.method, posted.path, posted.query) == (
        "POST",
        f"/stores/abc123/v3{CARTS}",
        "x=1",
    )
    assert posted.json() == NEW
    assert posted.body == httpx.Request("POST", "/", json=NEW).read()
    assert posted.headers["content-type"] == "application/json"
    assert posted.headers["x-trace"] == "t1"
    assert "x-auth-token" not in posted.headers
    assert TOKEN_A not in repr(posted)
    assert (posted.authenticated, posted.client_id, posted.status) == (True, "client-a", 200)
    assert (refused.authenticated, refused.client_id, refused.status) == (False, None, 401)
    assert posted.started <= posted.finished <= refused.started <= refused.finished
    assert (posted.dropped, refused.body) == (None, b"")


def test_requests_of_another_client(fake: FakeBigCommerce, connect: Connect) -> None:
    connect(fake, token=TOKEN_B).get(CARTS)
    assert fake.requests[0].client_id == "client-b"


def test_seeded_metafields_are_served(fake: FakeBigCommerce, client: httpx.Client) -> None:
    seeded = fake.add_metafield("product", 9, namespace="n", key="k", value="v", description="d")
    served = client.get("/catalog/products/9/metafields/1").json()["data"]
    assert served == seeded
    assert (seeded["owner_client_id"], seeded["permission_set"]) == ("test-client", "app_only")
    assert fake.metafields("product", 9) == [seeded]
    assert fake.metafields("product", 10) == []
    assert fake.requests[0].path.endswith("/catalog/products/9/metafields/1")


def test_seeding_keeps_the_uniqueness_rule(fake: FakeBigCommerce) -> None:
    fake.add_metafield("cart", "c", namespace="n", key="k", value="v")
    with pytest.raises(ValueError, match="already exists"):
        fake.add_metafield("cart", "c", namespace="n", key="k", value="w")


def test_reset_forgets_everything(connect: Connect) -> None:
    clock = FakeClock()
    fake = make_fake(quota=3, clock=clock)
    client = connect(fake)
    client.post(CARTS, json=NEW)
    client.post(CARTS, json={**NEW, "key": "k2"})
    fake.faults.add(status=500, times=None)
    fake.platform_load = True
    fake.reset()
    assert (fake.metafields("cart"), fake.requests, len(fake.faults)) == ([], [], 0)
    assert fake.platform_load is False
    response = client.post(CARTS, json=NEW)
    assert response.json()["data"]["id"] == "1"  # ids start over
    assert response.headers["x-rate-limit-requests-left"] == "2"  # a fresh window
    assert fake.max_in_flight == 1


def test_concurrent_writes_from_many_threads(fake: FakeBigCommerce) -> None:
    def write(worker: int) -> None:
        with httpx.Client(
            base_url=fake.base_url, transport=fake.transport(), headers={"X-Auth-Token": TOKEN_A}
        ) as client:
            for n in range(25):
                response = client.post(CARTS, json={**NEW, "key": f"w{worker}-{n}"})
                assert response.status_code == 200

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ids = sorted(int(str(mf["id"])) for mf in fake.metafields("cart"))
    assert ids == list(range(1, 201))
    assert len(fake.requests) == 200
    assert fake.in_flight == 0


def test_bulk_seeding(fake: FakeBigCommerce, client: httpx.Client) -> None:
    fake.add_metafield("product", 3, namespace="seed", key="mine", value="v")
    fake.add_metafields("product", 3, 300, owner_client_id="client-a")  # past the 250 cap
    body = client.get("/catalog/products/3/metafields", params={"limit": 2, "page": 2}).json()
    assert body["meta"]["pagination"]["total"] == 301
    assert [(mf["id"], mf["key"], mf["value"]) for mf in body["data"]] == [
        (3, "key-2", "value-2"),
        (4, "key-3", "value-3"),
    ]
    assert body["data"][0]["owner_client_id"] == "client-a"
    with pytest.raises(ValueError, match="already exists"):
        fake.add_metafields("product", 3, 1, owner_client_id="client-a")
    # The cap still binds the API client that now owns 300.
    assert client.post("/catalog/products/3/metafields", json=NEW).status_code == 403
