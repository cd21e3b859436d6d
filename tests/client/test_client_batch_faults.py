"""Batch writes under faults: nothing written twice, nothing lost, checked against the fake's
final state. A chunk whose answer was lost is retried; a create's items then found refused (as
duplicates of what the lost attempt wrote) or unanswered are looked up through the batch listing
and settled; a retried delete's "not found" is done; a retried update is harmless.

Families are the client's resources with a `.batch`; the mechanism tests use one of them.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest
from batchkit import (
    batch_families,
    create_items,
    resource_ids,
    stored,
    takes_resource_filter,
    update_items,
)
from clientkit import Connect, make_fake, outcomes, raises

from bigcommerce_metafields import (
    APIConnectionError,
    BatchError,
    ConflictError,
    ServerError,
)

FAMILIES = batch_families()
PRODUCTS = "product_metafields"


def _lookups(fake: Any) -> list[dict[str, str]]:
    """The queries of the listings read after the writes (the settlement's lookups)."""
    return [
        dict(parse_qsl(unquote(r.query))) for r in fake.requests if r.method == "GET" and r.query
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("family", FAMILIES)
async def test_a_create_whose_answer_was_lost_is_settled_by_lookup(
    family: str, connect: Connect
) -> None:
    fake = make_fake(max_batch_size=3)
    api = connect(fake, batch_size=3)
    resources = resource_ids(family, 2)
    items = create_items(family, resources, 4)
    # The first chunk to arrive is written, then its connection drops: the retry is refused as
    # duplicates, and the lookup shows what the lost attempt wrote.
    fake.faults.add(method="POST", drop="after", times=1)

    created = await api(f"{family}.batch.create", items)

    assert [m.key for m in created] == ["k0", "k1", "k2", "k3"]
    held = stored(fake, family)
    assert sorted(m["key"] for m in held) == ["k0", "k1", "k2", "k3"]  # each once
    assert sorted(str(m.id) for m in created) == sorted(str(m["id"]) for m in held)
    statuses = outcomes(fake)
    assert statuses.count("dropped after") == 1
    assert 422 in statuses  # the retry's duplicates
    (lookup,) = _lookups(fake)
    assert lookup["namespace:in"] == "bulk"
    assert set(lookup["key:in"].split(",")) < {"k0", "k1", "k2", "k3"}
    if takes_resource_filter(family):
        assert set(lookup["resource_id:in"].split(",")) <= {str(r) for r in resources}


@pytest.mark.anyio
async def test_a_create_with_no_answer_at_all_is_settled_by_lookup(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake, max_retries=2)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 1), 2)
    # Every attempt is processed and loses its answer: the first wrote, the others found
    # duplicates; no answer ever came. The lookup shows what was written.
    fake.faults.add(method="POST", drop="after", times=None)

    created = await api(f"{PRODUCTS}.batch.create", items)

    assert [m.key for m in created] == ["k0", "k1"]
    assert outcomes(fake)[:3] == ["dropped after"] * 3
    assert len(stored(fake, PRODUCTS)) == 2


@pytest.mark.anyio
async def test_with_no_retries_a_lost_answer_is_reported_and_not_looked_up(
    connect: Connect,
) -> None:
    fake = make_fake()
    api = connect(fake, max_retries=0)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 1), 2)
    fake.faults.add(method="POST", drop="after", times=1)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.create", items)

    # One request, as asked: written, but the answer was lost, and the caller is told so.
    assert [r.method for r in fake.requests] == ["POST"]
    for failure in caught.value.failures:
        assert isinstance(failure.error, APIConnectionError)
        assert "it may have been written" in failure.reason
    assert len(stored(fake, PRODUCTS)) == 2


@pytest.mark.anyio
async def test_a_create_never_processed_is_reported_failed_and_not_written(
    connect: Connect,
) -> None:
    fake = make_fake()
    api = connect(fake, max_retries=1)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 1), 2)
    fake.faults.add(method="POST", status=503, times=None)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.create", items)

    assert [f.index for f in caught.value.failures] == [0, 1]
    assert all(type(f.error) is ServerError for f in caught.value.failures)
    assert isinstance(caught.value.__cause__, ServerError)
    assert len(_lookups(fake)) == 1  # looked for, found nothing: nothing claimed
    assert stored(fake, PRODUCTS) == []


@pytest.mark.anyio
async def test_another_apps_metafield_is_never_taken_for_ours(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    resources = resource_ids(PRODUCTS, 1)
    items = create_items(PRODUCTS, resources, 4)
    # Another app holds k0 and k2 on the same product, with other values.
    theirs = connect(fake, access_token="tok-B-3d4e5f6a7b8c")
    await theirs(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, resources, 4, value="theirs"))
    fake.faults.add(method="POST", drop="after", times=1)

    # A fresh client does not know its own id yet: of two k0 that differ, either may be its
    # own, so k0 stays failed (the lost attempt did write it) rather than claim another app's.
    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.create", items[:2])
    assert [(f.index, f.status) for f in caught.value.failures] == [(0, 409), (1, 409)]
    assert all(type(f.error) is ConflictError for f in caught.value.failures)

    # Once it knows its id (any answered write tells it), a lost answer is settled in full.
    await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, resources, 1, namespace="x"))
    fake.faults.add(method="POST", drop="after", times=1)
    created = await api(f"{PRODUCTS}.batch.create", items[2:])
    assert [m.key for m in created] == ["k2", "k3"]
    assert {m.owner_client_id for m in created} == {"client-a"}
    held = stored(fake, PRODUCTS)
    ours = [
        m["key"] for m in held if m["owner_client_id"] == "client-a" and m["namespace"] == "bulk"
    ]
    assert sorted(ours) == ["k0", "k1", "k2", "k3"]  # each once


