"""Listings read by cursor: `list(before=/after=)` and `paginate(mode="cursor")`, against the fake.

The point of cursor mode: while the listing changes between pages, no item present all along is
skipped or repeated (offset pages shift under deletes and skip one; shown here side by side).
Runs sync and async (asyncio, trio), in process and over loopback.
"""

from __future__ import annotations

from typing import Any

import pytest
from batchkit import batch_families, create_items, resource_ids
from clientkit import PRODUCT, Api, Connect, make_fake, raises

from bigcommerce_metafields import (
    AsyncCursorPaginator,
    CursorPaginator,
    PartialProductMetafield,
    ProductMetafield,
    ProductMetafieldCursorList,
    ProductMetafieldList,
    ResponseParseError,
    ValidationError,
)
from bigcommerce_metafields._pagination import cursor_problem
from bigcommerce_metafields.testing import FakeBigCommerce

FAMILIES = batch_families()


def _seed(fake: FakeBigCommerce, count: int) -> list[int]:
    for n in range(count):
        fake.add_metafield("product", PRODUCT, namespace="ns", key=f"k{n:02}", value="v")
    return [int(str(m["id"])) for m in fake.metafields("product", PRODUCT)]


async def _walk(api: Api, pages: Any, between: Any) -> list[list[int]]:
    """Every page's ids, calling `await between(number)` after each page is read."""
    read: list[list[int]] = []
    if api.is_async:
        async for page in pages.pages():
            read.append([m.id for m in page.items])
            await between(len(read))
    else:
        for page in pages.pages():
            read.append([m.id for m in page.items])
            await between(len(read))
    return read


@pytest.mark.anyio
@pytest.mark.parametrize("mode_", ["cursor", "offset"])
async def test_a_cursor_walk_skips_and_repeats_nothing_while_the_listing_changes(
    mode_: str, connect: Connect
) -> None:
    fake = make_fake()
    api = connect(fake)
    ids = _seed(fake, 9)
    added: list[int] = []

    async def change(page: int) -> None:
        if page == 1:
            # Delete two items already read and one not read yet; add two.
            for gone in (ids[0], ids[1], ids[4]):
                await api("product_metafields.delete", PRODUCT, gone)
            for n in (1, 2):
                made = await api(
                    "product_metafields.create",
                    PRODUCT,
                    namespace="ns",
                    key=f"new{n}",
                    value="v",
                    permission_set="read",
                )
                added.append(made.data.id)

    options: dict[str, Any] = {"page_size": 3, "mode": mode_}
    if mode_ == "offset":
        options["concurrency"] = 1
    pages = api.sdk.product_metafields.paginate(PRODUCT, **options)
    read = [i for page in await _walk(api, pages, change) for i in page]

    assert len(read) == len(set(read))  # nothing twice
    present_all_along = [i for i in ids if i != ids[4]][2:]
    missed = [i for i in present_all_along if i not in read]
    if mode_ == "cursor":
        assert missed == []
        assert read == [*ids[:3], *[i for i in ids[3:] if i != ids[4]], *added]
        assert isinstance(pages, CursorPaginator | AsyncCursorPaginator)
    else:
        # Offset pages shifted left by the deletes: an item present all along was never read.
        assert missed == [ids[3], ids[5]]


@pytest.mark.anyio
async def test_list_reads_the_page_after_or_before_a_cursor(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    ids = _seed(fake, 5)

    first = await api("product_metafields.list", PRODUCT, limit=2)
    assert isinstance(first, ProductMetafieldList)
    assert first.meta.pagination.total == 5  # no cursor asked: page one, with both metas
    after = first.meta.cursor_pagination.end_cursor
    second = await api("product_metafields.list", PRODUCT, limit=2, after=after)
    assert isinstance(second, ProductMetafieldCursorList)
    assert [m.id for m in second.data] == ids[2:4]
    back = await api(
        "product_metafields.list",
        PRODUCT,
        limit=2,
        before=second.meta.cursor_pagination.start_cursor,
    )
    assert [m.id for m in back.data] == ids[:2]
    query = fake.requests[1].query
    assert "after=" in query
    assert "page=" not in query


@pytest.mark.anyio
async def test_cursor_arguments_are_checked_before_sending(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    with raises(ValidationError, match="after: give before or after, not both"):
        await api("product_metafields.list", PRODUCT, before="a", after="b")
    with raises(ValidationError, match="after: must be at least 1 characters long"):
        await api("product_metafields.batch.list", after="")
    with raises(ValidationError, match="concurrency: leave it out: a cursor listing reads one"):
        api.sdk.product_metafields.paginate(PRODUCT, mode="cursor", concurrency=2)
    with raises(ValidationError, match="mode: must be 'offset' or 'cursor', got 'sideways'"):
        api.sdk.product_metafields.batch.paginate(mode="sideways")
    assert fake.requests == []


@pytest.mark.anyio
async def test_a_cursor_read_stops_at_max_items_and_resumes_from_its_end_cursor(
    connect: Connect,
) -> None:
    fake = make_fake()
    api = connect(fake)
    ids = _seed(fake, 7)
    pages = api.sdk.product_metafields.paginate(
        PRODUCT, mode="cursor", page_size=2, max_items=3, include_fields=["key"]
    )
    read = await pages.collect() if api.is_async else pages.collect()
    assert [m.id for m in read] == ids[:3]
    assert all(isinstance(m, PartialProductMetafield) for m in read)
    assert len(fake.requests) == 2  # no page past the cap

    rest = await api("product_metafields.list", PRODUCT, after=pages.end_cursor, limit=250)
    assert [m.id for m in rest.data] == ids[4:]  # after the last page read (ids 2 and 3)
    assert all(isinstance(m, ProductMetafield) for m in rest.data)


@pytest.mark.anyio
async def test_a_listing_that_gives_no_cursor_is_never_cut_short(connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    _seed(fake, 3)
    # A numbered page (forced here through extra_query) comes without cursors.
    pages = api.sdk.product_metafields.paginate(
        PRODUCT, mode="cursor", page_size=2, extra_query={"page": 1}
    )
    with raises(ResponseParseError, match="without an end_cursor"):
        await pages.collect() if api.is_async else pages.collect()


@pytest.mark.anyio
async def test_a_page_ending_where_it_began_is_not_followed(connect: Connect) -> None:
    # A service ignoring the cursor sent would answer the same page again, ending at the cursor
    # it was read from: the walk refuses it (`cursor_problem`, the check each page of a cursor
    # paginator passes) rather than read that page forever. The page here is the fake's own.
    fake = make_fake()
    api = connect(fake)
    _seed(fake, 5)
    first = await api("product_metafields.list", PRODUCT, limit=2)
    page = await api(
        "product_metafields.list", PRODUCT, limit=2, after=first.meta.cursor_pagination.start_cursor
    )
    end = page.meta.cursor_pagination.end_cursor
    assert (
        cursor_problem(page, 2, end)
        == "a page of a cursor listing ending at the cursor it was read from"
    )
    assert cursor_problem(page, 2, first.meta.cursor_pagination.start_cursor) is None


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("family", FAMILIES)
async def test_every_family_reads_store_wide_by_cursor(family: str, connect: Connect) -> None:
    fake = make_fake()
    api = connect(fake)
    created = await api(f"{family}.batch.create", create_items(family, resource_ids(family, 2), 5))
    pages = getattr(api.sdk, family).batch.paginate(mode="cursor", page_size=2)
    read = await pages.collect() if api.is_async else pages.collect()
    assert [str(m.id) for m in read] == [str(m.id) for m in created]
    assert len(fake.requests) == 4  # the create, then pages of 2, 2 and 1
