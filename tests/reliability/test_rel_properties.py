"""Property-based tests (hypothesis, bounded and derandomized so CI is stable).

- Any valid body round-trips byte-exact through create, get and a list filtered on its key.
- The SDK's client-side validation and the fake's server-side validation agree on every body,
  valid or not: the SDK raises ValidationError naming a set of fields iff the same body, sent raw
  with httpx, gets a 422 naming the same fields.
- A 2xx body with extra, missing, null, retyped or unknown-enum fields either parses or raises
  ResponseParseError, never anything else; and what parses holds the types the models declare.

Client and service validation: cart and product have cases of their own; the other families that
create share one case per operation, which draws the family with the rest of each example (so a
family added to the client is covered at no extra cost). The response properties draw from every
family.
"""

from __future__ import annotations

import copy
import datetime
import itertools
import json
import types
import typing
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from relkit import (
    BY_NAME,
    CART,
    CREATING,
    EVERY_RUN,
    FAMILIES,
    FAST,
    PRODUCT,
    STORE,
    TOKEN,
    Family,
    make_fake,
    run_client,
)

import bigcommerce_metafields._generated.models as generated_models
from bigcommerce_metafields import (
    UNSET,
    BigCommerceError,
    MetafieldsClient,
    ResponseParseError,
    Unset,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

BOUNDED = settings(
    derandomize=True,
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PERMISSION_SETS = ["app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"]
_ids = itertools.count(1)

# -- round trip ------------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
SPECIAL = [
    "😀",
    "🎉",
    "👍🏽",
    "👨\u200d👩\u200d👧",
    "e\u0301",
    "中",
    "\u200b",
    "\ufeff",
    "\U0010ffff",
    "\x00",
]
WHITESPACE = " \t\r\n\x0b\x0c\u00a0\u1680\u2028\u2029\u3000\u0085"
VALUES = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(st.sampled_from(SPECIAL), min_size=1, max_size=40).map("".join),
    JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)),
    JSON_VALUES.map(json.dumps),
    st.text(alphabet=st.sampled_from(WHITESPACE), min_size=1, max_size=30),
    st.builds(
        lambda chunk, n: (chunk * (n // len(chunk) + 1))[:n],
        st.text(min_size=1, max_size=4),
        st.sampled_from([65_535, 65_534, 40_000]),
    ),
)
NAMES = st.text(min_size=1, max_size=64) | st.lists(
    st.sampled_from(SPECIAL + list(WHITESPACE) + list("&=+#?%/")), min_size=1, max_size=40
).map(lambda parts: "".join(parts)[:64])
DESCRIPTIONS = st.none() | st.text(max_size=255) | st.just("d" * 255)


def _round_trip(client: MetafieldsClient, family: Family, body: dict[str, Any]) -> None:
    where = family.numbered(next(_ids), "rt").args
    resource = family.resource(client)
    created = resource.create(*where, **body).data
    got = resource.get(*where, created.id).data
    listed = resource.list(*where, key=body["key"], namespace=body["namespace"]).data
    assert len(listed) == 1
    for seen in (created, got, listed[0]):
        for name, sent in body.items():
            back = getattr(seen, name)
            assert back == sent, f"{name}: sent {sent!r}, got back {back!r}"
            assert back.encode("utf-8") == sent.encode("utf-8")
    if "description" not in body:
        assert got.description in ("", None, UNSET)


OTHERS_CREATING = [f for f in CREATING if f.name not in EVERY_RUN]
CASES = [CART.name, PRODUCT.name] + (["others"] if OTHERS_CREATING else [])
"""Cart, product, and one case drawing among the other families that create."""


def _families(case: str) -> st.SearchStrategy[Family]:
    return st.sampled_from(OTHERS_CREATING) if case == "others" else st.just(BY_NAME[case])


# Cart and product only: a body travels alike whatever the family (the soak sends such values to
# every family), and each case costs a second.
@pytest.mark.parametrize("case", [CART.name, PRODUCT.name])
def test_any_valid_body_round_trips_byte_exact(case: str) -> None:
    fake = make_fake(quota=None)
    with MetafieldsClient(STORE, TOKEN, transport=fake.transport(), retry_policy=FAST) as client:

        @BOUNDED
        @given(
            family=_families(case),
            namespace=NAMES,
            key=NAMES,
            value=VALUES,
            permission_set=st.sampled_from(PERMISSION_SETS),
            description=DESCRIPTIONS,
        )
        def check(
            family: Family,
            namespace: str,
            key: str,
            value: str,
            permission_set: str,
            description: str | None,
        ) -> None:
            body = {"namespace": namespace, "key": key, "value": value}
            body["permission_set"] = permission_set
            if description is not None:
                body["description"] = description
            _round_trip(client, family, body)

        check()


LOOPBACK_BODIES = {
    "65535 emoji": {"value": "😀" * 65_535},
    "65535 ascii": {"value": "x" * 65_535},
    "crlf and nul": {"value": "a\r\nb\x00c\r\n\r\n", "key": "k\r\n", "namespace": "\x00"},
    "json in a string": {"value": json.dumps({"a": [1, "😀", None], "b": {"c": '\\"'}})},
    "whitespace only": {"value": WHITESPACE, "key": " ", "namespace": "\t"},
    "combining and bom": {"value": "\ufeffe\u0301\u200d", "description": "\u2028" * 255},
}


@pytest.mark.parametrize("case", LOOPBACK_BODIES, ids=str)
@pytest.mark.parametrize("family", [CART, PRODUCT], ids=lambda f: f.name)
def test_bodies_round_trip_byte_exact_over_loopback(
    case: str, family: Family, loopback: Any
) -> None:
    fake = make_fake(quota=None)
    body = {"namespace": "rel", "key": "k", "permission_set": "read", **LOOPBACK_BODIES[case]}
    run_client(
        "sync", fake, lambda client: _round_trip(client, family, body), base_url=loopback(fake)
    )


# -- validation agrees with the service ------------------------------------------------------------

NOT_STRINGS = st.none() | st.integers() | st.booleans() | st.lists(st.text(max_size=3), max_size=2)


def _lengths(low: int, high: int) -> st.SearchStrategy[str]:
    edges = sorted({0, max(low - 1, 0), low, high, high + 1})
    return st.one_of(
        st.sampled_from(edges).map(lambda n: "x" * n),
        st.text(max_size=min(high + 2, 80)),
    )


FIELDS = {
    "namespace": _lengths(1, 64) | NOT_STRINGS,
    "key": _lengths(1, 64) | NOT_STRINGS,
    "value": _lengths(1, 65_535) | NOT_STRINGS,
    "description": _lengths(0, 255) | NOT_STRINGS,
    "permission_set": st.sampled_from([*PERMISSION_SETS, "READ", "", " read", "admin"])
    | st.text(max_size=12)
    | NOT_STRINGS,
}
BODIES = st.fixed_dictionaries({}, optional=FIELDS)


def _raw_errors(fake: FakeBigCommerce, method: str, path: str, body: dict[str, Any]) -> set[str]:
    with httpx.Client(
        base_url=fake.base_url, transport=fake.transport(), headers={"X-Auth-Token": TOKEN}
    ) as raw:
        response = raw.request(method, path, json=body)
    if response.status_code == 422:
        return set(response.json().get("errors", {}))
    assert response.status_code < 300, f"raw {method}: {response.status_code} {response.text}"
    return set()


@pytest.mark.parametrize("op", ["create", "update"])
@pytest.mark.parametrize("case", CASES)
def test_client_validation_agrees_with_the_service(case: str, op: str) -> None:
    """Per family: some PUTs take any subset of the fields, others all four, as on create."""
    fake = make_fake(quota=None)
    with MetafieldsClient(
        STORE, TOKEN, transport=fake.transport(), retry_policy=FAST, max_retries=0
    ) as client:

        @settings(BOUNDED, max_examples=80)
        @given(family=_families(case), body=BODIES)
        def check(family: Family, body: dict[str, Any]) -> None:
            n = next(_ids)
            # One resource for the request sent raw, another for the SDK's.
            raw, sdk = family.numbered(2 * n, "va-raw"), family.numbered(2 * n + 1, "va-sdk")
            paths = []
            for resource_of in (raw, sdk):
                if op == "update":
                    seeded = resource_of.seed(fake, "k", "v", namespace="n")
                    paths.append(resource_of.item(seeded["id"]))
                else:
                    paths.append(resource_of.collection)
            method = "POST" if op == "create" else "PUT"
            service = _raw_errors(fake, method, paths[0], body)
            resource = family.resource(client)
            try:
                if op == "create":
                    resource.create(*sdk.args, **body)
                else:
                    resource.update(*sdk.args, int(paths[1].rsplit("/", 1)[1]), **body)
            except ValidationError as exc:
                sdk = set(exc.errors)
            except BigCommerceError as exc:
                raise AssertionError(
                    f"the SDK accepted {body!r}, the service refused it: {exc}"
                ) from exc
            else:
                sdk = set()
            assert sdk == service, (
                f"{body!r}: SDK refuses {sorted(sdk)}, the service refuses {sorted(service)}"
            )

        check()


@pytest.mark.parametrize(
    ("family", "op", "body"),
    [
        ("product", "create", {"description": None}),
        ("cart", "create", {"description": None}),
        ("product", "update", {"value": None}),
        ("product", "update", {"namespace": None, "key": None}),
    ],
)
def test_a_null_optional_field_is_refused_client_side_or_accepted_by_the_service(
    family: str, op: str, body: dict[str, Any]
) -> None:
    """The SDK treats None as "not given" when it validates, then sends it as JSON null, which the
    service refuses with 422 ("must be a string"). Expected: ValidationError, or None left out of
    the request."""
    fake = make_fake()
    seeded = fake.add_metafield(
        family, 5 if family == "product" else "c5", namespace="n", key="k", value="v"
    )
    full = {"namespace": "rel", "key": "k2", "value": "v", "permission_set": "read"}

    def call(client: Any) -> Any:
        resource = client.cart_metafields if family == "cart" else client.product_metafields
        rid = seeded["resource_id"]
        if op == "create":
            return resource.create(rid, **{**full, **body})
        return resource.update(rid, int(str(seeded["id"])), **body)

    try:
        run_client("sync", fake, call)
    except ValidationError:
        return
    except BigCommerceError as exc:
        raise AssertionError(f"passed client validation, refused by the service: {exc}") from exc


# -- response parsing ------------------------------------------------------------------------------


def _items() -> dict[str, list[dict[str, Any]]]:
    """Two metafields of every family as the fake serialises them: valid bodies to mangle."""
    fake = make_fake()
    for family in FAMILIES:
        for n in (1, 2):
            family.seed(fake, f"k{n}", "v", namespace="n")
    return {family.name: family.stored(fake) for family in FAMILIES}


ITEMS = _items()


def _document(family: Family, op: str) -> dict[str, Any]:
    items = copy.deepcopy(ITEMS[family.name])
    if op != "list":
        return {"data": items[0], "meta": {}}
    links = {"current": "?page=1&limit=50", "next": "?page=2&limit=50"}
    pagination = {"total": 3, "count": 2, "per_page": 2, "current_page": 1, "total_pages": 2}
    return {"data": items, "meta": {"pagination": {**pagination, "links": links}}}


def _returns(family: Family, method: str) -> type:
    """The model a resource's method is annotated to return."""
    resource = getattr(MetafieldsClient(STORE, TOKEN), family.attr)
    returned: type = typing.get_type_hints(getattr(resource, method))["return"]
    return returned


EXPECTED = {
    (family.name, shape): _returns(family, method)
    for family in FAMILIES
    for shape, method in (("list", "list"), ("single", "get"))
    if method in family.ops
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Family, str, Any]:
    family = draw(st.sampled_from(FAMILIES))
    op = draw(
        st.sampled_from([op for op in ("list", "get", "create", "update") if op in family.ops])
    )
    doc: Any = _document(family, op)
    for _ in range(draw(st.integers(1, 4))):
        nodes = _dict_nodes(doc)
        if not nodes:
            break
        node = nodes[draw(st.integers(0, len(nodes) - 1))]
        keys = sorted(node) or ["x"]
        key = keys[draw(st.integers(0, len(keys) - 1))]
        action = draw(st.sampled_from(["add", "delete", "null", "retype", "enum", "wrap"]))
        if action == "add":
            node[draw(st.text(max_size=10))] = draw(JSON_VALUES)
        elif action == "delete":
            node.pop(key, None)
        elif action == "null":
            node[key] = None
        elif action == "retype":
            node[key] = draw(JSON_VALUES)
        elif action == "enum":
            for name in ("permission_set", "resource_type", "direction"):
                if name in node:
                    node[name] = draw(st.text(max_size=12))
        elif action == "wrap" and key in node:
            node[key] = [node[key]] if draw(st.booleans()) else {"value": node[key]}
    if draw(st.integers(0, 20)) == 0:
        doc = draw(JSON_VALUES)  # not even an object
    return family, op, doc


def _dict_nodes(doc: Any) -> list[dict[str, Any]]:
    found = []
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _call(family: Family, op: str, document: Any) -> Any:
    payload = json.dumps(document).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=payload, headers={"content-type": "application/json"}
        )
    )
    with MetafieldsClient(
        STORE, TOKEN, transport=transport, retry_policy=FAST, max_retries=0
    ) as client:
        resource = family.resource(client)
        where = family.args
        fields = {"namespace": "n", "key": "k", "value": "v", "permission_set": "read"}
        if op == "list":
            return resource.list(*where)
        if op == "get":
            return resource.get(*where, 1)
        if op == "create":
            return resource.create(*where, **fields)
        return resource.update(*where, 1, **fields)


