"""`RateLimitInfo.from_headers` reads httpx's headers in one pass: the same answer as reading
each name from a plain mapping (what it did for every response before)."""

from __future__ import annotations

import httpx
import pytest

from bigcommerce_metafields import RateLimitInfo

CASES: dict[str, list[tuple[str, str]]] = {
    "none": [("Content-Type", "application/json")],
    "all": [
        ("X-Rate-Limit-Time-Window-Ms", "30000"),
        ("X-Rate-Limit-Time-Reset-Ms", "1200"),
        ("X-Rate-Limit-Requests-Quota", "150"),
        ("X-Rate-Limit-Requests-Left", "149"),
        ("X-Retry-After", "2.5"),
    ],
    "mixed-case-and-spaces": [("x-RATE-limit-requests-left", " 7 "), ("Date", "today")],
    "repeated": [("X-Rate-Limit-Requests-Left", "5"), ("x-rate-limit-requests-left", "7")],
    "malformed": [("X-Rate-Limit-Time-Reset-Ms", "soon"), ("X-Retry-After", "")],
    "float-ms": [("X-Rate-Limit-Time-Reset-Ms", "1500.7")],
    "utf-8": [("X-Rate-Limit-Requests-Left", "٣"), ("X-Note", "café")],
}


@pytest.mark.parametrize("pairs", CASES.values(), ids=CASES.keys())
def test_httpx_headers_read_as_a_plain_mapping_would_be(pairs: list[tuple[str, str]]) -> None:
    headers = httpx.Headers([(name.encode(), value.encode()) for name, value in pairs])
    by_name = {name: headers[name] for name in {name.lower() for name, _ in pairs}}

    assert RateLimitInfo.from_headers(headers) == RateLimitInfo.from_headers(by_name)


def test_the_values_read() -> None:
    headers = httpx.Headers(CASES["all"] + [("X-Rate-Limit-Requests-Quota", "x")])

    assert RateLimitInfo.from_headers(headers) == RateLimitInfo(30000, 1200, None, 149, 2.5)
    assert RateLimitInfo.from_headers(httpx.Headers(CASES["none"])) is None
