"""The fake store as a process, with many metafields seeded at once: the benchmark's server.

Takes the options of ``python -m bigcommerce_metafields.testing`` plus
``--seed-product-metafields PRODUCT_ID:COUNT`` (repeatable), and like it prints the base URL as the
first stdout line. ``bench/run.py`` uses the package's own command line instead as soon as that
has ``--seed-product-metafields``; this file is the stopgap until then.

Seeding goes straight into the fake's store (a private attribute): ``add_metafield`` checks the
per-client cap and uniqueness by scanning every stored metafield, so seeding 100,000 through it
costs O(n^2) (minutes), and over HTTP it would also need 400 API clients (250 each).
Run as a file (``python bench/fake_server.py``): it imports nothing from ``bench``.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from bigcommerce_metafields.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    serve,
)
from bigcommerce_metafields.testing._store import Metafield


def _seed_spec(spec: str) -> tuple[int, int]:
    product, _, count = spec.partition(":")
    return int(product), int(count)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python bench/fake_server.py", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--store-hash", default=DEFAULT_STORE_HASH)
    parser.add_argument("--quota", type=int, default=150, help="requests per window; 0 disables")
    parser.add_argument("--window-ms", type=int, default=30_000)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument(
        "--seed-product-metafields",
        action="append",
        type=_seed_spec,
        default=[],
        metavar="PRODUCT_ID:COUNT",
    )
    return parser


def seed(fake: FakeBigCommerce, product_id: int, count: int) -> None:
    """Store ``count`` metafields on one product in O(count), owned by the default client."""
    store = fake._store
    now = datetime.now(UTC).replace(microsecond=0)
    for number in range(count):
        store._last_id += 1
        metafield = Metafield(
            id=store._last_id,
            resource_type="product",
            resource_id=product_id,
            namespace="bench",
            key=f"key-{number:06d}",
            value=f"value {number:06d} of product {product_id}",
            permission_set="app_only",
            description="seeded by the benchmark",
            owner_client_id=DEFAULT_CLIENT_ID,
            date_created=now,
            date_modified=now,
        )
        store._by_id[metafield.id] = metafield


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    fake = FakeBigCommerce(
        store_hash=args.store_hash,
        tokens={DEFAULT_TOKEN: DEFAULT_CLIENT_ID},
        quota=args.quota or None,
        window_ms=args.window_ms,
        latency=args.latency_ms / 1000 or None,
        max_per_resource=None,
    )
    for product_id, count in args.seed_product_metafields:
        seed(fake, product_id, count)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with serve(fake, host=args.host, port=args.port) as server:
        print(server.base_url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.wait()
    sys.exit(0)


if __name__ == "__main__":
    main()
