"""``python -m bigcommerce_metafields.testing``: serve a fake store until interrupted.

The first line on stdout is the base URL, flushed at once, so a parent process can start this
with ``--port 0`` and read where to connect.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import signal
import sys
import textwrap
from collections.abc import Sequence
from typing import NoReturn

from . import DEFAULT_CLIENT_ID, DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce, serve
from ._listing import MAX_LIMIT
from ._server import UVICORN_MISSING
from ._validation import LENGTHS

PROG = "python -m bigcommerce_metafields.testing"
_FAKE_DEFAULTS = inspect.signature(FakeBigCommerce).parameters
DEFAULT_QUOTA: int = _FAKE_DEFAULTS["quota"].default
DEFAULT_WINDOW_MS: int = _FAKE_DEFAULTS["window_ms"].default
DEFAULT_MAX_PER_RESOURCE: int = _FAKE_DEFAULTS["max_per_resource"].default
DEFAULT_MAX_BATCH_SIZE: int = _FAKE_DEFAULTS["max_batch_size"].default
"""The fake's own defaults: the command line serves what `FakeBigCommerce()` is."""

DESCRIPTION = """\
Serve a fake BigCommerce store (metafields of every resource, REST v3) on loopback until
interrupted. The first line on stdout is its base URL, e.g.
http://127.0.0.1:8080/stores/abc123/v3 (--port 0, the default, picks a free port).
Needs uvicorn: pip install 'bigcommerce-metafields[testing]'."""


def _epilog() -> str:
    lengths = ", ".join(
        f"{name} {low}-{high}" if low else f"{name} up to {high}"
        for name, (low, high) in LENGTHS.items()
    )
    always = (
        f"field lengths ({lengths} characters), permission_set values, namespace+key unique per "
        "client and resource (409), only the owner may change namespace, key, value or "
        f"permission_set (403), list pages of at most {MAX_LIMIT} (a larger limit is clamped)."
    )
    return f"""\
defaults:
  store hash {DEFAULT_STORE_HASH}, token {DEFAULT_TOKEN} (API client {DEFAULT_CLIENT_ID})

production limits enforced by default, and how to turn them off:
  rate limit   {DEFAULT_QUOTA} requests per {DEFAULT_WINDOW_MS} ms window, store-wide; every
               response carries the X-Rate-Limit-* headers, a request over
               the quota answers 429. Change: --quota N, --window-ms MS. Off: --quota 0
               (no 429s and no rate-limit headers).
  metafields   {DEFAULT_MAX_PER_RESOURCE} per API client per product or cart; one more answers 403.
               The same per order, variant... (the store: 10000). Change:
               --max-per-resource N. Off: --max-per-resource 0.
  batches      {DEFAULT_MAX_BATCH_SIZE} items per batch request (BigCommerce documents no maximum);
               one more answers 413. Change: --max-batch-size N. Off: --max-batch-size 0.

always enforced, as the service does:
{textwrap.fill(always, width=78, initial_indent="  ", subsequent_indent="  ")}"""


def _token(spec: str) -> tuple[str, str]:
    token, _, client = spec.partition("=")
    return token, client or DEFAULT_CLIENT_ID


def _seed(spec: str) -> tuple[int, int]:
    product_id, _, count = spec.partition(":")
    return int(product_id), int(count)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="default 0: a free port")
    parser.add_argument(
        "--store-hash", default=DEFAULT_STORE_HASH, help=f"default {DEFAULT_STORE_HASH}"
    )
    parser.add_argument(
        "--token",
        action="append",
        type=_token,
        metavar="TOKEN[=CLIENT_ID]",
        help=f"accepted token, repeatable (default {DEFAULT_TOKEN}={DEFAULT_CLIENT_ID})",
    )
    parser.add_argument(
        "--quota",
        type=int,
        default=DEFAULT_QUOTA,
        help=f"requests per window (default {DEFAULT_QUOTA}); 0 turns rate limiting off",
    )
    parser.add_argument(
        "--window-ms",
        type=int,
        default=DEFAULT_WINDOW_MS,
        help=f"rate-limit window (default {DEFAULT_WINDOW_MS})",
    )
    parser.add_argument("--retry-after", type=int, default=None, help="X-Retry-After seconds")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="added to every request")
    parser.add_argument(
        "--max-per-resource",
        type=int,
        default=DEFAULT_MAX_PER_RESOURCE,
        help=f"metafields per client per resource (default {DEFAULT_MAX_PER_RESOURCE}); "
        "0 turns the cap off",
    )
    parser.add_argument(
        "--max-batch-size",
        type=int,
        default=DEFAULT_MAX_BATCH_SIZE,
        help=f"items per batch request (default {DEFAULT_MAX_BATCH_SIZE}); 0 turns the limit off",
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


def _fail(message: str) -> NoReturn:
    """One line on stderr and exit 1: what went wrong is not a usage error (exit 2)."""
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        fake = FakeBigCommerce(
            store_hash=args.store_hash,
            tokens=dict(args.token) if args.token else None,
            quota=args.quota or None,
            window_ms=args.window_ms,
            retry_after=args.retry_after,
            latency=args.latency_ms / 1000 or None,
            max_per_resource=args.max_per_resource or None,
            max_batch_size=args.max_batch_size or None,
        )
    except ValueError as exc:
        parser.error(str(exc))
    owner = next(iter(fake.tokens.values()))
    for product_id, count in args.seed_product_metafields:
        fake.add_metafields("product", product_id, count, owner_client_id=owner)
    # SIGTERM (what a harness sends) stops as cleanly as Ctrl-C; SIGINT is set too because a
    # shell starts background jobs with it ignored.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.default_int_handler)
    try:
        server = serve(fake, host=args.host, port=args.port)
    except ModuleNotFoundError as exc:
        if exc.name != "uvicorn":
            raise
        _fail(UVICORN_MISSING)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        _fail(f"cannot listen on {args.host}:{args.port}: {reason} (--port 0 picks a free port)")
    with server:
        print(server.base_url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.wait()
    sys.exit(0)


if __name__ == "__main__":
    main()
