"""Contains all the data models used in inputs/outputs"""

from .batch_item_errors import BatchItemErrors
from .batch_item_errors_errors import BatchItemErrorsErrors
from .batch_meta import BatchMeta
from .brand_metafield import BrandMetafield
from .brand_metafield_batch import BrandMetafieldBatch
from .brand_metafield_create_item import BrandMetafieldCreateItem
from .brand_metafield_cursor_list import BrandMetafieldCursorList
from .brand_metafield_list import BrandMetafieldList
from .brand_metafield_response import BrandMetafieldResponse
from .brand_metafield_update_item import BrandMetafieldUpdateItem
from .cart_metafield import CartMetafield
from .cart_metafield_batch import CartMetafieldBatch
from .cart_metafield_create_item import CartMetafieldCreateItem
from .cart_metafield_cursor_list import CartMetafieldCursorList
from .cart_metafield_list import CartMetafieldList
from .cart_metafield_response import CartMetafieldResponse
from .cart_metafield_update_item import CartMetafieldUpdateItem
from .category_metafield import CategoryMetafield
from .category_metafield_batch import CategoryMetafieldBatch
from .category_metafield_create_item import CategoryMetafieldCreateItem
from .category_metafield_cursor_list import CategoryMetafieldCursorList
from .category_metafield_list import CategoryMetafieldList
from .category_metafield_response import CategoryMetafieldResponse
from .category_metafield_update_item import CategoryMetafieldUpdateItem
from .channel_metafield import ChannelMetafield
from .channel_metafield_batch import ChannelMetafieldBatch
from .channel_metafield_create_item import ChannelMetafieldCreateItem
from .channel_metafield_cursor_list import ChannelMetafieldCursorList
from .channel_metafield_list import ChannelMetafieldList
from .channel_metafield_response import ChannelMetafieldResponse
from .channel_metafield_update_item import ChannelMetafieldUpdateItem
from .cursor_list_meta import CursorListMeta
from .cursor_pagination import CursorPagination
from .cursor_pagination_links import CursorPaginationLinks
from .customer_metafield import CustomerMetafield
from .customer_metafield_batch import CustomerMetafieldBatch
from .customer_metafield_create_item import CustomerMetafieldCreateItem
from .customer_metafield_cursor_list import CustomerMetafieldCursorList
from .customer_metafield_list import CustomerMetafieldList
from .customer_metafield_response import CustomerMetafieldResponse
from .customer_metafield_update_item import CustomerMetafieldUpdateItem
from .error_response import ErrorResponse
from .error_response_errors import ErrorResponseErrors
from .list_meta import ListMeta
from .location_metafield import LocationMetafield
from .location_metafield_batch import LocationMetafieldBatch
from .location_metafield_create_item import LocationMetafieldCreateItem
from .location_metafield_cursor_list import LocationMetafieldCursorList
from .location_metafield_list import LocationMetafieldList
from .location_metafield_response import LocationMetafieldResponse
from .location_metafield_update_item import LocationMetafieldUpdateItem
from .meta import Meta
from .metafield_batch_deletion import MetafieldBatchDeletion
from .metafield_create import MetafieldCreate
from .metafield_field import MetafieldField
from .metafield_update import MetafieldUpdate
from .order_metafield import OrderMetafield
from .order_metafield_batch import OrderMetafieldBatch
from .order_metafield_create_item import OrderMetafieldCreateItem
from .order_metafield_cursor_list import OrderMetafieldCursorList
from .order_metafield_list import OrderMetafieldList
from .order_metafield_response import OrderMetafieldResponse
from .order_metafield_update_item import OrderMetafieldUpdateItem
from .pagination import Pagination
from .pagination_links import PaginationLinks
from .partial_brand_metafield import PartialBrandMetafield
from .partial_brand_metafield_cursor_list import PartialBrandMetafieldCursorList
from .partial_brand_metafield_list import PartialBrandMetafieldList
from .partial_cart_metafield import PartialCartMetafield
from .partial_cart_metafield_cursor_list import PartialCartMetafieldCursorList
from .partial_cart_metafield_list import PartialCartMetafieldList
from .partial_category_metafield import PartialCategoryMetafield
from .partial_category_metafield_cursor_list import PartialCategoryMetafieldCursorList
from .partial_category_metafield_list import PartialCategoryMetafieldList
from .partial_channel_metafield import PartialChannelMetafield
from .partial_channel_metafield_cursor_list import PartialChannelMetafieldCursorList
from .partial_channel_metafield_list import PartialChannelMetafieldList
from .partial_customer_metafield import PartialCustomerMetafield
from .partial_customer_metafield_cursor_list import PartialCustomerMetafieldCursorList
from .partial_customer_metafield_list import PartialCustomerMetafieldList
from .partial_location_metafield import PartialLocationMetafield
from .partial_location_metafield_cursor_list import PartialLocationMetafieldCursorList
from .partial_location_metafield_list import PartialLocationMetafieldList
from .partial_order_metafield import PartialOrderMetafield
from .partial_order_metafield_cursor_list import PartialOrderMetafieldCursorList
from .partial_order_metafield_list import PartialOrderMetafieldList
from .partial_product_metafield import PartialProductMetafield
from .partial_product_metafield_cursor_list import PartialProductMetafieldCursorList
from .partial_product_metafield_list import PartialProductMetafieldList
from .partial_store_metafield import PartialStoreMetafield
from .partial_store_metafield_cursor_list import PartialStoreMetafieldCursorList
from .partial_store_metafield_list import PartialStoreMetafieldList
from .partial_variant_metafield import PartialVariantMetafield
from .partial_variant_metafield_cursor_list import PartialVariantMetafieldCursorList
from .partial_variant_metafield_list import PartialVariantMetafieldList
from .permission_set import PermissionSet
from .product_metafield import ProductMetafield
from .product_metafield_batch import ProductMetafieldBatch
from .product_metafield_create_item import ProductMetafieldCreateItem
from .product_metafield_cursor_list import ProductMetafieldCursorList
from .product_metafield_list import ProductMetafieldList
from .product_metafield_response import ProductMetafieldResponse
from .product_metafield_update_item import ProductMetafieldUpdateItem
from .sort_direction import SortDirection
from .store_metafield import StoreMetafield
from .store_metafield_batch import StoreMetafieldBatch
from .store_metafield_cursor_list import StoreMetafieldCursorList
from .store_metafield_list import StoreMetafieldList
from .store_metafield_response import StoreMetafieldResponse
from .store_metafield_update_item import StoreMetafieldUpdateItem
from .variant_metafield import VariantMetafield
from .variant_metafield_batch import VariantMetafieldBatch
from .variant_metafield_create_item import VariantMetafieldCreateItem
from .variant_metafield_cursor_list import VariantMetafieldCursorList
from .variant_metafield_list import VariantMetafieldList
from .variant_metafield_response import VariantMetafieldResponse
from .variant_metafield_update_item import VariantMetafieldUpdateItem

