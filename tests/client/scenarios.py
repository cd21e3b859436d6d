"""The family-generic metafield scenarios, written once and run against a target: the fake (every
`make test`, tests/client/test_client_families.py) or a real store (`make live-test`,
tests/client/live_suite.py).

The families are the client's resources (one per tag of the spec); what a scenario needs of a
family (its resource id arguments, whether it lists, creates, finds, how its listing filters) is
read from the methods' signatures, so a family added to the spec is covered by `make generate`.

A real store already holds metafields, other apps' and this app's, so every scenario:
- works under the run's own random namespace (`sdk-live-<8 hex>`) with its own keys;
- filters listings by that namespace on the server (`namespace_in`, else `namespace`, whichever
  the family's listing takes) and again on the client, and asserts counts and pagination facts
  only of a listing the server filtered;
- records every metafield it creates: `run` deletes what is left afterwards, then sweeps the
  namespace for any whose create answer was lost, and keeps a list of what it could not delete.

The assertions are of what BigCommerce documents (create answers 200, delete 204, a deleted
metafield 404, a duplicate namespace and key 409, the pagination facts and links), so a live run
checks the fake's faithfulness. They raise `AssertionError` with their own message: the live
runner has no pytest to explain a bare `assert`.
"""

from __future__ import annotations

import inspect
import typing
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from clientkit import RAISED, Api

from bigcommerce_metafields import (
    UNSET,
    BigCommerceError,
    ConflictError,
    MetafieldsClient,
    NotFoundError,
    Page,
    Upserted,
    ValidationError,
)
from bigcommerce_metafields import resources as public_resources
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN

E = TypeVar("E", bound=BigCommerceError)

NAMESPACE_PREFIX = "sdk-live-"
"""Every run's namespace starts with this, so a leftover is easy to find and to tell apart."""
PERMISSION_SET = "app_only"
"""Visible to this app alone: a live run shows nothing to the storefront or to other apps."""
KEYS = ("lifecycle", "page-1", "page-2", "page-3", "gone", "duplicate")
"""The keys the scenarios create (the fake tests seed other namespaces with the same keys)."""


def new_namespace() -> str:
    return f"{NAMESPACE_PREFIX}{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Family:
    """One metafield family as the SDK shows it: a client resource and its methods' signatures."""

    resource: str
    """The client's attribute, e.g. `variant_metafields`."""
    ids: tuple[tuple[str, type], ...]
    """The path parameters naming the resource, in path order, with their types."""
    methods: frozenset[str]
    listing_filter: str | None
    """The list parameter that filters by namespace on the server, if the listing has one."""
    metafield_id: int | str
    """A well-formed metafield id, for calls that must not reach the service."""

    @property
    def name(self) -> str:
        """The family's name, which is also its metafields' `resource_type` (`variant`)."""
        return self.resource.removesuffix("_metafields")

    def has(self, *methods: str) -> bool:
        return set(methods) <= self.methods

    def random_ids(self) -> tuple[Any, ...]:
        """Fresh resource ids, for the fake (where every resource exists)."""
        return tuple(
            uuid.uuid4().int % 10**6 + 1 if kind is int else str(uuid.uuid4())
            for _, kind in self.ids
        )

    def fake_resource_id(self, where: Sequence[Any]) -> Any:
        """The resource id the fake's seeding helpers take: one id, a tuple of several, or None."""
        if not where:
            return None
        return where[0] if len(where) == 1 else tuple(where)


def _parameters(method: Callable[..., Any]) -> tuple[list[inspect.Parameter], dict[str, Any]]:
    parameters = list(inspect.signature(method).parameters.values())[1:]  # without self
    return parameters, typing.get_type_hints(method)


def _family(resource: str, kind: Any) -> Family:
    # dir, not vars: a method a resource class inherits is as much its own.
    methods = frozenset(
        name for name in dir(kind) if not name.startswith("_") and callable(getattr(kind, name))
    )
    ids: list[tuple[str, type]] = []
    parameters, hints = _parameters(kind.get)
    for parameter in parameters:
        if (
            parameter.name == "metafield_id"
            or parameter.kind is not parameter.POSITIONAL_OR_KEYWORD
        ):
            break
        ids.append((parameter.name, hints[parameter.name]))
    id_hint = hints["metafield_id"]
    metafield_id: int | str = 1 if id_hint is int or int in typing.get_args(id_hint) else "1"
    listing_filter = None
    if "list" in methods:
        listed = {parameter.name for parameter in _parameters(kind.list)[0]}
        listing_filter = next((p for p in ("namespace_in", "namespace") if p in listed), None)
    return Family(resource, tuple(ids), methods, listing_filter, metafield_id)


