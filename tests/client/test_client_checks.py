"""Checks at the door and what passes them: query arguments and call options refused before
anything is sent, `:in` filters sent as one comma-separated parameter, sparse fieldsets typed as
partial models, a closed client refusing calls, `validate()`, the module public classes report,
and `UNSET`."""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import pkgutil
import traceback
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx
import pytest
from clientkit import CART, NEW, PRODUCT, Api, Connect, raises, sent

import bigcommerce_metafields
from bigcommerce_metafields import (
    UNSET,
    AsyncMetafieldsClient,
    BigCommerceError,
    ClientClosedError,
    ConflictError,
    MetafieldCreate,
    MetafieldsClient,
    MetafieldUpdate,
    PartialProductMetafield,
    PartialProductMetafieldList,
    ProductMetafield,
    ProductMetafieldList,
    Unset,
    ValidationError,
    validate,
)
from bigcommerce_metafields.testing import FakeBigCommerce

COLLECTION = f"/catalog/products/{PRODUCT}/metafields"
FIELDS = (
    "date_created, date_modified, description, key, namespace, owner_client_id, permission_set, "
    "resource_id, resource_type, value"
)


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _collect(api: Api, tag: str, *args: Any, **kwargs: Any) -> list[Any]:
    """Every item of `paginate`, sync or async."""
    paginator = getattr(api.sdk, tag).paginate(*args, **kwargs)
    items: list[Any] = await _maybe_await(paginator.collect())
    return items


def _query(fake: FakeBigCommerce, index: int = -1) -> list[tuple[str, str]]:
    """The decoded query parameters of a recorded request, in order, repeats kept."""
    return parse_qsl(fake.requests[index].query, keep_blank_values=True)


# -- query arguments and options are checked before sending ---------------------------------------

# (keyword arguments of `product_metafields.list`, the one argument the error names, its rule)
BAD_QUERIES: dict[str, tuple[dict[str, Any], str, str]] = {
    "limit 0": ({"limit": 0}, "limit", "must be from 1 to 250, got 0"),
    "limit 1000": ({"limit": 1000}, "limit", "must be from 1 to 250, got 1000"),
    "limit True": ({"limit": True}, "limit", "must be an integer, got bool"),
    "page 0": ({"page": 0}, "page", "must be at least 1, got 0"),
    "direction up": ({"direction": "up"}, "direction", "must be one of asc, desc; got 'up'"),
    "date a str": (
        {"date_created_min": "2024-01-01T00:00:00Z"}, "date_created_min",
        "must be a datetime, got str",
    ),
    "date naive": (
        {"date_modified_max": datetime(2024, 1, 1)}, "date_modified_max",
        "must be timezone-aware (e.g. datetime(..., tzinfo=timezone.utc))",
    ),
    "key_in empty list": ({"key_in": []}, "key_in", "must name at least 1"),
    "key_in comma in an item": (
        {"key_in": ["a,b"]}, "key_in",
        "item 0 must not contain a comma (it separates the items), got 'a,b'",
    ),
    "key_in an int item": ({"key_in": [1]}, "key_in", "item 0 must be a string, got int"),
    "key_in a set": (
        {"key_in": {"a"}}, "key_in",
        "must be a list of strings or a comma-separated string, got set",
    ),
    "namespace_in empty item": (
        {"namespace_in": "n1,,n2"}, "namespace_in",
        "item 1 must be between 1 and 64 characters long, got 0",
    ),
    "include_fields bogus": (
        {"include_fields": ["bogus"]}, "include_fields",
        f"item 0 must be one of {FIELDS}; got 'bogus'",
    ),
    "key None": ({"key": None}, "key", "must not be None (leave it out not to filter)"),
    "timeout -1": (
        {"timeout": -1}, "timeout",
        "must be seconds > 0, an httpx.Timeout, or None for no limit; got -1",
    ),
    "timeout nan": (
        {"timeout": float("nan")}, "timeout",
        "must be seconds > 0, an httpx.Timeout, or None for no limit; got nan",
    ),
    "max_retries x": (
        {"max_retries": "x"}, "max_retries", "must be a non-negative integer, got 'x'",
    ),
    "max_retries -1": (
        {"max_retries": -1}, "max_retries", "must be a non-negative integer, got -1",
    ),
}  # fmt: skip


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])  # nothing reaches a transport
@pytest.mark.parametrize(("kwargs", "name", "rule"), BAD_QUERIES.values(), ids=BAD_QUERIES.keys())
async def test_a_bad_query_argument_or_option_is_refused_before_sending(
    kwargs: dict[str, Any], name: str, rule: str, fake: FakeBigCommerce, api: Api
) -> None:
    with raises(ValidationError) as info:
        await api("product_metafields.list", PRODUCT, **kwargs)

    assert info.value.errors == {name: rule}
    assert info.value.operation_id == "get_product_metafields"
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_every_bad_argument_of_a_call_is_named_at_once(
    fake: FakeBigCommerce, api: Api
) -> None:
    with raises(ValidationError) as info:
        await api(
            "product_metafields.list", PRODUCT, limit=0, key_in=[], direction="up", max_retries=-1
        )

    assert set(info.value.errors) == {"limit", "key_in", "direction", "max_retries"}
    assert fake.requests == []


