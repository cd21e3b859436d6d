"""Every family-generic scenario of scenarios.py on every family the generated package defines,
against the fake: the same code `make live-test` plays against a real store (live_suite.py).

No family tables: the families are the client's resources and a scenario applies to a family
that has the methods it needs, so a family added to the spec and served by the fake is covered by
`make generate` alone. Each runs sync and async (asyncio, trio), in process and over loopback, on
a resource that already holds other metafields with the scenarios' keys (this app's in another
namespace, and another app's), as a real store's do: a scenario that reads beyond its own
namespace, or a clean-up that deletes beyond it, fails here.
"""

from __future__ import annotations

from typing import Any

import pytest
from clientkit import CLIENT_A, CLIENT_B, Connect, make_fake
from scenarios import FAMILIES, KEYS, SCENARIOS, Context, Family, Scenario, new_namespace, run

from bigcommerce_metafields import APIConnectionError, PermissionDeniedError
from bigcommerce_metafields.testing import FakeBigCommerce

PLAN = [(f, s) for f in FAMILIES for s in SCENARIOS if s.applies(f)]


def test_the_families_are_found() -> None:
    names = {family.resource for family in FAMILIES}
    assert {"cart_metafields", "product_metafields"} <= names
    variant = next(family for family in FAMILIES if family.resource == "variant_metafields")
    assert variant.ids == (("product_id", int), ("variant_id", int))
    # Every family that creates and lists gets every scenario.
    for family in FAMILIES:
        if family.has("create", "list"):
            assert {s.name for f, s in PLAN if f is family} == {s.name for s in SCENARIOS}


def _seed_neighbours(fake: FakeBigCommerce, family: Family, where: tuple[Any, ...]) -> list[Any]:
    """Metafields a real store would already hold on the resource, under the scenarios' keys."""
    resource_id = family.fake_resource_id(where)
    seeded = []
    for key in KEYS:
        for namespace, owner in (("warehouse", CLIENT_A), (f"other-{key}", CLIENT_B)):
            seeded.append(
                fake.add_metafield(
                    family.name,
                    resource_id,
                    namespace=namespace,
                    key=key,
                    value="theirs",
                    owner_client_id=owner,
                )["id"]
            )
    return seeded


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("family", "scenario"), PLAN, ids=[f"{f.resource}-{s.name}" for f, s in PLAN]
)
async def test_scenario(family: Family, scenario: Scenario, connect: Connect) -> None:
    fake = make_fake()
    where = family.random_ids()
    neighbours = _seed_neighbours(fake, family, where)
    ctx = Context(
        api=connect(fake),
        family=family,
        where=where,
        namespace=new_namespace(),
        sent=lambda: len(fake.requests),
    )

    await run(scenario, ctx)

    assert ctx.left == []
    stored = fake.metafields(family.name, family.fake_resource_id(where))
    assert sorted(m["id"] for m in stored) == sorted(neighbours), "the neighbours are untouched"
    assert (ctx.created, ctx.swept, ctx.removed) == ({}, 0, ctx.made), "no answer is lost here"


CLEANED = [f for f in FAMILIES if f.has("create", "paginate", "delete")]


@pytest.mark.anyio
@pytest.mark.parametrize("family", CLEANED, ids=[f.resource for f in CLEANED])
async def test_clean_up_finds_a_create_whose_answer_was_lost(
    family: Family, connect: Connect
) -> None:
    fake = make_fake()
    fake.faults.add(method="POST", drop="after")  # written, but the answer never comes
    where = family.random_ids()
    ctx = Context(connect(fake, max_retries=0), family, where, new_namespace(), lambda: 0)

    with pytest.raises(APIConnectionError):
        await run(SCENARIOS[0], ctx)

    assert (ctx.created, ctx.swept, ctx.made, ctx.removed, ctx.left) == ({}, 1, 1, 1, [])
    assert fake.metafields(family.name, family.fake_resource_id(where)) == []


@pytest.mark.anyio
@pytest.mark.parametrize("family", CLEANED, ids=[f.resource for f in CLEANED])
async def test_clean_up_lists_what_it_could_not_delete(family: Family, connect: Connect) -> None:
    fake = make_fake()
    fake.faults.add(method="DELETE", status=403, times=None)
    where = family.random_ids()
    ctx = Context(connect(fake), family, where, new_namespace(), lambda: 0)

    with pytest.raises(PermissionDeniedError):
        await run(SCENARIOS[0], ctx)

    stored = fake.metafields(family.name, family.fake_resource_id(where))
    assert [(m["id"], m["key"]) for m in stored] == [
        (left.metafield_id, left.key) for left in ctx.left
    ]
    assert [left.key for left in ctx.left] == ["lifecycle"]
    assert "PermissionDeniedError" in ctx.left[0].reason
    assert list(ctx.created.values()) == [(ctx.left[0].metafield_id, "lifecycle")]
