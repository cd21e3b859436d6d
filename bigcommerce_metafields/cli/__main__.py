"""`python -m bigcommerce_metafields.cli`: the same as the `bigcommerce-metafields` script."""

from . import main

raise SystemExit(main())