# (keyword arguments of `paginate`, the argument named)
BAD_PAGINATIONS: dict[str, tuple[dict[str, Any], str]] = {
    "max_items -1": ({"max_items": -1}, "max_items"),
    "page_size 0": ({"page_size": 0}, "page_size"),
    "page_size 251": ({"page_size": 251}, "page_size"),
    "concurrency 0": ({"concurrency": 0}, "concurrency"),
    "key_in empty": ({"key_in": []}, "key_in"),
    "date naive": ({"date_created_min": datetime(2024, 1, 1)}, "date_created_min"),
    "timeout nan": ({"timeout": float("nan")}, "timeout"),
    "extra_headers token": ({"extra_headers": {"X-Auth-Token": "t"}}, "extra_headers"),
}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(("kwargs", "name"), BAD_PAGINATIONS.values(), ids=BAD_PAGINATIONS.keys())
async def test_paginate_raises_at_the_call_not_at_iteration(
    kwargs: dict[str, Any], name: str, fake: FakeBigCommerce, api: Api
) -> None:
    fake.add_metafield("product", PRODUCT, namespace="ns", key="k", value="v")

    with raises(ValidationError) as info:
        api.sdk.product_metafields.paginate(PRODUCT, **kwargs)  # not iterated, not awaited

    assert list(info.value.errors) == [name]
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_cart_listing_arguments_are_checked_too(fake: FakeBigCommerce, api: Api) -> None:
    with raises(ValidationError) as info:
        await api("cart_metafields.list", CART, limit=251, page=True)

    assert set(info.value.errors) == {"limit", "page"}
    with raises(ValidationError):
        api.sdk.cart_metafields.paginate(CART, page_size=0)
    assert fake.requests == []


# -- `:in` filters are one comma-separated parameter ----------------------------------------------


def _seed_keys(fake: FakeBigCommerce) -> None:
    for key in ("a", "b", "c"):
        fake.add_metafield("product", PRODUCT, namespace="ns", key=key, value=f"value-{key}")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "key_in", [["a", "b"], ("a", "b"), "a,b"], ids=["list", "tuple", "comma-separated"]
)
async def test_key_in_is_sent_as_one_comma_separated_parameter(
    key_in: Any, fake: FakeBigCommerce, api: Api
) -> None:
    _seed_keys(fake)

    listed = await api("product_metafields.list", PRODUCT, key_in=key_in)

    assert sorted(item.key for item in listed.data) == ["a", "b"]
    assert ("key:in", "a,b") in _query(fake)
    assert [name for name, _ in _query(fake)].count("key:in") == 1
    assert sent(fake) == [("GET", f"{COLLECTION}?limit=50&key%3Ain=a%2Cb", 200)]


@pytest.mark.anyio
async def test_key_in_through_paginate_is_one_parameter_on_every_page(
    fake: FakeBigCommerce, api: Api
) -> None:
    _seed_keys(fake)

    items = await _collect(api, "product_metafields", PRODUCT, key_in=["a", "b"], page_size=1)

    assert [item.key for item in items] == ["a", "b"]
    assert len(fake.requests) == 2
    for index in range(2):
        assert [value for name, value in _query(fake, index) if name == "key:in"] == ["a,b"]


@pytest.mark.anyio
@pytest.mark.parametrize("namespace_in", [["n1", "n2"], "n1,n2"], ids=["list", "comma-separated"])
async def test_namespace_in_is_sent_as_one_comma_separated_parameter(
    namespace_in: Any, fake: FakeBigCommerce, api: Api
) -> None:
    for namespace in ("n1", "n2", "n3"):
        fake.add_metafield("product", PRODUCT, namespace=namespace, key="k", value="v")

    listed = await api("product_metafields.list", PRODUCT, namespace_in=namespace_in)

    assert sorted(item.namespace for item in listed.data) == ["n1", "n2"]
    assert [value for name, value in _query(fake) if name == "namespace:in"] == ["n1,n2"]


