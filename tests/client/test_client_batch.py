"""Batch operations against the fake: every family's round trip, chunking against the fake's
maximum batch size, input order, concurrency through the client's in-flight cap, partial success
and whole refusals, and every item checked before anything is sent.

Families are the client's resources with a `.batch` (batchkit), items built from the item models
their signatures name. Runs sync and async (asyncio, trio), in process and over loopback.
"""

from __future__ import annotations

from typing import Any

import pytest
from batchkit import (
    batch_families,
    create_items,
    fake_name,
    resource_ids,
    stored,
    takes_resource_filter,
    update_items,
)
from clientkit import Connect, make_fake, raises

from bigcommerce_metafields import (
    DEFAULT_BATCH_SIZE,
    BatchError,
    ConflictError,
    MetafieldsClient,
    NotFoundError,
    OtherClientError,
    PermissionDeniedError,
    ProductMetafieldCreateItem,
    ProductMetafieldUpdateItem,
    ValidationError,
    resources,
)
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN

FAMILIES = batch_families()
PRODUCTS = "product_metafields"
"""The family of the tests of one mechanism (chunks, order, refusals): any would do."""


def test_every_family_has_batch_operations() -> None:
    with MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN) as client:
        every = [n for n, v in vars(client).items() if type(v).__name__ in resources.__all__]
    assert sorted(every) == FAMILIES
    assert {"cart_metafields", "product_metafields", "store_metafields"} <= set(FAMILIES)
    assert make_fake().max_batch_size == DEFAULT_BATCH_SIZE  # the default fits the fake's


def _writes(fake: Any, method: str) -> list[Any]:
    return [r for r in fake.requests if r.method == method]


# Every family in process (the wire is the same for all; loopback is covered by the rest).
@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("family", FAMILIES)
async def test_every_family_writes_many_in_chunks_and_loses_no_outcome(
    family: str, connect: Connect
) -> None:
    fake = make_fake(max_batch_size=3)
    api = connect(fake, batch_size=3)
    resources = resource_ids(family, 2)
    items = create_items(family, resources, 7)
    earlier = await api(f"{family}.batch.create", [items[1], items[4]])
    assert [m.key for m in earlier] == ["k1", "k4"]

    with raises(BatchError) as caught:
        await api(f"{family}.batch.create", items)

    # 7 items in chunks of 3, 3 and 1. Items 1 and 4, in two chunks, were duplicates; the rest
    # were written, and the caller has them in input order, as the store holds them.
    assert sorted(len(r.json()) for r in _writes(fake, "POST")) == [1, 2, 3, 3]
    error = caught.value
    assert error.succeeded_indices == [0, 2, 3, 5, 6]
    assert [(m.key, m.value) for m in error.succeeded] == [
        (f"k{n}", f"v{n}") for n in (0, 2, 3, 5, 6)
    ]
    assert [f.index for f in error.failures] == [1, 4]
    for failure in error.failures:
        assert failure.item is items[failure.index]
        assert failure.status == 409
        assert type(failure.error) is ConflictError
    assert "2 of 7 items failed, 5 succeeded" in str(error)
    everything = [*earlier, *error.succeeded]
    held = stored(fake, family)
    assert sorted(str(m["id"]) for m in held) == sorted(str(m.id) for m in everything)
    if resources != [None]:
        assert [str(m.resource_id) for m in error.succeeded] == [
            str(resources[n % 2]) for n in (0, 2, 3, 5, 6)
        ]

    # The store-wide listing finds them, by resource where the family's takes it.
    filters: dict[str, Any] = {"namespace": "bulk"}
    if takes_resource_filter(family):
        filters = {"resource_id_in": resources}
    listed = await api(f"{family}.batch.list", **filters, limit=250)
    assert sorted(str(m.id) for m in listed.data) == sorted(str(m.id) for m in everything)

    # Updates: one metafield gone meanwhile (404); the others changed.
    assert [
        m.value for m in await api(f"{family}.batch.update", update_items(family, earlier, "w"))
    ] == ["w", "w"]
    await api(f"{family}.batch.delete", [int(everything[3].id)])
    with raises(BatchError) as caught:
        await api(f"{family}.batch.update", update_items(family, everything, "changed"))
    assert caught.value.succeeded_indices == [0, 1, 2, 4, 5, 6]
    (gone,) = caught.value.failures
    assert (gone.index, gone.status, type(gone.error)) == (3, 404, NotFoundError)
    assert {m["value"] for m in stored(fake, family)} == {"changed"}

    # Deletes: the one already gone fails, the others go.
    with raises(BatchError) as caught:
        await api(f"{family}.batch.delete", [int(m.id) for m in everything])
    assert [(f.index, f.status) for f in caught.value.failures] == [(3, 404)]
    assert caught.value.succeeded == [int(m.id) for n, m in enumerate(everything) if n != 3]
    assert stored(fake, family) == []
    assert sorted(len(r.json()) for r in _writes(fake, "DELETE")) == [1, 1, 3, 3]


