"""`bigcommerce-metafields`: the SDK's command line (stdlib argparse only).

    bigcommerce-metafields [OPTIONS] FAMILY list|get|create|update|delete|export|import [IDS] ...

The families, their ids and their commands are the SDK client's resources, read at start (see
`_family`). Run `bigcommerce-metafields --help` for the grammar, output formats and exit codes.
`main` is the console script's entry point; `python -m bigcommerce_metafields.cli` runs the same.
"""

from ._app import main
from ._grammar import build_parser

__all__ = ["build_parser", "main"]