# -- sparse fieldsets are partial models; full listings are fully typed ---------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "include_fields", [["key", "value"], "key,value"], ids=["list", "comma-separated"]
)
async def test_include_fields_answers_partial_models(
    include_fields: Any, fake: FakeBigCommerce, api: Api
) -> None:
    _seed_keys(fake)

    listed = await api("product_metafields.list", PRODUCT, include_fields=include_fields)

    assert type(listed) is PartialProductMetafieldList
    assert [type(item) for item in listed.data] == [PartialProductMetafield] * 3
    assert [(item.key, item.value) for item in listed.data] == [
        ("a", "value-a"),
        ("b", "value-b"),
        ("c", "value-c"),
    ]
    for item in listed.data:
        assert item.namespace is UNSET  # asked for key and value only
        assert item.owner_client_id is UNSET
    assert [value for name, value in _query(fake) if name == "include_fields"] == ["key,value"]


@pytest.mark.anyio
async def test_paginate_with_exclude_fields_yields_partial_models(
    fake: FakeBigCommerce, api: Api
) -> None:
    _seed_keys(fake)

    items = await _collect(api, "product_metafields", PRODUCT, exclude_fields=["value"])

    assert [type(item) for item in items] == [PartialProductMetafield] * 3
    assert [item.value for item in items] == [UNSET] * 3
    assert [item.key for item in items] == ["a", "b", "c"]


def _assert_fully_typed(item: object) -> None:
    for field in attrs.fields(type(item)):
        if field.name == "additional_properties":
            continue
        value = getattr(item, field.name)
        assert type(value) in (str, int, datetime), f"{field.name} is {value!r}"
        if isinstance(value, datetime):
            assert value.utcoffset() is not None, f"{field.name} is naive"


@pytest.mark.anyio
async def test_without_a_fieldset_the_listing_is_fully_typed(
    fake: FakeBigCommerce, api: Api
) -> None:
    _seed_keys(fake)

    listed = await api("product_metafields.list", PRODUCT)
    paginated = await _collect(api, "product_metafields", PRODUCT)

    assert type(listed) is ProductMetafieldList
    assert [type(item) for item in [*listed.data, *paginated]] == [ProductMetafield] * 6
    for item in [*listed.data, *paginated]:
        _assert_fully_typed(item)
    assert listed.data[0].date_created.tzinfo is not None


# -- a closed client refuses calls ----------------------------------------------------------------


@pytest.mark.anyio
async def test_a_call_after_close_raises_client_closed_error(
    fake: FakeBigCommerce, api: Api
) -> None:
    await api("product_metafields.create", PRODUCT, **NEW)
    await api.aclose()

    with raises(ClientClosedError) as info:
        await api("product_metafields.list", PRODUCT)
    assert isinstance(info.value, BigCommerceError)
    assert "get_product_metafields" in str(info.value)
    with raises(ClientClosedError):
        await api("cart_metafields.create", CART, **NEW)
    with raises(ClientClosedError):
        await api.raw("product_metafields.get", PRODUCT, 1)
    with raises(ClientClosedError):
        api.sdk.product_metafields.paginate(PRODUCT)  # at the call, not at iteration
    with raises(ClientClosedError):
        await api("product_metafields.find", PRODUCT, namespace="warehouse", key="location")
    with raises(ClientClosedError):
        await api("product_metafields.upsert", PRODUCT, **NEW)

    assert [r.method for r in fake.requests] == ["POST"]  # nothing after close


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_paginator_made_before_close_raises_client_closed_error_when_iterated(
    fake: FakeBigCommerce, api: Api
) -> None:
    fake.add_metafield("product", PRODUCT, namespace="ns", key="k", value="v")
    paginator = api.sdk.product_metafields.paginate(PRODUCT)
    await api.aclose()

    with raises(ClientClosedError):
        await _maybe_await(paginator.collect())
    assert fake.requests == []


def test_the_with_block_closes_the_sync_client(fake: FakeBigCommerce) -> None:
    with MetafieldsClient(fake.store_hash, "t", transport=fake.transport()) as sdk:
        pass

    with raises(ClientClosedError):
        sdk.product_metafields.list(PRODUCT)
    assert fake.requests == []


