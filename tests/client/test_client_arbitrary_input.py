"""Property: no public operation, whatever its arguments, lets anything escape but the SDK's own
exceptions (`BigCommerceError` and subclasses). Bad input is refused with `ValidationError`
before sending; what is sent and fails comes back as a typed `APIError`.

Every operation of every resource of both clients is found by introspection (the resource
classes of `bigcommerce_metafields.resources` reachable from a client's attributes, their
`.with_raw_response` included), so an operation or a family added to the spec is covered with no
edit here. Each operation is a test of its own; each example calls it once with arguments drawn
in one of three modes:

- "plausible": a call shape from the method's overloads (the valid ways to call it), each value
  drawn from its annotation (ids the seeded fake holds, the spec's enums, valid lengths, body
  models), so that calls get past validation and reach the fake;
- "one odd": the same, with one argument (any of the method's) replaced by an arbitrary value;
- "wild": any of the method's arguments, each arbitrary or plausible.

Arbitrary values: None, bools, ints (huge ones too), floats (nan, inf), text with lone
surrogates, empty, with commas or very long, bytes, lists, tuples, dicts, cyclic lists, naive and
aware datetimes, `UNSET`, `object()`, odd `httpx.Timeout`s, str/int subclasses, headers and
query parameters that fight the SDK's own, and every public model built with arbitrary fields.
A paginator is also iterated a little, since its pages fail only then.

The inputs this property found escaping (before the SDK was fixed) are pinned at the end, so
that they stay refused whatever the seed.

Knobs: BIGCOMMERCE_PROPERTY_SEED (default `DEFAULT_SEED`) and BIGCOMMERCE_PROPERTY_EXAMPLES
(examples per operation and client, default `DEFAULT_EXAMPLES`). The seed is printed (pytest
-rP shows it) and named in every failure.
"""

from __future__ import annotations

import collections
import datetime as dt
import inspect
import itertools
import math
import os
import random
import reprlib
import traceback
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import anyio
import anyio.from_thread
import attrs
import httpx
import pytest
from clientkit import CART, CLIENT_A, CLIENT_B, PRODUCT, STORE, TOKEN, make_fake
from hypothesis import HealthCheck, Phase, given, note, seed, settings
from hypothesis import strategies as st

