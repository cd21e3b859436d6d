"""Every model and enum of the spec, at a stable path: `bigcommerce_metafields.models`.

Re-exported from the generated package so that other services never import from `_generated`,
which is rewritten by `make generate`. A model added to the spec appears here by itself.
"""

from ._generated.models import *  # noqa: F403 - the generated package's __all__ is the list
from ._generated.models import __all__ as __all__
