"""A typed tour of the public API, checked by `mypy --strict tests/typing` and never run.

Every operation of both families, sync and async, plain and `.with_raw_response`, with the type a
user's checker must infer for its result (`typing.assert_type`). Only the public package is
imported: if a type here could only be named through a private module, this file would not
check. Not a test module (pytest collects `test_*.py` only), and not imported by anything.
"""

from __future__ import annotations

import datetime
from typing import Any, assert_type

import httpx

from bigcommerce_metafields import (
    APIResponse,
    AsyncMetafieldsClient,
    BigCommerceError,
    CartMetafield,
    CartMetafieldList,
    CartMetafieldResponse,
    ConflictError,
    ListMeta,
    MetafieldCreate,
    MetafieldsClient,
    MetafieldUpdate,
    NotFoundError,
    PermissionSet,
    ProductMetafield,
    ProductMetafieldList,
    ProductMetafieldResponse,
    RateLimitError,
    RateLimitInfo,
    RetryPolicy,
    Unset,
    ValidationError,
)
from bigcommerce_metafields.resources import (
    AsyncCartMetafields,
    AsyncProductMetafieldsWithRawResponse,
    CartMetafieldsWithRawResponse,
    ProductMetafields,
)

CART = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
READ: PermissionSet = "read"


def sync_tour() -> None:
    with MetafieldsClient(
        "abc123",
        "token",
        timeout=httpx.Timeout(10.0),
        max_retries=2,
        retry_policy=RetryPolicy(max_rate_limit_wait=30.0),
        max_in_flight=4,
        quota_url="file:/run/bigcommerce-quota",
    ) as client:
        assert_type(client.product_metafields, ProductMetafields)
        assert_type(client.for_store("def456", "other-token"), MetafieldsClient)

        # product metafields
        created = client.product_metafields.create(
            111, namespace="warehouse", key="location", value="4HG", permission_set=READ
        )
        assert_type(created, ProductMetafieldResponse)
        assert_type(created.data, ProductMetafield)
        assert_type(created.data.id, int)
        modelled = client.product_metafields.create(
            111, MetafieldCreate(permission_set="app_only", namespace="w", key="bin", value="H")
        )
        assert_type(modelled, ProductMetafieldResponse)
        listed = client.product_metafields.list(
            111,
            page=1,
            limit=250,
            key_in="location,bin",
            date_created_min=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
            direction="desc",
            timeout=5.0,
        )
        assert_type(listed, ProductMetafieldList)
        assert_type(listed.data, list[ProductMetafield])
        assert_type(listed.meta, ListMeta)
        assert_type(listed.meta.pagination.total, int)
        assert_type(client.product_metafields.get(111, created.data.id), ProductMetafieldResponse)
        assert_type(
            client.product_metafields.update(111, created.data.id, value="5HG", max_retries=0),
            ProductMetafieldResponse,
        )
        assert_type(
            client.product_metafields.update(111, created.data.id, MetafieldUpdate(value="6HG")),
            ProductMetafieldResponse,
        )
        assert_type(client.product_metafields.delete(111, created.data.id), None)

        # cart metafields
        cart = client.cart_metafields.create(
            CART, namespace="checkout", key="gift", value="Happy birthday", permission_set=READ
        )
        assert_type(cart, CartMetafieldResponse)
        assert_type(cart.data, CartMetafield)
        assert_type(cart.data.id, int | str)
        assert_type(cart.data.description, str | None | Unset)
        assert_type(client.cart_metafields.list(CART, namespace="checkout"), CartMetafieldList)
        assert_type(client.cart_metafields.list(CART).data, list[CartMetafield])
        assert_type(client.cart_metafields.get(CART, 24), CartMetafieldResponse)
        # the id as a response gives it ("24" or 24) goes back in as it is
        assert_type(client.cart_metafields.get(CART, cart.data.id), CartMetafieldResponse)
        assert_type(
            client.cart_metafields.update(
                CART, 24, namespace="checkout", key="gift", value="Hi", permission_set="write"
            ),
            CartMetafieldResponse,
        )
        assert_type(
            client.cart_metafields.update(
                CART, 24, MetafieldCreate(permission_set="read", namespace="c", key="k", value="v")
            ),
            CartMetafieldResponse,
        )
        assert_type(client.cart_metafields.delete(CART, 24), None)

        # raw responses
        raw_products = client.product_metafields.with_raw_response
        raw_carts = client.cart_metafields.with_raw_response
        assert_type(raw_carts, CartMetafieldsWithRawResponse)
        raw = raw_products.create(111, namespace="n", key="k", value="v", permission_set=READ)
        assert_type(raw, APIResponse[ProductMetafieldResponse])
        assert_type(raw.parsed, ProductMetafieldResponse)
        assert_type(raw.status_code, int)
        assert_type(raw.headers, httpx.Headers)
        assert_type(raw.rate_limit, RateLimitInfo | None)
        if raw.rate_limit is not None:
            assert_type(raw.rate_limit.left, int | None)
        assert_type(raw_products.list(111), APIResponse[ProductMetafieldList])
        assert_type(raw_products.get(111, 1), APIResponse[ProductMetafieldResponse])
        assert_type(raw_products.update(111, 1, value="v"), APIResponse[ProductMetafieldResponse])
        assert_type(raw_products.delete(111, 1), APIResponse[None])
        assert_type(
            raw_carts.create(CART, namespace="n", key="k", value="v", permission_set=READ),
            APIResponse[CartMetafieldResponse],
        )
        assert_type(raw_carts.list(CART), APIResponse[CartMetafieldList])
        assert_type(raw_carts.get(CART, 1), APIResponse[CartMetafieldResponse])
        assert_type(
            raw_carts.update(CART, 1, namespace="n", key="k", value="v", permission_set=READ),
            APIResponse[CartMetafieldResponse],
        )
        assert_type(raw_carts.delete(CART, 1), APIResponse[None])

        # every item of a listing
        for item in client.product_metafields.paginate(111, page_size=250):
            assert_type(item, ProductMetafield)
        assert_type(client.cart_metafields.paginate(CART).collect(), list[CartMetafield])


