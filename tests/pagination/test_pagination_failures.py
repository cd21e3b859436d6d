"""A page that still fails after the retries raises from the iteration: nothing is cut short."""

from __future__ import annotations

from typing import Any

import pytest
from pagekit import (
    BOTH_MODES,
    FAST_RETRIES,
    PRODUCT,
    Client,
    Sdk,
    big_fake,
    pages_asked,
    queries,
    seed,
)

from bigcommerce_metafields import (
    APIConnectionError,
    BigCommerceError,
    ResponseParseError,
    ServerError,
)
from bigcommerce_metafields._pagination import Page
from bigcommerce_metafields.testing import FakeBigCommerce

pytestmark = pytest.mark.anyio

LIST_PATH = f"/catalog/products/{PRODUCT}/metafields"
ATTEMPTS = 1 + FAST_RETRIES.max_retries

FAILURES: dict[str, tuple[dict[str, Any], type[BigCommerceError], int]] = {
    # rule options, the error raised, requests made for the failing page
    "server-error": ({"status": 500, "times": ATTEMPTS}, ServerError, ATTEMPTS),
    "gateway-html": ({"status": 502, "body": "html", "times": ATTEMPTS}, ServerError, ATTEMPTS),
    "dropped": ({"drop": "before", "times": ATTEMPTS}, APIConnectionError, ATTEMPTS),
    "cut-body": ({"body": "truncated", "times": ATTEMPTS}, ResponseParseError, ATTEMPTS),
}


def fail_after(fake: FakeBigCommerce, number: int, **rule: Any) -> Any:
    """Once page `number` is handed out, the next list requests fail as `rule` says."""

    def on_page(client: Client, page: Page[object]) -> None:
        if page.number == number:
            fake.faults.add(path=LIST_PATH, method="GET", **rule)

    return on_page


@BOTH_MODES
@pytest.mark.parametrize("failure", list(FAILURES))
async def test_a_page_failing_past_the_retries_raises(sdk: Sdk, failure: str) -> None:
    """Sequential, 10 a page: page 3 fails every attempt."""
    rule, error_type, attempts = FAILURES[failure]
    fake = big_fake()
    ids = seed(fake, 50)

    run = await sdk.run(fake, page_size=10, concurrency=1, on_page=fail_after(fake, 2, **rule))

    assert type(run.error) is error_type
    assert isinstance(run.error, APIConnectionError | ServerError | ResponseParseError)
    assert "page=3" in run.error.url
    assert [page.number for page in run.pages] == [1, 2]
    assert run.ids == ids[:20]
    assert pages_asked(fake) == [1, 2] + [3] * attempts  # and never page 4


async def test_a_page_failing_within_the_retries_is_read(sdk: Sdk) -> None:
    fake = big_fake()
    ids = seed(fake, 50)
    on_page = fail_after(fake, 2, status=500, times=ATTEMPTS - 1)

    run = await sdk.run(fake, page_size=10, concurrency=1, on_page=on_page)

    assert run.error is None
    assert run.ids == ids
    assert pages_asked(fake) == [1, 2] + [3] * ATTEMPTS + [4, 5]


@BOTH_MODES
async def test_a_failing_batch_raises_the_first_pages_error_and_hands_out_none(sdk: Sdk) -> None:
    """4 pages at once, all failing: the error names page 2, no page of the batch is yielded."""
    fake = big_fake()
    ids = seed(fake, 100)
    on_page = fail_after(fake, 1, status=503, times=None)

    run = await sdk.run(fake, page_size=10, concurrency=4, on_page=on_page)

    assert isinstance(run.error, ServerError)
    assert run.error.status_code == 503
    assert "page=2&" in run.error.url
    assert [page.number for page in run.pages] == [1]
    assert run.ids == ids[:10]
    assert pages_asked(fake) == [1, *sorted([2, 3, 4, 5] * ATTEMPTS)]  # and never page 6


async def test_failures_spread_over_a_batch_are_retried_page_by_page(sdk: Sdk) -> None:
    """3 failures among pages 2-5 fetched at once: each page has 4 attempts, all are read."""
    fake = big_fake()
    ids = seed(fake, 100)
    on_page = fail_after(fake, 1, status=500, times=ATTEMPTS - 1)

    run = await sdk.run(fake, page_size=10, concurrency=4, on_page=on_page)

    assert run.error is None
    assert run.ids == ids
    assert len(queries(fake)) == 10 + ATTEMPTS - 1
    assert sorted(set(pages_asked(fake))) == list(range(1, 11))
    assert [r.status for r in fake.requests].count(500) == ATTEMPTS - 1


async def test_a_failing_first_page_raises_before_any_item(sdk: Sdk) -> None:
    fake = big_fake()
    seed(fake, 50)
    fake.faults.add(path=LIST_PATH, method="GET", status=500, times=ATTEMPTS)

    run = await sdk.run(fake, page_size=10, by="items")

    assert isinstance(run.error, ServerError)
    assert "page=1&" in run.error.url
    assert (run.items, run.pages) == ([], [])
    assert pages_asked(fake) == [1] * ATTEMPTS
