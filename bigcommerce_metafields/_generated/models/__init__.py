"""Contains all the data models used in inputs/outputs"""

from .brand_metafield import BrandMetafield
from .brand_metafield_list import BrandMetafieldList
from .brand_metafield_response import BrandMetafieldResponse
from .cart_metafield import CartMetafield
from .cart_metafield_list import CartMetafieldList
from .cart_metafield_response import CartMetafieldResponse
from .category_metafield import CategoryMetafield
from .category_metafield_list import CategoryMetafieldList
from .category_metafield_response import CategoryMetafieldResponse
from .channel_metafield import ChannelMetafield
from .channel_metafield_list import ChannelMetafieldList
from .channel_metafield_response import ChannelMetafieldResponse
from .customer_metafield import CustomerMetafield
from .customer_metafield_list import CustomerMetafieldList
from .customer_metafield_response import CustomerMetafieldResponse
from .error_response import ErrorResponse
from .error_response_errors import ErrorResponseErrors
from .list_meta import ListMeta
from .location_metafield import LocationMetafield
from .location_metafield_list import LocationMetafieldList
from .location_metafield_response import LocationMetafieldResponse
from .meta import Meta
from .metafield_create import MetafieldCreate
from .metafield_field import MetafieldField
from .metafield_update import MetafieldUpdate
from .order_metafield import OrderMetafield
from .order_metafield_list import OrderMetafieldList
from .order_metafield_response import OrderMetafieldResponse
from .pagination import Pagination
from .pagination_links import PaginationLinks
from .partial_brand_metafield import PartialBrandMetafield
from .partial_brand_metafield_list import PartialBrandMetafieldList
from .partial_category_metafield import PartialCategoryMetafield
from .partial_category_metafield_list import PartialCategoryMetafieldList
from .partial_channel_metafield import PartialChannelMetafield
from .partial_channel_metafield_list import PartialChannelMetafieldList
from .partial_customer_metafield import PartialCustomerMetafield
from .partial_customer_metafield_list import PartialCustomerMetafieldList
from .partial_location_metafield import PartialLocationMetafield
from .partial_location_metafield_list import PartialLocationMetafieldList
from .partial_order_metafield import PartialOrderMetafield
from .partial_order_metafield_list import PartialOrderMetafieldList
from .partial_product_metafield import PartialProductMetafield
from .partial_product_metafield_list import PartialProductMetafieldList
from .partial_variant_metafield import PartialVariantMetafield
from .partial_variant_metafield_list import PartialVariantMetafieldList
from .permission_set import PermissionSet
from .product_metafield import ProductMetafield
from .product_metafield_list import ProductMetafieldList
from .product_metafield_response import ProductMetafieldResponse
from .sort_direction import SortDirection
from .store_metafield import StoreMetafield
from .store_metafield_response import StoreMetafieldResponse
from .variant_metafield import VariantMetafield
from .variant_metafield_list import VariantMetafieldList
from .variant_metafield_response import VariantMetafieldResponse

__all__ = (
    "BrandMetafield",
    "BrandMetafieldList",
    "BrandMetafieldResponse",
    "CartMetafield",
    "CartMetafieldList",
    "CartMetafieldResponse",
    "CategoryMetafield",
    "CategoryMetafieldList",
    "CategoryMetafieldResponse",
    "ChannelMetafield",
    "ChannelMetafieldList",
    "ChannelMetafieldResponse",
    "CustomerMetafield",
    "CustomerMetafieldList",
    "CustomerMetafieldResponse",
    "ErrorResponse",
    "ErrorResponseErrors",
    "ListMeta",
    "LocationMetafield",
    "LocationMetafieldList",
    "LocationMetafieldResponse",
    "Meta",
    "MetafieldCreate",
    "MetafieldField",
    "MetafieldUpdate",
    "OrderMetafield",
    "OrderMetafieldList",
    "OrderMetafieldResponse",
    "Pagination",
    "PaginationLinks",
    "PartialBrandMetafield",
    "PartialBrandMetafieldList",
    "PartialCategoryMetafield",
    "PartialCategoryMetafieldList",
    "PartialChannelMetafield",
    "PartialChannelMetafieldList",
    "PartialCustomerMetafield",
    "PartialCustomerMetafieldList",
    "PartialLocationMetafield",
    "PartialLocationMetafieldList",
    "PartialOrderMetafield",
    "PartialOrderMetafieldList",
    "PartialProductMetafield",
    "PartialProductMetafieldList",
    "PartialVariantMetafield",
    "PartialVariantMetafieldList",
    "PermissionSet",
    "ProductMetafield",
    "ProductMetafieldList",
    "ProductMetafieldResponse",
    "SortDirection",
    "StoreMetafield",
    "StoreMetafieldResponse",
    "VariantMetafield",
    "VariantMetafieldList",
    "VariantMetafieldResponse",
)
