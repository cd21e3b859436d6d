"""Authentication, the store's request quota and its headers, and platform-load 429s."""

from __future__ import annotations

import httpx
import pytest
from fakekit import CLIENT_B, NEW, PRODUCT_FAMILY, TOKEN_A, TOKEN_B, Connect, FakeClock, make_fake

from bigcommerce_metafields.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_TOKEN,
    FakeBigCommerce,
)

LIST = PRODUCT_FAMILY.path
LIMIT_HEADERS = (
    "x-rate-limit-time-window-ms",
    "x-rate-limit-time-reset-ms",
    "x-rate-limit-requests-quota",
    "x-rate-limit-requests-left",
)


def _limits(response: httpx.Response) -> tuple[int, ...]:
    return tuple(int(response.headers[name]) for name in LIMIT_HEADERS)


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN_A.upper()])
def test_missing_or_unknown_token_is_401(
    fake: FakeBigCommerce, connect: Connect, token: str | None
) -> None:
    client = connect(fake, token=None)
    headers = {} if token is None else {"X-Auth-Token": token}
    response = client.post(LIST, json=NEW, headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "status": 401,
        "title": "Unauthorized",
        "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
        "detail": "Missing or unknown X-Auth-Token.",
    }
    assert fake.metafields("product") == []


@pytest.mark.parametrize("name", ["x-auth-token", "X-AUTH-TOKEN", "X-Auth-Token"])
def test_token_header_name_is_case_insensitive(
    fake: FakeBigCommerce, connect: Connect, name: str
) -> None:
    response = connect(fake, token=None).get(LIST, headers={name: TOKEN_B})
    assert response.status_code == 200


def test_tokens_map_to_owner_client_ids(fake: FakeBigCommerce, connect: Connect) -> None:
    data = connect(fake, token=TOKEN_B).post(LIST, json=NEW).json()["data"]
    assert data["owner_client_id"] == CLIENT_B


def test_default_fake_has_one_token_and_the_default_quota(connect: Connect) -> None:
    fake = FakeBigCommerce()
    response = connect(fake, token=DEFAULT_TOKEN).post(LIST, json=NEW)
    assert response.json()["data"]["owner_client_id"] == DEFAULT_CLIENT_ID
    assert _limits(response) == (30_000, 30_000, 150, 149)
    assert connect(fake, token=TOKEN_A).get(LIST).status_code == 401


def test_every_response_carries_the_rate_limit_headers(connect: Connect) -> None:
    clock = FakeClock()
    client = connect(make_fake(quota=10, window_ms=1000, clock=clock))
    responses = [client.post(LIST, json=NEW)]
    clock.advance(0.25)
    responses += [
        client.post(LIST, json=NEW),  # 409
        client.post(LIST, json={}),  # 422
        client.get(PRODUCT_FAMILY.item(99)),  # 404
        client.get(LIST, headers={"X-Auth-Token": "nope"}),  # 401
        client.post(LIST, content=b"{"),  # 400
        client.delete(PRODUCT_FAMILY.item(1)),  # 204
    ]
    assert [r.status_code for r in responses] == [200, 409, 422, 404, 401, 400, 204]
    assert [_limits(r) for r in responses] == [
        (1000, 1000, 10, 9),
        (1000, 750, 10, 8),
        (1000, 750, 10, 7),
        (1000, 750, 10, 6),
        (1000, 750, 10, 5),
        (1000, 750, 10, 4),
        (1000, 750, 10, 3),
    ]


def test_spent_quota_answers_429_until_the_window_ends(connect: Connect) -> None:
    clock = FakeClock()
    fake = make_fake(quota=3, window_ms=200, clock=clock)
    client = connect(fake)
    assert [_limits(client.get(LIST))[3] for _ in range(3)] == [2, 1, 0]
    clock.advance(0.05)
    refused = client.post(LIST, json=NEW)
    assert refused.status_code == 429
    assert refused.json()["status"] == 429
    assert refused.json()["title"] == "Too Many Requests"
    assert _limits(refused) == (200, 150, 3, 0)
    assert "x-retry-after" not in refused.headers
    assert fake.metafields("product") == []  # refused requests are not processed
    # Neither do they spend anything, and no token is looked at before the quota.
    assert client.get(LIST, headers={"X-Auth-Token": "nope"}).status_code == 429
    clock.advance(0.15)  # the window has ended: a new one opens at the next request
    accepted = client.post(LIST, json=NEW)
    assert (accepted.status_code, _limits(accepted)) == (200, (200, 200, 3, 2))


def test_retry_after_is_sent_with_quota_429s_when_configured(connect: Connect) -> None:
    client = connect(make_fake(quota=1, window_ms=5000, retry_after=3, clock=FakeClock()))
    assert "x-retry-after" not in client.get(LIST).headers
    refused = client.get(LIST)
    assert (refused.status_code, refused.headers["x-retry-after"]) == (429, "3")


def test_platform_load_answers_429_without_rate_limit_headers(connect: Connect) -> None:
    fake = make_fake(quota=5, clock=FakeClock())
    client = connect(fake)
    fake.platform_load = True
    refused = client.post(LIST, json=NEW)
    assert refused.status_code == 429
    assert refused.json()["status"] == 429
    assert not any(name.startswith("x-rate-limit") for name in refused.headers)
    assert "x-retry-after" not in refused.headers
    assert fake.metafields("product") == []
    fake.platform_load = False
    assert _limits(client.get(LIST))[3] == 4  # load 429s spent nothing


def test_no_rate_limit_headers_when_disabled(fake: FakeBigCommerce, connect: Connect) -> None:
    client = connect(fake)  # make_fake() disables the quota
    responses = [client.get(LIST) for _ in range(160)]  # past the default quota of 150
    assert {r.status_code for r in responses} == {200}
    assert not any(name.startswith("x-rate-limit") for name in responses[-1].headers)


def test_real_clock_windows(connect: Connect) -> None:
    # The one test on the default clock: short windows, so it sleeps a little.
    import time

    client = connect(make_fake(quota=2, window_ms=300))
    assert [client.get(LIST).status_code for _ in range(3)] == [200, 200, 429]
    time.sleep(0.31)
    assert client.get(LIST).status_code == 200


@pytest.mark.parametrize(("quota", "window_ms"), [(0, 1000), (-1, 1000), (5, 0)])
def test_nonsense_quota_settings_are_refused(quota: int, window_ms: int) -> None:
    with pytest.raises(ValueError, match="must be at least 1"):
        FakeBigCommerce(quota=quota, window_ms=window_ms)


def test_the_quota_can_be_switched_off_and_on_while_serving(connect: Connect) -> None:
    clock = FakeClock()
    fake = make_fake(quota=2, window_ms=5000, clock=clock)
    client = connect(fake)
    assert [client.get(LIST).status_code for _ in range(3)] == [200, 200, 429]
    fake.quota = None  # as if a proxy stripped the headers, or the store had no limit
    assert fake.quota is None
    responses = [client.get(LIST) for _ in range(5)]
    assert {r.status_code for r in responses} == {200}
    assert not any(name.startswith("x-rate-limit") for r in responses for name in r.headers)
    fake.quota = 3  # counting afresh: a new window opens at the next request
    assert _limits(client.get(LIST)) == (5000, 5000, 3, 2)
    with pytest.raises(ValueError, match="must be at least 1"):
        fake.quota = 0
    assert fake.quota == 3