import bigcommerce_metafields.models as public_models
import bigcommerce_metafields.resources as public_resources
from bigcommerce_metafields import (
    UNSET,
    AsyncCursorPaginator,
    AsyncMetafieldsClient,
    AsyncPaginator,
    BigCommerceError,
    CursorPaginator,
    MetafieldsClient,
    Paginator,
    RetryPolicy,
    Unset,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

DEFAULT_SEED = 20240917
DEFAULT_EXAMPLES = 50
SEED = int(os.environ.get("BIGCOMMERCE_PROPERTY_SEED", DEFAULT_SEED))
EXAMPLES = int(os.environ.get("BIGCOMMERCE_PROPERTY_EXAMPLES", DEFAULT_EXAMPLES))
KNOBS = (
    f"hypothesis seed {SEED} (BIGCOMMERCE_PROPERTY_SEED), {EXAMPLES} examples per operation "
    "(BIGCOMMERCE_PROPERTY_EXAMPLES), families beyond cart and product (and batch operations "
    "beyond the product's) sampled at "
    f"{os.environ.get('BIGCOMMERCE_PROPERTY_SAMPLE', '0.25')} (BIGCOMMERCE_PROPERTY_SAMPLE)"
)
TALLY_MIN_EXAMPLES = 30
"""With fewer examples, an operation may by chance see no success or no refusal."""

PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=False,
    database=None,
    # No "explain" phase: it reruns a failure many times over to say which parts mattered, too
    # slow here; the failing call is shown whole anyway.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

RETRIES = RetryPolicy(max_retries=1, initial_backoff=0.001, max_backoff=0.001)
OTHER_PRODUCT = PRODUCT + 1
PRODUCTS = (PRODUCT, OTHER_PRODUCT)
"""The products the fake knows; any other answers 404."""
MISSING_PRODUCT = PRODUCT + 2
OTHER_CART = "0d6f3f5e-2b1c-4e8a-9c7d-5a4b3c2d1e0f"
"""A cart without metafields (any cart id is valid)."""


def _seeded_resources() -> dict[str, tuple[Any, Any]]:
    """Every family of the client (a resource per tag), and the resource seeded for it: its
    path ids from the signature of its `get` (ints `PRODUCT`, strings `CART`), no table."""
    found: dict[str, tuple[Any, Any]] = {}
    with MetafieldsClient(STORE, TOKEN) as probe:
        for tag, resource in vars(probe).items():
            if type(resource).__name__ not in public_resources.__all__:
                continue
            hints = typing.get_type_hints(resource.get)
            ids = []
            for name, parameter in inspect.signature(resource.get).parameters.items():
                if name == "metafield_id" or parameter.kind is not parameter.POSITIONAL_OR_KEYWORD:
                    break
                ids.append(PRODUCT if hints[name] is int else CART)
            resource_id = None if not ids else ids[0] if len(ids) == 1 else tuple(ids)
            # The fake names a family as the spec's tag does, less "_metafields".
            found[tag] = (tag.removesuffix("_metafields"), resource_id)
    return found


SEEDED_RESOURCES = _seeded_resources()
SEEDED_PER_RESOURCE = 4
NAMESPACES = ("seed", "warehouse")
KEYS = (*(f"key-{n}" for n in range(1, SEEDED_PER_RESOURCE + 1)), "location")

RESOURCE_CLASSES: tuple[type, ...] = tuple(
    value
    for name in public_resources.__all__
    if isinstance(value := getattr(public_resources, name), type)
)


def seed_fake(fake: FakeBigCommerce) -> None:
    """The store every example starts from: a few metafields on a product and a cart, and one
    of another app with the same namespace and key (so `find` can be ambiguous)."""
    fake.reset()
    for resource, resource_id in SEEDED_RESOURCES.values():
        fake.add_metafields(resource, resource_id, SEEDED_PER_RESOURCE, owner_client_id=CLIENT_A)
        fake.add_metafield(
            resource,
            resource_id,
            namespace="seed",
            key="key-1",
            value="theirs",
            owner_client_id=CLIENT_B,
        )


# -- discovery ------------------------------------------------------------------------------------


@attrs.frozen
class Shape:
    """One way to call a method: its parameters (without self) and their annotations."""

    parameters: tuple[inspect.Parameter, ...]
    hints: Mapping[str, Any]


@attrs.frozen
class Op:
    """A public operation: where it is on the client, and how it may be called."""

    path: str
    implementation: Shape
    shapes: tuple[Shape, ...]
    """The overloads (the valid call shapes), or the implementation when it has none."""


def _shape(function: Callable[..., Any]) -> Shape:
    parameters = tuple(inspect.signature(function).parameters.values())[1:]  # self
    try:
        hints = typing.get_type_hints(function)
    except Exception:  # an annotation that does not resolve: arbitrary values only
        hints = {}
    return Shape(parameters, hints)


def resources_of(
    client: object, path: str = "", seen: set[type] | None = None
) -> Iterator[tuple[str, object]]:
    """Every resource object reachable from `client` through public attributes, each class
    once (`x.batch.with_raw_response` is `x.with_raw_response.batch`'s class)."""
    seen = set() if seen is None else seen
    for name in sorted(dir(client)):
        if name.startswith("_"):
            continue
        value = getattr(client, name)
        if isinstance(value, RESOURCE_CLASSES) and type(value) not in seen:
            seen.add(type(value))
            where = f"{path}.{name}" if path else name
            yield where, value
            yield from resources_of(value, where, seen)


def operations_of(client: object) -> list[Op]:
    """Every public method of every resource reachable from `client`."""
    found = []
    for where, resource in resources_of(client):
        for name in sorted(dir(resource)):
            if name.startswith("_"):
                continue
            method = getattr(resource, name)
            if isinstance(method, RESOURCE_CLASSES) or not inspect.ismethod(method):
                continue
            function = method.__func__
            overloads = typing.get_overloads(function)
            shapes = tuple(_shape(f) for f in overloads) or (_shape(function),)
            found.append(Op(f"{where}.{name}", _shape(function), shapes))
    return found


def resolve(client: object, path: str) -> Callable[..., Any]:
    target: Any = client
    for part in path.split("."):
        target = getattr(target, part)
    return typing.cast("Callable[..., Any]", target)


def _discover() -> tuple[list[Op], list[Op]]:
    # Clients only to look at: no request is made, nothing needs closing.
    fake = FakeBigCommerce()
    sync = MetafieldsClient(STORE, TOKEN, transport=fake.transport())
    asynchronous = AsyncMetafieldsClient(STORE, TOKEN, transport=fake.async_transport())
    return operations_of(sync), operations_of(asynchronous)


FIRST_CLASS = ("cart_metafields", "product_metafields")
"""Families every run covers whole (their batch operations: the product's); the others'
operations are sampled (see `_sample`)."""
FIRST_CLASS_BATCH = "product_metafields.batch"
"""The batch operations every run covers; every family's are the same code, the others are
sampled with the rest."""
SAMPLE_SHARE = float(os.environ.get("BIGCOMMERCE_PROPERTY_SAMPLE", "0.25"))
"""Share of the other families' operations a run covers; 1 (`make property-full`) for all."""


def _sample(ops: list[Op]) -> list[Op]:
    """Every first-class operation, and a seeded sample of the rest (the seed is `SEED`)."""

    def first_class(op: Op) -> bool:
        if ".batch." in op.path or op.path.endswith(".batch"):
            return op.path.startswith(FIRST_CLASS_BATCH + ".")
        return op.path.split(".")[0] in FIRST_CLASS

    first = [op for op in ops if first_class(op)]
    others = [op for op in ops if not first_class(op)]
    count = min(len(others), max(1, round(len(others) * SAMPLE_SHARE))) if others else 0
    chosen = set(map(id, random.Random(SEED).sample(others, count)))
    return first + [op for op in others if id(op) in chosen]


SYNC_OPS, ASYNC_OPS = (_sample(ops) for ops in _discover())


# -- values ---------------------------------------------------------------------------------------


class _Str(str):
    """A str subclass (a StrEnum member, a markup-safe string)."""


class _Int(int):
    """An int subclass (an IntEnum member, numpy-like scalars)."""


def _cyclic() -> list[Any]:
    loop: list[Any] = ["x"]
    loop.append(loop)
    return loop


def _timeout(default: Any, connect: Any, read: Any, write: Any, pool: Any) -> httpx.Timeout:
    return httpx.Timeout(default, connect=connect, read=read, write=write, pool=pool)


def _as_query(value: int) -> dict[str, int]:
    return {"limit": value}


class _BadRepr:
    """An object whose repr raises, as a half-initialised object's may."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr for you")


class _BadOffset(dt.tzinfo):
    """A tzinfo breaking datetime's rules: an offset of a day and more."""

    def utcoffset(self, moment: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(hours=30)

    def dst(self, moment: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)


def _with_bad_offset(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=_BadOffset())


def _with_extra(model: Any, extra: Any) -> Any:
    model.additional_properties = extra
    return model


HUGE_INTS = (0, -1, 1, 2**31, 2**63, -(2**63), 10**100, -(10**100))


def _power_of_ten(exponent: int) -> int:
    return int(10**exponent)


TOO_MANY_DIGITS = st.sampled_from([5000, 4300]).map(_power_of_ten)
"""Ints with more digits than `str(int)` converts by default. Drawn by a function, since
hypothesis shows a strategy's constants with `repr`, which cannot."""
ODD_FLOATS = (math.nan, math.inf, -math.inf, -1.0, -0.0, 0.0, 0.5, 1e-300, 5e-324, 1e300)
ODD_TEXT = (
    "",
    " ",
    "\t",
    ",",
    "a,b",
    ",,",
    ".",
    "..",
    "/",
    "a/b",
    "%2F",
    "?x=1",
    "#frag",
    "\x00",
    "\r\n",
    "\ud800",
    "x\udfffy",
    "é",
    "🎉",
    "asc",
    "read",
    "seed",
    "key-1",
    "x" * 65,
    "x" * 256,
    "x" * 65536,
    "x" * 70000,
)
ODD_HEADERS: tuple[dict[Any, Any], ...] = (
    {"Content-Type": "text/plain"},
    {"Content-Type": "application/x-www-form-urlencoded"},
    {"Content-Length": "1"},
    {"Content-Length": "-1"},
    {"Content-Encoding": "gzip"},
    {"Transfer-Encoding": "chunked"},
    {"Host": "evil.example"},
    {"Accept": "text/html"},
    {"Accept-Encoding": "br"},
    {"Connection": "close"},
    {"X-Auth-Token": "stolen"},
    {"x-auth-token": ""},
    {"X-Ok": "a\r\nInjected: 1"},
    {"": "x"},
    {"X-Ok": "é"},
    {b"X-Bytes": b"v"},
)
ODD_QUERIES: tuple[dict[Any, Any], ...] = (
    {"page": "x"},
    {"page": 0},
    {"limit": "1000"},
    {"key:in": "a,b"},
    {"namespace": ""},
    {"include_fields": "nope"},
    {"direction": "sideways"},
    {"": "x"},
    {"a": "\ud800"},
    {"a": True},
    {"a": None},
    {"a": ["x", "y"]},
    {"a&b": "c=d"},
)

TEXT = st.text(alphabet=st.characters(codec=None), max_size=30)
"""Any str, lone surrogates included."""
NAIVE_DATETIMES = st.datetimes()
AWARE_DATETIMES = st.datetimes(
    timezones=st.sampled_from(
        [
            dt.UTC,
            dt.timezone(dt.timedelta(hours=14)),
            dt.timezone(dt.timedelta(hours=-12, minutes=-30)),
            dt.timezone(dt.timedelta(hours=23, minutes=59)),
        ]
    )
)
ODD_TIMEOUT_PART = st.sampled_from([None, math.nan, math.inf, -1, 0, 0.5, 1e300, True, "5"])
TIMEOUTS = st.builds(_timeout, *[ODD_TIMEOUT_PART] * 5)

NASTY = st.one_of(
    st.sampled_from(HUGE_INTS),
    TOO_MANY_DIGITS,
    st.sampled_from(ODD_FLOATS),
    st.sampled_from(ODD_TEXT),
    TIMEOUTS,
    st.builds(_cyclic),
    st.builds(_BadRepr),
    NAIVE_DATETIMES.map(_with_bad_offset),
    st.sampled_from(ODD_HEADERS),
    st.sampled_from(ODD_QUERIES),
    TOO_MANY_DIGITS.map(_as_query),
    st.just(UNSET),
)
"""Values made to break a check: what an SDK trips on first."""

LEAVES = NASTY | st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers().map(_Int),
    st.floats(),
    st.decimals(),
    st.complex_numbers(),
    TEXT,
    TEXT.map(_Str),
    st.binary(max_size=20),
    st.binary(max_size=20).map(bytearray),
    NAIVE_DATETIMES,
    AWARE_DATETIMES,
    st.dates(),
    st.timedeltas(),
    st.builds(object),
    st.sampled_from([Ellipsis, NotImplemented, int, str, len]),
)


def _arbitrary_model(cls: type, inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    fields = {f.name: inner for f in attrs.fields(cls) if f.init}
    return st.builds(_with_extra, st.builds(cls, **fields), _extras(inner))


def _extras(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A model's `additional_properties`: sent with the body; a dict, or (set by hand) not."""
    keys = st.one_of(TEXT, st.integers(), st.builds(object))
    return st.dictionaries(keys, values, max_size=2) | values


MODEL_CLASSES = [
    value
    for name in public_models.__all__
    if attrs.has(value := getattr(public_models, name, None))  # type: ignore[arg-type]
]

ARBITRARY: st.SearchStrategy[Any] = NASTY | st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.lists(TEXT, max_size=3),
        st.lists(st.integers(), max_size=3),
        st.frozensets(st.integers(), max_size=3),
        st.dictionaries(TEXT, inner, max_size=3),
        st.dictionaries(st.integers(), TEXT, max_size=2),
        st.sampled_from(MODEL_CLASSES).flatmap(lambda cls: _arbitrary_model(cls, inner)),
    ),
    max_leaves=6,
)
"""Any Python value, valid for no argument in particular; half the time a `NASTY` one."""

# Plausible values by argument name: what the seeded fake and the spec make valid. An argument
# not named here gets values from its annotation alone.
HEADER_NAMES = st.sampled_from(["X-Request-Id", "X-Correlation-Id", "Accept-Language"])
PRINTABLE = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20)
SHORT_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters=","), min_size=1, max_size=20
)
BY_NAME: dict[str, st.SearchStrategy[Any]] = {
    "metafield_id": st.integers(1, 2 * (SEEDED_PER_RESOURCE + 1)),
    "page": st.integers(1, 3),
    "limit": st.integers(1, 250),
    "page_size": st.integers(1, 3) | st.just(250),
    "concurrency": st.integers(1, 4),
    "max_items": st.none() | st.integers(0, 10),
    "max_retries": st.integers(0, 2),
    "timeout": st.none() | st.floats(1, 60) | st.just(httpx.Timeout(5.0, connect=1.0)),
    "namespace": st.sampled_from(NAMESPACES) | SHORT_TEXT,
    "key": st.sampled_from(KEYS) | SHORT_TEXT,
    "value": st.sampled_from(["value-1", "4HG", '{"a": 1}']) | SHORT_TEXT,
    "description": st.text(max_size=40).filter(lambda s: s.isprintable()),
    "owner_client_id": st.sampled_from([CLIENT_A, CLIENT_B, "nobody"]),
    "extra_headers": st.none() | st.dictionaries(HEADER_NAMES, PRINTABLE, max_size=2),
    "extra_query": st.none()
    | st.dictionaries(
        st.sampled_from(["trace", "x_extra"]), SHORT_TEXT | st.integers(), max_size=2
    ),
}