def _families() -> list[Family]:
    # A client is the truth about which resources exist. This one is built for a placeholder
    # store with an explicit base URL (so the environment cannot contradict it) and sends nothing.
    base_url = f"https://api.bigcommerce.com/stores/{DEFAULT_STORE_HASH}/v3"
    with MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, base_url=base_url) as probe:
        found = {
            name: type(value)
            for name, value in vars(probe).items()
            if type(value).__name__ in public_resources.__all__
        }
    return [_family(name, kind) for name, kind in sorted(found.items())]


FAMILIES: list[Family] = _families()


@dataclass
class Leftover:
    """A metafield the run created and could not delete (or a namespace it could not sweep)."""

    resource: str
    where: tuple[Any, ...]
    namespace: str
    metafield_id: Any
    """None when the namespace could not be listed (what it holds is unknown)."""
    key: str | None
    reason: str

    def __str__(self) -> str:
        ids = "/".join(str(part) for part in self.where) or "the store"
        if self.metafield_id is None:
            what = f"namespace {self.namespace} not checked for leftovers (the listing failed)"
        else:
            what = f"metafield {self.metafield_id} (namespace {self.namespace}, key {self.key})"
        return f"{self.resource} {ids}: {what}: {self.reason}"


@dataclass
class Context:
    """One scenario's view of its target: a client, a resource, a namespace, and a ledger."""

    api: Api
    family: Family
    where: tuple[Any, ...]
    namespace: str
    sent: Callable[[], int]
    """Requests sent so far (the fake's log, or a counting transport on a live store)."""
    created: dict[str, tuple[Any, str]] = field(default_factory=dict)
    """Metafields created and not known to be deleted: str(id) -> (id, key)."""
    made: int = 0
    removed: int = 0
    swept: int = 0
    """Metafields found in the namespace that no answer reported created (lost answers)."""
    left: list[Leftover] = field(default_factory=list)

    def fields(self, key: str, **changes: Any) -> dict[str, Any]:
        """Every field of a metafield under this run's namespace: valid for create and for the
        families whose update takes the whole metafield."""
        base = {
            "namespace": self.namespace,
            "key": key,
            "value": "4HG",
            "permission_set": PERMISSION_SET,
            "description": "bigcommerce-metafields contract suite",
        }
        return base | changes

    @property
    def listing_filter(self) -> dict[str, Any]:
        name = self.family.listing_filter
        if name is None:
            return {}
        return {name: [self.namespace] if name.endswith("_in") else self.namespace}

    def leave(self, metafield_id: Any, key: str | None, error: Exception) -> None:
        where = (self.family.resource, self.where, self.namespace)
        self.left.append(Leftover(*where, metafield_id, key, f"{type(error).__name__}: {error}"))

    def ours(self, items: Sequence[Any]) -> list[Any]:
        return [item for item in items if item.namespace == self.namespace]

    async def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return await self.api(f"{self.family.resource}.{method}", *self.where, *args, **kwargs)

    async def create(self, key: str, **changes: Any) -> Any:
        response = await self.api.raw(
            f"{self.family.resource}.create", *self.where, **self.fields(key, **changes)
        )
        metafield = response.parsed.data
        self.created[str(metafield.id)] = (metafield.id, key)
        self.made += 1
        expect(response.status_code, 200, f"create {key}: status")
        return metafield

    async def delete(self, metafield_id: Any) -> None:
        response = await self.api.raw(f"{self.family.resource}.delete", *self.where, metafield_id)
        self.created.pop(str(metafield_id), None)
        self.removed += 1
        expect(response.status_code, 204, "delete: status")
        expect(response.parsed, None, "delete: parsed body")

    async def pages(self, **kwargs: Any) -> list[Page[Any]]:
        """Every page of the namespace's listing, through `paginate`."""
        resource = getattr(self.api.sdk, self.family.resource)
        paginator = resource.paginate(*self.where, **self.listing_filter, **kwargs)
        if self.api.is_async:
            return [page async for page in paginator.pages()]
        return list(paginator.pages())