@settings(BOUNDED, max_examples=300)
@given(case=mutated())
def test_a_mangled_response_parses_or_raises_response_parse_error(
    case: tuple[Family, str, Any],
) -> None:
    family, op, document = case
    try:
        parsed = _call(family, op, copy.deepcopy(document))
    except ResponseParseError:
        return
    except Exception as exc:
        raise AssertionError(f"{type(exc).__name__} escaped parsing {document!r}") from exc
    assert isinstance(parsed, EXPECTED[(family.name, "list" if op == "list" else "single")])


@settings(BOUNDED, max_examples=300)
@given(case=mutated())
def test_what_parses_holds_the_declared_types(case: tuple[Family, str, Any]) -> None:
    """ResponseParseError is "a successful status whose body is not what the spec describes",
    and README: every operation returns the spec's model. A body whose `key` is null or whose
    `id` is a list is not what the spec describes; the generated models `cast` instead of
    checking, so such a body parses into a model that lies about its types (mypy trusts
    `metafield.key: str`, the caller's `.upper()` crashes later)."""
    family, op, document = case
    try:
        parsed = _call(family, op, copy.deepcopy(document))
    except ResponseParseError:
        return
    problems = _type_problems(parsed, type(parsed), "parsed")
    assert problems == [], f"{document!r} parsed into wrong types: {problems[:4]}"