def plausible(name: str, hint: Any, *, wild: bool = False) -> st.SearchStrategy[Any]:
    """Values for argument `name` of type `hint`: valid ones, or (wild) any."""
    typed = BY_NAME.get(name) if not _is_unset(hint) else None
    if typed is None and name.endswith("_id") and hint in (int, str):
        # A resource's path id: mostly the seeded one, sometimes another or a missing product.
        typed = st.sampled_from(
            [PRODUCT, PRODUCT, PRODUCT, OTHER_PRODUCT, MISSING_PRODUCT]
            if hint is int
            else [CART, CART, CART, OTHER_CART]
        )
    if typed is None:
        typed = _from_hint(name, hint, wild=wild)
    return st.one_of(ARBITRARY, typed) if wild else typed


def _is_unset(hint: Any) -> bool:
    return hint is Unset


def _from_hint(name: str, hint: Any, *, wild: bool) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if not (a is str and _has_text_sequence(args))]
        strategies = [_from_hint(name, a, wild=wild) for a in members]
        if len(members) < len(args):
            strategies.append(_joined(args, wild=wild))  # `str | Sequence[X]`: "a,b"
        return st.one_of(strategies)
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin in (Sequence, list, tuple) and args:
        items = plausible(name, args[0], wild=wild)
        return st.lists(items, min_size=1, max_size=3) | st.lists(items, max_size=3).map(tuple)
    if origin in (Mapping, dict) and len(args) == 2:
        keys, values = (plausible(name, a, wild=wild) for a in args)
        return st.dictionaries(keys, values, max_size=2)
    if hint is Unset:
        return st.just(UNSET)
    if hint is type(None):
        return st.none()
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(1, 10)
    if hint is float:
        return st.floats(0.5, 60)
    if hint is str:
        return SHORT_TEXT
    if hint is dt.datetime:
        return AWARE_DATETIMES
    if hint is httpx.Timeout:
        return st.builds(httpx.Timeout, st.floats(0.5, 60))
    if isinstance(hint, type) and attrs.has(hint):
        return _model(hint, wild=wild)
    return ARBITRARY