def expect(actual: Any, expected: Any, what: str) -> None:
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


async def fails_with(kind: type[E], call: Awaitable[Any]) -> E:
    """The exception `call` raises, which must be exactly `kind`."""
    try:
        result = await call
    except BigCommerceError as exc:
        RAISED.append(exc)  # the client tests check every caught exception for the token
        if type(exc) is not kind:
            raise AssertionError(f"expected {kind.__name__}, got {exc!r}") from exc
        return exc
    raise AssertionError(f"expected {kind.__name__}, got a success: {result!r}")


# The scenarios. Each creates only under `ctx.namespace` and only through `ctx.create`.


async def lifecycle(ctx: Context) -> None:
    """create, get, list, update, find, upsert, delete; then the metafield is gone."""
    family = ctx.family
    metafield = await ctx.create("lifecycle")
    expect(
        (metafield.namespace, metafield.key, metafield.value, metafield.permission_set),
        (ctx.namespace, "lifecycle", "4HG", PERMISSION_SET),
        "created fields",
    )
    expect(str(metafield.resource_type), family.name, "resource_type")
    if ctx.where:
        expect(str(metafield.resource_id), str(ctx.where[-1]), "resource_id (the last path id)")
    expect(metafield.date_created.utcoffset() is not None, True, "date_created has an offset")

    got = (await ctx.call("get", metafield.id)).data
    expect((got.id, type(got)), (metafield.id, type(metafield)), "get: id and model class")

    listed = await ctx.call("list", **ctx.listing_filter)
    expect([item.id for item in ctx.ours(listed.data)], [metafield.id], "list: ours")
    if ctx.listing_filter:
        expect(listed.meta.pagination.total, 1, "list filtered by namespace: total")

    changed = ctx.fields("lifecycle", value="5HG", description="moved")
    updated = (await ctx.call("update", metafield.id, **changed)).data
    expect((updated.value, updated.description), ("5HG", "moved"), "update")

    if family.has("find"):
        found = await ctx.call("find", namespace=ctx.namespace, key="lifecycle")
        expect(found is not None and found.id, metafield.id, "find")
        missing = await ctx.call("find", namespace=ctx.namespace, key="nothing")
        expect(missing, None, "find a key nobody has")
    if family.has("upsert"):
        same = await ctx.call("upsert", **changed)
        expect((type(same), same.action), (Upserted, "unchanged"), "upsert of what is there")
        again = await ctx.call("upsert", **(changed | {"value": "6HG"}))
        expect((again.action, again.metafield.value), ("updated", "6HG"), "upsert of a change")

    await ctx.delete(metafield.id)
    await fails_with(NotFoundError, ctx.call("get", metafield.id))
    items = [item for page in await ctx.pages() for item in ctx.ours(page.items)]
    expect(items, [], "paginate after delete")


async def paging(ctx: Context) -> None:
    """Three metafields read two at a time: `list(limit=2)`'s facts and `paginate`'s pages."""
    made = [(await ctx.create(f"page-{n}", value=f"v{n}")).id for n in (1, 2, 3)]
    pages = await ctx.pages(page_size=2)
    found = [item.id for page in pages for item in ctx.ours(page.items)]
    expect(sorted(found, key=str), sorted(made, key=str), "paginate(page_size=2): ours")
    if not ctx.listing_filter:
        return  # other metafields share the listing: its counts are not ours to know
    first = await ctx.call("list", limit=2, **ctx.listing_filter)
    facts = first.meta.pagination
    expect(
        (len(first.data), facts.total, facts.count, facts.per_page),
        (2, 3, 2, 2),
        "list(limit=2): items, total, count, per_page",
    )
    expect((facts.current_page, facts.total_pages), (1, 2), "list(limit=2): page, total_pages")
    links = facts.links
    expect(links is not UNSET, True, "first page: links present")
    expect(
        (links.previous is UNSET, links.next_ is not UNSET),
        (True, True),
        "first page: (links.previous absent, links.next present)",
    )
    expect([len(page.items) for page in pages], [2, 1], "paginate(page_size=2): page sizes")
    last = pages[-1].pagination.links
    expect(last is not UNSET and last.next_ is UNSET, True, "last page: links.next absent")


