"""`bigcommerce-metafields`: the SDK's command line (stdlib argparse only).

    bigcommerce-metafields [OPTIONS] product|cart list|get|create|update|delete|export|import ...

Run `bigcommerce-metafields --help` for the grammar, output formats and exit codes. `main` is the
console script's entry point; `python -m bigcommerce_metafields.cli` runs the same.
"""

from ._app import build_parser, main

__all__ = ["build_parser", "main"]