def _has_text_sequence(args: tuple[Any, ...]) -> bool:
    return any(typing.get_origin(a) is Sequence for a in args)


def _joined(args: tuple[Any, ...], *, wild: bool) -> st.SearchStrategy[Any]:
    sequence = next(a for a in args if typing.get_origin(a) is Sequence)
    items = _from_hint("", typing.get_args(sequence)[0], wild=False)
    return st.lists(items, min_size=1, max_size=3).map(_comma_separated) if not wild else TEXT


def _comma_separated(items: list[Any]) -> str:
    """`"a,b"`, or `"111,112"` for a list of ids (`resource_id_in`)."""
    return ",".join(str(item) for item in items)


def _model(cls: type, *, wild: bool) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    fields = {
        f.name: plausible(f.name, hints[f.name], wild=wild) for f in attrs.fields(cls) if f.init
    }
    model = st.builds(cls, **fields)
    return st.builds(_with_extra, model, _extras(ARBITRARY)) | model if wild else model


def _seeded_ids() -> dict[str, list[int]]:
    """The metafield ids `seed_fake` makes, by the tag of their family."""
    fake = make_fake(products=PRODUCTS)
    seed_fake(fake)
    return {
        tag: [int(str(m["id"])) for m in fake.metafields(family, resource_id)]  # type: ignore[arg-type]
        for tag, (family, resource_id) in SEEDED_RESOURCES.items()
    }


