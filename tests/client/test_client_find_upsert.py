"""`find` and `upsert` by namespace and key, for both families, against the fake: which app's
metafield is found, what upsert sends (and does not), and that it never writes twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl

import anyio
import pytest
from clientkit import CART, CLIENT_A, CLIENT_B, NEW, PRODUCT, TOKEN_B, Api, Connect, raises, sent

from bigcommerce_metafields import (
    UNSET,
    AmbiguousMetafieldError,
    CartMetafield,
    ProductMetafield,
    Upserted,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce


@dataclass(frozen=True)
class Family:
    tag: str
    resource: Literal["cart", "product"]
    resource_id: str | int
    item: type[Any]

    def op(self, method: str) -> str:
        return f"{self.tag}.{method}"

    @property
    def collection(self) -> str:
        if self.resource == "cart":
            return f"/carts/{CART}/metafields"
        return f"/catalog/products/{PRODUCT}/metafields"


PRODUCTS = Family("product_metafields", "product", PRODUCT, ProductMetafield)
CARTS = Family("cart_metafields", "cart", CART, CartMetafield)
FAMILIES = pytest.mark.parametrize("family", [PRODUCTS, CARTS], ids=["product", "cart"])
WHERE = {"namespace": NEW["namespace"], "key": NEW["key"]}


def _stored(fake: FakeBigCommerce, family: Family) -> list[dict[str, object]]:
    return fake.metafields(family.resource, family.resource_id)


def _seed(fake: FakeBigCommerce, family: Family, owner: str, **fields: Any) -> dict[str, object]:
    return fake.add_metafield(
        family.resource, family.resource_id, **NEW | fields, owner_client_id=owner
    )


def _writes(fake: FakeBigCommerce) -> list[str]:
    return [r.method for r in fake.requests if r.method in ("POST", "PUT", "DELETE")]


# -- find -----------------------------------------------------------------------------------------


@pytest.mark.anyio
@FAMILIES
async def test_find_returns_the_metafield_or_none(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    assert await api(family.op("find"), family.resource_id, **WHERE) is None

    created = await api(family.op("create"), family.resource_id, **NEW)
    _seed(fake, family, CLIENT_A, key="other")
    found = await api(family.op("find"), family.resource_id, **WHERE)

    assert type(found) is family.item
    assert found == created.data
    assert await api(family.op("find"), family.resource_id, namespace="warehouse", key="x") is None
    lookups = [r for r in fake.requests if r.method == "GET"]
    assert len(lookups) == 3
    for request in lookups:  # filtered by the service, not read in full
        assert "namespace=warehouse" in request.query.split("&")
        assert "key=" in request.query


@pytest.mark.anyio
@FAMILIES
async def test_find_by_a_fresh_client_with_two_apps_candidates_is_ambiguous(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    _seed(fake, family, CLIENT_B, value="theirs")
    _seed(fake, family, CLIENT_A, value="ours")

    with raises(AmbiguousMetafieldError) as info:
        await api(family.op("find"), family.resource_id, **WHERE)

    assert sorted(owner or "" for owner in info.value.owners) == [CLIENT_A, CLIENT_B]
    assert (info.value.namespace, info.value.key) == (NEW["namespace"], NEW["key"])
    assert "owner_client_id=" in str(info.value)
    assert _writes(fake) == []


@pytest.mark.anyio
@FAMILIES
@pytest.mark.parametrize(("owner", "value"), [(CLIENT_A, "ours"), (CLIENT_B, "theirs")])
async def test_find_with_owner_client_id_picks_that_apps(
    owner: str, value: str, family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    _seed(fake, family, CLIENT_B, value="theirs")
    _seed(fake, family, CLIENT_A, value="ours")

    found = await api(family.op("find"), family.resource_id, **WHERE, owner_client_id=owner)

    assert type(found) is family.item
    assert (found.owner_client_id, found.value) == (owner, value)
    unknown = await api(family.op("find"), family.resource_id, **WHERE, owner_client_id="c-x")
    assert unknown is None


@pytest.mark.anyio
@FAMILIES
async def test_find_after_a_write_returns_this_clients_own(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    """A create's answer tells the client its API client id; then `find` needs no hint."""
    _seed(fake, family, CLIENT_B, value="theirs")
    _seed(fake, family, CLIENT_A, value="ours")
    await api(family.op("create"), family.resource_id, **NEW | {"key": "unrelated"})

    found = await api(family.op("find"), family.resource_id, **WHERE)

    assert found is not None
    assert (found.owner_client_id, found.value) == (CLIENT_A, "ours")


