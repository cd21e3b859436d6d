"""``python -m bigcommerce_metafields.testing``: serve a fake store until interrupted.

The first line on stdout is the base URL, flushed at once, so a parent process can start this
with ``--port 0`` and read where to connect.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Sequence

from . import DEFAULT_CLIENT_ID, DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce, serve


def _token(spec: str) -> tuple[str, str]:
    token, _, client = spec.partition("=")
    return token, client or DEFAULT_CLIENT_ID


def _seed(spec: str) -> tuple[int, int]:
    product_id, _, count = spec.partition(":")
    return int(product_id), int(count)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bigcommerce_metafields.testing", description=__doc__
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--store-hash", default=DEFAULT_STORE_HASH)
    parser.add_argument(
        "--token",
        action="append",
        type=_token,
        metavar="TOKEN[=CLIENT_ID]",
        help=f"accepted token, repeatable (default {DEFAULT_TOKEN}={DEFAULT_CLIENT_ID})",
    )
    parser.add_argument("--quota", type=int, default=150, help="requests per window; 0 disables")
    parser.add_argument("--window-ms", type=int, default=30_000)
    parser.add_argument("--retry-after", type=int, default=None, help="X-Retry-After seconds")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="added to every request")
    parser.add_argument(
        "--max-per-resource", type=int, default=250, help="metafields per client; 0 disables"
    )
    parser.add_argument(
        "--seed-product-metafields",
        action="append",
        type=_seed,
        default=[],
        metavar="PRODUCT_ID:COUNT",
        help="start with COUNT metafields on a product, owned by the first token's client",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    fake = FakeBigCommerce(
        store_hash=args.store_hash,
        tokens=dict(args.token) if args.token else None,
        quota=args.quota or None,
        window_ms=args.window_ms,
        retry_after=args.retry_after,
        latency=args.latency_ms / 1000 or None,
        max_per_resource=args.max_per_resource or None,
    )
    owner = next(iter(fake.tokens.values()))
    for product_id, count in args.seed_product_metafields:
        fake.add_metafields("product", product_id, count, owner_client_id=owner)
    # SIGTERM (what a harness sends) stops as cleanly as Ctrl-C; SIGINT is set too because a
    # shell starts background jobs with it ignored.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.default_int_handler)
    with serve(fake, host=args.host, port=args.port) as server:
        print(server.base_url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.wait()
    sys.exit(0)


if __name__ == "__main__":
    main()
