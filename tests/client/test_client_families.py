"""One scenario for every metafield family the generated package defines, with no family tables.

The families are the client's resources (one per tag of the spec); what a scenario needs of a
family (its resource id arguments, whether it lists, creates, finds) is read from the methods'
signatures. So a family added to the spec and served by the fake is covered by `make generate`
alone. Runs sync and async (asyncio, trio), in process and over loopback.
"""

from __future__ import annotations

import inspect
import typing
import uuid
from typing import Any

import pytest
from clientkit import NEW, Api, Connect, make_fake, raises

from bigcommerce_metafields import MetafieldsClient, NotFoundError, Upserted
from bigcommerce_metafields import resources as public_resources
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN

_PROBE = MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN)
FAMILIES = sorted(
    name for name, value in vars(_PROBE).items() if type(value).__name__ in public_resources.__all__
)
_PROBE.close()


def _resource(family: str) -> Any:
    return getattr(MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN), family)


def _resource_arguments(family: str) -> list[Any]:
    """Values for the path parameters naming the resource: a fresh one per test."""
    method = _resource(family).get
    hints = typing.get_type_hints(method)
    values: list[Any] = []
    for name, parameter in inspect.signature(method).parameters.items():
        if name == "metafield_id" or parameter.kind is not parameter.POSITIONAL_OR_KEYWORD:
            break
        kind = hints[name]
        values.append(uuid.uuid4().int % 10**6 + 1 if kind is int else str(uuid.uuid4()))
    return values


def _has(family: str, method: str) -> bool:
    return callable(getattr(_resource(family), method, None))


CREATING = [f for f in FAMILIES if _has(f, "create") and _has(f, "list")]


def test_the_families_are_found() -> None:
    assert {"cart_metafields", "product_metafields"} <= set(FAMILIES)
    assert CREATING, "no family creates and lists"


@pytest.mark.anyio
@pytest.mark.parametrize("family", CREATING)
async def test_create_read_list_update_find_upsert_delete(family: str, connect: Connect) -> None:
    fake = make_fake()
    api: Api = connect(fake)
    where = _resource_arguments(family)

    created = await api(f"{family}.create", *where, **NEW)
    metafield = created.data
    assert (metafield.namespace, metafield.key, metafield.value) == ("warehouse", "location", "4HG")
    assert metafield.date_created.utcoffset() is not None

    got = await api(f"{family}.get", *where, metafield.id)
    assert got.data.id == metafield.id
    assert type(got.data) is type(metafield)  # one class for one metafield

    listed = await api(f"{family}.list", *where)
    assert [item.id for item in listed.data] == [metafield.id]
    assert listed.meta.pagination.total == 1

    changed = {**NEW, "value": "5HG", "description": "moved"}
    updated = await api(f"{family}.update", *where, metafield.id, **changed)
    assert (updated.data.value, updated.data.description) == ("5HG", "moved")

    if _has(family, "find"):
        found = await api(f"{family}.find", *where, namespace="warehouse", key="location")
        assert found is not None
        assert found.id == metafield.id
        missing = await api(f"{family}.find", *where, namespace="warehouse", key="nothing")
        assert missing is None
    if _has(family, "upsert"):
        same = await api(f"{family}.upsert", *where, **changed)
        assert isinstance(same, Upserted)
        assert same.action == "unchanged"
        again = await api(f"{family}.upsert", *where, **{**changed, "value": "6HG"})
        assert (again.action, again.metafield.value) == ("updated", "6HG")

    assert await api(f"{family}.delete", *where, metafield.id) is None
    with raises(NotFoundError):
        await api(f"{family}.get", *where, metafield.id)
    pages = getattr(api.sdk, family).paginate(*where)
    assert (await pages.collect() if api.is_async else pages.collect()) == []