__all__ = (
    "BatchItemErrors",
    "BatchItemErrorsErrors",
    "BatchMeta",
    "BrandMetafield",
    "BrandMetafieldBatch",
    "BrandMetafieldCreateItem",
    "BrandMetafieldCursorList",
    "BrandMetafieldList",
    "BrandMetafieldResponse",
    "BrandMetafieldUpdateItem",
    "CartMetafield",
    "CartMetafieldBatch",
    "CartMetafieldCreateItem",
    "CartMetafieldCursorList",
    "CartMetafieldList",
    "CartMetafieldResponse",
    "CartMetafieldUpdateItem",
    "CategoryMetafield",
    "CategoryMetafieldBatch",
    "CategoryMetafieldCreateItem",
    "CategoryMetafieldCursorList",
    "CategoryMetafieldList",
    "CategoryMetafieldResponse",
    "CategoryMetafieldUpdateItem",
    "ChannelMetafield",
    "ChannelMetafieldBatch",
    "ChannelMetafieldCreateItem",
    "ChannelMetafieldCursorList",
    "ChannelMetafieldList",
    "ChannelMetafieldResponse",
    "ChannelMetafieldUpdateItem",
    "CursorListMeta",
    "CursorPagination",
    "CursorPaginationLinks",
    "CustomerMetafield",
    "CustomerMetafieldBatch",
    "CustomerMetafieldCreateItem",
    "CustomerMetafieldCursorList",
    "CustomerMetafieldList",
    "CustomerMetafieldResponse",
    "CustomerMetafieldUpdateItem",
    "ErrorResponse",
    "ErrorResponseErrors",
    "ListMeta",
    "LocationMetafield",
    "LocationMetafieldBatch",
    "LocationMetafieldCreateItem",
    "LocationMetafieldCursorList",
    "LocationMetafieldList",
    "LocationMetafieldResponse",
    "LocationMetafieldUpdateItem",
    "Meta",
    "MetafieldBatchDeletion",
    "MetafieldCreate",
    "MetafieldField",
    "MetafieldUpdate",
    "OrderMetafield",
    "OrderMetafieldBatch",
    "OrderMetafieldCreateItem",
    "OrderMetafieldCursorList",
    "OrderMetafieldList",
    "OrderMetafieldResponse",
    "OrderMetafieldUpdateItem",
    "Pagination",
    "PaginationLinks",
    "PartialBrandMetafield",
    "PartialBrandMetafieldCursorList",
    "PartialBrandMetafieldList",
    "PartialCartMetafield",
    "PartialCartMetafieldCursorList",
    "PartialCartMetafieldList",
    "PartialCategoryMetafield",
    "PartialCategoryMetafieldCursorList",
    "PartialCategoryMetafieldList",
    "PartialChannelMetafield",
    "PartialChannelMetafieldCursorList",
    "PartialChannelMetafieldList",
    "PartialCustomerMetafield",
    "PartialCustomerMetafieldCursorList",
    "PartialCustomerMetafieldList",
    "PartialLocationMetafield",
    "PartialLocationMetafieldCursorList",
    "PartialLocationMetafieldList",
    "PartialOrderMetafield",
    "PartialOrderMetafieldCursorList",
    "PartialOrderMetafieldList",
    "PartialProductMetafield",
    "PartialProductMetafieldCursorList",
    "PartialProductMetafieldList",
    "PartialStoreMetafield",
    "PartialStoreMetafieldCursorList",
    "PartialStoreMetafieldList",
    "PartialVariantMetafield",
    "PartialVariantMetafieldCursorList",
    "PartialVariantMetafieldList",
    "PermissionSet",
    "ProductMetafield",
    "ProductMetafieldBatch",
    "ProductMetafieldCreateItem",
    "ProductMetafieldCursorList",
    "ProductMetafieldList",
    "ProductMetafieldResponse",
    "ProductMetafieldUpdateItem",
    "SortDirection",
    "StoreMetafield",
    "StoreMetafieldBatch",
    "StoreMetafieldCursorList",
    "StoreMetafieldList",
    "StoreMetafieldResponse",
    "StoreMetafieldUpdateItem",
    "VariantMetafield",
    "VariantMetafieldBatch",
    "VariantMetafieldCreateItem",
    "VariantMetafieldCursorList",
    "VariantMetafieldList",
    "VariantMetafieldResponse",
    "VariantMetafieldUpdateItem",
)