METAFIELD_IDS = _seeded_ids()


def _seeded_cursors() -> list[str]:
    """Cursors the seeded fake gives out (each page's start and end), as a caller has them."""
    fake = make_fake(products=PRODUCTS)
    seed_fake(fake)
    with MetafieldsClient(STORE, TOKEN, transport=fake.transport()) as client:
        pages = client.product_metafields.paginate(PRODUCT, mode="cursor", page_size=2).pages()
        found = [c for page in pages if page.cursor for c in (page.cursor.start_cursor,)]
    return [cursor for cursor in found if isinstance(cursor, str)]


BY_NAME["before"] = BY_NAME["after"] = st.sampled_from(_seeded_cursors())


def _metafield_ids(op: Op) -> st.SearchStrategy[Any] | None:
    """Ids of metafields the call's family holds in the seeded resource."""
    ids = METAFIELD_IDS.get(op.path.split(".")[0])
    return st.sampled_from(ids) if ids else None


def _items(hint: Any, ids: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A batch write's items, those naming a metafield (`id`) naming one the family holds:
    ids drawn at random would fail every item of an update."""
    (item,) = typing.get_args(hint)
    if not (attrs.has(item) and "id" in attrs.fields_dict(item)):
        return plausible("items", hint)
    hints = typing.get_type_hints(item)
    if hints["id"] is str:  # cart and location batch updates name metafields by text
        ids = ids.map(str)
    fields = {
        f.name: ids if f.name == "id" else plausible(f.name, hints[f.name])
        for f in attrs.fields(item)
        if f.init
    }
    return st.lists(st.builds(item, **fields), min_size=1, max_size=3)


# -- one call -------------------------------------------------------------------------------------

MODES = ("plausible", "plausible", "one odd", "one odd", "wild")
"""Weighted: most calls should reach the fake."""


def draw_arguments(data: st.DataObject, op: Op) -> dict[str, Any]:
    """Keyword arguments for one call of `op`, in one of the `MODES`."""
    # The mode, shape and odd argument come from a seeded random.Random (its seed drawn, so an
    # example replays), not from hypothesis's own choices: those favour the first of a list, and
    # most calls would be "one odd" with the first argument odd. The values are hypothesis's.
    chooser = data.draw(st.randoms(use_true_random=True), label="chooser")
    mode = chooser.choice(MODES)
    shape = op.implementation if mode == "wild" else chooser.choice(op.shapes)
    note(f"mode: {mode}")
    arguments: dict[str, Any] = {}
    for parameter in shape.parameters:
        required = parameter.default is inspect.Parameter.empty
        if not required and not data.draw(st.booleans(), label=f"give {parameter.name}"):
            continue
        hint = shape.hints.get(parameter.name, Any)
        strategy = plausible(parameter.name, hint, wild=mode == "wild")
        seeded = _metafield_ids(op) if parameter.name in ("metafield_id", "items") else None
        if seeded is not None and mode != "wild":
            strategy = seeded if parameter.name == "metafield_id" else _items(hint, seeded)
        arguments[parameter.name] = data.draw(strategy, label=parameter.name)
    if mode == "one odd":
        odd = chooser.choice([p.name for p in op.implementation.parameters])
        arguments[odd] = data.draw(ARBITRARY, label=f"odd {odd}")
    return arguments


class _ShortRepr(reprlib.Repr):
    """reprlib's bounded repr, showing an int too long for `str` in hex."""

    def repr_int(self, x: int, level: int) -> str:
        if abs(x) < 10**640:
            return super().repr_int(x, level)
        return f"<int of {x.bit_length()} bits: {x:#x}"[:40] + "...>"


SHORT_REPR = _ShortRepr()
SHORT_REPR.maxlevel, SHORT_REPR.maxstring, SHORT_REPR.maxother, SHORT_REPR.maxlong = 4, 120, 120, 60
SHORT_REPR.maxdict = SHORT_REPR.maxlist = SHORT_REPR.maxtuple = SHORT_REPR.maxset = 8
SHORT_REPR.maxfrozenset = 8


def describe_call(path: str, arguments: Mapping[str, Any]) -> str:
    shown = ", ".join(f"{name}={SHORT_REPR.repr(value)}" for name, value in arguments.items())
    return f"client.{path}({shown})"


class Tally:
    """What the calls of one test came to."""

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()

    def record(self, outcome: BaseException | None) -> None:
        if outcome is None:
            self.counts["succeeded"] += 1
        elif isinstance(outcome, ValidationError):
            self.counts["refused"] += 1
        else:
            self.counts[f"raised {type(outcome).__name__}"] += 1

    def check(self, path: str) -> None:
        print(f"{path}: {dict(sorted(self.counts.items()))}; {KNOBS}")
        if EXAMPLES < TALLY_MIN_EXAMPLES:
            return
        # Not a test that passes by doing nothing: calls got through to the fake, others not.
        assert self.counts["succeeded"] > 0, f"{path}: no call succeeded ({KNOBS})"
        assert self.counts["refused"] > 0, f"{path}: no call was refused ({KNOBS})"


def escaped(path: str, arguments: Mapping[str, Any], error: BaseException) -> AssertionError:
    trace = "".join(traceback.format_exception(error))
    return AssertionError(
        f"{describe_call(path, arguments)} let {type(error).__name__} escape, not a "
        f"BigCommerceError ({KNOBS}):\n{trace}"
    )


def run_sync(method: Callable[..., Any], arguments: Mapping[str, Any]) -> None:
    result = method(**arguments)
    if isinstance(result, Paginator | CursorPaginator):
        list(itertools.islice(result, 3))


async def run_async(method: Callable[..., Any], arguments: Mapping[str, Any]) -> None:
    result = method(**arguments)
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, AsyncPaginator | AsyncCursorPaginator):
        seen = 0
        async for _ in result:
            seen += 1
            if seen == 3:
                break


