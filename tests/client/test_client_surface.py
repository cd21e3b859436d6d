"""The public surface: every generated operation reachable through the clients, every public name
importable, and nothing a user needs living only in a private module."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from clientkit import CART, PREFIX, PRODUCT, STORE, TOKEN, Api, make_fake

import bigcommerce_metafields
import bigcommerce_metafields._generated.api as generated_api
import bigcommerce_metafields._generated.models as generated_models
from bigcommerce_metafields import AsyncMetafieldsClient, MetafieldsClient, models, resources
from bigcommerce_metafields._operation import FieldRule, Operation
from bigcommerce_metafields.testing import FakeBigCommerce

PUBLIC_MODULES = (bigcommerce_metafields, models, resources)
BUILT_BY_THE_SDK = {"APIResponse", "Paginator", "AsyncPaginator", "Page"}
"""Public classes users receive but never construct: their `__init__` may take internal types."""


def _tag_packages() -> list[ModuleType]:
    return [
        importlib.import_module(f"{generated_api.__name__}.{info.name}")
        for info in pkgutil.iter_modules(generated_api.__path__)
        if info.ispkg
    ]


def _operation_modules() -> list[tuple[str, str]]:
    """(tag, operation module) for every module in every `_generated.api.<tag>` package."""
    return [
        (tag.__name__.rpartition(".")[2], info.name)
        for tag in _tag_packages()
        for info in pkgutil.iter_modules(tag.__path__)
    ]


OPERATION_MODULES = _operation_modules()


def _operations(tag: str) -> list[tuple[str, Operation[Any]]]:
    found: dict[str, tuple[str, Operation[Any]]] = importlib.import_module(
        f"{generated_api.__name__}.{tag}"
    ).OPERATIONS
    return list(found.values())


def _operation(tag: str, name: str) -> tuple[str, Operation[Any]]:
    """An operation's method ("group.method" on a sub-resource) and its facts."""
    found: tuple[str, Operation[Any]] = importlib.import_module(
        f"{generated_api.__name__}.{tag}"
    ).OPERATIONS[name]
    return found


def test_the_walk_finds_every_family() -> None:
    tags = [tag for tag, _ in OPERATION_MODULES]
    assert sorted(set(tags)) == sorted(generated_api.TAGS)
    # 5 single-resource operations and 4 batch ones (list, create, update, delete).
    assert tags.count("cart_metafields") == tags.count("product_metafields") == 9
    assert tuple(tag.__name__.rpartition(".")[2] for tag in _tag_packages()) == generated_api.TAGS


def _groups(tag: str) -> list[str]:
    """The tag's sub-resources (`x-sdk-group`), from its operations table."""
    return sorted({method.split(".")[0] for method, _ in _operations(tag) if "." in method})


@functools.cache
def _resource_classes() -> dict[str, type[Any]]:
    """The four resource classes of each tag and of each of its sub-resources, read off real
    clients: labelled "<tag>[.<group>] sync|async[ raw]"."""
    fake = make_fake()
    sync = MetafieldsClient(STORE, TOKEN, transport=fake.transport())
    async_ = AsyncMetafieldsClient(STORE, TOKEN, transport=fake.async_transport())
    classes = {}
    for tag in generated_api.TAGS:
        for group in ["", *_groups(tag)]:
            label = f"{tag}.{group}" if group else tag
            for flavour, client in (("sync", sync), ("async", async_)):
                resource = getattr(client, tag)
                resource = getattr(resource, group) if group else resource
                classes[f"{label} {flavour}"] = type(resource)
                classes[f"{label} {flavour} raw"] = type(resource.with_raw_response)
    sync.close()
    return classes


@pytest.mark.parametrize(("tag", "name"), OPERATION_MODULES)
def test_every_generated_operation_is_a_method_of_every_resource_class(tag: str, name: str) -> None:
    package = importlib.import_module(f"{generated_api.__name__}.{tag}")
    module = importlib.import_module(f"{package.__name__}.{name}")

    assert name in package.OPERATIONS, f"{name} is not in {tag}.OPERATIONS"
    path, operation = package.OPERATIONS[name]
    assert operation.operation_id == name
    assert operation.build_request is module._get_kwargs
    assert tag in generated_api.TAGS
    assert f"{tag} sync" in _resource_classes()  # an attribute of both clients
    assert f"{tag} async" in _resource_classes()
    group, _, method = path.rpartition(".")
    resource = f"{tag}.{group}" if group else tag
    checked = 0
    for label, cls in _resource_classes().items():
        if label.split(" ")[0] != resource:
            continue
        if label.endswith(" raw") and operation.bulk is not None:
            # A batch write of many items answers with many responses: no raw form.
            assert getattr(cls, method, None) is None, f"{label} has {method}"
            continue
        assert callable(getattr(cls, method, None)), f"{label} lacks {method}"
        is_async = " async" in label
        assert inspect.iscoroutinefunction(getattr(cls, method)) is is_async, label
        checked += 1
    assert checked == (2 if operation.bulk is not None else 4)