@pytest.mark.anyio
async def test_the_async_with_block_closes_the_async_client(
    fake: FakeBigCommerce, anyio_backend: str
) -> None:
    async with AsyncMetafieldsClient(fake.store_hash, "t", transport=fake.async_transport()) as sdk:
        pass

    with raises(ClientClosedError):
        await sdk.product_metafields.list(PRODUCT)
    with raises(ClientClosedError):
        sdk.product_metafields.paginate(PRODUCT)
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_client_with_an_injected_http_client_refuses_calls_after_close(
    flavor: str, fake: FakeBigCommerce, connect: Connect
) -> None:
    http: Any = (
        httpx.Client(transport=fake.transport())
        if flavor == "sync"
        else httpx.AsyncClient(transport=fake.async_transport())
    )
    api = connect(fake, http_client=http)
    await api("product_metafields.list", PRODUCT)
    await api.aclose()

    try:
        with raises(ClientClosedError):
            await api("product_metafields.list", PRODUCT)
        assert not http.is_closed  # the caller's to close
        assert len(fake.requests) == 1
    finally:
        await _maybe_await(http.close() if flavor == "sync" else http.aclose())


# -- validate() -----------------------------------------------------------------------------------

PERMISSIONS = "app_only, read, read_and_sf_access, write, write_and_sf_access"


def test_validate_returns_a_valid_model_itself() -> None:
    body = MetafieldCreate(**NEW, description="aisle 4")
    update = MetafieldUpdate(value="5HG")

    assert validate(body) is body
    assert validate(update) is update
    assert validate(MetafieldUpdate()) == MetafieldUpdate()  # every update field is optional


def test_validate_names_every_bad_field() -> None:
    body = MetafieldCreate(
        permission_set="nobody",  # type: ignore[arg-type]
        namespace="",
        key="k" * 65,
        value="",
        description="d" * 256,
    )

    with raises(ValidationError) as info:
        validate(body)

    assert info.value.errors == {
        "permission_set": f"must be one of {PERMISSIONS}; got 'nobody'",
        "namespace": "must be between 1 and 64 characters long, got 0",
        "key": "must be between 1 and 64 characters long, got 65",
        "value": "must be between 1 and 65535 characters long, got 0",
        "description": "must be between 0 and 255 characters long, got 256",
    }


def test_validate_a_partial_update_checks_only_what_is_given() -> None:
    with raises(ValidationError) as info:
        validate(MetafieldUpdate(namespace="n" * 65))

    assert info.value.errors == {"namespace": "must be between 1 and 64 characters long, got 65"}


def test_validate_builds_a_model_from_keyword_fields() -> None:
    built = validate(MetafieldCreate, **NEW)

    assert type(built) is MetafieldCreate
    assert built == MetafieldCreate(**NEW)
    assert built.description is UNSET


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({k: v for k, v in NEW.items() if k != "value"}, {"value": "is required"}),
        (NEW | {"key": ""}, {"key": "must be between 1 and 64 characters long, got 0"}),
        (NEW | {"colour": "red"}, {"colour": "is not a field of this body"}),
        (NEW | {"value": 4}, {"value": "must be a string, got int"}),
    ],
    ids=["missing", "too short", "unknown field", "not a string"],
)
def test_validate_refuses_bad_keyword_fields(
    fields: dict[str, Any], errors: dict[str, str]
) -> None:
    with raises(ValidationError) as info:
        validate(MetafieldCreate, **fields)

    assert info.value.errors == errors


