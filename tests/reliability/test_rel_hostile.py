"""Hostile values: ids, keys and values that would address another resource or inject a header.

A cart id (any resource id that is a free-form string) is percent-encoded into one path segment
and reaches exactly that cart (or is refused with a ValidationError naming `cart_id`, before
anything is sent); keys and namespaces in list
filters and in the lookup that settles a create reach the service unchanged; nothing a caller
passes (token, store hash, base URL, ids, keys, values) can add a header or a request.
"""

from __future__ import annotations

from typing import Any

import pytest
from relkit import (
    CART,
    FAST,
    PRODUCT,
    STORE,
    TEXT_IDS,
    TOKEN,
    Family,
    make_fake,
    run_client,
    wait_idle,
)

from bigcommerce_metafields import (
    AsyncMetafieldsClient,
    BigCommerceError,
    ConfigurationError,
    MetafieldsClient,
    ValidationError,
)
from bigcommerce_metafields.testing import FakeBigCommerce

MODES = ["inprocess", "loopback"]

ACCEPTED_CART_IDS = [
    "a/b",
    "a?b=c",
    "a#frag",
    "a%b",
    "a%2Fb",
    "%",
    "%%",
    "%00",
    "%2e%2e",
    ".%2e",
    "../x",
    "a/../b",
    "./a",
    "..a",
    "...",
    "a b",
    " lead",
    "trail ",
    "ü-ñ-中文",
    "😀🎉",
    "a\r\nb",
    "a\nX-Injected: 1",
    "a\tb",
    "a+b",
    "a;b=c&d",
    "~!*'()$,@:",
    "\x00",
    "a\\b",
    "?",
    "#",
    "/",
    "//",
    "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77",
]
REFUSED_CART_IDS = ["", " ", "\t", "\r\n", ".", ".."]


def _base_url(mode: str, fake: FakeBigCommerce, request: pytest.FixtureRequest) -> str | None:
    return request.getfixturevalue("loopback")(fake) if mode == "loopback" else None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("cart_id", ACCEPTED_CART_IDS, ids=ascii)
@pytest.mark.parametrize("text_family", TEXT_IDS, ids=lambda f: f.name)
def test_a_hostile_cart_id_reaches_exactly_its_cart(
    text_family: Family, cart_id: str, mode: str, request: pytest.FixtureRequest
) -> None:
    fake = make_fake()
    # Decoys where a mis-encoded id would land: the id decoded once more, cut at / ? #, etc.
    for decoy in {"a", "b", "x", "..", "%", "a b", "a+b", "a/b"} - {cart_id}:
        text_family.at(decoy).seed(fake, "decoy", "decoy")
    family = text_family.at(cart_id)

    def scenario(client: Any) -> Any:
        carts = family.resource(client)
        created = carts.create(cart_id, namespace="rel", key="k", value="v0", permission_set="read")
        mid = int(created.data.id)
        got = carts.get(cart_id, mid).data
        listed = carts.list(cart_id).data
        updated = carts.update(
            cart_id, mid, namespace="rel", key="k", value="v1", permission_set="read"
        ).data
        stored_after_update = family.stored(fake)
        carts.delete(cart_id, mid)
        return created.data, got, listed, updated, stored_after_update

    created, got, listed, updated, stored = run_client(
        "sync", fake, scenario, base_url=_base_url(mode, fake, request)
    )
    assert created.resource_id == got.resource_id == cart_id
    assert [(m.id, m.key) for m in listed] == [(created.id, "k")]
    assert (updated.id, updated.value) == (created.id, "v1")
    assert [(m["key"], m["value"]) for m in stored] == [("k", "v1")]
    assert family.stored(fake) == [], "the delete reached another cart"
    assert {m["resource_id"] for m in fake.metafields(family.name)} == (
        {"a", "b", "x", "..", "%", "a b", "a+b", "a/b"} - {cart_id}
    ), "a decoy cart was touched"