def test_operations_tables_have_no_stray_entries() -> None:
    for package in _tag_packages():
        modules = {info.name for info in pkgutil.iter_modules(package.__path__)}
        assert set(package.OPERATIONS) == modules
        methods = [method for method, _ in package.OPERATIONS.values()]
        assert len(set(methods)) == len(methods)


def _valid(rule: FieldRule) -> str:
    if rule.choices:
        return rule.choices[0]
    return "x" * max(rule.min_length or 1, 1)


def _resource_ids(operation: Operation[Any]) -> dict[str, Any]:
    """The resource's path ids, by their type: ints `PRODUCT`, strings `CART`."""
    return {
        name: PRODUCT if kind is int else CART
        for name, kind in operation.path_parameters
        if name != "metafield_id"
    }


def _arguments(operation: Operation[Any], metafield_id: int) -> dict[str, Any]:
    known = {**_resource_ids(operation), "metafield_id": metafield_id}
    return {name: known[name] for name, _ in operation.path_parameters}


def _body(operation: Operation[Any]) -> dict[str, str]:
    fields = {rule.name: _valid(rule) for rule in operation.body_rules if rule.required}
    if operation.body_rules and not fields:
        fields = {"value": "changed"}  # a partial update: change one field
    return fields


def _seed(fake: FakeBigCommerce, tag: str, operation: Operation[Any]) -> int:
    # A store-wide (batch) operation names no resource: seed the one the family's `get` names.
    get = next(op for method, op in _operations(tag) if method == "get")
    ids = list(_resource_ids(get).values())
    resource_id = None if not ids else ids[0] if len(ids) == 1 else tuple(ids)
    # The fake names a family as the spec's tag does, less "_metafields".
    seeded = fake.add_metafield(
        tag.removesuffix("_metafields"),  # type: ignore[arg-type]
        resource_id,
        namespace="seed",
        key="k",
        value="v",
        owner_client_id="client-a",
    )
    return int(str(seeded["id"]))


def _items(operation: Operation[Any], metafield_id: int) -> list[Any]:
    """One valid item of a batch write: an id to delete, or the item model with its fields."""
    bulk = operation.bulk
    assert bulk is not None
    if bulk.item is None:
        return [metafield_id]
    fields: dict[str, Any] = {rule.name: _valid(rule) for rule in bulk.rules if rule.required}
    fields.setdefault("value", "changed")
    for rule in bulk.rules:
        if rule.name == "id":  # as the operation types it: the cart's update takes strings
            fields["id"] = metafield_id if rule.kind == "integer" else str(metafield_id)
        elif rule.name == "resource_id":
            fields["resource_id"] = PRODUCT if rule.kind == "integer" else CART
    return [bulk.item(**fields)]


CALLS = [
    (tag, name, raw)
    for tag, name in OPERATION_MODULES
    for raw in (False, True)
    if not (raw and _operation(tag, name)[1].bulk is not None)
]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("tag", "name", "raw"), CALLS, ids=[f"{t}-{n}-{'raw' if r else 'model'}" for t, n, r in CALLS]
)
async def test_a_call_through_the_client_sends_the_operations_method_and_path(
    tag: str, name: str, raw: bool, fake: FakeBigCommerce, api: Api
) -> None:
    method, operation = _operation(tag, name)
    metafield_id = _seed(fake, tag, operation)
    arguments = _arguments(operation, metafield_id)

    call = api.raw if raw else api
    if operation.bulk is not None:
        await call(f"{tag}.{method}", _items(operation, metafield_id))
    else:
        await call(f"{tag}.{method}", *arguments.values(), **_body(operation))

    (request,) = fake.requests
    assert (request.method, request.path) == (
        operation.method,
        PREFIX + operation.path.format(**arguments),
    )
    assert request.status is not None
    assert 200 <= request.status < 300