@pytest.mark.anyio
async def test_a_batch_in_one_chunk_answers_its_metafields(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 2), 4)
    created = await api(f"{PRODUCTS}.batch.create", items)
    assert [m.key for m in created] == ["k0", "k1", "k2", "k3"]
    updated = await api(f"{PRODUCTS}.batch.update", update_items(PRODUCTS, created, "x"))
    assert [m.value for m in updated] == ["x"] * 4
    assert await api(f"{PRODUCTS}.batch.delete", [m.id for m in created]) is None
    assert stored(fake, PRODUCTS) == []
    assert [r.method for r in fake.requests] == ["POST", "PUT", "DELETE"]


@pytest.mark.anyio
async def test_another_apps_metafield_fails_alone(connect: Connect) -> None:
    fake = make_fake()
    ours, theirs = connect(fake), connect(fake, access_token="tok-B-3d4e5f6a7b8c")
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 1), 3)
    mine = await ours(f"{PRODUCTS}.batch.create", items[:2])
    (foreign,) = await theirs(f"{PRODUCTS}.batch.create", items[2:])

    with raises(BatchError) as caught:
        await ours(f"{PRODUCTS}.batch.update", update_items(PRODUCTS, [*mine, foreign], "x"))

    (failure,) = caught.value.failures
    assert (failure.index, failure.status, type(failure.error)) == (2, 403, PermissionDeniedError)
    assert [m.value for m in caught.value.succeeded] == ["x", "x"]


@pytest.mark.anyio
async def test_a_chunk_refused_whole_fails_its_items_and_the_others_go_through(
    connect: Connect,
) -> None:
    # The fake takes 3 items a request; chunks of 4 are refused (413) whole, nothing written.
    fake = make_fake(max_batch_size=3)
    api = connect(fake, batch_size=4)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 1), 6)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.create", items)

    error = caught.value
    assert [f.index for f in error.failures] == [0, 1, 2, 3]
    assert {f.status for f in error.failures} == {413}
    assert all(type(f.error) is OtherClientError for f in error.failures)
    assert error.__cause__ is error.failures[0].error  # the chunk's own error
    assert error.succeeded_indices == [4, 5]
    assert sorted(m["key"] for m in stored(fake, PRODUCTS)) == ["k4", "k5"]


@pytest.mark.anyio
async def test_chunks_go_out_together_within_the_in_flight_cap_and_come_back_in_order(
    connect: Connect,
) -> None:
    fake = make_fake(max_batch_size=2, quota=None)
    api = connect(fake, batch_size=2, max_in_flight=3)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 3), 12)
    # The first two requests to arrive answer last; every request takes a while, so they overlap.
    fake.faults.add(method="POST", latency=0.15, times=2)
    fake.faults.add(method="POST", latency=0.02, times=None)

    created = await api(f"{PRODUCTS}.batch.create", items)

    assert [m.key for m in created] == [f"k{n}" for n in range(12)]
    assert fake.max_in_flight == 3
    finished = [r.json()[0]["key"] for r in fake.requests]
    assert finished != [f"k{n}" for n in range(0, 12, 2)]