@pytest.mark.parametrize("cart_id", REFUSED_CART_IDS, ids=ascii)
@pytest.mark.parametrize("op", ["list", "create", "get", "update", "delete"])
@pytest.mark.parametrize("family", TEXT_IDS, ids=lambda f: f.name)
def test_a_cart_id_that_would_address_another_path_is_refused(
    family: Family, cart_id: str, op: str
) -> None:
    fake = make_fake()

    def call(client: Any) -> Any:
        carts = family.resource(client)
        fields = {"namespace": "n", "key": "k", "value": "v", "permission_set": "read"}
        if op == "list":
            return carts.list(cart_id)
        if op == "create":
            return carts.create(cart_id, **fields)
        if op == "get":
            return carts.get(cart_id, 1)
        if op == "update":
            return carts.update(cart_id, 1, **fields)
        return carts.delete(cart_id, 1)

    with pytest.raises(ValidationError) as caught:
        run_client("sync", fake, call)
    assert family.params[0] in caught.value.errors, caught.value.errors
    assert fake.requests == [], "something was sent"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cart_id", "\ud800"),
        ("value", "lone \udc00 surrogate"),
        ("key", "\ud83d"),
        ("namespace", "x\udfff"),
        ("description", "\ud800\ud800"),
    ],
    ids=["cart_id", "value", "key", "namespace", "description"],
)
def test_a_string_that_is_not_unicode_text_is_refused_client_side(field: str, value: str) -> None:
    """A lone surrogate (e.g. from a bad decode with errors="surrogateescape") cannot be sent as
    UTF-8: httpx raises UnicodeEncodeError while building the request (for a cart id, quote()
    does). README "Errors": "Nothing else escapes". Expected: ValidationError naming the field,
    nothing sent."""
    fake = make_fake()
    fields = {"namespace": "n", "key": "k", "value": "v", "permission_set": "read"}
    cart_id = CART.resource_id
    if field == "cart_id":
        cart_id = value
    else:
        fields[field] = value

    def call(client: Any) -> Any:
        return client.cart_metafields.create(cart_id, **fields)

    refused: ValidationError | None = None
    try:
        run_client("sync", fake, call)
    except ValidationError as exc:
        refused = exc
    except Exception as exc:
        raise AssertionError(f"{type(exc).__name__} escaped instead of a ValidationError") from exc
    assert refused is not None, "sent a string that UTF-8 cannot encode"
    assert field in refused.errors, refused.errors
    assert fake.requests == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("product_id", True),
        ("product_id", 0),
        ("product_id", -1),
        ("product_id", "7"),
        ("product_id", 7.0),
        ("product_id", "7/../8"),
        ("metafield_id", True),
        ("metafield_id", 0),
        ("metafield_id", "1"),
        ("metafield_id", "1?x=2"),
        ("metafield_id", 1.5),
    ],
    ids=lambda v: ascii(v),
)
def test_integer_path_values_are_checked(name: str, value: object) -> None:
    fake = make_fake()

    def call(client: Any) -> Any:
        product_id = value if name == "product_id" else PRODUCT.resource_id
        metafield_id = value if name == "metafield_id" else 1
        return client.product_metafields.get(product_id, metafield_id)

    with pytest.raises(ValidationError) as caught:
        run_client("sync", fake, call)
    assert name in caught.value.errors
    assert fake.requests == []


HOSTILE_KEYS = [
    "a+b",
    "a b",
    "a&key=b",
    "a=b",
    "a#b",
    "a?b",
    "a%20b",
    "a%2Bb",
    "a\r\nb",
    "ü",
    "😀",
    "a/b",
    "&",
    "=",
    "+",
    "%",
    "#",
    "a;b",
    "'\"<>",
    " ",
]
DECOYS = ["a", "b", "a b", "a+b", "a%20b", "a%2Bb", "+", " ", ""]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", HOSTILE_KEYS, ids=ascii)
def test_hostile_keys_filter_lists_and_settle_creates_exactly(
    key: str, mode: str, request: pytest.FixtureRequest
) -> None:
    """The key is a query parameter twice: in `list(key=...)` and in the lookup that settles a
    create in doubt. Either way it must reach the service as is (a `+` read as a space, or a
    `&` splitting the parameter, would find a decoy or nothing)."""
    fake = make_fake()
    for family in (CART, PRODUCT):
        for decoy in DECOYS:
            if decoy and decoy != key:
                family.seed(fake, decoy, "decoy")
    # The create's answer is lost after it was written: settled by a lookup on namespace + key.
    fake.faults.add(method="POST", path=PRODUCT.collection, drop="after")

    def scenario(client: Any) -> Any:
        created = client.product_metafields.create(
            PRODUCT.resource_id, namespace="rel", key=key, value="v", permission_set="read"
        )
        client.cart_metafields.create(
            CART.resource_id, namespace="rel", key=key, value="v", permission_set="read"
        )
        by_key = [
            client.product_metafields.list(PRODUCT.resource_id, key=key, namespace="rel").data,
            client.cart_metafields.list(CART.resource_id, key=key, namespace="rel").data,
        ]
        return created.data, by_key

    created, by_key = run_client("sync", fake, scenario, base_url=_base_url(mode, fake, request))
    assert created.key == key
    for items in by_key:
        assert [(m.key, m.value) for m in items] == [(key, "v")]
    assert [m["key"] for m in PRODUCT.stored(fake)].count(key) == 1