async def outcome_of(
    method: Callable[..., Any], arguments: Mapping[str, Any]
) -> BaseException | None:
    """None, or what the call raised (returned, so that it crosses the portal as it is)."""
    try:
        await run_async(method, arguments)
    except Exception as error:  # judged by the caller
        return error
    return None


# -- the tests ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def module_fake() -> FakeBigCommerce:
    # No quota: no 429 (and no wait) whatever the calls; no cap on creates per resource.
    return make_fake(quota=None, max_per_resource=None, products=PRODUCTS)


@pytest.fixture(scope="module")
def sync_client(module_fake: FakeBigCommerce) -> Iterator[MetafieldsClient]:
    with MetafieldsClient(
        STORE, TOKEN, transport=module_fake.transport(), retry_policy=RETRIES
    ) as client:
        yield client


@pytest.fixture(scope="module")
def async_client(
    module_fake: FakeBigCommerce,
) -> Iterator[tuple[anyio.from_thread.BlockingPortal, AsyncMetafieldsClient]]:
    """One async client for the module, living on one asyncio loop in a portal's thread."""

    async def make() -> AsyncMetafieldsClient:
        return AsyncMetafieldsClient(
            STORE, TOKEN, transport=module_fake.async_transport(), retry_policy=RETRIES
        )

    with anyio.from_thread.start_blocking_portal("asyncio") as portal:
        client = portal.call(make)
        yield portal, client
        portal.call(client.close)


