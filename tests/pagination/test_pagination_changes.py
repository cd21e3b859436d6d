"""Items created and deleted while a listing is read: exactly what `_pagination`'s docstring says.

- no id is yielded twice;
- every item present and unchanged for the whole read is yielded, unless deletions before it
  shifted it onto a page already read (that miss is constructed below, so the doc stays honest);
- items created or deleted during the read may or may not be yielded;
- `listing_changed` is True when the pages disagreed on the total (False proves nothing).

The changes are made between pages (after page `after` was handed out), through the SDK's own
client or straight into the fake. Position is counted in pages fetched: with `concurrency` > 1 the
rest of a batch was fetched with the page just handed out.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pagekit import (
    BOTH_MODES,
    Client,
    OnPage,
    Resource,
    Run,
    Sdk,
    big_fake,
    family,
    maybe,
    resource_id,
    seed,
)

from bigcommerce_metafields._pagination import Page
from bigcommerce_metafields.testing import FakeBigCommerce

pytestmark = pytest.mark.anyio


@dataclass(frozen=True)
class Change:
    """What to do once page `after` has been handed out."""

    after: int
    delete: tuple[int, ...] = ()
    create: int = 0
    #: Create through the fake (`add_metafield`) instead of the SDK.
    via_fake: bool = False


def changing(fake: FakeBigCommerce, resource: Resource, change: Change) -> OnPage:
    rid = resource_id(resource)

    async def on_page(client: Client, page: Page[object]) -> None:
        if page.number != change.after:
            return
        api = family(client, resource)
        for metafield_id in change.delete:
            await maybe(api.delete(rid, metafield_id))
        for i in range(change.create):
            fields = {"namespace": "new", "key": f"n{i}", "value": "v"}
            if change.via_fake:
                fake.add_metafield(resource, rid, **fields)
            else:
                await maybe(api.create(rid, permission_set="app_only", **fields))

    return on_page


def check_guarantee(
    run: Run, listing: list[int], change: Change, created: list[int], shifted: list[int]
) -> None:
    """The documented guarantee, given the listing's order before the change."""
    assert run.error is None
    assert len(run.ids) == len(set(run.ids)), "an id was yielded twice"
    stable = [i for i in listing if i not in change.delete and i not in shifted]
    assert [i for i in run.ids if i in set(stable)] == stable, "a stable item was missed"
    assert set(run.ids) <= set(listing) | set(created)


async def read_while_changing(
    sdk: Sdk,
    change: Change,
    *,
    n: int = 50,
    direction: str = "asc",
    concurrency: int = 1,
    resource: Resource = "product",
) -> tuple[Run, list[int], list[int]]:
    """Read `n` items 10 a page while `change` happens; return the run, the listing before
    the change (in reading order) and the ids created."""
    fake = big_fake()
    ids = seed(fake, n, resource)
    listing = ids if direction == "asc" else ids[::-1]
    run = await sdk.run(
        fake,
        resource,
        page_size=10,
        concurrency=concurrency,
        direction=direction,
        on_page=changing(fake, resource, change),
    )
    created = list(range(n + 1, n + 1 + change.create))  # the fake's ids are sequential
    assert sorted(int(str(m["id"])) for m in fake.metafields(resource)) == sorted(
        [i for i in ids if i not in change.delete] + created
    )
    return run, listing, created


@BOTH_MODES
@pytest.mark.parametrize(
    ("direction", "deleted"), [("asc", (3, 7)), ("desc", (45, 40))], ids=["asc", "desc"]
)
async def test_deleting_read_items_shifts_unread_ones_onto_read_pages(
    sdk: Sdk, direction: str, deleted: tuple[int, ...]
) -> None:
    """The documented miss: 2 read items deleted after page 2, so the 2 items that page 3
    would have started with are now the last of page 2, which was already read."""
    change = Change(after=2, delete=deleted)
    run, listing, created = await read_while_changing(sdk, change, direction=direction)

    shifted = listing[20:22]
    check_guarantee(run, listing, change, created, shifted)
    assert run.ids == listing[:20] + listing[22:]  # exactly the shifted two are missed
    assert run.listing_changed is True