async def not_found(ctx: Context) -> None:
    """A deleted metafield's id answers 404 to get, update and delete."""
    metafield = await ctx.create("gone")
    await ctx.delete(metafield.id)
    await fails_with(NotFoundError, ctx.call("get", metafield.id))
    if ctx.family.has("update"):
        again = ctx.fields("gone", value="again")
        await fails_with(NotFoundError, ctx.call("update", metafield.id, **again))
    await fails_with(NotFoundError, ctx.call("delete", metafield.id))


async def conflict(ctx: Context) -> None:
    """A second create of the same namespace and key answers 409 and writes nothing."""
    metafield = await ctx.create("duplicate")
    await fails_with(ConflictError, ctx.call("create", **ctx.fields("duplicate", value="other")))
    listed = await ctx.call("list", **ctx.listing_filter)
    same_key = [(item.id, item.value) for item in ctx.ours(listed.data) if item.key == "duplicate"]
    expect(same_key, [(metafield.id, "4HG")], "after the duplicate create: the first, unchanged")


async def validation(ctx: Context) -> None:
    """Arguments that break the documented rules are refused before anything is sent."""
    before = ctx.sent()
    too_long = await fails_with(ValidationError, ctx.call("create", **ctx.fields("k" * 65)))
    expect(list(too_long.errors), ["key"], "a 65-character key")
    fields = ctx.fields("invalid")
    del fields["permission_set"]
    missing = await fails_with(ValidationError, ctx.call("create", **fields))
    expect(list(missing.errors), ["permission_set"], "create without permission_set")
    if ctx.family.has("update"):
        empty = ctx.fields("invalid", value="")
        invalid = await fails_with(
            ValidationError, ctx.call("update", ctx.family.metafield_id, **empty)
        )
        expect(list(invalid.errors), ["value"], "update to an empty value")
    expect(ctx.sent(), before, "requests sent")


@dataclass(frozen=True)
class Scenario:
    name: str
    needs: tuple[str, ...]
    """The methods a family must have for the scenario to apply."""
    play: Callable[[Context], Awaitable[None]]

    def applies(self, family: Family) -> bool:
        return family.has(*self.needs)


SCENARIOS = (
    Scenario("lifecycle", ("create", "get", "list", "update", "delete", "paginate"), lifecycle),
    Scenario("paging", ("create", "list", "paginate", "delete"), paging),
    Scenario("not_found", ("create", "get", "delete"), not_found),
    Scenario("conflict", ("create", "list", "delete"), conflict),
    Scenario("validation", ("create",), validation),
)


async def run(scenario: Scenario, ctx: Context) -> None:
    """Play `scenario`, then delete what it left behind whatever happened; what could not be
    deleted is added to `ctx.left` (the caller decides whether that fails the run)."""
    try:
        await scenario.play(ctx)
    finally:
        await clean_up(ctx)


async def clean_up(ctx: Context) -> None:
    """Delete every metafield `ctx` created and still holds, then any other in its namespace on
    its resource (a create whose answer was lost). A failed delete does not stop the rest: it is
    added to `ctx.left`, and the metafield stays in `ctx.created`."""
    for key, (metafield_id, name) in list(ctx.created.items()):
        try:
            await ctx.call("delete", metafield_id)
        except NotFoundError:
            pass  # gone already (a delete whose answer was lost)
        except Exception as exc:
            ctx.leave(metafield_id, name, exc)
            continue
        del ctx.created[key]
        ctx.removed += 1
    if not ctx.family.has("paginate"):
        return
    try:
        listed = [item for page in await ctx.pages() for item in ctx.ours(page.items)]
    except Exception as exc:
        ctx.leave(None, None, exc)
        return
    for item in listed:
        if str(item.id) in ctx.created:
            continue  # its delete failed above, and is reported
        # Only this run writes in its namespace: this one's create answer never came.
        ctx.made += 1
        ctx.swept += 1
        try:
            await ctx.call("delete", item.id)
        except NotFoundError:
            pass
        except Exception as exc:
            ctx.leave(item.id, item.key, exc)
            continue
        ctx.removed += 1