@pytest.mark.parametrize(
    "body",
    [object(), {"namespace": "n"}, None, MetafieldCreate],
    ids=["object", "dict", "None", "model and fields"],
)
def test_validate_refuses_what_is_not_a_request_body(body: Any) -> None:
    with raises(ValidationError) as info:
        if body is MetafieldCreate:
            validate(MetafieldCreate(**NEW), **NEW)  # a model and fields together
        else:
            validate(body)

    assert list(info.value.errors) == ["body"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_body_validate_accepts_is_sent_as_is(fake: FakeBigCommerce, api: Api) -> None:
    body = validate(MetafieldCreate, **NEW, description="")

    created = await api("product_metafields.create", PRODUCT, body)

    assert created.data.key == NEW["key"]
    assert fake.requests[0].json() == NEW | {"description": ""}


# -- public classes report the package as their module --------------------------------------------

_GENERATED = "bigcommerce_metafields._generated"


def _private_modules() -> list[Any]:
    """The SDK's own private modules (`_errors`, `_client`, ...), not the generated ones."""
    found = []
    for info in pkgutil.iter_modules(bigcommerce_metafields.__path__):
        if info.name.startswith("_") and info.name != "_generated":
            found.append(importlib.import_module(f"bigcommerce_metafields.{info.name}"))
    return found


def _sdk_classes() -> dict[str, type[Any]]:
    """Public classes defined in the SDK's private modules (found where they live, whatever
    their `__module__` says)."""
    modules = _private_modules()
    classes = {}
    for name in bigcommerce_metafields.__all__:
        obj = getattr(bigcommerce_metafields, name)
        if not inspect.isclass(obj) or obj.__module__.startswith(_GENERATED):
            continue
        if any(vars(module).get(name) is obj for module in modules):
            classes[name] = obj
    return classes


def test_the_sdks_public_classes_report_the_package_as_their_module() -> None:
    classes = _sdk_classes()

    assert {
        "ConflictError", "ValidationError", "ClientClosedError", "AmbiguousMetafieldError",
        "ConfigurationError", "BigCommerceError", "MetafieldsClient", "AsyncMetafieldsClient",
        "Paginator", "AsyncPaginator", "Page", "APIResponse", "Upserted", "RetryPolicy",
        "RateLimitInfo",
    } <= set(classes)  # fmt: skip
    assert ConflictError.__module__ == "bigcommerce_metafields"
    for name, cls in classes.items():
        assert cls.__module__ == "bigcommerce_metafields", name
        assert getattr(bigcommerce_metafields, cls.__qualname__) is cls, name


def test_every_public_class_reports_the_package_or_its_generated_home() -> None:
    """No public class says it lives in a private module of the SDK; the generated models keep
    theirs (which `typing.get_type_hints` needs), and it does hold them."""
    for name in bigcommerce_metafields.__all__:
        obj = getattr(bigcommerce_metafields, name)
        if not inspect.isclass(obj):
            continue
        if obj.__module__ == "bigcommerce_metafields":
            continue
        assert obj.__module__.startswith(_GENERATED + "."), f"{name}: {obj.__module__}"
        assert getattr(importlib.import_module(obj.__module__), obj.__name__) is obj


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_an_errors_repr_and_traceback_name_the_public_path(api: Api) -> None:
    await api("product_metafields.create", PRODUCT, **NEW)
    with raises(ConflictError) as info:
        await api("product_metafields.create", PRODUCT, **NEW | {"value": "other"})

    error = info.value
    assert repr(type(error)) == "<class 'bigcommerce_metafields.ConflictError'>"
    assert repr(error).startswith("ConflictError(")
    formatted = "".join(traceback.format_exception(error))
    assert "bigcommerce_metafields.ConflictError: 409 Conflict" in formatted
    assert "bigcommerce_metafields._errors" not in formatted.splitlines()[-1]
    assert pickle.loads(pickle.dumps(type(error))) is ConflictError  # noqa: S301


# -- UNSET ----------------------------------------------------------------------------------------


def test_unset_is_the_single_member_of_its_enum() -> None:
    assert bigcommerce_metafields.UNSET is bigcommerce_metafields.Unset.UNSET
    assert UNSET is Unset.UNSET
    assert isinstance(UNSET, Unset)
    assert list(Unset) == [UNSET]
    assert bool(UNSET) is False
    assert not UNSET
    assert repr(UNSET) == "UNSET"
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET  # noqa: S301


def test_an_absent_field_is_unset_by_identity() -> None:
    body = MetafieldUpdate(value="v")
    partial = PartialProductMetafield.from_dict({"id": 1, "key": "k"})

    assert body.value == "v"
    assert body.namespace is UNSET
    assert partial.key == "k"
    assert partial.value is UNSET
    assert partial.date_created is UNSET
    assert MetafieldCreate(**NEW).description is UNSET
    assert validate(MetafieldCreate, **NEW, description=UNSET).description is UNSET
    assert datetime.now(UTC) is not UNSET


# -- the new surface ------------------------------------------------------------------------------


def test_the_new_public_names_are_exported() -> None:
    new = {
        "validate", "UNSET", "Unset", "ClientClosedError", "AmbiguousMetafieldError", "Upserted",
        "UpsertAction", "TimeoutTypes",
    }  # fmt: skip
    assert new <= set(bigcommerce_metafields.__all__)
    assert issubclass(bigcommerce_metafields.ClientClosedError, BigCommerceError)
    assert issubclass(bigcommerce_metafields.AmbiguousMetafieldError, BigCommerceError)


@pytest.mark.parametrize("tag", ["product_metafields", "cart_metafields"])
def test_both_clients_have_find_upsert_and_with_options(tag: str, fake: FakeBigCommerce) -> None:
    sync = MetafieldsClient(fake.store_hash, "t", transport=fake.transport())
    async_ = AsyncMetafieldsClient(fake.store_hash, "t", transport=fake.async_transport())
    for sdk, is_async in ((sync, False), (async_, True)):
        resource = getattr(sdk, tag)
        for method in ("find", "upsert"):
            assert inspect.iscoroutinefunction(getattr(resource, method)) is is_async
        assert not inspect.iscoroutinefunction(resource.paginate)  # raises at the call
        assert type(sdk.with_options()) is type(sdk)
    sync.close()