def errors_tour(client: MetafieldsClient) -> None:
    try:
        client.product_metafields.get(111, 1)
    except RateLimitError as error:
        assert_type(error.retry_after, float | None)
        assert_type(error.status_code, int)
        assert_type(error.rate_limit, RateLimitInfo | None)
    except NotFoundError as error:
        assert_type(error.title, str | None)
        assert_type(error.body, str)
    except ConflictError as error:
        assert_type(error.errors, dict[str, Any])
    except ValidationError as error:
        assert_type(error.errors, dict[str, str])
    except BigCommerceError:
        pass


async def async_tour() -> None:
    async with AsyncMetafieldsClient() as aclient:  # from BIGCOMMERCE_STORE_HASH / _ACCESS_TOKEN
        assert_type(aclient.cart_metafields, AsyncCartMetafields)
        store = aclient.for_store("def456", "other-token", base_url=None)
        assert_type(store, AsyncMetafieldsClient)

        created = await aclient.product_metafields.create(
            111, namespace="warehouse", key="location", value="4HG", permission_set=READ
        )
        assert_type(created, ProductMetafieldResponse)
        assert_type(await aclient.product_metafields.list(111), ProductMetafieldList)
        assert_type(await aclient.product_metafields.get(111, 1), ProductMetafieldResponse)
        assert_type(
            await aclient.product_metafields.update(111, 1, description="moved"),
            ProductMetafieldResponse,
        )
        assert_type(await aclient.product_metafields.delete(111, 1), None)

        cart = await aclient.cart_metafields.create(
            CART, MetafieldCreate(permission_set="read", namespace="c", key="k", value="v")
        )
        assert_type(cart, CartMetafieldResponse)
        assert_type(await aclient.cart_metafields.list(CART), CartMetafieldList)
        assert_type(await aclient.cart_metafields.get(CART, 1), CartMetafieldResponse)
        assert_type(
            await aclient.cart_metafields.update(
                CART, 1, namespace="c", key="k", value="v2", permission_set="app_only"
            ),
            CartMetafieldResponse,
        )
        assert_type(await aclient.cart_metafields.delete("c", 1), None)

        raw_products = aclient.product_metafields.with_raw_response
        assert_type(raw_products, AsyncProductMetafieldsWithRawResponse)
        assert_type(
            await raw_products.create(111, namespace="n", key="k", value="v", permission_set=READ),
            APIResponse[ProductMetafieldResponse],
        )
        assert_type(await raw_products.list(111), APIResponse[ProductMetafieldList])
        assert_type(await raw_products.get(111, 1), APIResponse[ProductMetafieldResponse])
        assert_type(
            await raw_products.update(111, 1, MetafieldUpdate(key="k2")),
            APIResponse[ProductMetafieldResponse],
        )
        assert_type(await raw_products.delete(111, 1), APIResponse[None])
        raw_carts = aclient.cart_metafields.with_raw_response
        assert_type(
            await raw_carts.create(CART, namespace="n", key="k", value="v", permission_set=READ),
            APIResponse[CartMetafieldResponse],
        )
        assert_type(await raw_carts.list(CART), APIResponse[CartMetafieldList])
        assert_type(await raw_carts.get(CART, 1), APIResponse[CartMetafieldResponse])
        assert_type(
            await raw_carts.update(
                CART, 1, namespace="n", key="k", value="v", permission_set="read"
            ),
            APIResponse[CartMetafieldResponse],
        )
        assert_type(await raw_carts.delete(CART, 1), APIResponse[None])

        async for item in aclient.cart_metafields.paginate(CART, max_items=10):
            assert_type(item, CartMetafield)
        assert_type(
            await aclient.product_metafields.paginate(111).collect(),
            list[ProductMetafield],
        )
