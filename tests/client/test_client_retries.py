"""Retries, proven by the fake's request log: which outcomes are retried, in what order, how long
the client waits, and that a create or a delete whose answer was lost is not done twice."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
from clientkit import (
    CART,
    CLIENT_A,
    CLIENT_B,
    FAST,
    NEW,
    PRODUCT,
    TOKEN,
    TOKEN_B,
    Api,
    Connect,
    make_fake,
    outcomes,
    raises,
    sent,
)

from bigcommerce_metafields import (
    ConflictError,
    ProductMetafieldList,
    ProductMetafieldResponse,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from bigcommerce_metafields.testing import FakeBigCommerce, RecordedRequest

ITEM = f"/catalog/products/{PRODUCT}/metafields/1"
COLLECTION = f"/catalog/products/{PRODUCT}/metafields"
SLACK = 0.005
"""Timer resolution: a wait of N s may show as N - a few ms between two monotonic readings."""

# (operation, arguments, keyword arguments), each on product 111 whose metafield 1 exists
CALLS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    "GET": ("product_metafields.get", (PRODUCT, 1), {}),
    "PUT": ("product_metafields.update", (PRODUCT, 1), {"value": "5HG"}),
    "DELETE": ("product_metafields.delete", (PRODUCT, 1), {}),
}


def _seeded(**options: Any) -> FakeBigCommerce:
    fake = make_fake(**options)
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_A)
    return fake


def _gap(first: RecordedRequest, then: RecordedRequest) -> float:
    """Seconds between the end of one attempt and the start of the next."""
    return then.started - first.finished


@pytest.mark.anyio
@pytest.mark.parametrize("method", CALLS)
async def test_rate_limited_call_waits_the_reset_the_429_asked_for(
    method: str, connect: Connect
) -> None:
    fake = _seeded(quota=None)  # only the fault's headers: exactly what the test says
    asked = {"X-Rate-Limit-Time-Reset-Ms": "120", "X-Rate-Limit-Requests-Left": "0"}
    fake.faults.add(status=429, headers=asked)
    api = connect(fake)
    operation, args, kwargs = CALLS[method]

    await api(operation, *args, **kwargs)

    assert sent(fake) == [(method, ITEM, 429), (method, ITEM, 204 if method == "DELETE" else 200)]
    assert _gap(*fake.requests) >= 0.120 - SLACK


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_rate_limited_by_a_spent_quota_waits_for_the_window_to_reset(
    connect: Connect,
) -> None:
    """A real 429 from the fake's quota: another app of the store spent it first."""
    fake = _seeded(quota=3, window_ms=250)
    other = connect(fake, access_token=TOKEN_B)
    for _ in range(3):
        await other("product_metafields.list", PRODUCT)
    api = connect(fake)

    got = await api("product_metafields.get", PRODUCT, 1)

    assert type(got) is ProductMetafieldResponse
    assert outcomes(fake) == [200, 200, 200, 429, 200]
    window_opened = fake.requests[0].started
    assert fake.requests[4].started >= window_opened + 0.250 - SLACK
    assert [r.client_id for r in fake.requests] == [CLIENT_B] * 3 + [CLIENT_A] * 2


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_retry_after_longer_than_the_reset_is_the_wait(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    fake = _seeded(quota=None)
    fake.faults.add(status=429, headers={"X-Rate-Limit-Time-Reset-Ms": "100", "X-Retry-After": "1"})
    api = connect(fake)

    await api("product_metafields.get", PRODUCT, 1)

    assert outcomes(fake) == [429, 200]
    assert _gap(*fake.requests) >= 1.0 - SLACK


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_reset_longer_than_retry_after_is_the_wait(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    fake = _seeded(quota=None)
    fake.faults.add(status=429, headers={"X-Rate-Limit-Time-Reset-Ms": "300", "X-Retry-After": "0"})
    api = connect(fake)

    await api("product_metafields.get", PRODUCT, 1)

    assert outcomes(fake) == [429, 200]
    assert _gap(*fake.requests) >= 0.300 - SLACK


@pytest.mark.anyio
@pytest.mark.parametrize("method", CALLS)
async def test_429_without_headers_backs_off_and_retries(method: str, connect: Connect) -> None:
    """Platform load: no rate-limit headers, so exponential backoff (FAST: 1 ms, 2 ms, ...)."""
    fake = _seeded(quota=None)
    fake.faults.add(status=429, times=2)
    api = connect(fake)
    operation, args, kwargs = CALLS[method]

    await api(operation, *args, **kwargs)

    assert outcomes(fake) == [429, 429, 204 if method == "DELETE" else 200]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_platform_load_backoff_grows(connect: Connect) -> None:
    fake = _seeded(quota=None)
    fake.faults.add(status=429, times=3)
    api = connect(fake, retry_policy=RetryPolicy(initial_backoff=0.04, max_backoff=1.0))

    await api("product_metafields.get", PRODUCT, 1)

    first, second, third, fourth = fake.requests
    # 0.5-1x of 0.04 * 2**n: at least 20 ms, 40 ms, 80 ms
    assert _gap(first, second) >= 0.020 - SLACK
    assert _gap(second, third) >= 0.040 - SLACK
    assert _gap(third, fourth) >= 0.080 - SLACK
    assert outcomes(fake) == [429, 429, 429, 200]


@pytest.mark.anyio
@pytest.mark.parametrize("status", [500, 502, 503, 504, 520])
@pytest.mark.parametrize("method", CALLS)
async def test_server_errors_are_retried(status: int, method: str, connect: Connect) -> None:
    fake = _seeded()
    fake.faults.add(status=status, times=2)
    api = connect(fake)
    operation, args, kwargs = CALLS[method]

    await api(operation, *args, **kwargs)

    assert outcomes(fake) == [status, status, 204 if method == "DELETE" else 200]
    assert len({r.method for r in fake.requests}) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("status", [501, 505])
async def test_other_server_errors_are_not_retried(status: int, connect: Connect) -> None:
    fake = _seeded()
    fake.faults.add(status=status, times=None)
    api = connect(fake)

    with raises(ServerError) as info:
        await api("product_metafields.get", PRODUCT, 1)

    assert info.value.status_code == status
    assert outcomes(fake) == [status]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize("max_retries", [0, 1, 5])
async def test_max_retries_is_the_number_of_retries(max_retries: int, connect: Connect) -> None:
    fake = _seeded()
    fake.faults.add(status=502, times=None)
    api = connect(fake, retry_policy=RetryPolicy(max_retries, 0.001, 0.002))

    with raises(ServerError):
        await api("product_metafields.get", PRODUCT, 1)

    assert outcomes(fake) == [502] * (1 + max_retries)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_rate_limit_retries_are_bounded_too(connect: Connect) -> None:
    fake = _seeded(quota=None)
    fake.faults.add(status=429, headers={"X-Rate-Limit-Time-Reset-Ms": "10"}, times=None)
    api = connect(fake, max_retries=2)

    with raises(RateLimitError) as info:
        await api("product_metafields.get", PRODUCT, 1)

    assert outcomes(fake) == [429] * 3
    assert info.value.retry_after == pytest.approx(0.010)
    assert "still limited after 2 retries" in str(info.value)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
@pytest.mark.parametrize(
    "headers",
    [{"X-Rate-Limit-Time-Reset-Ms": "200"}, {"X-Retry-After": "1"}],
    ids=["reset", "retry-after"],
)
async def test_a_wait_longer_than_max_rate_limit_wait_raises_at_once(
    headers: dict[str, str], connect: Connect
) -> None:
    fake = _seeded(quota=None)
    fake.faults.add(status=429, headers=headers, times=None)
    api = connect(fake, retry_policy=RetryPolicy(max_rate_limit_wait=0.1))

    with raises(RateLimitError) as info:
        await api("product_metafields.get", PRODUCT, 1)

    expected = 0.2 if "X-Rate-Limit-Time-Reset-Ms" in headers else 1.0
    assert info.value.retry_after == pytest.approx(expected)
    assert "max_rate_limit_wait" in str(info.value)
    assert outcomes(fake) == [429]


@pytest.mark.anyio
@pytest.mark.parametrize("method", CALLS)
async def test_a_connection_dropped_before_processing_is_retried(
    method: str, connect: Connect
) -> None:
    fake = _seeded()
    fake.faults.add(drop="before", times=2)
    api = connect(fake)
    operation, args, kwargs = CALLS[method]

    await api(operation, *args, **kwargs)

    assert outcomes(fake) == [
        "dropped before",
        "dropped before",
        204 if method == "DELETE" else 200,
    ]


# -- writes whose outcome is unknown --------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("resource", ["product", "cart"])
async def test_a_create_whose_answer_was_lost_is_not_duplicated(
    resource: str, fake: FakeBigCommerce, api: Api
) -> None:
    tag, resource_id = ("cart_metafields", CART) if resource == "cart" else (
        "product_metafields", PRODUCT
    )  # fmt: skip
    fake.faults.add(method="POST", drop="after")

    created = await api(f"{tag}.create", resource_id, **NEW)

    stored = fake.metafields(resource, resource_id)  # type: ignore[arg-type]
    assert len(stored) == 1
    assert str(created.data.id) == str(stored[0]["id"])
    assert (created.data.key, created.data.value) == (NEW["key"], NEW["value"])
    assert [r.method for r in fake.requests] == ["POST", "POST", "GET"]
    assert outcomes(fake) == ["dropped after", 409, 200]
    lookup = fake.requests[2]
    assert "namespace=warehouse" in lookup.query
    assert "key=location" in lookup.query


@pytest.mark.anyio
@pytest.mark.parametrize("status", [500, 503])
async def test_a_create_answered_5xx_before_processing_succeeds_on_retry(
    status: int, fake: FakeBigCommerce, api: Api
) -> None:
    fake.faults.add(method="POST", status=status)

    created = await api("product_metafields.create", PRODUCT, **NEW)

    assert [m["id"] for m in fake.metafields("product", PRODUCT)] == [created.data.id]
    assert sent(fake) == [("POST", COLLECTION, status), ("POST", COLLECTION, 200)]


@pytest.mark.anyio
async def test_a_create_over_an_existing_different_metafield_is_a_conflict(
    connect: Connect,
) -> None:
    fake = make_fake()
    fake.add_metafield("product", PRODUCT, **NEW | {"value": "older"}, owner_client_id=CLIENT_A)
    api = connect(fake)

    with raises(ConflictError) as info:
        await api("product_metafields.create", PRODUCT, **NEW)

    assert info.value.status_code == 409
    assert sent(fake) == [("POST", COLLECTION, 409)]
    assert [m["value"] for m in fake.metafields("product", PRODUCT)] == ["older"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_conflict_after_an_unknown_outcome_is_still_a_conflict(connect: Connect) -> None:
    """The first POST got a 500 (not processed), the retry a 409 from an older metafield with a
    different value: the lookup shows it is not what was sent, so it is a real conflict."""
    fake = make_fake()
    fake.add_metafield("product", PRODUCT, **NEW | {"value": "older"}, owner_client_id=CLIENT_A)
    fake.faults.add(method="POST", status=500)
    api = connect(fake)

    with raises(ConflictError):
        await api("product_metafields.create", PRODUCT, **NEW)

    assert outcomes(fake) == [500, 409, 200]
    assert [m["value"] for m in fake.metafields("product", PRODUCT)] == ["older"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_recovered_create_returns_this_clients_metafield(connect: Connect) -> None:
    """Namespace and key are unique per client, so another app may hold the same ones with the
    same value. After a lost answer, the lookup lists both: the call must return its own."""
    fake = make_fake()
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_B)
    fake.faults.add(method="POST", drop="after")
    api = connect(fake)

    created = await api("product_metafields.create", PRODUCT, **NEW)

    (mine,) = [m for m in fake.metafields("product", PRODUCT) if m["owner_client_id"] == CLIENT_A]
    assert created.data.id == mine["id"]
    assert created.data.owner_client_id == CLIENT_A


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_conflict_is_not_mistaken_for_another_clients_metafield(
    connect: Connect,
) -> None:
    """This client's own (warehouse, location) holds another value: a real conflict, even though
    another app's metafield with the same namespace and key holds exactly the value sent."""
    fake = make_fake()
    fake.add_metafield("product", PRODUCT, **NEW, owner_client_id=CLIENT_B)
    fake.add_metafield("product", PRODUCT, **NEW | {"value": "older"}, owner_client_id=CLIENT_A)
    fake.faults.add(method="POST", status=503)
    api = connect(fake)

    with raises(ConflictError):
        await api("product_metafields.create", PRODUCT, **NEW)

    assert outcomes(fake) == [503, 409, 200]


@pytest.mark.anyio
@pytest.mark.parametrize("resource", ["product", "cart"])
async def test_a_delete_whose_answer_was_lost_succeeds(
    resource: str, fake: FakeBigCommerce, api: Api
) -> None:
    resource_id: str | int = CART if resource == "cart" else PRODUCT
    seeded = fake.add_metafield(resource, resource_id, **NEW)  # type: ignore[arg-type]
    fake.faults.add(method="DELETE", drop="after")

    result = await api(f"{resource}_metafields.delete", resource_id, int(str(seeded["id"])))

    assert result is None
    assert fake.metafields(resource, resource_id) == []  # type: ignore[arg-type]
    assert outcomes(fake) == ["dropped after", 404]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_put_whose_answer_was_lost_is_repeated_harmlessly(connect: Connect) -> None:
    fake = _seeded()
    fake.faults.add(method="PUT", drop="after")
    api = connect(fake)

    updated = await api("product_metafields.update", PRODUCT, 1, value="5HG")

    assert updated.data.value == "5HG"
    assert outcomes(fake) == ["dropped after", 200]
    assert [m["value"] for m in fake.metafields("product", PRODUCT)] == ["5HG"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_get_is_retried_after_a_lost_answer(connect: Connect) -> None:
    fake = _seeded()
    fake.faults.add(method="GET", drop="after", times=3)
    api = connect(fake, retry_policy=FAST)

    listed = await api("product_metafields.list", PRODUCT)

    assert type(listed) is ProductMetafieldList
    assert outcomes(fake) == ["dropped after"] * 3 + [200]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["inprocess"])
async def test_a_recovered_create_ignores_other_apps_once_this_clients_id_is_known(
    connect: Connect,
) -> None:
    """Another app holds the same namespace and key with another value. Once an earlier create
    told the client its own API client id, the lookup after a lost answer finds its own write."""
    fake = make_fake()
    api = connect(fake)
    await api("product_metafields.create", PRODUCT, **NEW | {"key": "first"})  # learns client-a
    fake.add_metafield("product", PRODUCT, **NEW | {"value": "theirs"}, owner_client_id=CLIENT_B)
    fake.faults.add(method="POST", drop="after")

    created = await api("product_metafields.create", PRODUCT, **NEW)

    (mine,) = [
        m
        for m in fake.metafields("product", PRODUCT)
        if m["owner_client_id"] == CLIENT_A and m["key"] == NEW["key"]
    ]
    assert created.data.id == mine["id"]
    assert (created.data.owner_client_id, created.data.value) == (CLIENT_A, NEW["value"])
    assert outcomes(fake) == [200, "dropped after", 409, 200]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["loopback"])  # in process, no transport enforces timeouts
async def test_a_create_that_timed_out_is_not_duplicated(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    fake.faults.add(method="POST", latency=0.3)  # the first attempt is processed after 0.3 s
    api = connect(fake, timeout=0.1)

    created = await api("product_metafields.create", PRODUCT, **NEW)

    with anyio.fail_after(5):
        while fake.in_flight:  # noqa: ASYNC110 - the server's thread gives no event to wait on
            await anyio.sleep(0.01)
    stored = fake.metafields("product", PRODUCT)
    assert [m["id"] for m in stored] == [created.data.id]
    assert sorted(outcomes(fake)) == [200, 409]  # the slow first attempt lost the race


def test_the_fakes_fault_headers_replace_its_own_rate_limit_headers() -> None:
    """A fault's `headers` must set what the client sees: on a fake with a quota, an injected
    429 asking for 120 ms must say 120, not "120, 30000" (its own header appended to the rule's),
    which no client can read. (The tests above use `quota=None` to get around this.)"""
    fake = make_fake()
    fake.faults.add(status=429, headers={"X-Rate-Limit-Time-Reset-Ms": "120"})
    with httpx.Client(transport=fake.transport(), headers={"X-Auth-Token": TOKEN}) as http:
        answer = http.get(f"{fake.base_url}{ITEM}")

    assert answer.status_code == 429
    assert answer.headers.get_list("x-rate-limit-time-reset-ms") == ["120"]
