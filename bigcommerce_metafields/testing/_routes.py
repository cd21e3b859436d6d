"""The ten operations: path matching and the handlers, for an already authenticated client.

Non-integer ``product_id``/``metafield_id`` segments answer 404, as a router whose path
parameters are typed integers does not match them at all; cart ids are taken as given (cart
metafields outlive their cart, so any id may have some).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import datetime
from urllib.parse import unquote

from ._http import ApiError, RawRequest, Response, json_response
from ._listing import ListQuery
from ._store import Metafield, MetafieldStore, ResourceId
from ._validation import parse_json_object, validate_fields

_ROUTE = re.compile(
    r"^/stores/(?P<store>[^/]+)/v3"
    r"/(?:carts/(?P<cart>[^/]+)|catalog/products/(?P<product>[^/]+))"
    r"/metafields(?:/(?P<metafield>[^/]+))?$"
)
_INTEGER = re.compile(r"^0*[1-9][0-9]*$")  # BigCommerce ids start at 1


class Router:
    def __init__(
        self,
        store: MetafieldStore,
        store_hash: str,
        products: Callable[[], Collection[int] | None],
        now: Callable[[], datetime],
    ) -> None:
        self._store = store
        self._store_hash = store_hash
        self._products = products
        self._now = now

    def handle(self, request: RawRequest, client: str) -> Response:
        match = _ROUTE.match(request.path)
        if match is None or unquote(match["store"]) != self._store_hash:
            raise ApiError(404, "Not Found", detail=f"No route for {request.path}.")
        cart = unquote(match["cart"]) if match["cart"] is not None else None
        resource_type, resource_id = self._resource(cart, match["product"])
        if match["metafield"] is None:
            return self._collection(request, client, resource_type, resource_id)
        metafield_id = _integer(match["metafield"], "metafield")
        return self._item(request, client, resource_type, resource_id, metafield_id)

    def _resource(self, cart: str | None, product: str | None) -> tuple[str, ResourceId]:
        if cart is not None:
            return "cart", cart
        assert product is not None
        product_id = _integer(product, "product")
        known = self._products()
        if known is not None and product_id not in known:
            raise ApiError(404, "Product not found", detail=f"No product {product_id}.")
        return "product", product_id

    def _collection(
        self, request: RawRequest, client: str, resource_type: str, resource_id: ResourceId
    ) -> Response:
        if request.method == "GET":
            query = ListQuery.parse(request.query, extended=resource_type == "product")
            return json_response(200, query.render(self._store.of(resource_type, resource_id)))
        if request.method == "POST":
            fields = validate_fields(parse_json_object(request.body), partial=False)
            mf = self._store.create(resource_type, resource_id, fields, client, self._now())
            return _single(mf)
        raise _not_allowed(request.method, "GET, POST")

    def _item(
        self,
        request: RawRequest,
        client: str,
        resource_type: str,
        resource_id: ResourceId,
        metafield_id: int,
    ) -> Response:
        if request.method not in ("GET", "PUT", "DELETE"):
            raise _not_allowed(request.method, "GET, PUT, DELETE")
        mf = self._store.get(resource_type, resource_id, metafield_id)
        if request.method == "GET":
            return _single(mf)
        if request.method == "PUT":
            # Products take a partial update; the cart PUT is documented with the create schema.
            partial = resource_type == "product"
            changes = validate_fields(parse_json_object(request.body), partial=partial)
            return _single(self._store.update(mf, changes, client, self._now()))
        self._store.delete(mf)
        return Response(204)


def _single(mf: Metafield) -> Response:
    return json_response(200, {"data": mf.to_json(), "meta": {}})


def _integer(segment: str, what: str) -> int:
    if _INTEGER.match(segment) is None:
        raise ApiError(404, "Not Found", detail=f"{what} ids are integers, got {segment!r}.")
    return int(segment)


def _not_allowed(method: str, allow: str) -> ApiError:
    return ApiError(
        405,
        "Method Not Allowed",
        detail=f"{method} is not supported here.",
        headers=(("allow", allow),),
    )
