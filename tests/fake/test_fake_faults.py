"""Scripted faults: injected statuses and bodies, dropped connections, latency, concurrency."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
from fakekit import CART, NEW, PRODUCT_FAMILY, Connect, FakeClock, make_fake

from bigcommerce_metafields.testing import FakeBigCommerce

CARTS = f"/carts/{CART}/metafields"
PRODUCTS = PRODUCT_FAMILY.path


def test_status_fault_answers_the_next_n_matching_requests(
    fake: FakeBigCommerce, client: httpx.Client
) -> None:
    rule = fake.faults.add(method="post", path="/carts/*/metafields", times=2, status=503)
    assert client.get(CARTS).status_code == 200  # other method
    assert client.post(PRODUCTS, json=NEW).status_code == 200  # other path
    statuses = [client.post(CARTS, json={**NEW, "key": f"k{n}"}).status_code for n in range(3)]
    assert statuses == [503, 503, 200]
    assert rule.times == 0
    assert len(fake.faults) == 0
    # Injected answers never reach the service: only the third post was written.
    assert [mf["key"] for mf in fake.metafields("cart")] == ["k2"]


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504, 520, 418])
def test_injected_statuses_have_a_json_error_body(
    fake: FakeBigCommerce, client: httpx.Client, status: int
) -> None:
    fake.faults.add(status=status)
    response = client.get(CARTS)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert (body["status"], body["type"]) == (
        status,
        "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
    )


def test_injected_responses_show_the_quota_without_spending_it(connect: Connect) -> None:
    fake = make_fake(quota=5, window_ms=1000, clock=FakeClock())
    client = connect(fake)
    fake.faults.add(status=429, headers={"X-Retry-After": "2"})
    refused = client.get(CARTS)
    assert refused.status_code == 429
    assert refused.headers["x-rate-limit-requests-left"] == "5"
    assert refused.headers["x-retry-after"] == "2"
    assert client.get(CARTS).headers["x-rate-limit-requests-left"] == "4"


def test_forever_rules_and_clear(fake: FakeBigCommerce, client: httpx.Client) -> None:
    fake.faults.add(path="/catalog/*", times=None, status=500)
    assert [client.get(PRODUCTS).status_code for _ in range(4)] == [500] * 4
    assert client.get(PRODUCT_FAMILY.item(3)).status_code == 500
    assert client.get(CARTS).status_code == 200
    assert len(fake.faults) == 1
    fake.faults.clear()
    assert client.get(PRODUCTS).status_code == 200


def test_the_first_matching_rule_is_used(fake: FakeBigCommerce, client: httpx.Client) -> None:
    first = fake.faults.add(path="/carts/*/metafields", status=502)
    second = fake.faults.add(status=504, times=None)
    assert client.get(CARTS + "/1").status_code == 504  # "*" does not make the pattern a prefix
    assert client.get(CARTS).status_code == 502
    assert client.get(CARTS).status_code == 504
    assert list(fake.faults) == [second]
    assert first.times == 0


def test_body_kinds_with_a_status(fake: FakeBigCommerce, client: httpx.Client) -> None:
    for kind in ("html", "empty", "truncated", "text", "json"):
        fake.faults.add(status=502, body=kind)
    html, empty, truncated, text, plain = (client.get(CARTS) for _ in range(5))
    assert {r.status_code for r in (html, empty, truncated, text, plain)} == {502}
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    assert html.text.startswith("<html><head><title>502 Bad Gateway</title>")
    assert (empty.content, empty.headers["content-length"]) == (b"", "0")
    assert "content-type" not in empty.headers
    assert truncated.headers["content-type"] == "application/json"
    assert plain.text.startswith(truncated.text)
    assert len(truncated.content) == len(plain.content) // 2
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    assert text.headers["content-type"] == "text/plain"
    assert json.loads(text.text) == plain.json()


def test_body_kind_alone_spoils_a_processed_response(
    fake: FakeBigCommerce, client: httpx.Client
) -> None:
    fake.faults.add(method="POST", body="truncated")
    response = client.post(CARTS, json=NEW)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert len(fake.metafields("cart")) == 1  # the write happened
    assert response.headers["content-length"] == str(len(response.content))


def test_drop_before_processing(fake: FakeBigCommerce, client: httpx.Client) -> None:
    fake.faults.add(method="POST", drop="before")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.post(CARTS, json=NEW)
    assert fake.metafields("cart") == []
    # The client recovers on a fresh connection.
    assert client.post(CARTS, json=NEW).status_code == 200
    dropped = fake.requests[0]
    assert (dropped.method, dropped.status, dropped.dropped) == ("POST", None, "before")


def test_drop_after_processing(fake: FakeBigCommerce, client: httpx.Client) -> None:
    fake.faults.add(method="DELETE", drop="after")
    client.post(CARTS, json=NEW)
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.delete(CARTS + "/1")
    assert fake.metafields("cart") == []  # the delete went through, its answer was lost
    assert client.delete(CARTS + "/1").status_code == 404
    outcomes = [(r.status, r.dropped) for r in fake.requests]
    assert outcomes == [(200, None), (None, "after"), (404, None)]


def test_rule_arguments_are_checked(fake: FakeBigCommerce) -> None:
    with pytest.raises(ValueError, match="no status or body"):
        fake.faults.add(drop="before", status=500)
    with pytest.raises(ValueError, match="times"):
        fake.faults.add(status=500, times=0)


def test_rule_latency_delays_only_matching_requests(
    fake: FakeBigCommerce, client: httpx.Client
) -> None:
    fake.faults.add(path="/carts/*", latency=0.3)
    started = time.monotonic()
    client.get(PRODUCTS)
    assert time.monotonic() - started < 0.3
    started = time.monotonic()
    assert client.get(CARTS).status_code == 200
    assert time.monotonic() - started >= 0.3


def test_global_random_latency_stays_in_its_range(connect: Connect) -> None:
    client = connect(make_fake(latency=(0.02, 0.04), seed=7))
    for _ in range(3):
        started = time.monotonic()
        client.get(CARTS)
        assert 0.02 <= time.monotonic() - started < 0.5  # generous: CI machines are busy


def test_requests_waiting_on_latency_count_as_in_flight(connect: Connect) -> None:
    fake = make_fake(latency=0.5)
    clients = [connect(fake) for _ in range(4)]
    threads = [threading.Thread(target=c.get, args=(CARTS,)) for c in clients]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 0.4
    while fake.in_flight < 4 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fake.in_flight == 4
    for thread in threads:
        thread.join()
    assert (fake.in_flight, fake.max_in_flight) == (0, 4)
    assert [r.status for r in fake.requests] == [200] * 4
