"""Shared helpers of the fake's tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import httpx

from bigcommerce_metafields.testing import FakeBigCommerce

TOKEN_A, CLIENT_A = "tok-a", "client-a"
TOKEN_B, CLIENT_B = "tok-b", "client-b"
CART = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
NEW = {"namespace": "warehouse", "key": "location", "value": "4HG", "permission_set": "read"}
#: The fields of a create body (description optional), which is also the cart PUT's schema.
CREATE_FIELDS = ("permission_set", "namespace", "key", "value", "description")

Connect = Callable[..., httpx.Client]
AsyncConnect = Callable[..., httpx.AsyncClient]


class FakeClock:
    """A monotonic clock that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeNow:
    """A wall clock for ``date_created``/``date_modified`` that only moves when told to."""

    def __init__(self) -> None:
        self.now = datetime(2023, 11, 15, 15, 16, 35, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass(frozen=True)
class Family:
    resource: Literal["cart", "product"]
    resource_id: str | int
    path: str

    def wire_id(self, metafield_id: int) -> str | int:
        """Cart metafield ids travel as JSON strings, product ones as integers."""
        return str(metafield_id) if self.resource == "cart" else metafield_id

    def item(self, metafield_id: object) -> str:
        return f"{self.path}/{metafield_id}"

    def update_body(
        self, changes: Mapping[str, str], stored: Mapping[str, object] = NEW
    ) -> dict[str, object]:
        """The PUT body making ``changes`` to the metafield ``stored`` (its create body or JSON).

        A product PUT is a partial update, so it is the changes alone; a cart PUT takes the whole
        create schema, so it is ``stored``'s create fields with the changes applied.
        """
        if self.resource == "product":
            return dict(changes)
        return {name: stored[name] for name in CREATE_FIELDS if name in stored} | dict(changes)


CART_FAMILY = Family("cart", CART, f"/carts/{CART}/metafields")
PRODUCT_FAMILY = Family("product", 111, "/catalog/products/111/metafields")


def make_fake(**options: object) -> FakeBigCommerce:
    """A fake knowing two clients; rate limiting off unless asked for, so tests can be long."""
    options.setdefault("tokens", {TOKEN_A: CLIENT_A, TOKEN_B: CLIENT_B})
    options.setdefault("quota", None)
    return FakeBigCommerce(**options)  # type: ignore[arg-type]
