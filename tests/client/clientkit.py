"""Shared helpers of the client tests (fixtures live in conftest.py).

`Api` puts a sync or an async SDK client behind one awaitable interface, so one scenario, written
once as an async test, runs through `MetafieldsClient` and through `AsyncMetafieldsClient` (under
asyncio and trio): see the `flavor` parametrization in conftest.py.
"""

from __future__ import annotations

import contextlib
import inspect
import traceback
from collections.abc import Iterator
from typing import Any, Protocol, TypeVar, cast

import pytest

from bigcommerce_metafields import (
    APIResponse,
    AsyncMetafieldsClient,
    BigCommerceError,
    MetafieldsClient,
    RetryPolicy,
)
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, FakeBigCommerce

# Distinctive tokens, so that a leak is found by a plain substring search.
TOKEN = "tok-A-7c1e0f2d9b8a"
TOKEN_B = "tok-B-3d4e5f6a7b8c"
CLIENT_A, CLIENT_B = "client-a", "client-b"
STORE = DEFAULT_STORE_HASH
PREFIX = f"/stores/{STORE}/v3"
BASE_URL = f"https://api.bigcommerce.com{PREFIX}"
CART = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
PRODUCT = 111
ERROR_TYPE_URL = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"

FAST = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.01)
"""Real waits, but short: most tests check the number and order of attempts, not the clock."""

NEW: dict[str, Any] = {
    "namespace": "warehouse",
    "key": "location",
    "value": "4HG",
    "permission_set": "read",
}
"""Valid create fields."""

E = TypeVar("E", bound=BaseException)

RAISED: list[BaseException] = []
"""Every exception `raises` caught in the current test; checked for the token at teardown."""


class Connect(Protocol):
    """The `connect` fixture: `connect(fake, **client_options)` -> an `Api` (see conftest.py)."""

    def __call__(
        self, fake: FakeBigCommerce, *, default_transport: bool = ..., **options: Any
    ) -> Api: ...


def make_fake(**options: Any) -> FakeBigCommerce:
    """A fake that knows two API clients: `TOKEN` (client-a) and `TOKEN_B` (client-b)."""
    return FakeBigCommerce(tokens={TOKEN: CLIENT_A, TOKEN_B: CLIENT_B}, **options)


class Api:
    """A sync or async SDK client, called the same way: `await api("product_metafields.get", 1, 2)`
    (a sub-resource's: `"product_metafields.batch.create"`).

    `await api.raw(...)` goes through `.with_raw_response`.
    """

    def __init__(self, sdk: MetafieldsClient | AsyncMetafieldsClient) -> None:
        self.sdk = sdk

    @property
    def is_async(self) -> bool:
        return isinstance(self.sdk, AsyncMetafieldsClient)

    async def __call__(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        *where, method = operation.split(".")
        return await _maybe_await(getattr(self._resource(where), method)(*args, **kwargs))

    async def raw(self, operation: str, *args: Any, **kwargs: Any) -> APIResponse[Any]:
        *where, method = operation.split(".")
        resource = self._resource(where).with_raw_response
        result: APIResponse[Any] = await _maybe_await(getattr(resource, method)(*args, **kwargs))
        return result

    def _resource(self, path: list[str]) -> Any:
        resource: Any = self.sdk
        for name in path:
            resource = getattr(resource, name)
        return resource

    async def aclose(self) -> None:
        await _maybe_await(self.sdk.close())


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@contextlib.contextmanager
def raises(kind: type[E], match: str | None = None) -> Iterator[pytest.ExceptionInfo[E]]:
    """`pytest.raises` for exactly `kind` (not a subclass), remembered for the token check."""
    with pytest.raises(Exception) as info:  # noqa: PT011 - the exact class is checked below
        yield cast("pytest.ExceptionInfo[E]", info)
    RAISED.append(info.value)
    assert type(info.value) is kind, f"expected exactly {kind.__name__}, got {info.value!r}"
    if match is not None:
        info.match(match)


def leaks(exc: BaseException, secret: str) -> list[str]:
    """Where `secret` shows in an exception: its str, repr, attributes or formatted traceback."""
    found = []
    chain: BaseException | None = exc
    while chain is not None:
        if secret in str(chain) or secret in repr(chain):
            found.append(f"str/repr of {type(chain).__name__}")
        if isinstance(chain, BigCommerceError) and secret in repr(vars(chain)):
            found.append(f"attributes of {type(chain).__name__}")
        chain = chain.__cause__ or chain.__context__
    if secret in "".join(traceback.format_exception(exc)):
        found.append("formatted traceback")
    return found


def sent(fake: FakeBigCommerce) -> list[tuple[str, str, int | None]]:
    """The fake's request log as (method, path under /v3 with query, status), in finish order."""
    out = []
    for request in fake.requests:
        path = request.path.removeprefix(PREFIX)
        out.append(
            (request.method, path + (f"?{request.query}" if request.query else ""), request.status)
        )
    return out


def outcomes(fake: FakeBigCommerce) -> list[int | str]:
    """The status of every request the fake saw, how its connection was dropped, or that the
    client went away before an answer ("no answer")."""
    return [
        r.status
        if r.status is not None
        else f"dropped {r.dropped}"
        if r.dropped is not None
        else "no answer"
        for r in fake.requests
    ]
