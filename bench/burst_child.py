"""One worker process of the many-workers workload: a burst of list calls on one store.

``python bench/burst_child.py BASE_URL PRODUCT_ID CALLS QUOTA_URL`` builds one
``AsyncMetafieldsClient`` (default settings but ``quota_url``), prints ``ready`` and waits for a
line on stdin, so that every worker starts together (no call before: it would spend quota);
then starts ``CALLS`` list calls at once, as a web worker under load would, and prints one JSON
line: the statuses seen on the wire (retries included), the errors raised, when it finished
(``time.time()``, comparable across processes) and the CPU time the burst took. Run as a file:
it imports nothing from ``bench``.
"""

from __future__ import annotations

import asyncio
import collections
import json
import sys
import time

import httpx

from bigcommerce_metafields import AsyncMetafieldsClient, BigCommerceError
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the status of every response on the wire."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.statuses: collections.Counter[int] = collections.Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


async def main() -> None:
    base_url, product, calls, quota_url = sys.argv[1:5]
    product_id = int(product)
    transport = CountingTransport()
    errors: collections.Counter[str] = collections.Counter()
    async with AsyncMetafieldsClient(
        DEFAULT_STORE_HASH,
        DEFAULT_TOKEN,
        base_url=base_url,
        transport=transport,
        quota_url=quota_url,
    ) as client:

        async def one() -> None:
            try:
                await client.product_metafields.list(product_id)
            except BigCommerceError as error:
                errors[type(error).__name__] += 1

        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        cpu = time.process_time()
        await asyncio.gather(*(one() for _ in range(int(calls))))
        finished, cpu = time.time(), time.process_time() - cpu
    statuses = {str(status): count for status, count in sorted(transport.statuses.items())}
    result = {"statuses": statuses, "errors": dict(errors), "finished": finished, "cpu_s": cpu}
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