SECRET = "zq9s3cr3t"


@pytest.mark.parametrize(
    "token",
    [
        f"{SECRET}\r\nX-Injected: 1",
        f"{SECRET}\n",
        f"{SECRET}\r",
        f"\r\n{SECRET}",
        f" {SECRET}",
        f"{SECRET} ",
        f"{SECRET[:3]} {SECRET[3:]}",
        f"{SECRET}ö",
        f"{SECRET}\x00",
        f"{SECRET}\tx",
        f"{SECRET}\x7f",
        SECRET * 57,
    ],
    ids=ascii,
)
@pytest.mark.parametrize("source", ["argument", "environment"])
def test_a_token_that_could_inject_a_header_is_refused(
    token: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused when the client is built, and the message does not quote the (secret) token."""
    if source == "environment":
        if "\x00" in token:
            # Nothing to refuse: the environment itself cannot carry a NUL.
            with pytest.raises(ValueError, match="null"):
                monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", token)
            return
        monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", token)
        arg = None
    else:
        arg = token
    for kind in (MetafieldsClient, AsyncMetafieldsClient):
        with pytest.raises(ConfigurationError) as caught:
            kind(STORE, arg)
        assert SECRET[:4] not in str(caught.value), str(caught.value)


@pytest.mark.parametrize(
    "store_hash", ["abc\r\nx", "ABC", "abc/def", "abc?x", "abc#", "abc def", "../x", "ü"], ids=ascii
)
def test_a_malformed_store_hash_is_refused(store_hash: str) -> None:
    with pytest.raises(ConfigurationError):
        MetafieldsClient(store_hash, TOKEN)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://api.example.com/v3\r\nX-Injected: 1",
        "https://api.example.com/v3\n",
        "https://api.example.com/\x00",
    ],
    ids=ascii,
)
def test_a_base_url_with_control_characters_is_refused(base_url: str) -> None:
    with pytest.raises(ConfigurationError):
        MetafieldsClient(STORE, TOKEN, base_url=base_url)


INJECTION = "v\r\nX-Injected: yes\r\n\r\nGET /evil HTTP/1.1\r\nHost: evil\r\n\r\n"


@pytest.mark.parametrize("kind", ["sync", "asyncio"])
def test_values_with_crlf_stay_in_the_body(kind: str, loopback: Any) -> None:
    """Over a real socket: every body field carries CR/LF and a smuggled request; the service
    sees one request per call, no extra header, and stores every byte of every field."""
    fake = make_fake()
    base_url = loopback(fake)
    fields = {
        "namespace": "ns\r\nX-Injected: 1",
        "key": "k\r\nX-Injected: 2",
        "value": INJECTION,
        "description": "d\r\nX-Injected: 3\r\n",
        "permission_set": "read",
    }

    def scenario(client: Any) -> Any:
        async def run() -> Any:
            created = await client.cart_metafields.create("c\r\nX-Injected: 4", **fields)
            listed = await client.cart_metafields.list("c\r\nX-Injected: 4", key=fields["key"])
            return created, listed

        if kind == "sync":
            created = client.cart_metafields.create("c\r\nX-Injected: 4", **fields)
            listed = client.cart_metafields.list("c\r\nX-Injected: 4", key=fields["key"])
            return created, listed
        return run()

    created, listed = run_client(kind, fake, scenario, base_url=base_url)  # type: ignore[arg-type]
    wait_idle(fake)
    assert len(fake.requests) == 2, [r.path for r in fake.requests]
    for recorded in fake.requests:
        assert not any(
            "injected" in name or "\n" in value for name, value in recorded.headers.items()
        )
        assert "evil" not in recorded.path
    stored = fake.metafields("cart", "c\r\nX-Injected: 4")
    assert [{k: m[k] for k in fields} for m in stored] == [fields]
    assert created.data.value == INJECTION
    assert [m.key for m in listed.data] == [fields["key"]]


def test_the_fault_matrix_faults_leave_no_request_behind() -> None:
    """A retry loop never outlives its call: after a failed call the fake is idle."""
    fake = make_fake()
    fake.faults.add(status=503, times=None)

    def call(client: Any) -> Any:
        return client.cart_metafields.list(CART.resource_id)

    with pytest.raises(BigCommerceError):
        run_client("sync", fake, call, retry_policy=FAST)
    assert fake.in_flight == 0
