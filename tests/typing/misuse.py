"""Calls the runtime refuses must not type-check; the natural correct calls must.

Checked by `mypy --strict --warn-unused-ignores tests/typing` and never run. Every misuse line
carries `# type: ignore[<code>]`: if a change to the signatures made mypy accept one, its ignore
would be unused and the check would fail. The correct calls below them carry no ignore, so a
change that made mypy refuse one fails too.
"""

from __future__ import annotations

import datetime
from typing import Literal, assert_type

from bigcommerce_metafields import (
    UNSET,
    AsyncMetafieldsClient,
    CartMetafield,
    MetafieldCreate,
    MetafieldsClient,
    MetafieldUpdate,
    PartialProductMetafield,
    PartialProductMetafieldList,
    ProductMetafield,
    ProductMetafieldList,
    Unset,
    UpsertAction,
    Upserted,
    parse,
    validate,
)

CART = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
NOW = datetime.datetime.now(datetime.UTC)


def misuse(client: MetafieldsClient) -> None:
    products, carts = client.product_metafields, client.cart_metafields
    # Another store's client needs its token: the environment's is the client's own store's.
    client.for_store("def456")  # type: ignore[call-arg]
    client.for_store("def456", None)  # type: ignore[arg-type]
    # A create needs every required field.
    products.create(1, key="k")  # type: ignore[call-overload]
    products.create(1, namespace="n", key="k", value="v")  # type: ignore[call-overload]
    carts.create(CART, namespace="n", key="k", permission_set="read")  # type: ignore[call-overload]
    # The cart PUT takes the full body; a partial update is the product's alone.
    carts.update(CART, 24, value="x")  # type: ignore[call-overload]
    carts.update(CART, 24, MetafieldUpdate(value="x"))  # type: ignore[call-overload]
    # A body model or keyword fields, not both.
    products.create(  # type: ignore[call-overload]
        1,
        MetafieldCreate(permission_set="read", namespace="n", key="k", value="v"),
        value="w",
    )
    # permission_set is one of the spec's values.
    products.create(  # type: ignore[call-overload]
        1, namespace="n", key="k", value="v", permission_set="admin"
    )
    MetafieldCreate(permission_set="admin", namespace="n", key="k", value="v")  # type: ignore[arg-type]
    # parse: a model of the spec, from JSON text or a mapping.
    parse(dict, b"{}")  # type: ignore[type-var]
    parse(ProductMetafield, 5)  # type: ignore[arg-type]
    parse(ProductMetafield, [{}])  # type: ignore[arg-type]
    # Ids of the wrong type.
    products.get("1", 2)  # type: ignore[arg-type]
    products.get(1, "2")  # type: ignore[arg-type]
    carts.get(1, 24)  # type: ignore[arg-type]
    # A list where a scalar is expected, a scalar of the wrong type, None for "not given".
    products.list(1, key=["a", "b"])  # type: ignore[call-overload]
    products.list(1, limit="50")  # type: ignore[call-overload]
    products.list(1, direction="up")  # type: ignore[call-overload]
    products.list(1, date_created_min="2024-01-01T00:00:00Z")  # type: ignore[call-overload]
    products.list(1, namespace=None)  # type: ignore[call-overload]
    products.list(1, include_fields=["bogus"])  # type: ignore[list-item]
    carts.list(CART, key_in=["a"])  # type: ignore[call-overload]
    products.get(1, 2, max_retries="3")  # type: ignore[arg-type]
    products.get(1, 2, extra_headers={"X-Trace": 1})  # type: ignore[dict-item]
    products.paginate(1, max_items="10")  # type: ignore[call-overload]
    # A partial item's fields may be absent: used as str they need narrowing.
    sparse = products.list(1, include_fields=["key"])
    sparse.data[0].value.upper()  # type: ignore[union-attr]
    # find and upsert take keywords, all of upsert's required fields.
    products.find(1, "n", "k")  # type: ignore[call-arg]
    products.upsert(1, namespace="n", key="k", value="v")  # type: ignore[call-arg]
    client.with_options(max_retries="3")  # type: ignore[arg-type]