_NAMESPACE = {**vars(generated_models), "datetime": datetime, "Unset": Unset, "Any": Any}


def _type_problems(value: Any, hint: Any, path: str) -> list[str]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if any(not _type_problems(value, option, path) for option in options):
            return []
        return [f"{path}={value!r} is not {hint}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}={value!r} is not a list"]
        (item,) = typing.get_args(hint)
        return [p for i, v in enumerate(value) for p in _type_problems(v, item, f"{path}[{i}]")]
    if hint is Any:
        return []
    if hint is type(None):
        return [] if value is None else [f"{path}={value!r} is not None"]
    if hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{path}={value!r} is not int"]
    if attrs.has(hint):
        if not isinstance(value, hint):
            return [f"{path}={value!r} is not {hint.__name__}"]
        hints = typing.get_type_hints(hint, globalns=_NAMESPACE)
        return [
            p
            for f in attrs.fields(hint)
            if f.name != "additional_properties"
            for p in _type_problems(getattr(value, f.name), hints[f.name], f"{path}.{f.name}")
        ]
    if isinstance(hint, type):
        return [] if isinstance(value, hint) else [f"{path}={value!r} is not {hint.__name__}"]
    return []


@pytest.mark.parametrize("status", [200, 404, 503])
@pytest.mark.parametrize("depth", [100_000])
def test_a_deeply_nested_body_raises_an_sdk_error(status: int, depth: int) -> None:
    """json.loads raises RecursionError on a deeply nested document, which is not one of the
    ValueError/KeyError/TypeError/AttributeError the invoker turns into ResponseParseError, and
    `_errors._json_object` (error bodies) only catches ValueError.
    README: "Nothing else escapes"."""
    body = b'{"data": ' + b"[" * depth + b"]" * depth + b', "title": "x"}'
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            status, content=body, headers={"content-type": "application/json"}
        )
    )
    with MetafieldsClient(
        STORE, TOKEN, transport=transport, retry_policy=FAST, max_retries=0
    ) as client:
        try:
            client.cart_metafields.get("c1", 1)
        except BigCommerceError:
            return
        except RecursionError as exc:
            raise AssertionError("RecursionError escaped the SDK") from exc
    raise AssertionError("a nested list parsed as a metafield")