def test_discovery_reaches_every_resource_class() -> None:
    """Every public resource class is reached from a client, and each has operations."""
    sync, asynchronous = _discover()
    classes = {type(resource) for resource in _resource_objects()}
    containers = {public_resources.Resources, public_resources.AsyncResources}
    assert classes == set(RESOURCE_CLASSES) - containers
    for ops in (sync, asynchronous):
        assert any(".with_raw_response." in op.path for op in ops)
        assert any(op.path.endswith(".paginate") for op in ops)


def _resource_objects() -> Iterator[object]:
    fake = FakeBigCommerce()
    for client in (
        MetafieldsClient(STORE, TOKEN, transport=fake.transport()),
        AsyncMetafieldsClient(STORE, TOKEN, transport=fake.async_transport()),
    ):
        for _, resource in resources_of(client):
            yield resource


def judge(
    path: str,
    arguments: Mapping[str, Any],
    outcome: BaseException | None,
    tally: Tally,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Fail on anything but success or a BigCommerceError; count what passes."""
    if outcome is not None and not isinstance(outcome, BigCommerceError):
        raise escaped(path, arguments, outcome) from outcome
    note(f"raised {outcome!r}" if outcome is not None else "succeeded")
    tally.record(outcome)
    # The client tests' guard reads the whole log at teardown: check each call's here, and
    # drop it, or thousands of calls' DEBUG lines pile up.
    assert TOKEN not in caplog.text, f"{describe_call(path, arguments)}: the token was logged"
    caplog.clear()


@pytest.mark.parametrize("op", SYNC_OPS, ids=[op.path for op in SYNC_OPS])
def test_sync_operation_takes_any_input(
    op: Op,
    sync_client: MetafieldsClient,
    module_fake: FakeBigCommerce,
    caplog: pytest.LogCaptureFixture,
) -> None:
    tally = Tally()
    method = resolve(sync_client, op.path)

    @seed(SEED)
    @PROPERTY
    @given(data=st.data())
    def one_call(data: st.DataObject) -> None:
        arguments = draw_arguments(data, op)
        seed_fake(module_fake)
        outcome: BaseException | None = None
        try:
            run_sync(method, arguments)
        except Exception as error:  # judged below
            outcome = error
        judge(op.path, arguments, outcome, tally, caplog)

    one_call()
    tally.check(op.path)


@pytest.mark.parametrize("op", ASYNC_OPS, ids=[op.path for op in ASYNC_OPS])
def test_async_operation_takes_any_input(
    op: Op,
    async_client: tuple[anyio.from_thread.BlockingPortal, AsyncMetafieldsClient],
    module_fake: FakeBigCommerce,
    caplog: pytest.LogCaptureFixture,
) -> None:
    portal, client = async_client
    tally = Tally()
    method = resolve(client, op.path)

    @seed(SEED)
    @PROPERTY
    @given(data=st.data())
    def one_call(data: st.DataObject) -> None:
        arguments = draw_arguments(data, op)
        seed_fake(module_fake)
        judge(op.path, arguments, portal.call(outcome_of, method, arguments), tally, caplog)

    one_call()
    tally.check(op.path)


# -- the escapes this test found, pinned ----------------------------------------------------------


def _body(**extra: Any) -> Any:
    body = public_models.MetafieldCreate(permission_set="read", namespace="n", key="k", value="v")
    return _with_extra(body, extra)


def _odd_key_body() -> Any:
    return _with_extra(_body(), {object(): 1})


HUGE = _power_of_ten(5000)
FOUND: dict[str, tuple[str, dict[str, Any]]] = {
    "path id too long for str": ("product_metafields.get", {"product_id": HUGE, "metafield_id": 1}),
    "query int too long for str": (
        "product_metafields.list",
        {"product_id": PRODUCT, "page": HUGE},
    ),
    "extra_query int too long": (
        "cart_metafields.list",
        {"cart_id": CART, "extra_query": {"a": HUGE}},
    ),
    "timeout int too big for a float": (
        "cart_metafields.get",
        {"cart_id": CART, "metafield_id": 1, "timeout": HUGE},
    ),
    "unshowable page_size": (
        "product_metafields.paginate",
        {"product_id": PRODUCT, "page_size": HUGE},
    ),
    "unshowable owner_client_id": (
        "cart_metafields.find",
        {"cart_id": CART, "namespace": "n", "key": "k", "owner_client_id": HUGE},
    ),
    "repr raises": (
        "product_metafields.get",
        {"product_id": PRODUCT, "metafield_id": 1, "extra_headers": _BadRepr()},
    ),
    "tzinfo breaking datetime's rules": (
        "product_metafields.list",
        {"product_id": PRODUCT, "date_created_min": dt.datetime(2024, 1, 1, tzinfo=_BadOffset())},
    ),
    "body extra not JSON": (
        "product_metafields.create",
        {"product_id": PRODUCT, "body": _body(x=object())},
    ),
    "body extra cyclic": (
        "product_metafields.create",
        {"product_id": PRODUCT, "body": _body(x=_cyclic())},
    ),
    "body extra nan": (
        "product_metafields.create",
        {"product_id": PRODUCT, "body": _body(x=math.nan)},
    ),
    "body extra key not JSON": (
        "product_metafields.create",
        {"product_id": PRODUCT, "body": _odd_key_body()},
    ),
    "body extra not a dict": (
        "cart_metafields.create",
        {"cart_id": CART, "body": _with_extra(_body(), 5)},
    ),
    "URL too long": ("cart_metafields.get", {"cart_id": "x" * 70_000, "metafield_id": 1}),
}
"""Inputs that escaped as ValueError, RuntimeError, TypeError, OverflowError or httpx.InvalidURL
before the SDK refused them: kept here so that no seed is needed to see them refused."""


@pytest.mark.parametrize("case", list(FOUND))
def test_found_escapes_are_refused(case: str, sync_client: MetafieldsClient) -> None:
    path, arguments = FOUND[case]
    with pytest.raises(ValidationError):
        run_sync(resolve(sync_client, path), arguments)


@pytest.mark.parametrize(
    ("path", "arguments"),
    [
        ("product_metafields.paginate", {"product_id": PRODUCT, "concurrency": 10**100}),
        ("cart_metafields.list", {"cart_id": CART, "page": 2**63}),
    ],
    ids=["concurrency beyond a deque's size", "page past the fake's islice"],
)
def test_found_escapes_now_answer(
    path: str,
    arguments: dict[str, Any],
    sync_client: MetafieldsClient,
    module_fake: FakeBigCommerce,
) -> None:
    seed_fake(module_fake)
    run_sync(resolve(sync_client, path), arguments)