@pytest.mark.anyio
@FAMILIES
async def test_find_after_a_write_ignores_another_apps_metafield(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    await api(family.op("create"), family.resource_id, **NEW | {"key": "unrelated"})
    _seed(fake, family, CLIENT_B)

    assert await api(family.op("find"), family.resource_id, **WHERE) is None


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_find_by_another_app_returns_its_own(fake: FakeBigCommerce, connect: Connect) -> None:
    _seed(fake, PRODUCTS, CLIENT_A, value="a's")
    _seed(fake, PRODUCTS, CLIENT_B, value="b's")
    other = connect(fake, access_token=TOKEN_B)
    await other("product_metafields.create", PRODUCT, **NEW | {"key": "b-only"})  # client-b

    found = await other("product_metafields.find", PRODUCT, **WHERE)

    assert found is not None
    assert (found.owner_client_id, found.value) == (CLIENT_B, "b's")


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        (WHERE | {"owner_client_id": ""}, "owner_client_id"),
        (WHERE | {"owner_client_id": 7}, "owner_client_id"),
        ({"namespace": "", "key": "k"}, "namespace"),
        ({"namespace": "n", "key": "k" * 65}, "key"),
        ({"namespace": "n", "key": "k", "timeout": -1}, "timeout"),
        ({"namespace": "n", "key": "k", "extra_headers": {"X-Auth-Token": "t"}}, "extra_headers"),
    ],
    ids=["empty owner", "int owner", "empty namespace", "long key", "timeout", "token header"],
)
async def test_bad_find_arguments_are_refused_before_sending(
    kwargs: dict[str, Any], named: str, fake: FakeBigCommerce, api: Api
) -> None:
    with raises(ValidationError) as info:
        await api("product_metafields.find", PRODUCT, **kwargs)

    assert list(info.value.errors) == [named]
    assert fake.requests == []


# -- upsert ---------------------------------------------------------------------------------------


