"""How a user tests their own code against the fake store, with the SDK's pytest fixtures.

`bigcommerce_fake` (in process) and `bigcommerce_fake_server` (on loopback) come with the package:
no configuration, no network, no BigCommerce account.
"""

from __future__ import annotations

from sync_script import ensure_metafield

from bigcommerce_metafields import MetafieldsClient
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce


def test_ensure_metafield_creates_then_updates(bigcommerce_fake: FakeBigCommerce) -> None:
    with MetafieldsClient(
        DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=bigcommerce_fake.transport()
    ) as client:
        assert ensure_metafield(client, 42, "shipping", "box", "small") == "created"
        assert ensure_metafield(client, 42, "shipping", "box", "small") == "unchanged"
        assert ensure_metafield(client, 42, "shipping", "box", "large") == "updated"

    stored = bigcommerce_fake.metafields("product", 42)
    assert [(m["namespace"], m["key"], m["value"]) for m in stored] == [
        ("shipping", "box", "large")
    ]


def test_a_flaky_store_is_retried(bigcommerce_fake: FakeBigCommerce) -> None:
    bigcommerce_fake.faults.add(method="GET", status=503, times=2)
    with MetafieldsClient(
        DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=bigcommerce_fake.transport()
    ) as client:
        assert ensure_metafield(client, 7, "ns", "k", "v") == "created"
    assert [r.status for r in bigcommerce_fake.requests][:3] == [503, 503, 200]
