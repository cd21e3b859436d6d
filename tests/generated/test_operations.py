"""Every generated operation's request builder and response parser, over httpx.MockTransport.

One table row per operation (plus a few variants) holds the call, the exact request it must send,
a canned response and the model that response must parse into. Every row builds its request with
the module's `_get_kwargs` (the one generated function the SDK's invoker calls), sends it through
an httpx.Client the way the invoker does, and reads the answer as the invoker does: with the
generated decoder of the operation's success model.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Protocol, TypeVar

import httpx
import pytest
from attrs import evolve

from bigcommerce_metafields import parse
from bigcommerce_metafields._generated.api.cart_metafields import (
    create_cart_metafield,
    delete_cart_metafield,
    get_cart_metafield,
    get_cart_metafields,
    update_cart_metafield,
)
from bigcommerce_metafields._generated.api.product_metafields import (
    create_product_metafield,
    delete_product_metafield,
    get_product_metafield,
    get_product_metafields,
    update_product_metafield,
)
from bigcommerce_metafields._generated.models import (
    CartMetafield,
    CartMetafieldList,
    CartMetafieldResponse,
    ListMeta,
    Meta,
    MetafieldCreate,
    MetafieldUpdate,
    Pagination,
    PaginationLinks,
    PartialProductMetafield,
    PartialProductMetafieldList,
    ProductMetafield,
    ProductMetafieldResponse,
)
from bigcommerce_metafields._generated.types import UNSET

CART = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
# Every reserved character must arrive percent-encoded, inside ONE path segment.
ODD_CART = "a/b?c=1#d e%ü€"
ODD = "a%2Fb%3Fc%3D1%23d%20e%25%C3%BC%E2%82%AC"
T0 = dt.datetime(2023, 11, 15, 15, 16, 35, tzinfo=dt.UTC)
T1 = dt.datetime(2023, 11, 16, 9, 2, 11, tzinfo=dt.UTC)
MINUS_5 = dt.timezone(-dt.timedelta(hours=5))
OWNER = "8a7t4w9qy0ns5kzs1vy2tlpm3crutrk"

# The facts sheet's examples, as the service sends them.
CART_JSON: dict[str, Any] = json.loads(f"""{{
    "id": "24", "key": "gift_message", "value": "Happy birthday!", "namespace": "checkout",
    "permission_set": "app_only", "resource_type": "cart", "resource_id": "{CART}",
    "description": "Message printed on the gift card", "date_created": "2023-11-15T15:16:35+00:00",
    "date_modified": "2023-11-15T15:16:35+00:00", "owner_client_id": "{OWNER}"}}""")
PRODUCT_JSON: dict[str, Any] = json.loads(f"""{{
    "id": 8, "key": "location_id", "value": "4HG", "namespace": "warehouse",
    "permission_set": "app_only", "resource_type": "product", "resource_id": 111,
    "description": "Where the product is stored", "date_created": "2023-11-15T15:16:35+00:00",
    "date_modified": "2023-11-15T15:16:35+00:00", "owner_client_id": "{OWNER}"}}""")
CART_MODEL = CartMetafield(
    id="24",
    key="gift_message",
    value="Happy birthday!",
    namespace="checkout",
    permission_set="app_only",
    resource_type="cart",
    resource_id=CART,
    description="Message printed on the gift card",
    date_created=T0,
    date_modified=T0,
    owner_client_id=OWNER,
)
PRODUCT_MODEL = ProductMetafield(
    id=8,
    key="location_id",
    value="4HG",
    namespace="warehouse",
    permission_set="app_only",
    resource_type="product",
    resource_id=111,
    description="Where the product is stored",
    date_created=T0,
    date_modified=T0,
    owner_client_id=OWNER,
)


class _Open(Protocol):
    additional_properties: dict[str, Any]


OpenModel = TypeVar("OpenModel", bound=_Open)


def _extra(model: OpenModel, **unknown: Any) -> OpenModel:
    """`model` as parsed from a body that also carried these unknown fields."""
    model.additional_properties.update(unknown)
    return model


def _meta_json(total: int, count: int, per: int, page: int, pages: int, **links: str) -> Any:
    return {"pagination": {"total": total, "count": count, "per_page": per, "current_page": page,
                           "total_pages": pages, "links": links}}  # fmt: skip


def _meta(total: int, count: int, per: int, page: int, pages: int, **links: str) -> ListMeta:
    return ListMeta(Pagination(total, count, per, page, pages, PaginationLinks(**links)))


@dataclass(frozen=True)
class Case:
    op: ModuleType  # a generated operation module (_get_kwargs / _parse_response)
    args: tuple[object, ...]
    request: str  # method and raw (percent-encoded) path under /stores/abc123/v3
    reply: Any  # the JSON body answered; None answers with no body at all
    parsed: Any  # what response.parsed must equal
    kwargs: Mapping[str, object] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)  # decoded; order-insensitive
    body: dict[str, Any] | None = None  # the JSON object that must be sent; None: no body
    status: int = 200


CART_PUT = MetafieldCreate(
    permission_set="app_only", namespace="checkout", key="gift_message", value="Happy anniversary!"
)
CART_PUT_JSON = {"permission_set": "app_only", "namespace": "checkout", "key": "gift_message"}
GIFT_VALUE, GIFT_NOTE = "Happy birthday! 🎂", "Für dich"
GIFT = {"value": GIFT_VALUE, "description": GIFT_NOTE}
AISLE = '{"aisle": 4, "bin": "H"}'  # structured data travels as a JSON string
STRUCTURED = {"permission_set": "read_and_sf_access", "value": AISLE}
PAGE1 = {"current": "?page=1&limit=50"}
PAGE2 = {"previous": "?page=1&limit=250", "current": "?page=2&limit=250"}
DEFAULT_PAGE = {"limit": "50"}  # the page is sent only when given

# fmt: off
CASES: dict[str, Case] = {
    "getCartMetafields": Case(
        get_cart_metafields, (ODD_CART,), f"GET /carts/{ODD}/metafields", query=DEFAULT_PAGE,
        reply={"data": [CART_JSON | {"date_created": "2023-11-15T15:16:35.123Z",
                                     "description": None, "channel_id": 1}],
               "meta": _meta_json(1, 1, 50, 1, 1, **PAGE1)},
        parsed=CartMetafieldList(
            [_extra(evolve(CART_MODEL, date_created=T0.replace(microsecond=123000),
                           description=None), channel_id=1)],
            _meta(1, 1, 50, 1, 1, **PAGE1)),
    ),
    "getCartMetafields-empty-filtered": Case(
        get_cart_metafields, (CART,), f"GET /carts/{CART}/metafields",
        kwargs={"key": "gift_message", "namespace": "checkout", "direction": "desc"},
        query=DEFAULT_PAGE | {"key": "gift_message", "namespace": "checkout", "direction": "desc"},
        reply={"data": [], "meta": _meta_json(0, 0, 50, 1, 0, **PAGE1)},
        parsed=CartMetafieldList([], _meta(0, 0, 50, 1, 0, **PAGE1)),
    ),
    "createCartMetafield": Case(
        create_cart_metafield, (CART,), f"POST /carts/{CART}/metafields",
        kwargs={"body": evolve(CART_PUT, value=GIFT_VALUE, description=GIFT_NOTE)},
        body=CART_PUT_JSON | GIFT,
        reply={"data": CART_JSON | GIFT, "meta": {}},
        parsed=CartMetafieldResponse(
            evolve(CART_MODEL, value=GIFT_VALUE, description=GIFT_NOTE), Meta()),
    ),
    "getCartMetafield": Case(  # integer id (as webhooks send it); no description, owner or meta
        get_cart_metafield, (ODD_CART, 24), f"GET /carts/{ODD}/metafields/24",
        reply={"data": {k: v for k, v in CART_JSON.items()
                        if k not in {"description", "owner_client_id"}} | {"id": 24}},
        parsed=CartMetafieldResponse(
            evolve(CART_MODEL, id=24, description=UNSET, owner_client_id=UNSET), UNSET),
    ),
    "updateCartMetafield": Case(
        update_cart_metafield, (ODD_CART, 24), f"PUT /carts/{ODD}/metafields/24",
        kwargs={"body": CART_PUT}, body=CART_PUT_JSON | {"value": "Happy anniversary!"},
        reply={"data": CART_JSON | {"value": "Happy anniversary!", "description": "",
                                    "owner_client_id": None,
                                    "date_modified": "2023-11-16T09:02:11.250+00:00"},
               "meta": {}},
        parsed=CartMetafieldResponse(
            evolve(CART_MODEL, value="Happy anniversary!", description="", owner_client_id=None,
                   date_modified=T1.replace(microsecond=250000)),
            Meta()),
    ),
    "deleteCartMetafield": Case(
        delete_cart_metafield, (ODD_CART, 24), f"DELETE /carts/{ODD}/metafields/24",
        status=204, reply=None, parsed=None,
    ),
    "getProductMetafields": Case(
        get_product_metafields, (111,), "GET /catalog/products/111/metafields",
        kwargs={"page": 2, "limit": 250, "key": "bin", "namespace": "warehouse", "direction": "asc",
                "keyin": "location_id,bin", "namespacein": "warehouse,shipping",
                "date_createdmin": dt.datetime(2023, 11, 15, 0, 0, 0, 500000, tzinfo=dt.UTC),
                "date_createdmax": dt.datetime(2023, 11, 30, 23, 59, 59, tzinfo=MINUS_5),
                "date_modifiedmin": T0, "date_modifiedmax": T1,
                # Arrays go in joined, as the SDK's invoker passes them (explode: false).
                "include_fields": ["key,value,resource_type,description"],
                "exclude_fields": ["date_created"]},
        query={"page": "2", "limit": "250", "key": "bin", "namespace": "warehouse",
               "direction": "asc", "key:in": "location_id,bin",
               "namespace:in": "warehouse,shipping",
               "date_created:min": "2023-11-15T00:00:00.500000+00:00",
               "date_created:max": "2023-11-30T23:59:59-05:00",
               "date_modified:min": "2023-11-15T15:16:35+00:00",
               "date_modified:max": "2023-11-16T09:02:11+00:00",
               "include_fields": "key,value,resource_type,description",
               "exclude_fields": "date_created"},
        reply={"data": [{"id": 8, "key": "location_id", "value": "4HG",
                         "resource_type": "warehouse_bin"},
                        {"id": 9, "key": "bin", "value": "H-12", "description": None,
                         "sort_order": 3}],
               "meta": _meta_json(252, 2, 250, 2, 2, **PAGE2)},
        parsed=PartialProductMetafieldList(
            [PartialProductMetafield(8, key="location_id", value="4HG",
                                     resource_type="warehouse_bin"),
             _extra(PartialProductMetafield(9, key="bin", value="H-12", description=None),
                    sort_order=3)],
            _meta(252, 2, 250, 2, 2, **PAGE2)),
    ),
    "createProductMetafield": Case(
        create_product_metafield, (111,), "POST /catalog/products/111/metafields",
        kwargs={"body": MetafieldCreate(
            permission_set="read_and_sf_access", namespace="warehouse", key="location_id",
            value=AISLE)},
        body={"namespace": "warehouse", "key": "location_id"} | STRUCTURED,
        reply={"data": PRODUCT_JSON | STRUCTURED | {"is_new": True,
                                                    "date_created": "2023-11-15T15:16:35.123456Z",
                                                    "date_modified": "2023-11-15T15:16:35.1Z"},
               "meta": {"request_id": "c0ffee"}},
        parsed=ProductMetafieldResponse(
            _extra(evolve(PRODUCT_MODEL, permission_set="read_and_sf_access", value=AISLE,
                          date_created=T0.replace(microsecond=123456),
                          date_modified=T0.replace(microsecond=100000)), is_new=True),
            _extra(Meta(), request_id="c0ffee")),
    ),
    "getProductMetafield": Case(  # unknown permission_set and resource_type, no description
        get_product_metafield, (111, 8), "GET /catalog/products/111/metafields/8",
        reply={"data": {k: v for k, v in PRODUCT_JSON.items() if k != "description"}
                       | {"permission_set": "storefront_only", "resource_type": "warehouse_bin"},
               "meta": {}},
        parsed=ProductMetafieldResponse(
            evolve(PRODUCT_MODEL, permission_set="storefront_only",
                   resource_type="warehouse_bin", description=UNSET),
            Meta()),
    ),
    "updateProductMetafield": Case(  # partial: only the field set is sent
        update_product_metafield, (111, 8), "PUT /catalog/products/111/metafields/8",
        kwargs={"body": MetafieldUpdate(value="5HG")}, body={"value": "5HG"},
        reply={"data": PRODUCT_JSON | {"value": "5HG",
                                       "date_modified": "2023-11-16T09:02:11+00:00"},
               "meta": {}},
        parsed=ProductMetafieldResponse(
            evolve(PRODUCT_MODEL, value="5HG", date_modified=T1), Meta()),
    ),
    "updateProductMetafield-empty-description": Case(  # "" is sent, not dropped as falsy
        update_product_metafield, (111, 8), "PUT /catalog/products/111/metafields/8",
        kwargs={"body": MetafieldUpdate(description="")},
        body={"description": ""},
        reply={"data": PRODUCT_JSON | {"description": None}, "meta": {}},
        parsed=ProductMetafieldResponse(evolve(PRODUCT_MODEL, description=None), Meta()),
    ),
    "deleteProductMetafield": Case(
        delete_product_metafield, (111, 8), "DELETE /catalog/products/111/metafields/8",
        status=204, reply=None, parsed=None,
    ),
}
# fmt: on


def _run(case: Case) -> tuple[httpx.Request, httpx.Response, Any]:
    """Send the call once; return what was sent, what came back and what it parsed into."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if case.reply is None:
            return httpx.Response(case.status)
        return httpx.Response(case.status, json=case.reply)

    kwargs = case.op._get_kwargs(*case.args, **case.kwargs)
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        # As the invoker builds it: the store's base URL, then the generated path and parts.
        request = http.build_request(
            kwargs["method"],
            "https://api.bigcommerce.com/stores/abc123/v3" + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers=kwargs.get("headers"),
        )
        response = http.send(request)
    assert len(sent) == 1
    return sent[0], response, _read(case, response)


