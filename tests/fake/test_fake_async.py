"""The fake through httpx.AsyncClient, on asyncio and on trio, in process and over loopback."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest
from fakekit import NEW, AsyncConnect, Family, make_fake

from bigcommerce_metafields.testing import FakeBigCommerce

pytestmark = pytest.mark.anyio


async def test_crud_round_trip(
    family: Family, fake: FakeBigCommerce, aconnect: AsyncConnect
) -> None:
    async with aconnect(fake) as client:
        created = await client.post(family.path, json=NEW)
        assert created.status_code == 200
        assert created.json()["data"]["id"] == family.wire_id(1)
        updated = await client.put(family.item(1), json=family.update_body({"value": "5HG"}))
        assert updated.json()["data"]["value"] == "5HG"
        listed = await client.get(family.path)
        assert [item["value"] for item in listed.json()["data"]] == ["5HG"]
        assert (await client.delete(family.item(1))).status_code == 204
        assert (await client.get(family.item(1))).status_code == 404


async def test_latency_does_not_block_other_requests(aconnect: AsyncConnect) -> None:
    fake = make_fake(latency=0.2)
    statuses: list[int] = []

    async def fetch(client: httpx.AsyncClient) -> None:
        statuses.append((await client.get("/carts/c1/metafields")).status_code)

    async with aconnect(fake) as client:
        started = time.monotonic()
        async with anyio.create_task_group() as group:
            for _ in range(5):
                group.start_soon(fetch, client)
        elapsed = time.monotonic() - started
    assert statuses == [200] * 5
    assert 0.2 <= elapsed < 0.9  # concurrent: one after another would take 1 s
    assert (fake.max_in_flight, fake.in_flight) == (5, 0)


@pytest.mark.parametrize("when", ["before", "after"])
async def test_drops_raise_remote_protocol_error(
    fake: FakeBigCommerce, aconnect: AsyncConnect, when: str
) -> None:
    fake.faults.add(method="POST", drop=when)  # type: ignore[arg-type]
    async with aconnect(fake) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            await client.post("/carts/c1/metafields", json=NEW)
        assert len(fake.metafields("cart")) == (1 if when == "after" else 0)
        assert (await client.get("/carts/c1/metafields")).status_code == 200


async def test_injected_status(fake: FakeBigCommerce, aconnect: AsyncConnect) -> None:
    fake.faults.add(status=503, body="html", times=1)
    async with aconnect(fake) as client:
        failed = await client.get("/carts/c1/metafields")
        assert (failed.status_code, failed.headers["content-type"]) == (
            503,
            "text/html; charset=utf-8",
        )
        assert (await client.get("/carts/c1/metafields")).status_code == 200


async def test_a_cancelled_request_leaves_the_fake_consistent(aconnect: AsyncConnect) -> None:
    fake = make_fake()
    fake.faults.add(latency=0.5)
    async with aconnect(fake) as client:
        with anyio.move_on_after(0.15):
            await client.post("/carts/c1/metafields", json=NEW)
        # Over loopback the server still finishes the request on its own time.
        with anyio.fail_after(2):
            while fake.in_flight:  # noqa: ASYNC110 (set by the server thread: no event to await)
                await anyio.sleep(0.01)
        assert (await client.get("/carts/c1/metafields")).status_code == 200
    assert fake.max_in_flight == 1
    assert len(fake.requests) == 2