@pytest.mark.parametrize("via_fake", [False, True], ids=["sdk", "fake"])
async def test_items_created_at_the_end_are_read_too(sdk: Sdk, via_fake: bool) -> None:
    """In id order new items come last: the pages they add are read as well."""
    change = Change(after=2, create=5, via_fake=via_fake)
    run, listing, created = await read_while_changing(sdk, change)

    check_guarantee(run, listing, change, created, shifted=[])
    assert run.ids == listing + created
    assert run.listing_changed is True


@pytest.mark.parametrize("resource", ["product", "cart"])
async def test_items_created_in_front_do_not_repeat_read_ones(sdk: Sdk, resource: Resource) -> None:
    """Newest first, 5 new items push 5 read ones onto page 3: they are not yielded again."""
    change = Change(after=2, create=5)
    run, listing, created = await read_while_changing(
        sdk, change, direction="desc", resource=resource
    )

    check_guarantee(run, listing, change, created, shifted=[])
    assert run.ids == listing  # the new items sort before the read position
    assert [len(page.items) for page in run.pages] == [10, 10, 5, 10, 10, 5]
    assert run.listing_changed is True


async def test_a_create_and_a_delete_cancel_out_in_listing_changed(sdk: Sdk) -> None:
    """`listing_changed` False proves nothing: the total stayed 50, yet item 21 was missed."""
    change = Change(after=2, delete=(3,), create=1)
    run, listing, created = await read_while_changing(sdk, change)

    check_guarantee(run, listing, change, created, shifted=[21])
    assert 21 not in run.ids
    assert run.listing_changed is False


async def test_deletions_ahead_and_behind_with_creations(sdk: Sdk) -> None:
    change = Change(after=2, delete=(5, 30, 44), create=2, via_fake=True)
    run, listing, created = await read_while_changing(sdk, change)

    check_guarantee(run, listing, change, created, shifted=[21])  # one deletion was behind
    assert 30 not in run.ids
    assert 44 not in run.ids
    assert run.listing_changed is True


@BOTH_MODES
async def test_concurrent_pages_deletion_counts_from_the_pages_fetched(sdk: Sdk) -> None:
    """100 items, 10 a page, 4 at once: pages 2-5 were fetched with page 3. Deleting 2 read
    items after page 3 leaves pages 4 and 5 as fetched; the batch 6-9 then starts 2 items late."""
    change = Change(after=3, delete=(3, 7))
    run, listing, created = await read_while_changing(sdk, change, n=100, concurrency=4)

    shifted = listing[50:52]
    check_guarantee(run, listing, change, created, shifted)
    assert run.ids == listing[:50] + listing[52:]
    assert run.listing_changed is True


WINDOW = (4 + 2) * 10
"""Ids remembered at concurrency 4 and 10 a page: `(concurrency + 2) * page_size`."""


@BOTH_MODES
@pytest.mark.parametrize("create", [25, WINDOW])
async def test_concurrent_pages_remember_enough_to_skip_repeats(sdk: Sdk, create: int) -> None:
    """Newest first, 4 pages at once: after page 9 (90 items read) new items push up to
    WINDOW read items back into the pages still to fetch; none of them comes twice."""
    change = Change(after=9, create=create, via_fake=True)
    run, listing, created = await read_while_changing(
        sdk, change, n=200, direction="desc", concurrency=4
    )

    check_guarantee(run, listing, change, created, shifted=[])
    assert [i for i in run.ids if i not in created] == listing
    assert run.listing_changed is True


async def test_a_shift_past_the_remembered_window_repeats_the_shifted_items(sdk: Sdk) -> None:
    """The limit of "no item is yielded twice": WINDOW + 1 read items pushed back. The oldest
    was read before the window and comes again; yielding it evicts the next one to come back,
    and so on: every shifted item repeats, not just the one past the window."""
    change = Change(after=9, create=WINDOW + 1, via_fake=True)
    run, listing, created = await read_while_changing(
        sdk, change, n=200, direction="desc", concurrency=4
    )

    shifted_back = listing[90 - WINDOW - 1 : 90]
    repeated = [i for i in listing if run.ids.count(i) > 1]
    assert repeated == shifted_back
    assert {run.ids.count(i) for i in listing} == {1, 2}
    assert set(created).isdisjoint(run.ids)