@pytest.mark.anyio
async def test_the_batch_size_is_a_client_setting_and_a_call_option(connect: Connect) -> None:
    fake = make_fake(max_batch_size=None)
    api = connect(fake, batch_size=4)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 1), 9)

    await api(f"{PRODUCTS}.batch.create", items[:5])
    await api(f"{PRODUCTS}.batch.create", items[5:], batch_size=1)
    copy = api.sdk.with_options(batch_size=2)
    sizes = sorted(len(r.json()) for r in _writes(fake, "POST"))
    assert sizes == [1, 1, 1, 1, 1, 4]
    assert copy is not api.sdk


@pytest.mark.anyio
async def test_nothing_to_write_sends_nothing(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    assert await api(f"{PRODUCTS}.batch.create", []) == []
    assert await api(f"{PRODUCTS}.batch.delete", ()) is None
    assert fake.requests == []


def _product_item(**fields: Any) -> ProductMetafieldCreateItem:
    values = {"resource_id": 111, "namespace": "n", "key": "k", "value": "v"}
    return ProductMetafieldCreateItem(permission_set="read", **(values | fields))


@pytest.mark.anyio
async def test_every_item_is_checked_before_anything_is_sent(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    items: list[Any] = [
        _product_item(),
        _product_item(key="x" * 65, resource_id=0),
        ProductMetafieldUpdateItem(id=1),
        _product_item(key="k2"),
        _product_item(),  # the same metafield as item 0
        "not an item",
    ]

    with raises(ValidationError) as caught:
        await api(f"{PRODUCTS}.batch.create", items, batch_size=0)

    assert caught.value.errors == {
        "batch_size": "must be a positive integer, got 0",
        "items[1].key": "must be between 1 and 64 characters long, got 65",
        "items[1].resource_id": "must be at least 1, got 0",
        "items[2]": "must be a ProductMetafieldCreateItem, got ProductMetafieldUpdateItem",
        "items[4]": "repeats items[0] (one write per metafield a call)",
        "items[5]": "must be a ProductMetafieldCreateItem, got str",
    }
    with raises(ValidationError, match=r"ids\[1\]: must be at least 1.*ids\[2\]: must be an int"):
        await api(f"{PRODUCTS}.batch.delete", [5, 0, "6"])
    with raises(ValidationError, match="items: must be a sequence of ProductMetafieldCreateItem"):
        await api(f"{PRODUCTS}.batch.create", _product_item())
    with raises(ValidationError, match=r"ids\[1\]: repeats ids\[0\]"):
        await api(f"{PRODUCTS}.batch.delete", [5, 5])
    assert fake.requests == []


@pytest.mark.anyio
async def test_the_store_lists_and_creates_through_its_batch_operations(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    one = await api(
        "store_metafields.create", namespace="s", key="k", value="v", permission_set="read"
    )
    with raises(ConflictError):
        await api(
            "store_metafields.create", namespace="s", key="k", value="w", permission_set="read"
        )
    many = await api("store_metafields.batch.create", create_items("store_metafields", [None], 2))

    listed = await api("store_metafields.list")
    assert [m.id for m in listed.data] == [one.data.id, *(m.id for m in many)]
    assert [(r.method, r.path.rpartition("/v3")[2]) for r in fake.requests][:2] == [
        ("POST", "/store/metafields"),
        ("POST", "/store/metafields"),
    ]
    assert [item["key"] for item in fake.requests[0].json()] == ["k"]  # a batch of one
    assert fake_name("store_metafields") == "store"