# -- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_all_is_importable_and_has_no_duplicates(module: ModuleType) -> None:
    names = list(module.__all__)
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    namespace: dict[str, Any] = {}
    exec(f"from {module.__name__} import *", namespace)  # noqa: S102 - a fixed import statement
    assert set(names) <= set(namespace)
    for name in names:
        assert getattr(module, name) is namespace[name]


@pytest.mark.parametrize("name", generated_models.__all__)
def test_every_model_is_exported_from_models_and_the_package(name: str) -> None:
    model = getattr(generated_models, name)
    assert name in models.__all__
    assert getattr(models, name) is model
    assert name in bigcommerce_metafields.__all__
    assert getattr(bigcommerce_metafields, name) is model


def test_every_resource_class_is_exported_from_resources() -> None:
    defined = {
        name: cls
        for package in _tag_packages()
        for name, cls in inspect.getmembers(package, inspect.isclass)
        if cls.__module__ == package.__name__
    }
    defined |= {
        "Resources": generated_api.Resources,
        "AsyncResources": generated_api.AsyncResources,
    }
    resources_ = sum(1 + len(_groups(tag)) for tag in generated_api.TAGS)
    assert len(defined) == 4 * resources_ + 2
    assert set(defined) == set(resources.__all__)
    for name, cls in defined.items():
        assert getattr(resources, name) is cls
    assert set(_resource_classes().values()) <= set(defined.values())


def _classes_in(hint: object) -> Iterator[type[Any]]:
    """The classes a type hint mentions, generics and unions unpacked."""
    if isinstance(hint, type) and not typing.get_args(hint):
        yield hint
        return
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return
    if isinstance(origin, type) and origin is not types.UnionType:
        yield origin
    for arg in typing.get_args(hint):
        yield from _classes_in(arg)


def _public_callables() -> Iterator[tuple[str, Any]]:
    """Every public function or method a user calls, with a label."""
    seen: list[Any] = [*_resource_classes().values()]
    for module in PUBLIC_MODULES:
        seen.extend(getattr(module, name) for name in module.__all__)
    for obj in seen:
        if inspect.isclass(obj):
            # Resource classes, pages and responses are built by the SDK, not by users.
            constructed = obj.__name__ not in {*resources.__all__, *BUILT_BY_THE_SDK}
            for attr, member in vars(obj).items():
                if attr.startswith("_") and not (attr == "__init__" and constructed):
                    continue
                if isinstance(member, property) and member.fget is not None:
                    yield f"{obj.__name__}.{attr}", member.fget
                elif inspect.isfunction(member) or isinstance(member, classmethod | staticmethod):
                    yield f"{obj.__name__}.{attr}", getattr(obj, attr)
        elif inspect.isfunction(obj):
            yield obj.__name__, obj


def _package_names() -> dict[str, Any]:
    """Every name of the SDK's modules, to resolve hints imported only under TYPE_CHECKING."""
    names: dict[str, Any] = {}
    for info in pkgutil.walk_packages(bigcommerce_metafields.__path__, "bigcommerce_metafields."):
        if ".testing" not in info.name and ".cli" not in info.name:
            names |= vars(importlib.import_module(info.name))
    return names


def _reachable(cls: type[Any]) -> bool:
    return any(getattr(module, cls.__name__, None) is cls for module in PUBLIC_MODULES)


def test_no_type_a_user_meets_lives_only_in_a_private_module() -> None:
    """A class in a public signature, or exported, must be importable from a public module:
    its `__module__` (`bigcommerce_metafields._generated...`, `._pagination`...) is not a path
    users may import from."""
    hidden: dict[str, set[str]] = {}
    names = _package_names()
    for label, function in _public_callables():
        home = getattr(function, "__func__", function).__globals__
        for hint in typing.get_type_hints(function, globalns=names | home).values():
            for cls in _classes_in(hint):
                ours = cls.__module__.startswith("bigcommerce_metafields")
                if ours and not _reachable(cls):
                    hidden.setdefault(f"{cls.__module__}.{cls.__qualname__}", set()).add(label)
    assert hidden == {}


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_public_names_from_private_modules_are_reexported_as_themselves(
    module: ModuleType,
) -> None:
    for name in module.__all__:
        obj = getattr(module, name)
        home = getattr(obj, "__module__", None)
        if inspect.isclass(obj) and home and "._" in home:
            assert getattr(importlib.import_module(home), obj.__name__) is obj
            assert obj.__name__ == name