def _read(case: Case, response: httpx.Response) -> Any:
    """The answer as the invoker reads it: the decoder of one of the operation's answer models
    (the full one, or the partial or cursor one a sparse or cursor read asks for)."""
    package, _, name = case.op.__name__.rpartition(".")
    operation = importlib.import_module(package).OPERATIONS[name][1]
    answers = {operation.success, operation.sparse_success, operation.cursor_success,
               operation.sparse_cursor_success} - {None}  # fmt: skip
    expected = type(case.parsed)
    assert expected in answers, f"{name} does not answer {expected.__name__}"
    return None if expected is type(None) else parse(expected, response.content)


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_operation(case: Case) -> None:
    request, response, parsed = _run(case)

    method, path = case.request.split(" ")
    assert request.method == method
    assert (request.url.scheme, request.url.host) == ("https", "api.bigcommerce.com")
    raw_path, _, _ = request.url.raw_path.partition(b"?")
    assert raw_path == f"/stores/abc123/v3{path}".encode("ascii")
    assert sorted(request.url.params.multi_items()) == sorted(case.query.items())
    if case.body is None:
        assert "Content-Type" not in request.headers
        assert request.content == b""
    else:
        assert request.headers.get_list("Content-Type") == ["application/json"]
        assert json.loads(request.content.decode("utf-8")) == case.body

    assert response.status_code == case.status
    if case.reply is None:
        assert response.content == b""
    assert parsed == case.parsed
    if case.parsed is not None:
        # to_dict() renders datetimes with their UTC offset and keeps "24" apart from 24.
        assert parsed.to_dict() == case.parsed.to_dict()
