"""A worker process of the quota tests: bursts of list calls on one store, one per line of input.

``python burst_worker.py BASE_URL PRODUCT_ID`` prints ``ready`` once imported, then for each line
``QUOTA_URL CALLS`` on stdin starts ``CALLS`` list calls at once on a new
``AsyncMetafieldsClient`` (3 in flight) naming ``QUOTA_URL``, and prints one JSON line: the errors
raised, by type. It exits at the end of its input.
"""

from __future__ import annotations

import asyncio
import collections
import json
import sys

from bigcommerce_metafields import AsyncMetafieldsClient, BigCommerceError, RetryPolicy
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN


async def burst(base_url: str, product_id: int, quota_url: str, calls: int) -> dict[str, int]:
    errors: collections.Counter[str] = collections.Counter()
    async with AsyncMetafieldsClient(
        DEFAULT_STORE_HASH,
        DEFAULT_TOKEN,
        base_url=base_url,
        quota_url=quota_url,
        max_in_flight=3,
        retry_policy=RetryPolicy(max_retries=5, max_rate_limit_wait=5.0),
    ) as client:

        async def one() -> None:
            try:
                await client.product_metafields.list(product_id)
            except BigCommerceError as error:
                errors[type(error).__name__] += 1

        await asyncio.gather(*(one() for _ in range(calls)))
    return dict(errors)


def main() -> None:
    base_url, product = sys.argv[1:3]
    print("ready", flush=True)
    for line in sys.stdin:
        quota_url, calls = line.split()
        errors = asyncio.run(burst(base_url, int(product), quota_url, int(calls)))
        print(json.dumps({"errors": errors}), flush=True)


if __name__ == "__main__":
    main()
