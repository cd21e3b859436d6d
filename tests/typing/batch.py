"""Batch operations and cursor listings: misuse must not type-check, natural calls must.

Checked by `mypy --strict --warn-unused-ignores tests/typing` and never run, like misuse.py:
every misuse line carries the exact error code mypy must give it, so a signature that started
accepting it would leave an unused ignore and fail the check.
"""

from __future__ import annotations

import datetime
from typing import assert_type

from bigcommerce_metafields import (
    AsyncMetafieldsClient,
    BatchError,
    BatchFailure,
    CartMetafield,
    CartMetafieldUpdateItem,
    CursorPaginator,
    MetafieldCreate,
    MetafieldsClient,
    Paginator,
    PartialProductMetafield,
    PartialProductMetafieldCursorList,
    ProductMetafield,
    ProductMetafieldCreateItem,
    ProductMetafieldCursorList,
    ProductMetafieldList,
    ProductMetafieldUpdateItem,
    StoreMetafield,
    StoreMetafieldList,
    StoreMetafieldResponse,
    Unset,
)
from bigcommerce_metafields.resources import AsyncProductMetafieldsBatch, ProductMetafieldsBatch

NOW = datetime.datetime.now(datetime.UTC)
ITEM = ProductMetafieldCreateItem(
    resource_id=111, namespace="n", key="k", value="v", permission_set="read"
)


def misuse(client: MetafieldsClient) -> None:
    batch, carts = client.product_metafields.batch, client.cart_metafields.batch
    # A create item names its resource; an update item its metafield.
    ProductMetafieldCreateItem(namespace="n", key="k", value="v", permission_set="read")  # type: ignore[call-arg]
    ProductMetafieldUpdateItem(value="v")  # type: ignore[call-arg]
    # The cart's batch update takes the full body.
    CartMetafieldUpdateItem(id="24", value="x")  # type: ignore[call-arg]
    carts.delete(["24"])  # type: ignore[list-item]
    CartMetafieldUpdateItem(id=24, namespace="n", key="k", value="v", permission_set="read")  # type: ignore[arg-type]
    ProductMetafieldCreateItem(
        resource_id="111",  # type: ignore[arg-type]
        namespace="n",
        key="k",
        value="v",
        permission_set="read",
    )
    # The family's own item type, in a sequence; ids of the family's type.
    store_item = MetafieldCreate(namespace="n", key="k", value="v", permission_set="read")
    batch.create([store_item])  # type: ignore[list-item]
    batch.update([ITEM])  # type: ignore[list-item]
    batch.create(ITEM)  # type: ignore[arg-type]
    batch.delete(["24"])  # type: ignore[list-item]
    batch.delete(24)  # type: ignore[arg-type]
    batch.create([ITEM], batch_size="10")  # type: ignore[arg-type]
    # One cursor or the other; a cursor read has no concurrency and no other mode.
    batch.list(before="a", after="b")  # type: ignore[call-overload]
    client.product_metafields.paginate(1, mode="cursor", concurrency=2)  # type: ignore[call-overload]
    client.product_metafields.paginate(1, mode="sideways")  # type: ignore[call-overload]
    batch.list(resource_id_in=["a"])  # type: ignore[list-item]
    carts.list(resource_id_in=[1])  # type: ignore[call-overload]
    # A cursor page has no offset pagination for certain; a partial item no value for certain.
    print(client.product_metafields.list(1, after="c").meta.pagination.total)  # type: ignore[union-attr]
    batch.list(include_fields=["key"]).data[0].value.upper()  # type: ignore[union-attr]
    # The store's create takes one metafield's fields, all the required ones.
    client.store_metafields.create(namespace="n", key="k", value="v")  # type: ignore[call-overload]
    client.store_metafields.create([store_item])  # type: ignore[call-overload]
    # Batch writes come many answers at a time: not through with_raw_response.
    batch.with_raw_response.create([ITEM])  # type: ignore[attr-defined]
    MetafieldsClient(batch_size="50")  # type: ignore[arg-type]


def natural(client: MetafieldsClient) -> None:
    batch = client.product_metafields.batch
    assert_type(batch, ProductMetafieldsBatch)
    created = batch.create([ITEM, ITEM], batch_size=10)
    assert_type(created, list[ProductMetafield])
    assert_type(created[0].id, int)
    updates = [ProductMetafieldUpdateItem(id=m.id, value="w") for m in created]
    assert_type(batch.update(updates), list[ProductMetafield])
    assert_type(batch.delete([m.id for m in created]), None)
    # Ids of the type each batch operation documents: the cart's update takes strings, its
    # delete integers, whatever type the metafield's id came back as.
    carts = client.cart_metafields.batch
    got = client.cart_metafields.get("cart", 24).data
    cart = CartMetafieldUpdateItem(
        id=str(got.id), namespace="n", key="k", value="v", permission_set="read"
    )
    assert_type(carts.update([cart]), list[CartMetafield])
    carts.delete([int(got.id)])
    # Store-wide listings, filtered by resources; cursors give the cursor model.
    listed = batch.list(resource_id_in=[111, 112], namespace_in=["n"], date_created_min=NOW)
    assert_type(listed, ProductMetafieldList)
    assert_type(batch.list(resource_id_in="111,112"), ProductMetafieldList)
    page = batch.list(after="aWQ6OA==", limit=250)
    assert_type(page, ProductMetafieldCursorList)
    assert_type(page.meta.cursor_pagination.end_cursor, str | None | Unset)
    assert_type(batch.list(before="x", include_fields=["key"]), PartialProductMetafieldCursorList)
    assert_type(client.product_metafields.list(1, after="c"), ProductMetafieldCursorList)
    # Offset (concurrent) or cursor (consistent) reading.
    assert_type(batch.paginate(namespace="n"), Paginator[ProductMetafield])
    by_cursor = batch.paginate(mode="cursor", key_in=["k"], max_items=10)
    assert_type(by_cursor, CursorPaginator[ProductMetafield])
    for item in by_cursor:
        assert_type(item.value, str)
    assert_type(by_cursor.end_cursor, str | None)
    sparse = client.product_metafields.paginate(1, mode="cursor", include_fields=["value"])
    assert_type(sparse, CursorPaginator[PartialProductMetafield])
    # The store's list and create are its batch operations, offered on the resource.
    stores = client.store_metafields
    assert_type(stores.list(namespace="settings"), StoreMetafieldList)
    one = stores.create(namespace="settings", key="k", value="v", permission_set="app_only")
    assert_type(one, StoreMetafieldResponse)
    assert_type(one.data.id, int | str)
    assert_type(stores.find(namespace="settings", key="k"), StoreMetafield | None)
    assert_type(stores.batch.create([MetafieldCreate("read", "n", "k", "v")]), list[StoreMetafield])
    # A partial failure is an exception carrying every outcome.
    try:
        batch.create([ITEM])
    except BatchError as exc:
        failures: list[BatchFailure[ProductMetafieldCreateItem]] = exc.failures
        assert_type(failures[0].index, int)
        assert_type(failures[0].status, int | None)
        assert_type(exc.succeeded_indices, list[int])
    assert_type(client.with_options(batch_size=5), MetafieldsClient)


async def natural_async(client: AsyncMetafieldsClient) -> None:
    batch = client.product_metafields.batch
    assert_type(batch, AsyncProductMetafieldsBatch)
    assert_type(await batch.create([ITEM]), list[ProductMetafield])
    assert_type(await batch.delete([1]), None)
    async for item in batch.paginate(mode="cursor"):
        assert_type(item, ProductMetafield)
    listed = await client.store_metafields.list()
    assert_type(listed, StoreMetafieldList)
