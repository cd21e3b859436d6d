"""The resource classes behind `client.<tag>`, for type annotations: one per tag of the spec.

Re-exported from the generated package (see `bigcommerce_metafields.models` for why).
"""

from ._generated.api import *  # noqa: F403 - the generated package's __all__ is the list
from ._generated.api import __all__ as __all__