def natural(client: MetafieldsClient) -> None:
    products, carts = client.product_metafields, client.cart_metafields
    # Lists (or a comma-separated string) for the `:in` filters and the field lists.
    listed = products.list(1, key_in=["a", "b"], namespace_in=("warehouse",), limit=250)
    assert_type(listed, ProductMetafieldList)
    assert_type(products.list(1, key_in="a,b"), ProductMetafieldList)
    # With no sparse fieldset every field is there, typed: no narrowing.
    item = listed.data[0]
    assert_type(item, ProductMetafield)
    assert_type(item.value.upper(), str)
    assert_type(item.key, str)
    assert_type(item.namespace, str)
    assert_type(item.permission_set, str)
    assert_type(item.id, int)
    assert_type(item.date_created, datetime.datetime)
    # One class for a product metafield wherever all its fields are present.
    created = products.create(1, namespace="n", key="k", value="v", permission_set="read")
    assert_type(created.data, ProductMetafield)
    assert_type(created.data.id, int)
    assert_type(products.get(1, created.data.id).data, ProductMetafield)
    # With a sparse fieldset, the partial model; `is UNSET` narrows.
    sparse = products.list(1, include_fields=["key", "value"], date_created_min=NOW)
    assert_type(sparse, PartialProductMetafieldList)
    part = sparse.data[0]
    assert_type(part, PartialProductMetafield)
    if part.value is UNSET:
        assert_type(part.value, Literal[Unset.UNSET])
    else:
        assert_type(part.value, str)
    if not isinstance(part.key, Unset):
        assert_type(part.key, str)
    assert_type(products.list(1, exclude_fields="description"), PartialProductMetafieldList)
    for row in products.paginate(1, include_fields=["value"]):
        assert_type(row, PartialProductMetafield)
    for full in products.paginate(1, key_in=["a"], max_items=10):
        assert_type(full, ProductMetafield)
    # Cart ids: the id as the service gives it goes back in as it is.
    cart = carts.create(CART, namespace="n", key="k", value="v", permission_set="app_only")
    assert_type(cart.data.id, int | str)
    carts.update(CART, cart.data.id, namespace="n", key="k", value="w", permission_set="read")
    products.update(1, 2, value="x")  # the product PUT is partial
    # find / upsert / with_options / validate / per-call extras.
    found = products.find(1, namespace="n", key="k")
    assert_type(found, ProductMetafield | None)
    assert_type(carts.find(CART, namespace="n", key="k"), CartMetafield | None)
    done = products.upsert(1, namespace="n", key="k", value="v", permission_set="read")
    assert_type(done, Upserted[ProductMetafield])
    assert_type(done.action, UpsertAction)
    assert_type(done.metafield.value, str)
    quick = client.with_options(timeout=2.0, max_retries=0)
    assert_type(quick, MetafieldsClient)
    quick.product_metafields.get(1, 2, extra_headers={"X-Trace": "1"}, extra_query={"x": 1})
    body = validate(MetafieldCreate, namespace="n", key="k", value="v", permission_set="read")
    assert_type(body, MetafieldCreate)
    assert_type(validate(MetafieldUpdate(value="v")), MetafieldUpdate)
    assert_type(parse(ProductMetafield, b"{}"), ProductMetafield)
    assert_type(parse(ProductMetafieldList, "{}"), ProductMetafieldList)
    assert_type(parse(CartMetafield, {"id": 1}), CartMetafield)
    assert_type(parse(MetafieldCreate, memoryview(b"{}")), MetafieldCreate)
    products.get(1, 2, timeout=None)  # None: no time limit, as in httpx


async def natural_async(client: AsyncMetafieldsClient) -> None:
    listed = await client.product_metafields.list(1, key_in=["a", "b"])
    assert_type(listed.data[0].value, str)
    sparse = await client.product_metafields.list(1, include_fields=["key"])
    assert_type(sparse, PartialProductMetafieldList)
    assert_type(
        await client.cart_metafields.upsert(
            CART, namespace="n", key="k", value="v", permission_set="read"
        ),
        Upserted[CartMetafield],
    )
    async for item in client.product_metafields.paginate(1):
        assert_type(item, ProductMetafield)
    assert_type(client.with_options(max_retries=1), AsyncMetafieldsClient)
