"""Contains all the data models used in inputs/outputs"""

from .cart_metafield import CartMetafield
from .cart_metafield_list import CartMetafieldList
from .cart_metafield_response import CartMetafieldResponse
from .error_response import ErrorResponse
from .error_response_errors import ErrorResponseErrors
from .list_meta import ListMeta
from .meta import Meta
from .metafield_create import MetafieldCreate
from .metafield_field import MetafieldField
from .metafield_update import MetafieldUpdate
from .pagination import Pagination
from .pagination_links import PaginationLinks
from .partial_product_metafield import PartialProductMetafield
from .partial_product_metafield_list import PartialProductMetafieldList
from .permission_set import PermissionSet
from .product_metafield import ProductMetafield
from .product_metafield_list import ProductMetafieldList
from .product_metafield_response import ProductMetafieldResponse
from .sort_direction import SortDirection

__all__ = (
    "CartMetafield",
    "CartMetafieldList",
    "CartMetafieldResponse",
    "ErrorResponse",
    "ErrorResponseErrors",
    "ListMeta",
    "Meta",
    "MetafieldCreate",
    "MetafieldField",
    "MetafieldUpdate",
    "Pagination",
    "PaginationLinks",
    "PartialProductMetafield",
    "PartialProductMetafieldList",
    "PermissionSet",
    "ProductMetafield",
    "ProductMetafieldList",
    "ProductMetafieldResponse",
    "SortDirection",
)