@pytest.mark.anyio
async def test_a_failed_lookup_says_the_items_may_have_been_written(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake, max_retries=1)
    items = create_items(PRODUCTS, resource_ids(PRODUCTS, 1), 2)
    fake.faults.add(method="POST", drop="after", times=1)
    fake.faults.add(method="GET", status=500, times=None)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.create", items)

    for failure in caught.value.failures:
        assert failure.status == 409
        assert "it may have been written" in failure.reason
    assert len(stored(fake, PRODUCTS)) == 2


@pytest.mark.anyio
async def test_a_retried_delete_finding_nothing_is_done(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    created = await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 3))
    fake.faults.add(method="DELETE", drop="after", times=1)

    assert await api(f"{PRODUCTS}.batch.delete", [m.id for m in created]) is None

    assert outcomes(fake)[-2:] == ["dropped after", 422]  # the retry: "not found", each
    assert stored(fake, PRODUCTS) == []


@pytest.mark.anyio
async def test_a_delete_answered_2xx_with_an_unreadable_body_is_done(connect: Connect) -> None:
    """A 2xx means every id was deleted (a partial success is a 422): the body is not needed.
    Retrying it once found them gone and, its 422 body spoiled too, reported them refused."""
    fake = make_fake()
    api = connect(fake)
    created = await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 3))
    fake.faults.add(method="DELETE", body="html", times=None)

    assert await api(f"{PRODUCTS}.batch.delete", [m.id for m in created]) is None

    assert outcomes(fake)[-1:] == [200]  # one request: nothing to retry
    assert stored(fake, PRODUCTS) == []


@pytest.mark.anyio
async def test_a_delete_not_found_at_once_is_a_failure(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    created = await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 1))
    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.delete", [created[0].id + 1000, created[0].id])
    assert [(f.index, f.status) for f in caught.value.failures] == [(0, 404)]
    assert caught.value.succeeded == [created[0].id]


@pytest.mark.anyio
async def test_a_retried_update_is_written_once_with_what_was_asked(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    created = await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 3))
    fake.faults.add(method="PUT", drop="after", times=1)

    updated = await api(f"{PRODUCTS}.batch.update", update_items(PRODUCTS, created, "new"))

    assert [m.value for m in updated] == ["new"] * 3
    assert outcomes(fake)[-2:] == ["dropped after", 200]
    assert {m["value"] for m in stored(fake, PRODUCTS)} == {"new"}


@pytest.mark.anyio
async def test_a_lost_connection_fails_only_its_chunk(connect: Connect) -> None:
    fake = make_fake(max_batch_size=2)
    api = connect(fake, batch_size=2, max_retries=0, max_in_flight=1)
    created = await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 4))
    # One chunk's request never reaches the service; with no retry left it fails alone.
    fake.faults.add(method="PUT", drop="before", times=1)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.update", update_items(PRODUCTS, created, "new"))

    # Whichever chunk went first (trio may start either) lost its connection.
    failures = caught.value.failures
    failed = [f.index for f in failures]
    assert failed in ([0, 1], [2, 3])
    assert caught.value.succeeded_indices == [n for n in range(4) if n not in failed]
    assert {f.status for f in failures} == {None}
    assert all(isinstance(f.error, APIConnectionError) for f in failures)
    assert [m.value for m in caught.value.succeeded] == ["new", "new"]
    kept = [f"v{index}" for index in failed]  # the failed chunk's metafields keep their values
    assert sorted(m["value"] for m in stored(fake, PRODUCTS)) == sorted(["new", "new", *kept])


@pytest.mark.anyio
async def test_a_create_answered_422_with_an_unreadable_body_is_settled_by_lookup(
    connect: Connect,
) -> None:
    """A 422 is also the partial-success form: when its body cannot be read, what the chunk
    wrote is looked up. It was reported refused, though written."""
    fake = make_fake()
    api = connect(fake)
    await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 1, value="old"))
    fake.faults.add(method="POST", body="html", times=1)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 3))

    assert [(f.index, f.status) for f in caught.value.failures] == [(0, 422)]
    assert [m.key for m in caught.value.succeeded] == ["k1", "k2"]
    assert sorted(m["key"] for m in stored(fake, PRODUCTS)) == ["k0", "k1", "k2"]  # each once
    assert len(_lookups(fake)) == 1


@pytest.mark.anyio
async def test_an_update_answered_422_with_an_unreadable_body_may_be_written(
    connect: Connect,
) -> None:
    fake = make_fake()
    api = connect(fake)
    created = await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 2))
    items = update_items(PRODUCTS, created, "new")
    missing = update_items(PRODUCTS, [created[0]], "new")[0]
    missing.id = created[-1].id + 1000
    fake.faults.add(method="PUT", body="html", times=1)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.update", [missing, *items])

    assert [(f.index, f.in_doubt) for f in caught.value.failures] == [
        (0, True),
        (1, True),
        (2, True),
    ]
    assert {m["value"] for m in stored(fake, PRODUCTS)} == {"new"}  # written after all


@pytest.mark.anyio
async def test_a_422_problem_document_refuses_the_chunk_whole(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    fake.faults.add(method="POST", status=422, times=1)

    with raises(BatchError) as caught:
        await api(f"{PRODUCTS}.batch.create", create_items(PRODUCTS, [111], 2))

    assert [(f.status, f.in_doubt) for f in caught.value.failures] == [(422, False)] * 2
    assert _lookups(fake) == []  # nothing to look up: nothing was written
    assert stored(fake, PRODUCTS) == []