@pytest.mark.anyio
@FAMILIES
async def test_upsert_creates_then_leaves_alone_then_updates(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    first = await api(family.op("upsert"), family.resource_id, **NEW)

    assert type(first) is Upserted
    assert first.action == "created"
    assert type(first.metafield) is family.item
    (stored,) = _stored(fake, family)
    assert (stored["key"], stored["value"], stored["owner_client_id"]) == (
        NEW["key"],
        NEW["value"],
        CLIENT_A,
    )
    assert str(first.metafield.id) == str(stored["id"])
    assert _writes(fake) == ["POST"]

    before = len(fake.requests)
    again = await api(family.op("upsert"), family.resource_id, **NEW)

    assert again.action == "unchanged"
    assert again.metafield == first.metafield
    assert [r.method for r in fake.requests[before:]] == ["GET"]  # no write reached the fake
    assert _writes(fake) == ["POST"]

    changed = await api(family.op("upsert"), family.resource_id, **NEW | {"value": "5HG"})

    assert changed.action == "updated"
    assert type(changed.metafield) is family.item
    assert (changed.metafield.id, changed.metafield.value) == (first.metafield.id, "5HG")
    assert [(m["id"], m["value"]) for m in _stored(fake, family)] == [(stored["id"], "5HG")]
    assert _writes(fake) == ["POST", "PUT"]
    (put,) = [r for r in fake.requests if r.method == "PUT"]
    assert put.path.endswith(f"{family.collection}/{stored['id']}")
    # Every field given: a partial update for products, the whole metafield carts require.
    assert put.json() == NEW | {"value": "5HG"}


@pytest.mark.anyio
@FAMILIES
@pytest.mark.parametrize(
    "change",
    [{"permission_set": "write"}, {"description": "moved"}, {"value": "5HG", "description": "x"}],
    ids=["permission_set", "description", "value and description"],
)
async def test_upsert_updates_when_any_given_field_differs(
    change: dict[str, str], family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    await api(family.op("create"), family.resource_id, **NEW)

    done = await api(family.op("upsert"), family.resource_id, **NEW | change)

    assert done.action == "updated"
    (stored,) = _stored(fake, family)
    for name, value in change.items():
        assert getattr(done.metafield, name) == value
        assert stored[name] == value


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@FAMILIES
@pytest.mark.parametrize("description", [UNSET, ""], ids=["left out", "empty"])
async def test_upsert_reads_an_absent_description_as_empty(
    description: Any, family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    await api(family.op("create"), family.resource_id, **NEW)
    before = len(fake.requests)

    done = await api(family.op("upsert"), family.resource_id, **NEW, description=description)

    assert done.action == "unchanged"
    assert [r.method for r in fake.requests[before:]] == ["GET"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@FAMILIES
@pytest.mark.parametrize("missing", ["permission_set", "namespace", "key", "value"])
@pytest.mark.parametrize("given_as", [None, UNSET], ids=["None", "UNSET"])
async def test_upsert_without_a_required_field_is_refused_before_sending(
    missing: str, given_as: Any, family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    """mypy refuses this call; at run time (fields from a dict) nothing may be sent either."""
    fields: dict[str, Any] = NEW | {missing: given_as}

    with raises(ValidationError) as info:
        await api(family.op("upsert"), family.resource_id, **fields)

    assert info.value.errors == {missing: "is required"}
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_upsert_with_a_required_field_left_out_sends_nothing(
    fake: FakeBigCommerce, api: Api
) -> None:
    """Left out of `**fields` altogether, Python itself refuses the call (a keyword-only
    argument without a default): still before any request."""
    fields = {k: v for k, v in NEW.items() if k != "value"}

    with pytest.raises(TypeError, match="value"):
        await api("product_metafields.upsert", PRODUCT, **fields)

    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(
    ("args", "kwargs", "named"),
    [
        ((PRODUCT,), NEW | {"namespace": "n" * 65}, "namespace"),
        ((PRODUCT,), NEW | {"permission_set": "everyone"}, "permission_set"),
        ((PRODUCT,), NEW | {"value": ""}, "value"),
        ((0,), NEW, "product_id"),
        ((PRODUCT,), NEW | {"max_retries": -1}, "max_retries"),
    ],
    ids=["long namespace", "bad permission_set", "empty value", "product_id 0", "max_retries"],
)
async def test_bad_upsert_arguments_are_refused_before_sending(
    args: tuple[Any, ...], kwargs: dict[str, Any], named: str, fake: FakeBigCommerce, api: Api
) -> None:
    with raises(ValidationError) as info:
        await api("product_metafields.upsert", *args, **kwargs)

    assert list(info.value.errors) == [named]
    assert fake.requests == []


@pytest.mark.anyio
@FAMILIES
async def test_upsert_whose_create_answer_was_lost_creates_once(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    fake.faults.add(method="POST", drop="after")  # written, but the answer never arrives

    done = await api(family.op("upsert"), family.resource_id, **NEW)

    assert done.action == "created"
    (stored,) = _stored(fake, family)
    assert str(done.metafield.id) == str(stored["id"])
    assert (done.metafield.value, stored["owner_client_id"]) == (NEW["value"], CLIENT_A)
    assert [r.method for r in fake.requests] == ["GET", "POST", "POST", "GET"]
    assert [r.status for r in fake.requests] == [200, None, 409, 200]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@FAMILIES
async def test_upsert_whose_create_answered_5xx_unprocessed_creates_once(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    fake.faults.add(method="POST", status=503)  # refused before processing

    done = await api(family.op("upsert"), family.resource_id, **NEW)

    assert done.action == "created"
    assert len(_stored(fake, family)) == 1
    assert [(method, path.partition("?")[0], status) for method, path, status in sent(fake)] == [
        ("GET", family.collection, 200),
        ("POST", family.collection, 503),
        ("POST", family.collection, 200),
    ]
    lookup = dict(parse_qsl(fake.requests[0].query))
    assert (lookup["namespace"], lookup["key"]) == (NEW["namespace"], NEW["key"])


@pytest.mark.anyio
@FAMILIES
async def test_upsert_racing_another_worker_of_the_same_app_updates_its_metafield(
    family: Family, fake: FakeBigCommerce, connect: Connect
) -> None:
    """Between the upsert's lookup (nothing yet) and its create, another worker with the same
    token creates the metafield: the create answers 409 and the upsert updates that one."""
    api, worker = connect(fake), connect(fake)
    fake.faults.add(method="POST", latency=0.3)  # the upsert's create waits; the worker's won't
    result: list[Upserted[Any]] = []

    async def upsert() -> None:
        if api.is_async:
            result.append(await api(family.op("upsert"), family.resource_id, **NEW))
        else:
            resource = getattr(api.sdk, family.tag)
            result.append(
                await anyio.to_thread.run_sync(lambda: resource.upsert(family.resource_id, **NEW))
            )

    async with anyio.create_task_group() as group:
        group.start_soon(upsert)
        with anyio.fail_after(5):
            while not (fake.in_flight and fake.requests):  # noqa: ASYNC110 - no event to wait on
                await anyio.sleep(0.005)  # the lookup is done and the create is held
        await worker(family.op("create"), family.resource_id, **NEW | {"value": "worker's"})

    (done,) = result
    assert done.action == "updated"
    (stored,) = _stored(fake, family)
    assert (stored["value"], stored["owner_client_id"]) == (NEW["value"], CLIENT_A)
    assert str(done.metafield.id) == str(stored["id"])
    assert [(r.method, r.status) for r in fake.requests] == [
        ("GET", 200),
        ("POST", 200),  # the worker's
        ("POST", 409),
        ("GET", 200),
        ("PUT", 200),
    ]


@pytest.mark.anyio
@FAMILIES
async def test_upsert_after_a_write_leaves_another_apps_metafield_alone(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    await api(family.op("create"), family.resource_id, **NEW | {"key": "unrelated"})  # client-a
    _seed(fake, family, CLIENT_B, value="theirs")

    done = await api(family.op("upsert"), family.resource_id, **NEW)

    assert done.action == "created"
    assert done.metafield.owner_client_id == CLIENT_A
    assert sorted((m["owner_client_id"], m["value"]) for m in _stored(fake, family)) == [
        (CLIENT_A, NEW["value"]),
        (CLIENT_A, NEW["value"]),
        (CLIENT_B, "theirs"),
    ]


@pytest.mark.anyio
@FAMILIES
@pytest.mark.parametrize("theirs", [NEW["value"], "theirs"], ids=["same value", "other value"])
async def test_upsert_by_a_fresh_client_never_takes_another_apps_metafield_for_its_own(
    theirs: str, family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    """Another app holds the namespace and key; this client, which has written nothing yet,
    does not know its own id. Its upsert must create its own metafield, not report the other
    app's as "unchanged", nor try to update it (403: only the owner may)."""
    _seed(fake, family, CLIENT_B, value=theirs)

    done = await api(family.op("upsert"), family.resource_id, **NEW)

    assert done.action == "created"
    assert done.metafield.owner_client_id == CLIENT_A
    assert sorted((m["owner_client_id"], m["value"]) for m in _stored(fake, family)) == [
        (CLIENT_A, NEW["value"]),
        (CLIENT_B, theirs),
    ]
    assert "PUT" not in _writes(fake)


@pytest.mark.anyio
@FAMILIES
async def test_upsert_by_a_fresh_client_finds_its_own_metafield(
    family: Family, fake: FakeBigCommerce, api: Api
) -> None:
    """A fresh client (a new process) meets the metafield it wrote in an earlier run: it is
    its own, so the upsert updates it, and creates nothing."""
    seeded = _seed(fake, family, CLIENT_A, value="older")

    done = await api(family.op("upsert"), family.resource_id, **NEW)

    assert done.action == "updated"
    assert str(done.metafield.id) == str(seeded["id"])
    assert [(m["id"], m["value"]) for m in _stored(fake, family)] == [(seeded["id"], NEW["value"])]

    before = len(fake.requests)
    again = await api(family.op("upsert"), family.resource_id, **NEW)
    assert again.action == "unchanged"
    assert [r.method for r in fake.requests[before:]] == ["GET"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_upsert_sends_extra_headers_with_every_request(
    fake: FakeBigCommerce, api: Api
) -> None:
    await api("product_metafields.upsert", PRODUCT, **NEW, extra_headers={"X-Trace": "u"})
    await api(
        "product_metafields.upsert",
        PRODUCT,
        **NEW | {"value": "5HG"},
        extra_headers={"X-Trace": "u"},
    )

    assert [r.method for r in fake.requests] == ["GET", "POST", "GET", "PUT"]
    assert [r.headers.get("x-trace") for r in fake.requests] == ["u"] * 4
