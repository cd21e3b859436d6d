"""Checked decoders from JSON to the spec's models (openapi/decoders.py; do not edit).

`DECODERS` maps each model class to its decoder; `bigcommerce_metafields.parse` and every response
of the clients go through it. A decoder raises `DecodeError` naming the field that breaks its rule.
"""

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeAlias, cast

from .._decoding import (
    DateTime,
    Field,
    Kinds,
    ListOf,
    Nested,
    OneOf,
    Shape,
    explain,
    fromisoformat,
)
from .models import (
    BatchItemErrors,
    BatchItemErrorsErrors,
    BatchMeta,
    BrandMetafield,
    BrandMetafieldBatch,
    BrandMetafieldCreateItem,
    BrandMetafieldCursorList,
    BrandMetafieldList,
    BrandMetafieldResponse,
    BrandMetafieldUpdateItem,
    CartMetafield,
    CartMetafieldBatch,
    CartMetafieldCreateItem,
    CartMetafieldCursorList,
    CartMetafieldList,
    CartMetafieldResponse,
    CartMetafieldUpdateItem,
    CategoryMetafield,
    CategoryMetafieldBatch,
    CategoryMetafieldCreateItem,
    CategoryMetafieldCursorList,
    CategoryMetafieldList,
    CategoryMetafieldResponse,
    CategoryMetafieldUpdateItem,
    ChannelMetafield,
    ChannelMetafieldBatch,
    ChannelMetafieldCreateItem,
    ChannelMetafieldCursorList,
    ChannelMetafieldList,
    ChannelMetafieldResponse,
    ChannelMetafieldUpdateItem,
    CursorListMeta,
    CursorPagination,
    CursorPaginationLinks,
    CustomerMetafield,
    CustomerMetafieldBatch,
    CustomerMetafieldCreateItem,
    CustomerMetafieldCursorList,
    CustomerMetafieldList,
    CustomerMetafieldResponse,
    CustomerMetafieldUpdateItem,
    ErrorResponse,
    ErrorResponseErrors,
    ListMeta,
    LocationMetafield,
    LocationMetafieldBatch,
    LocationMetafieldCreateItem,
    LocationMetafieldCursorList,
    LocationMetafieldList,
    LocationMetafieldResponse,
    LocationMetafieldUpdateItem,
    Meta,
    MetafieldBatchDeletion,
    MetafieldCreate,
    MetafieldUpdate,
    OrderMetafield,
    OrderMetafieldBatch,
    OrderMetafieldCreateItem,
    OrderMetafieldCursorList,
    OrderMetafieldList,
    OrderMetafieldResponse,
    OrderMetafieldUpdateItem,
    Pagination,
    PaginationLinks,
    PartialBrandMetafield,
    PartialBrandMetafieldCursorList,
    PartialBrandMetafieldList,
    PartialCartMetafield,
    PartialCartMetafieldCursorList,
    PartialCartMetafieldList,
    PartialCategoryMetafield,
    PartialCategoryMetafieldCursorList,
    PartialCategoryMetafieldList,
    PartialChannelMetafield,
    PartialChannelMetafieldCursorList,
    PartialChannelMetafieldList,
    PartialCustomerMetafield,
    PartialCustomerMetafieldCursorList,
    PartialCustomerMetafieldList,
    PartialLocationMetafield,
    PartialLocationMetafieldCursorList,
    PartialLocationMetafieldList,
    PartialOrderMetafield,
    PartialOrderMetafieldCursorList,
    PartialOrderMetafieldList,
    PartialProductMetafield,
    PartialProductMetafieldCursorList,
    PartialProductMetafieldList,
    PartialStoreMetafield,
    PartialStoreMetafieldCursorList,
    PartialStoreMetafieldList,
    PartialVariantMetafield,
    PartialVariantMetafieldCursorList,
    PartialVariantMetafieldList,
    ProductMetafield,
    ProductMetafieldBatch,
    ProductMetafieldCreateItem,
    ProductMetafieldCursorList,
    ProductMetafieldList,
    ProductMetafieldResponse,
    ProductMetafieldUpdateItem,
    StoreMetafield,
    StoreMetafieldBatch,
    StoreMetafieldCursorList,
    StoreMetafieldList,
    StoreMetafieldResponse,
    StoreMetafieldUpdateItem,
    VariantMetafield,
    VariantMetafieldBatch,
    VariantMetafieldCreateItem,
    VariantMetafieldCursorList,
    VariantMetafieldList,
    VariantMetafieldResponse,
    VariantMetafieldUpdateItem,
)
from .types import UNSET


def decode_batch_item_errors_errors(d: Any) -> BatchItemErrorsErrors:
    if d.__class__ is not dict:
        raise explain(_BATCH_ITEM_ERRORS_ERRORS, d)
    model = BatchItemErrorsErrors.__new__(BatchItemErrorsErrors)
    if len(d) == 0:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BATCH_ITEM_ERRORS_ERRORS.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BATCH_ITEM_ERRORS_ERRORS = Shape(
    "BatchItemErrorsErrors",
    (),
)


def decode_batch_item_errors(d: Any) -> BatchItemErrors:
    if d.__class__ is not dict:
        raise explain(_BATCH_ITEM_ERRORS, d)
    v_status = d.get("status", UNSET)
    v_title = d.get("title", UNSET)
    v_type_ = d.get("type", UNSET)
    v_detail = d.get("detail", UNSET)
    v_errors = d.get("errors", UNSET)
    if (
        (v_status is not UNSET and v_status.__class__ is not int)
        or (v_title is not UNSET and v_title.__class__ is not str)
        or (v_type_ is not UNSET and v_type_.__class__ is not str)
        or (v_detail is not UNSET and v_detail.__class__ is not str)
    ):
        raise explain(_BATCH_ITEM_ERRORS, d)
    try:
        if v_errors is not UNSET:
            v_errors = decode_batch_item_errors_errors(v_errors)
    except ValueError:  # DecodeError too
        raise explain(_BATCH_ITEM_ERRORS, d) from None
    model = BatchItemErrors.__new__(BatchItemErrors)
    model.status = v_status
    model.title = v_title
    model.type_ = v_type_
    model.detail = v_detail
    model.errors = v_errors
    if len(d) == 0 + (v_status is not UNSET) + (v_title is not UNSET) + (v_type_ is not UNSET) + (
        v_detail is not UNSET
    ) + (v_errors is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BATCH_ITEM_ERRORS.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BATCH_ITEM_ERRORS = Shape(
    "BatchItemErrors",
    (
        Field("status", False, Kinds((int,))),
        Field("title", False, Kinds((str,))),
        Field("type", False, Kinds((str,))),
        Field("detail", False, Kinds((str,))),
        Field("errors", False, Nested(decode_batch_item_errors_errors)),
    ),
)


def decode_batch_meta(d: Any) -> BatchMeta:
    if d.__class__ is not dict:
        raise explain(_BATCH_META, d)
    try:
        v_total = d["total"]
        v_success = d["success"]
        v_failed = d["failed"]
    except KeyError:
        raise explain(_BATCH_META, d) from None
    if (
        v_total.__class__ is not int
        or v_success.__class__ is not int
        or v_failed.__class__ is not int
    ):
        raise explain(_BATCH_META, d)
    model = BatchMeta.__new__(BatchMeta)
    model.total = v_total
    model.success = v_success
    model.failed = v_failed
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BATCH_META.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BATCH_META = Shape(
    "BatchMeta",
    (
        Field("total", True, Kinds((int,))),
        Field("success", True, Kinds((int,))),
        Field("failed", True, Kinds((int,))),
    ),
)


def decode_brand_metafield(d: Any) -> BrandMetafield:
    if d.__class__ is not dict:
        raise explain(_BRAND_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_BRAND_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_BRAND_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_BRAND_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_BRAND_METAFIELD, d)
    model = BrandMetafield.__new__(BrandMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BRAND_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BRAND_METAFIELD = Shape(
    "BrandMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_brand_metafield_batch(d: Any) -> BrandMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_BRAND_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_BRAND_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_BRAND_METAFIELD_BATCH, d)
    try:
        v_data = [decode_brand_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_BRAND_METAFIELD_BATCH, d) from None
    model = BrandMetafieldBatch.__new__(BrandMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BRAND_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BRAND_METAFIELD_BATCH = Shape(
    "BrandMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_brand_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_brand_metafield_create_item(d: Any) -> BrandMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_BRAND_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_BRAND_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_BRAND_METAFIELD_CREATE_ITEM, d)
    model = BrandMetafieldCreateItem.__new__(BrandMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BRAND_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BRAND_METAFIELD_CREATE_ITEM = Shape(
    "BrandMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_cursor_pagination_links(d: Any) -> CursorPaginationLinks:
    if d.__class__ is not dict:
        raise explain(_CURSOR_PAGINATION_LINKS, d)
    v_previous = d.get("previous", UNSET)
    v_current = d.get("current", UNSET)
    v_next_ = d.get("next", UNSET)
    if (
        (v_previous is not UNSET and v_previous.__class__ is not str)
        or (v_current is not UNSET and v_current.__class__ is not str)
        or (v_next_ is not UNSET and v_next_.__class__ is not str)
    ):
        raise explain(_CURSOR_PAGINATION_LINKS, d)
    model = CursorPaginationLinks.__new__(CursorPaginationLinks)
    model.previous = v_previous
    model.current = v_current
    model.next_ = v_next_
    if len(d) == 0 + (v_previous is not UNSET) + (v_current is not UNSET) + (v_next_ is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CURSOR_PAGINATION_LINKS.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CURSOR_PAGINATION_LINKS = Shape(
    "CursorPaginationLinks",
    (
        Field("previous", False, Kinds((str,))),
        Field("current", False, Kinds((str,))),
        Field("next", False, Kinds((str,))),
    ),
)


def decode_cursor_pagination(d: Any) -> CursorPagination:
    if d.__class__ is not dict:
        raise explain(_CURSOR_PAGINATION, d)
    try:
        v_count = d["count"]
        v_per_page = d["per_page"]
    except KeyError:
        raise explain(_CURSOR_PAGINATION, d) from None
    v_start_cursor = d.get("start_cursor", UNSET)
    v_end_cursor = d.get("end_cursor", UNSET)
    v_links = d.get("links", UNSET)
    if (
        v_count.__class__ is not int
        or v_per_page.__class__ is not int
        or (
            v_start_cursor is not UNSET
            and v_start_cursor.__class__ is not str
            and v_start_cursor is not None
        )
        or (
            v_end_cursor is not UNSET
            and v_end_cursor.__class__ is not str
            and v_end_cursor is not None
        )
    ):
        raise explain(_CURSOR_PAGINATION, d)
    try:
        if v_links is not UNSET:
            v_links = decode_cursor_pagination_links(v_links)
    except ValueError:  # DecodeError too
        raise explain(_CURSOR_PAGINATION, d) from None
    model = CursorPagination.__new__(CursorPagination)
    model.count = v_count
    model.per_page = v_per_page
    model.start_cursor = v_start_cursor
    model.end_cursor = v_end_cursor
    model.links = v_links
    if len(d) == 2 + (v_start_cursor is not UNSET) + (v_end_cursor is not UNSET) + (
        v_links is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CURSOR_PAGINATION.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CURSOR_PAGINATION = Shape(
    "CursorPagination",
    (
        Field("count", True, Kinds((int,))),
        Field("per_page", True, Kinds((int,))),
        Field(
            "start_cursor",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "end_cursor",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("links", False, Nested(decode_cursor_pagination_links)),
    ),
)


def decode_pagination_links(d: Any) -> PaginationLinks:
    if d.__class__ is not dict:
        raise explain(_PAGINATION_LINKS, d)
    v_previous = d.get("previous", UNSET)
    v_current = d.get("current", UNSET)
    v_next_ = d.get("next", UNSET)
    if (
        (v_previous is not UNSET and v_previous.__class__ is not str)
        or (v_current is not UNSET and v_current.__class__ is not str)
        or (v_next_ is not UNSET and v_next_.__class__ is not str)
    ):
        raise explain(_PAGINATION_LINKS, d)
    model = PaginationLinks.__new__(PaginationLinks)
    model.previous = v_previous
    model.current = v_current
    model.next_ = v_next_
    if len(d) == 0 + (v_previous is not UNSET) + (v_current is not UNSET) + (v_next_ is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PAGINATION_LINKS.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PAGINATION_LINKS = Shape(
    "PaginationLinks",
    (
        Field("previous", False, Kinds((str,))),
        Field("current", False, Kinds((str,))),
        Field("next", False, Kinds((str,))),
    ),
)


def decode_pagination(d: Any) -> Pagination:
    if d.__class__ is not dict:
        raise explain(_PAGINATION, d)
    try:
        v_total = d["total"]
        v_count = d["count"]
        v_per_page = d["per_page"]
        v_current_page = d["current_page"]
        v_total_pages = d["total_pages"]
    except KeyError:
        raise explain(_PAGINATION, d) from None
    v_links = d.get("links", UNSET)
    if (
        v_total.__class__ is not int
        or v_count.__class__ is not int
        or v_per_page.__class__ is not int
        or v_current_page.__class__ is not int
        or v_total_pages.__class__ is not int
    ):
        raise explain(_PAGINATION, d)
    try:
        if v_links is not UNSET:
            v_links = decode_pagination_links(v_links)
    except ValueError:  # DecodeError too
        raise explain(_PAGINATION, d) from None
    model = Pagination.__new__(Pagination)
    model.total = v_total
    model.count = v_count
    model.per_page = v_per_page
    model.current_page = v_current_page
    model.total_pages = v_total_pages
    model.links = v_links
    if len(d) == 5 + (v_links is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PAGINATION.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PAGINATION = Shape(
    "Pagination",
    (
        Field("total", True, Kinds((int,))),
        Field("count", True, Kinds((int,))),
        Field("per_page", True, Kinds((int,))),
        Field("current_page", True, Kinds((int,))),
        Field("total_pages", True, Kinds((int,))),
        Field("links", False, Nested(decode_pagination_links)),
    ),
)


def decode_cursor_list_meta(d: Any) -> CursorListMeta:
    if d.__class__ is not dict:
        raise explain(_CURSOR_LIST_META, d)
    try:
        v_cursor_pagination = d["cursor_pagination"]
    except KeyError:
        raise explain(_CURSOR_LIST_META, d) from None
    v_pagination = d.get("pagination", UNSET)
    try:
        v_cursor_pagination = decode_cursor_pagination(v_cursor_pagination)
        if v_pagination is not UNSET:
            v_pagination = decode_pagination(v_pagination)
    except ValueError:  # DecodeError too
        raise explain(_CURSOR_LIST_META, d) from None
    model = CursorListMeta.__new__(CursorListMeta)
    model.cursor_pagination = v_cursor_pagination
    model.pagination = v_pagination
    if len(d) == 1 + (v_pagination is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CURSOR_LIST_META.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CURSOR_LIST_META = Shape(
    "CursorListMeta",
    (
        Field("cursor_pagination", True, Nested(decode_cursor_pagination)),
        Field("pagination", False, Nested(decode_pagination)),
    ),
)


def decode_brand_metafield_cursor_list(d: Any) -> BrandMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_BRAND_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_BRAND_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_BRAND_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_brand_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_BRAND_METAFIELD_CURSOR_LIST, d) from None
    model = BrandMetafieldCursorList.__new__(BrandMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BRAND_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BRAND_METAFIELD_CURSOR_LIST = Shape(
    "BrandMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_brand_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_list_meta(d: Any) -> ListMeta:
    if d.__class__ is not dict:
        raise explain(_LIST_META, d)
    try:
        v_pagination = d["pagination"]
    except KeyError:
        raise explain(_LIST_META, d) from None
    v_cursor_pagination = d.get("cursor_pagination", UNSET)
    try:
        v_pagination = decode_pagination(v_pagination)
        if v_cursor_pagination is not UNSET:
            v_cursor_pagination = decode_cursor_pagination(v_cursor_pagination)
    except ValueError:  # DecodeError too
        raise explain(_LIST_META, d) from None
    model = ListMeta.__new__(ListMeta)
    model.pagination = v_pagination
    model.cursor_pagination = v_cursor_pagination
    if len(d) == 1 + (v_cursor_pagination is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LIST_META.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LIST_META = Shape(
    "ListMeta",
    (
        Field("pagination", True, Nested(decode_pagination)),
        Field("cursor_pagination", False, Nested(decode_cursor_pagination)),
    ),
)


def decode_brand_metafield_list(d: Any) -> BrandMetafieldList:
    if d.__class__ is not dict:
        raise explain(_BRAND_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_BRAND_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_BRAND_METAFIELD_LIST, d)
    try:
        v_data = [decode_brand_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_BRAND_METAFIELD_LIST, d) from None
    model = BrandMetafieldList.__new__(BrandMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BRAND_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BRAND_METAFIELD_LIST = Shape(
    "BrandMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_brand_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_meta(d: Any) -> Meta:
    if d.__class__ is not dict:
        raise explain(_META, d)
    model = Meta.__new__(Meta)
    if len(d) == 0:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _META.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_META = Shape(
    "Meta",
    (),
)


def decode_brand_metafield_response(d: Any) -> BrandMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_BRAND_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_BRAND_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_brand_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_BRAND_METAFIELD_RESPONSE, d) from None
    model = BrandMetafieldResponse.__new__(BrandMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BRAND_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BRAND_METAFIELD_RESPONSE = Shape(
    "BrandMetafieldResponse",
    (
        Field("data", True, Nested(decode_brand_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_brand_metafield_update_item(d: Any) -> BrandMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_BRAND_METAFIELD_UPDATE_ITEM, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_BRAND_METAFIELD_UPDATE_ITEM, d) from None
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        v_id.__class__ is not int
        or (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_BRAND_METAFIELD_UPDATE_ITEM, d)
    model = BrandMetafieldUpdateItem.__new__(BrandMetafieldUpdateItem)
    model.id = v_id
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 1 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _BRAND_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_BRAND_METAFIELD_UPDATE_ITEM = Shape(
    "BrandMetafieldUpdateItem",
    (
        Field("id", True, Kinds((int,))),
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_cart_metafield(d: Any) -> CartMetafield:
    if d.__class__ is not dict:
        raise explain(_CART_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_CART_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        and v_id.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not str
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_CART_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_CART_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_CART_METAFIELD, d)
    model = CartMetafield.__new__(CartMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CART_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CART_METAFIELD = Shape(
    "CartMetafield",
    (
        Field(
            "id",
            True,
            Kinds(
                (
                    int,
                    str,
                )
            ),
        ),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((str,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_cart_metafield_batch(d: Any) -> CartMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_CART_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CART_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_CART_METAFIELD_BATCH, d)
    try:
        v_data = [decode_cart_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CART_METAFIELD_BATCH, d) from None
    model = CartMetafieldBatch.__new__(CartMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CART_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CART_METAFIELD_BATCH = Shape(
    "CartMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_cart_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_cart_metafield_create_item(d: Any) -> CartMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_CART_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_CART_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not str
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CART_METAFIELD_CREATE_ITEM, d)
    model = CartMetafieldCreateItem.__new__(CartMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CART_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CART_METAFIELD_CREATE_ITEM = Shape(
    "CartMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_cart_metafield_cursor_list(d: Any) -> CartMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_CART_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CART_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CART_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_cart_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CART_METAFIELD_CURSOR_LIST, d) from None
    model = CartMetafieldCursorList.__new__(CartMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CART_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CART_METAFIELD_CURSOR_LIST = Shape(
    "CartMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_cart_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_cart_metafield_list(d: Any) -> CartMetafieldList:
    if d.__class__ is not dict:
        raise explain(_CART_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CART_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CART_METAFIELD_LIST, d)
    try:
        v_data = [decode_cart_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CART_METAFIELD_LIST, d) from None
    model = CartMetafieldList.__new__(CartMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CART_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CART_METAFIELD_LIST = Shape(
    "CartMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_cart_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_cart_metafield_response(d: Any) -> CartMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_CART_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_CART_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_cart_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CART_METAFIELD_RESPONSE, d) from None
    model = CartMetafieldResponse.__new__(CartMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CART_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CART_METAFIELD_RESPONSE = Shape(
    "CartMetafieldResponse",
    (
        Field("data", True, Nested(decode_cart_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_cart_metafield_update_item(d: Any) -> CartMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_CART_METAFIELD_UPDATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_id = d["id"]
    except KeyError:
        raise explain(_CART_METAFIELD_UPDATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_id.__class__ is not str
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CART_METAFIELD_UPDATE_ITEM, d)
    model = CartMetafieldUpdateItem.__new__(CartMetafieldUpdateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.id = v_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CART_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CART_METAFIELD_UPDATE_ITEM = Shape(
    "CartMetafieldUpdateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("id", True, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_category_metafield(d: Any) -> CategoryMetafield:
    if d.__class__ is not dict:
        raise explain(_CATEGORY_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_CATEGORY_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_CATEGORY_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_CATEGORY_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_CATEGORY_METAFIELD, d)
    model = CategoryMetafield.__new__(CategoryMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CATEGORY_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CATEGORY_METAFIELD = Shape(
    "CategoryMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_category_metafield_batch(d: Any) -> CategoryMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_CATEGORY_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CATEGORY_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_CATEGORY_METAFIELD_BATCH, d)
    try:
        v_data = [decode_category_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CATEGORY_METAFIELD_BATCH, d) from None
    model = CategoryMetafieldBatch.__new__(CategoryMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CATEGORY_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CATEGORY_METAFIELD_BATCH = Shape(
    "CategoryMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_category_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_category_metafield_create_item(d: Any) -> CategoryMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_CATEGORY_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_CATEGORY_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CATEGORY_METAFIELD_CREATE_ITEM, d)
    model = CategoryMetafieldCreateItem.__new__(CategoryMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CATEGORY_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CATEGORY_METAFIELD_CREATE_ITEM = Shape(
    "CategoryMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_category_metafield_cursor_list(d: Any) -> CategoryMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_CATEGORY_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CATEGORY_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CATEGORY_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_category_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CATEGORY_METAFIELD_CURSOR_LIST, d) from None
    model = CategoryMetafieldCursorList.__new__(CategoryMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CATEGORY_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CATEGORY_METAFIELD_CURSOR_LIST = Shape(
    "CategoryMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_category_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_category_metafield_list(d: Any) -> CategoryMetafieldList:
    if d.__class__ is not dict:
        raise explain(_CATEGORY_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CATEGORY_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CATEGORY_METAFIELD_LIST, d)
    try:
        v_data = [decode_category_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CATEGORY_METAFIELD_LIST, d) from None
    model = CategoryMetafieldList.__new__(CategoryMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CATEGORY_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CATEGORY_METAFIELD_LIST = Shape(
    "CategoryMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_category_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_category_metafield_response(d: Any) -> CategoryMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_CATEGORY_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_CATEGORY_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_category_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CATEGORY_METAFIELD_RESPONSE, d) from None
    model = CategoryMetafieldResponse.__new__(CategoryMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CATEGORY_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CATEGORY_METAFIELD_RESPONSE = Shape(
    "CategoryMetafieldResponse",
    (
        Field("data", True, Nested(decode_category_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_category_metafield_update_item(d: Any) -> CategoryMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_CATEGORY_METAFIELD_UPDATE_ITEM, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_CATEGORY_METAFIELD_UPDATE_ITEM, d) from None
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        v_id.__class__ is not int
        or (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CATEGORY_METAFIELD_UPDATE_ITEM, d)
    model = CategoryMetafieldUpdateItem.__new__(CategoryMetafieldUpdateItem)
    model.id = v_id
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 1 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CATEGORY_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CATEGORY_METAFIELD_UPDATE_ITEM = Shape(
    "CategoryMetafieldUpdateItem",
    (
        Field("id", True, Kinds((int,))),
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_channel_metafield(d: Any) -> ChannelMetafield:
    if d.__class__ is not dict:
        raise explain(_CHANNEL_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_CHANNEL_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_CHANNEL_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_CHANNEL_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_CHANNEL_METAFIELD, d)
    model = ChannelMetafield.__new__(ChannelMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CHANNEL_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CHANNEL_METAFIELD = Shape(
    "ChannelMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_channel_metafield_batch(d: Any) -> ChannelMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_CHANNEL_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CHANNEL_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_CHANNEL_METAFIELD_BATCH, d)
    try:
        v_data = [decode_channel_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CHANNEL_METAFIELD_BATCH, d) from None
    model = ChannelMetafieldBatch.__new__(ChannelMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CHANNEL_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CHANNEL_METAFIELD_BATCH = Shape(
    "ChannelMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_channel_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_channel_metafield_create_item(d: Any) -> ChannelMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_CHANNEL_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_CHANNEL_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CHANNEL_METAFIELD_CREATE_ITEM, d)
    model = ChannelMetafieldCreateItem.__new__(ChannelMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CHANNEL_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CHANNEL_METAFIELD_CREATE_ITEM = Shape(
    "ChannelMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_channel_metafield_cursor_list(d: Any) -> ChannelMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_CHANNEL_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CHANNEL_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CHANNEL_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_channel_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CHANNEL_METAFIELD_CURSOR_LIST, d) from None
    model = ChannelMetafieldCursorList.__new__(ChannelMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CHANNEL_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CHANNEL_METAFIELD_CURSOR_LIST = Shape(
    "ChannelMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_channel_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_channel_metafield_list(d: Any) -> ChannelMetafieldList:
    if d.__class__ is not dict:
        raise explain(_CHANNEL_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CHANNEL_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CHANNEL_METAFIELD_LIST, d)
    try:
        v_data = [decode_channel_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CHANNEL_METAFIELD_LIST, d) from None
    model = ChannelMetafieldList.__new__(ChannelMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CHANNEL_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CHANNEL_METAFIELD_LIST = Shape(
    "ChannelMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_channel_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_channel_metafield_response(d: Any) -> ChannelMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_CHANNEL_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_CHANNEL_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_channel_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CHANNEL_METAFIELD_RESPONSE, d) from None
    model = ChannelMetafieldResponse.__new__(ChannelMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CHANNEL_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CHANNEL_METAFIELD_RESPONSE = Shape(
    "ChannelMetafieldResponse",
    (
        Field("data", True, Nested(decode_channel_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_channel_metafield_update_item(d: Any) -> ChannelMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_CHANNEL_METAFIELD_UPDATE_ITEM, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_CHANNEL_METAFIELD_UPDATE_ITEM, d) from None
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        v_id.__class__ is not int
        or (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CHANNEL_METAFIELD_UPDATE_ITEM, d)
    model = ChannelMetafieldUpdateItem.__new__(ChannelMetafieldUpdateItem)
    model.id = v_id
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 1 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CHANNEL_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CHANNEL_METAFIELD_UPDATE_ITEM = Shape(
    "ChannelMetafieldUpdateItem",
    (
        Field("id", True, Kinds((int,))),
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_customer_metafield(d: Any) -> CustomerMetafield:
    if d.__class__ is not dict:
        raise explain(_CUSTOMER_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_CUSTOMER_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_CUSTOMER_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_CUSTOMER_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_CUSTOMER_METAFIELD, d)
    model = CustomerMetafield.__new__(CustomerMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CUSTOMER_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CUSTOMER_METAFIELD = Shape(
    "CustomerMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_customer_metafield_batch(d: Any) -> CustomerMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_CUSTOMER_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CUSTOMER_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_CUSTOMER_METAFIELD_BATCH, d)
    try:
        v_data = [decode_customer_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CUSTOMER_METAFIELD_BATCH, d) from None
    model = CustomerMetafieldBatch.__new__(CustomerMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CUSTOMER_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CUSTOMER_METAFIELD_BATCH = Shape(
    "CustomerMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_customer_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_customer_metafield_create_item(d: Any) -> CustomerMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_CUSTOMER_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_CUSTOMER_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CUSTOMER_METAFIELD_CREATE_ITEM, d)
    model = CustomerMetafieldCreateItem.__new__(CustomerMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CUSTOMER_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CUSTOMER_METAFIELD_CREATE_ITEM = Shape(
    "CustomerMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_customer_metafield_cursor_list(d: Any) -> CustomerMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_CUSTOMER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CUSTOMER_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CUSTOMER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_customer_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CUSTOMER_METAFIELD_CURSOR_LIST, d) from None
    model = CustomerMetafieldCursorList.__new__(CustomerMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CUSTOMER_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CUSTOMER_METAFIELD_CURSOR_LIST = Shape(
    "CustomerMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_customer_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_customer_metafield_list(d: Any) -> CustomerMetafieldList:
    if d.__class__ is not dict:
        raise explain(_CUSTOMER_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_CUSTOMER_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_CUSTOMER_METAFIELD_LIST, d)
    try:
        v_data = [decode_customer_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CUSTOMER_METAFIELD_LIST, d) from None
    model = CustomerMetafieldList.__new__(CustomerMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CUSTOMER_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CUSTOMER_METAFIELD_LIST = Shape(
    "CustomerMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_customer_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_customer_metafield_response(d: Any) -> CustomerMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_CUSTOMER_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_CUSTOMER_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_customer_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_CUSTOMER_METAFIELD_RESPONSE, d) from None
    model = CustomerMetafieldResponse.__new__(CustomerMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CUSTOMER_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CUSTOMER_METAFIELD_RESPONSE = Shape(
    "CustomerMetafieldResponse",
    (
        Field("data", True, Nested(decode_customer_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_customer_metafield_update_item(d: Any) -> CustomerMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_CUSTOMER_METAFIELD_UPDATE_ITEM, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_CUSTOMER_METAFIELD_UPDATE_ITEM, d) from None
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        v_id.__class__ is not int
        or (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_CUSTOMER_METAFIELD_UPDATE_ITEM, d)
    model = CustomerMetafieldUpdateItem.__new__(CustomerMetafieldUpdateItem)
    model.id = v_id
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 1 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _CUSTOMER_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_CUSTOMER_METAFIELD_UPDATE_ITEM = Shape(
    "CustomerMetafieldUpdateItem",
    (
        Field("id", True, Kinds((int,))),
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_error_response_errors(d: Any) -> ErrorResponseErrors:
    if d.__class__ is not dict:
        raise explain(_ERROR_RESPONSE_ERRORS, d)
    model = ErrorResponseErrors.__new__(ErrorResponseErrors)
    if len(d) == 0:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ERROR_RESPONSE_ERRORS.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ERROR_RESPONSE_ERRORS = Shape(
    "ErrorResponseErrors",
    (),
)


def decode_error_response(d: Any) -> ErrorResponse:
    if d.__class__ is not dict:
        raise explain(_ERROR_RESPONSE, d)
    v_status = d.get("status", UNSET)
    v_title = d.get("title", UNSET)
    v_type_ = d.get("type", UNSET)
    v_detail = d.get("detail", UNSET)
    v_instance = d.get("instance", UNSET)
    v_errors = d.get("errors", UNSET)
    if (
        (v_status is not UNSET and v_status.__class__ is not int)
        or (v_title is not UNSET and v_title.__class__ is not str)
        or (v_type_ is not UNSET and v_type_.__class__ is not str)
        or (v_detail is not UNSET and v_detail.__class__ is not str)
        or (v_instance is not UNSET and v_instance.__class__ is not str)
    ):
        raise explain(_ERROR_RESPONSE, d)
    try:
        if v_errors is not UNSET:
            v_errors = decode_error_response_errors(v_errors)
    except ValueError:  # DecodeError too
        raise explain(_ERROR_RESPONSE, d) from None
    model = ErrorResponse.__new__(ErrorResponse)
    model.status = v_status
    model.title = v_title
    model.type_ = v_type_
    model.detail = v_detail
    model.instance = v_instance
    model.errors = v_errors
    if len(d) == 0 + (v_status is not UNSET) + (v_title is not UNSET) + (v_type_ is not UNSET) + (
        v_detail is not UNSET
    ) + (v_instance is not UNSET) + (v_errors is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ERROR_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ERROR_RESPONSE = Shape(
    "ErrorResponse",
    (
        Field("status", False, Kinds((int,))),
        Field("title", False, Kinds((str,))),
        Field("type", False, Kinds((str,))),
        Field("detail", False, Kinds((str,))),
        Field("instance", False, Kinds((str,))),
        Field("errors", False, Nested(decode_error_response_errors)),
    ),
)


def decode_location_metafield(d: Any) -> LocationMetafield:
    if d.__class__ is not dict:
        raise explain(_LOCATION_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_LOCATION_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_LOCATION_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_LOCATION_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_LOCATION_METAFIELD, d)
    model = LocationMetafield.__new__(LocationMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LOCATION_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LOCATION_METAFIELD = Shape(
    "LocationMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_location_metafield_batch(d: Any) -> LocationMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_LOCATION_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_LOCATION_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_LOCATION_METAFIELD_BATCH, d)
    try:
        v_data = [decode_location_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_LOCATION_METAFIELD_BATCH, d) from None
    model = LocationMetafieldBatch.__new__(LocationMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LOCATION_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LOCATION_METAFIELD_BATCH = Shape(
    "LocationMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_location_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_location_metafield_create_item(d: Any) -> LocationMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_LOCATION_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_LOCATION_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_LOCATION_METAFIELD_CREATE_ITEM, d)
    model = LocationMetafieldCreateItem.__new__(LocationMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LOCATION_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LOCATION_METAFIELD_CREATE_ITEM = Shape(
    "LocationMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_location_metafield_cursor_list(d: Any) -> LocationMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_LOCATION_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_LOCATION_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_LOCATION_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_location_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_LOCATION_METAFIELD_CURSOR_LIST, d) from None
    model = LocationMetafieldCursorList.__new__(LocationMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LOCATION_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LOCATION_METAFIELD_CURSOR_LIST = Shape(
    "LocationMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_location_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_location_metafield_list(d: Any) -> LocationMetafieldList:
    if d.__class__ is not dict:
        raise explain(_LOCATION_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_LOCATION_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_LOCATION_METAFIELD_LIST, d)
    try:
        v_data = [decode_location_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_LOCATION_METAFIELD_LIST, d) from None
    model = LocationMetafieldList.__new__(LocationMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LOCATION_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LOCATION_METAFIELD_LIST = Shape(
    "LocationMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_location_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_location_metafield_response(d: Any) -> LocationMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_LOCATION_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_LOCATION_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_location_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_LOCATION_METAFIELD_RESPONSE, d) from None
    model = LocationMetafieldResponse.__new__(LocationMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LOCATION_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LOCATION_METAFIELD_RESPONSE = Shape(
    "LocationMetafieldResponse",
    (
        Field("data", True, Nested(decode_location_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_location_metafield_update_item(d: Any) -> LocationMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_LOCATION_METAFIELD_UPDATE_ITEM, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_LOCATION_METAFIELD_UPDATE_ITEM, d) from None
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        v_id.__class__ is not str
        or (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_LOCATION_METAFIELD_UPDATE_ITEM, d)
    model = LocationMetafieldUpdateItem.__new__(LocationMetafieldUpdateItem)
    model.id = v_id
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 1 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _LOCATION_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_LOCATION_METAFIELD_UPDATE_ITEM = Shape(
    "LocationMetafieldUpdateItem",
    (
        Field("id", True, Kinds((str,))),
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_metafield_batch_deletion(d: Any) -> MetafieldBatchDeletion:
    if d.__class__ is not dict:
        raise explain(_METAFIELD_BATCH_DELETION, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_METAFIELD_BATCH_DELETION, d) from None
    if (
        v_data.__class__ is not list
        or any(item.__class__ is not int and item.__class__ is not str for item in v_data)
        or v_errors.__class__ is not list
    ):
        raise explain(_METAFIELD_BATCH_DELETION, d)
    try:
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_METAFIELD_BATCH_DELETION, d) from None
    model = MetafieldBatchDeletion.__new__(MetafieldBatchDeletion)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _METAFIELD_BATCH_DELETION.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_METAFIELD_BATCH_DELETION = Shape(
    "MetafieldBatchDeletion",
    (
        Field(
            "data",
            True,
            ListOf(
                Kinds(
                    (
                        int,
                        str,
                    )
                )
            ),
        ),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_metafield_create(d: Any) -> MetafieldCreate:
    if d.__class__ is not dict:
        raise explain(_METAFIELD_CREATE, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
    except KeyError:
        raise explain(_METAFIELD_CREATE, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_METAFIELD_CREATE, d)
    model = MetafieldCreate.__new__(MetafieldCreate)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 4 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _METAFIELD_CREATE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_METAFIELD_CREATE = Shape(
    "MetafieldCreate",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_metafield_update(d: Any) -> MetafieldUpdate:
    if d.__class__ is not dict:
        raise explain(_METAFIELD_UPDATE, d)
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_METAFIELD_UPDATE, d)
    model = MetafieldUpdate.__new__(MetafieldUpdate)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 0 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _METAFIELD_UPDATE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_METAFIELD_UPDATE = Shape(
    "MetafieldUpdate",
    (
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_order_metafield(d: Any) -> OrderMetafield:
    if d.__class__ is not dict:
        raise explain(_ORDER_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_ORDER_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_ORDER_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_ORDER_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_ORDER_METAFIELD, d)
    model = OrderMetafield.__new__(OrderMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ORDER_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ORDER_METAFIELD = Shape(
    "OrderMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_order_metafield_batch(d: Any) -> OrderMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_ORDER_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_ORDER_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_ORDER_METAFIELD_BATCH, d)
    try:
        v_data = [decode_order_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_ORDER_METAFIELD_BATCH, d) from None
    model = OrderMetafieldBatch.__new__(OrderMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ORDER_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ORDER_METAFIELD_BATCH = Shape(
    "OrderMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_order_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_order_metafield_create_item(d: Any) -> OrderMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_ORDER_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_ORDER_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_ORDER_METAFIELD_CREATE_ITEM, d)
    model = OrderMetafieldCreateItem.__new__(OrderMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ORDER_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ORDER_METAFIELD_CREATE_ITEM = Shape(
    "OrderMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_order_metafield_cursor_list(d: Any) -> OrderMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_ORDER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_ORDER_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_ORDER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_order_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_ORDER_METAFIELD_CURSOR_LIST, d) from None
    model = OrderMetafieldCursorList.__new__(OrderMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ORDER_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ORDER_METAFIELD_CURSOR_LIST = Shape(
    "OrderMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_order_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_order_metafield_list(d: Any) -> OrderMetafieldList:
    if d.__class__ is not dict:
        raise explain(_ORDER_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_ORDER_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_ORDER_METAFIELD_LIST, d)
    try:
        v_data = [decode_order_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_ORDER_METAFIELD_LIST, d) from None
    model = OrderMetafieldList.__new__(OrderMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ORDER_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ORDER_METAFIELD_LIST = Shape(
    "OrderMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_order_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_order_metafield_response(d: Any) -> OrderMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_ORDER_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_ORDER_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_order_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_ORDER_METAFIELD_RESPONSE, d) from None
    model = OrderMetafieldResponse.__new__(OrderMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ORDER_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ORDER_METAFIELD_RESPONSE = Shape(
    "OrderMetafieldResponse",
    (
        Field("data", True, Nested(decode_order_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_order_metafield_update_item(d: Any) -> OrderMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_ORDER_METAFIELD_UPDATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_id = d["id"]
    except KeyError:
        raise explain(_ORDER_METAFIELD_UPDATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_ORDER_METAFIELD_UPDATE_ITEM, d)
    model = OrderMetafieldUpdateItem.__new__(OrderMetafieldUpdateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.id = v_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _ORDER_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_ORDER_METAFIELD_UPDATE_ITEM = Shape(
    "OrderMetafieldUpdateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_partial_brand_metafield(d: Any) -> PartialBrandMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_BRAND_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_BRAND_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_BRAND_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_BRAND_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_BRAND_METAFIELD, d)
    model = PartialBrandMetafield.__new__(PartialBrandMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_BRAND_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_BRAND_METAFIELD = Shape(
    "PartialBrandMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_brand_metafield_cursor_list(d: Any) -> PartialBrandMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_BRAND_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_BRAND_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_BRAND_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_brand_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_BRAND_METAFIELD_CURSOR_LIST, d) from None
    model = PartialBrandMetafieldCursorList.__new__(PartialBrandMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_BRAND_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_BRAND_METAFIELD_CURSOR_LIST = Shape(
    "PartialBrandMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_brand_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_brand_metafield_list(d: Any) -> PartialBrandMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_BRAND_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_BRAND_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_BRAND_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_brand_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_BRAND_METAFIELD_LIST, d) from None
    model = PartialBrandMetafieldList.__new__(PartialBrandMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_BRAND_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_BRAND_METAFIELD_LIST = Shape(
    "PartialBrandMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_brand_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_cart_metafield(d: Any) -> PartialCartMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CART_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_CART_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        and v_id.__class__ is not str
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not str)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_CART_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CART_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_CART_METAFIELD, d)
    model = PartialCartMetafield.__new__(PartialCartMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CART_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CART_METAFIELD = Shape(
    "PartialCartMetafield",
    (
        Field(
            "id",
            True,
            Kinds(
                (
                    int,
                    str,
                )
            ),
        ),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((str,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_cart_metafield_cursor_list(d: Any) -> PartialCartMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CART_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CART_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CART_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_cart_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CART_METAFIELD_CURSOR_LIST, d) from None
    model = PartialCartMetafieldCursorList.__new__(PartialCartMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CART_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CART_METAFIELD_CURSOR_LIST = Shape(
    "PartialCartMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_cart_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_cart_metafield_list(d: Any) -> PartialCartMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CART_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CART_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CART_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_cart_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CART_METAFIELD_LIST, d) from None
    model = PartialCartMetafieldList.__new__(PartialCartMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CART_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CART_METAFIELD_LIST = Shape(
    "PartialCartMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_cart_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_category_metafield(d: Any) -> PartialCategoryMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CATEGORY_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_CATEGORY_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_CATEGORY_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CATEGORY_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_CATEGORY_METAFIELD, d)
    model = PartialCategoryMetafield.__new__(PartialCategoryMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CATEGORY_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CATEGORY_METAFIELD = Shape(
    "PartialCategoryMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_category_metafield_cursor_list(d: Any) -> PartialCategoryMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CATEGORY_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CATEGORY_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CATEGORY_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_category_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CATEGORY_METAFIELD_CURSOR_LIST, d) from None
    model = PartialCategoryMetafieldCursorList.__new__(PartialCategoryMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CATEGORY_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CATEGORY_METAFIELD_CURSOR_LIST = Shape(
    "PartialCategoryMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_category_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_category_metafield_list(d: Any) -> PartialCategoryMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CATEGORY_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CATEGORY_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CATEGORY_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_category_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CATEGORY_METAFIELD_LIST, d) from None
    model = PartialCategoryMetafieldList.__new__(PartialCategoryMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CATEGORY_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CATEGORY_METAFIELD_LIST = Shape(
    "PartialCategoryMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_category_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_channel_metafield(d: Any) -> PartialChannelMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CHANNEL_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_CHANNEL_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_CHANNEL_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CHANNEL_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_CHANNEL_METAFIELD, d)
    model = PartialChannelMetafield.__new__(PartialChannelMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CHANNEL_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CHANNEL_METAFIELD = Shape(
    "PartialChannelMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_channel_metafield_cursor_list(d: Any) -> PartialChannelMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CHANNEL_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CHANNEL_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CHANNEL_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_channel_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CHANNEL_METAFIELD_CURSOR_LIST, d) from None
    model = PartialChannelMetafieldCursorList.__new__(PartialChannelMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CHANNEL_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CHANNEL_METAFIELD_CURSOR_LIST = Shape(
    "PartialChannelMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_channel_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_channel_metafield_list(d: Any) -> PartialChannelMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CHANNEL_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CHANNEL_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CHANNEL_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_channel_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CHANNEL_METAFIELD_LIST, d) from None
    model = PartialChannelMetafieldList.__new__(PartialChannelMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CHANNEL_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CHANNEL_METAFIELD_LIST = Shape(
    "PartialChannelMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_channel_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_customer_metafield(d: Any) -> PartialCustomerMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_CUSTOMER_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CUSTOMER_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_CUSTOMER_METAFIELD, d)
    model = PartialCustomerMetafield.__new__(PartialCustomerMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CUSTOMER_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CUSTOMER_METAFIELD = Shape(
    "PartialCustomerMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_customer_metafield_cursor_list(d: Any) -> PartialCustomerMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_customer_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_CURSOR_LIST, d) from None
    model = PartialCustomerMetafieldCursorList.__new__(PartialCustomerMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CUSTOMER_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CUSTOMER_METAFIELD_CURSOR_LIST = Shape(
    "PartialCustomerMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_customer_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_customer_metafield_list(d: Any) -> PartialCustomerMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_customer_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_CUSTOMER_METAFIELD_LIST, d) from None
    model = PartialCustomerMetafieldList.__new__(PartialCustomerMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_CUSTOMER_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_CUSTOMER_METAFIELD_LIST = Shape(
    "PartialCustomerMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_customer_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_location_metafield(d: Any) -> PartialLocationMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_LOCATION_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_LOCATION_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_LOCATION_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_LOCATION_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_LOCATION_METAFIELD, d)
    model = PartialLocationMetafield.__new__(PartialLocationMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_LOCATION_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_LOCATION_METAFIELD = Shape(
    "PartialLocationMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_location_metafield_cursor_list(d: Any) -> PartialLocationMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_LOCATION_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_LOCATION_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_LOCATION_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_location_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_LOCATION_METAFIELD_CURSOR_LIST, d) from None
    model = PartialLocationMetafieldCursorList.__new__(PartialLocationMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_LOCATION_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_LOCATION_METAFIELD_CURSOR_LIST = Shape(
    "PartialLocationMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_location_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_location_metafield_list(d: Any) -> PartialLocationMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_LOCATION_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_LOCATION_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_LOCATION_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_location_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_LOCATION_METAFIELD_LIST, d) from None
    model = PartialLocationMetafieldList.__new__(PartialLocationMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_LOCATION_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_LOCATION_METAFIELD_LIST = Shape(
    "PartialLocationMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_location_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_order_metafield(d: Any) -> PartialOrderMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_ORDER_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_ORDER_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_ORDER_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_ORDER_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_ORDER_METAFIELD, d)
    model = PartialOrderMetafield.__new__(PartialOrderMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_ORDER_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_ORDER_METAFIELD = Shape(
    "PartialOrderMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_order_metafield_cursor_list(d: Any) -> PartialOrderMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_ORDER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_ORDER_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_ORDER_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_order_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_ORDER_METAFIELD_CURSOR_LIST, d) from None
    model = PartialOrderMetafieldCursorList.__new__(PartialOrderMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_ORDER_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_ORDER_METAFIELD_CURSOR_LIST = Shape(
    "PartialOrderMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_order_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_order_metafield_list(d: Any) -> PartialOrderMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_ORDER_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_ORDER_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_ORDER_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_order_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_ORDER_METAFIELD_LIST, d) from None
    model = PartialOrderMetafieldList.__new__(PartialOrderMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_ORDER_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_ORDER_METAFIELD_LIST = Shape(
    "PartialOrderMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_order_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_product_metafield(d: Any) -> PartialProductMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_PRODUCT_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_PRODUCT_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_PRODUCT_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_PRODUCT_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_PRODUCT_METAFIELD, d)
    model = PartialProductMetafield.__new__(PartialProductMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_PRODUCT_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_PRODUCT_METAFIELD = Shape(
    "PartialProductMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_product_metafield_cursor_list(d: Any) -> PartialProductMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_PRODUCT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_PRODUCT_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_PRODUCT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_product_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_PRODUCT_METAFIELD_CURSOR_LIST, d) from None
    model = PartialProductMetafieldCursorList.__new__(PartialProductMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_PRODUCT_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_PRODUCT_METAFIELD_CURSOR_LIST = Shape(
    "PartialProductMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_product_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_product_metafield_list(d: Any) -> PartialProductMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_PRODUCT_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_PRODUCT_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_PRODUCT_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_product_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_PRODUCT_METAFIELD_LIST, d) from None
    model = PartialProductMetafieldList.__new__(PartialProductMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_PRODUCT_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_PRODUCT_METAFIELD_LIST = Shape(
    "PartialProductMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_product_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_store_metafield(d: Any) -> PartialStoreMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_STORE_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_STORE_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        and v_id.__class__ is not str
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not str)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_STORE_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_STORE_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_STORE_METAFIELD, d)
    model = PartialStoreMetafield.__new__(PartialStoreMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_STORE_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_STORE_METAFIELD = Shape(
    "PartialStoreMetafield",
    (
        Field(
            "id",
            True,
            Kinds(
                (
                    int,
                    str,
                )
            ),
        ),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((str,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_store_metafield_cursor_list(d: Any) -> PartialStoreMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_STORE_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_STORE_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_STORE_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_store_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_STORE_METAFIELD_CURSOR_LIST, d) from None
    model = PartialStoreMetafieldCursorList.__new__(PartialStoreMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_STORE_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_STORE_METAFIELD_CURSOR_LIST = Shape(
    "PartialStoreMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_store_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_store_metafield_list(d: Any) -> PartialStoreMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_STORE_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_STORE_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_STORE_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_store_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_STORE_METAFIELD_LIST, d) from None
    model = PartialStoreMetafieldList.__new__(PartialStoreMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_STORE_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_STORE_METAFIELD_LIST = Shape(
    "PartialStoreMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_store_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_partial_variant_metafield(d: Any) -> PartialVariantMetafield:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_VARIANT_METAFIELD, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PARTIAL_VARIANT_METAFIELD, d) from None
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_permission_set = d.get("permission_set", UNSET)
    v_resource_type = d.get("resource_type", UNSET)
    v_resource_id = d.get("resource_id", UNSET)
    v_description = d.get("description", UNSET)
    v_date_created = d.get("date_created", UNSET)
    v_date_modified = d.get("date_modified", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_permission_set is not UNSET and v_permission_set.__class__ is not str)
        or (v_resource_type is not UNSET and v_resource_type.__class__ is not str)
        or (v_resource_id is not UNSET and v_resource_id.__class__ is not int)
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (v_date_created is not UNSET and v_date_created.__class__ is not str)
        or (v_date_modified is not UNSET and v_date_modified.__class__ is not str)
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PARTIAL_VARIANT_METAFIELD, d)
    try:
        if v_date_created is not UNSET:
            v_date_created = fromisoformat(v_date_created)
        if v_date_modified is not UNSET:
            v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_VARIANT_METAFIELD, d) from None
    if (v_date_created is not UNSET and v_date_created.tzinfo is None) or (
        v_date_modified is not UNSET and v_date_modified.tzinfo is None
    ):
        raise explain(_PARTIAL_VARIANT_METAFIELD, d)
    model = PartialVariantMetafield.__new__(PartialVariantMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.description = v_description
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.owner_client_id = v_owner_client_id
    if len(d) == 1 + (v_key is not UNSET) + (v_value is not UNSET) + (v_namespace is not UNSET) + (
        v_permission_set is not UNSET
    ) + (v_resource_type is not UNSET) + (v_resource_id is not UNSET) + (
        v_description is not UNSET
    ) + (v_date_created is not UNSET) + (v_date_modified is not UNSET) + (
        v_owner_client_id is not UNSET
    ):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_VARIANT_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_VARIANT_METAFIELD = Shape(
    "PartialVariantMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("namespace", False, Kinds((str,))),
        Field("permission_set", False, Kinds((str,))),
        Field("resource_type", False, Kinds((str,))),
        Field("resource_id", False, Kinds((int,))),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field("date_created", False, DateTime()),
        Field("date_modified", False, DateTime()),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_partial_variant_metafield_cursor_list(d: Any) -> PartialVariantMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_VARIANT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_VARIANT_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_VARIANT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_partial_variant_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_VARIANT_METAFIELD_CURSOR_LIST, d) from None
    model = PartialVariantMetafieldCursorList.__new__(PartialVariantMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_VARIANT_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_VARIANT_METAFIELD_CURSOR_LIST = Shape(
    "PartialVariantMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_partial_variant_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_partial_variant_metafield_list(d: Any) -> PartialVariantMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PARTIAL_VARIANT_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PARTIAL_VARIANT_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PARTIAL_VARIANT_METAFIELD_LIST, d)
    try:
        v_data = [decode_partial_variant_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PARTIAL_VARIANT_METAFIELD_LIST, d) from None
    model = PartialVariantMetafieldList.__new__(PartialVariantMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PARTIAL_VARIANT_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PARTIAL_VARIANT_METAFIELD_LIST = Shape(
    "PartialVariantMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_partial_variant_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_product_metafield(d: Any) -> ProductMetafield:
    if d.__class__ is not dict:
        raise explain(_PRODUCT_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_PRODUCT_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_PRODUCT_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_PRODUCT_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_PRODUCT_METAFIELD, d)
    model = ProductMetafield.__new__(ProductMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PRODUCT_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PRODUCT_METAFIELD = Shape(
    "ProductMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_product_metafield_batch(d: Any) -> ProductMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_PRODUCT_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PRODUCT_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_PRODUCT_METAFIELD_BATCH, d)
    try:
        v_data = [decode_product_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PRODUCT_METAFIELD_BATCH, d) from None
    model = ProductMetafieldBatch.__new__(ProductMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PRODUCT_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PRODUCT_METAFIELD_BATCH = Shape(
    "ProductMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_product_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_product_metafield_create_item(d: Any) -> ProductMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_PRODUCT_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_PRODUCT_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_PRODUCT_METAFIELD_CREATE_ITEM, d)
    model = ProductMetafieldCreateItem.__new__(ProductMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PRODUCT_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PRODUCT_METAFIELD_CREATE_ITEM = Shape(
    "ProductMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_product_metafield_cursor_list(d: Any) -> ProductMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_PRODUCT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PRODUCT_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PRODUCT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_product_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PRODUCT_METAFIELD_CURSOR_LIST, d) from None
    model = ProductMetafieldCursorList.__new__(ProductMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PRODUCT_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PRODUCT_METAFIELD_CURSOR_LIST = Shape(
    "ProductMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_product_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_product_metafield_list(d: Any) -> ProductMetafieldList:
    if d.__class__ is not dict:
        raise explain(_PRODUCT_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_PRODUCT_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_PRODUCT_METAFIELD_LIST, d)
    try:
        v_data = [decode_product_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PRODUCT_METAFIELD_LIST, d) from None
    model = ProductMetafieldList.__new__(ProductMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PRODUCT_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PRODUCT_METAFIELD_LIST = Shape(
    "ProductMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_product_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_product_metafield_response(d: Any) -> ProductMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_PRODUCT_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_PRODUCT_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_product_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_PRODUCT_METAFIELD_RESPONSE, d) from None
    model = ProductMetafieldResponse.__new__(ProductMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PRODUCT_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PRODUCT_METAFIELD_RESPONSE = Shape(
    "ProductMetafieldResponse",
    (
        Field("data", True, Nested(decode_product_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_product_metafield_update_item(d: Any) -> ProductMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_PRODUCT_METAFIELD_UPDATE_ITEM, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_PRODUCT_METAFIELD_UPDATE_ITEM, d) from None
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        v_id.__class__ is not int
        or (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_PRODUCT_METAFIELD_UPDATE_ITEM, d)
    model = ProductMetafieldUpdateItem.__new__(ProductMetafieldUpdateItem)
    model.id = v_id
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 1 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _PRODUCT_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_PRODUCT_METAFIELD_UPDATE_ITEM = Shape(
    "ProductMetafieldUpdateItem",
    (
        Field("id", True, Kinds((int,))),
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_store_metafield(d: Any) -> StoreMetafield:
    if d.__class__ is not dict:
        raise explain(_STORE_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_STORE_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        and v_id.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not str
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_STORE_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_STORE_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_STORE_METAFIELD, d)
    model = StoreMetafield.__new__(StoreMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _STORE_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_STORE_METAFIELD = Shape(
    "StoreMetafield",
    (
        Field(
            "id",
            True,
            Kinds(
                (
                    int,
                    str,
                )
            ),
        ),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((str,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_store_metafield_batch(d: Any) -> StoreMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_STORE_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_STORE_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_STORE_METAFIELD_BATCH, d)
    try:
        v_data = [decode_store_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_STORE_METAFIELD_BATCH, d) from None
    model = StoreMetafieldBatch.__new__(StoreMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _STORE_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_STORE_METAFIELD_BATCH = Shape(
    "StoreMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_store_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_store_metafield_cursor_list(d: Any) -> StoreMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_STORE_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_STORE_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_STORE_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_store_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_STORE_METAFIELD_CURSOR_LIST, d) from None
    model = StoreMetafieldCursorList.__new__(StoreMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _STORE_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_STORE_METAFIELD_CURSOR_LIST = Shape(
    "StoreMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_store_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_store_metafield_list(d: Any) -> StoreMetafieldList:
    if d.__class__ is not dict:
        raise explain(_STORE_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_STORE_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_STORE_METAFIELD_LIST, d)
    try:
        v_data = [decode_store_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_STORE_METAFIELD_LIST, d) from None
    model = StoreMetafieldList.__new__(StoreMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _STORE_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_STORE_METAFIELD_LIST = Shape(
    "StoreMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_store_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_store_metafield_response(d: Any) -> StoreMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_STORE_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_STORE_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_store_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_STORE_METAFIELD_RESPONSE, d) from None
    model = StoreMetafieldResponse.__new__(StoreMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _STORE_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_STORE_METAFIELD_RESPONSE = Shape(
    "StoreMetafieldResponse",
    (
        Field("data", True, Nested(decode_store_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_store_metafield_update_item(d: Any) -> StoreMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_STORE_METAFIELD_UPDATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_id = d["id"]
    except KeyError:
        raise explain(_STORE_METAFIELD_UPDATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_STORE_METAFIELD_UPDATE_ITEM, d)
    model = StoreMetafieldUpdateItem.__new__(StoreMetafieldUpdateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.id = v_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _STORE_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_STORE_METAFIELD_UPDATE_ITEM = Shape(
    "StoreMetafieldUpdateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_variant_metafield(d: Any) -> VariantMetafield:
    if d.__class__ is not dict:
        raise explain(_VARIANT_METAFIELD, d)
    try:
        v_id = d["id"]
        v_key = d["key"]
        v_value = d["value"]
        v_namespace = d["namespace"]
        v_permission_set = d["permission_set"]
        v_resource_type = d["resource_type"]
        v_resource_id = d["resource_id"]
        v_date_created = d["date_created"]
        v_date_modified = d["date_modified"]
    except KeyError:
        raise explain(_VARIANT_METAFIELD, d) from None
    v_description = d.get("description", UNSET)
    v_owner_client_id = d.get("owner_client_id", UNSET)
    if (
        v_id.__class__ is not int
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_namespace.__class__ is not str
        or v_permission_set.__class__ is not str
        or v_resource_type.__class__ is not str
        or v_resource_id.__class__ is not int
        or v_date_created.__class__ is not str
        or v_date_modified.__class__ is not str
        or (
            v_description is not UNSET
            and v_description.__class__ is not str
            and v_description is not None
        )
        or (
            v_owner_client_id is not UNSET
            and v_owner_client_id.__class__ is not str
            and v_owner_client_id is not None
        )
    ):
        raise explain(_VARIANT_METAFIELD, d)
    try:
        v_date_created = fromisoformat(v_date_created)
        v_date_modified = fromisoformat(v_date_modified)
    except ValueError:  # DecodeError too
        raise explain(_VARIANT_METAFIELD, d) from None
    if v_date_created.tzinfo is None or v_date_modified.tzinfo is None:
        raise explain(_VARIANT_METAFIELD, d)
    model = VariantMetafield.__new__(VariantMetafield)
    model.id = v_id
    model.key = v_key
    model.value = v_value
    model.namespace = v_namespace
    model.permission_set = v_permission_set
    model.resource_type = v_resource_type
    model.resource_id = v_resource_id
    model.date_created = v_date_created
    model.date_modified = v_date_modified
    model.description = v_description
    model.owner_client_id = v_owner_client_id
    if len(d) == 9 + (v_description is not UNSET) + (v_owner_client_id is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _VARIANT_METAFIELD.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_VARIANT_METAFIELD = Shape(
    "VariantMetafield",
    (
        Field("id", True, Kinds((int,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("namespace", True, Kinds((str,))),
        Field("permission_set", True, Kinds((str,))),
        Field("resource_type", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("date_created", True, DateTime()),
        Field("date_modified", True, DateTime()),
        Field(
            "description",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
        Field(
            "owner_client_id",
            False,
            Kinds(
                (
                    str,
                    type(None),
                )
            ),
        ),
    ),
)


def decode_variant_metafield_batch(d: Any) -> VariantMetafieldBatch:
    if d.__class__ is not dict:
        raise explain(_VARIANT_METAFIELD_BATCH, d)
    try:
        v_data = d["data"]
        v_errors = d["errors"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_VARIANT_METAFIELD_BATCH, d) from None
    if v_data.__class__ is not list or v_errors.__class__ is not list:
        raise explain(_VARIANT_METAFIELD_BATCH, d)
    try:
        v_data = [decode_variant_metafield(item) for item in v_data]
        v_errors = [decode_batch_item_errors(item) for item in v_errors]
        v_meta = decode_batch_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_VARIANT_METAFIELD_BATCH, d) from None
    model = VariantMetafieldBatch.__new__(VariantMetafieldBatch)
    model.data = v_data
    model.errors = v_errors
    model.meta = v_meta
    if len(d) == 3:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _VARIANT_METAFIELD_BATCH.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_VARIANT_METAFIELD_BATCH = Shape(
    "VariantMetafieldBatch",
    (
        Field("data", True, ListOf(Nested(decode_variant_metafield))),
        Field("errors", True, ListOf(Nested(decode_batch_item_errors))),
        Field("meta", True, Nested(decode_batch_meta)),
    ),
)


def decode_variant_metafield_create_item(d: Any) -> VariantMetafieldCreateItem:
    if d.__class__ is not dict:
        raise explain(_VARIANT_METAFIELD_CREATE_ITEM, d)
    try:
        v_permission_set = d["permission_set"]
        v_namespace = d["namespace"]
        v_key = d["key"]
        v_value = d["value"]
        v_resource_id = d["resource_id"]
    except KeyError:
        raise explain(_VARIANT_METAFIELD_CREATE_ITEM, d) from None
    v_description = d.get("description", UNSET)
    if (
        (
            v_permission_set.__class__ is not str
            or v_permission_set
            not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
        )
        or v_namespace.__class__ is not str
        or v_key.__class__ is not str
        or v_value.__class__ is not str
        or v_resource_id.__class__ is not int
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_VARIANT_METAFIELD_CREATE_ITEM, d)
    model = VariantMetafieldCreateItem.__new__(VariantMetafieldCreateItem)
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.resource_id = v_resource_id
    model.description = v_description
    if len(d) == 5 + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _VARIANT_METAFIELD_CREATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_VARIANT_METAFIELD_CREATE_ITEM = Shape(
    "VariantMetafieldCreateItem",
    (
        Field(
            "permission_set",
            True,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", True, Kinds((str,))),
        Field("key", True, Kinds((str,))),
        Field("value", True, Kinds((str,))),
        Field("resource_id", True, Kinds((int,))),
        Field("description", False, Kinds((str,))),
    ),
)


def decode_variant_metafield_cursor_list(d: Any) -> VariantMetafieldCursorList:
    if d.__class__ is not dict:
        raise explain(_VARIANT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_VARIANT_METAFIELD_CURSOR_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_VARIANT_METAFIELD_CURSOR_LIST, d)
    try:
        v_data = [decode_variant_metafield(item) for item in v_data]
        v_meta = decode_cursor_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_VARIANT_METAFIELD_CURSOR_LIST, d) from None
    model = VariantMetafieldCursorList.__new__(VariantMetafieldCursorList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _VARIANT_METAFIELD_CURSOR_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_VARIANT_METAFIELD_CURSOR_LIST = Shape(
    "VariantMetafieldCursorList",
    (
        Field("data", True, ListOf(Nested(decode_variant_metafield))),
        Field("meta", True, Nested(decode_cursor_list_meta)),
    ),
)


def decode_variant_metafield_list(d: Any) -> VariantMetafieldList:
    if d.__class__ is not dict:
        raise explain(_VARIANT_METAFIELD_LIST, d)
    try:
        v_data = d["data"]
        v_meta = d["meta"]
    except KeyError:
        raise explain(_VARIANT_METAFIELD_LIST, d) from None
    if v_data.__class__ is not list:
        raise explain(_VARIANT_METAFIELD_LIST, d)
    try:
        v_data = [decode_variant_metafield(item) for item in v_data]
        v_meta = decode_list_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_VARIANT_METAFIELD_LIST, d) from None
    model = VariantMetafieldList.__new__(VariantMetafieldList)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 2:
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _VARIANT_METAFIELD_LIST.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_VARIANT_METAFIELD_LIST = Shape(
    "VariantMetafieldList",
    (
        Field("data", True, ListOf(Nested(decode_variant_metafield))),
        Field("meta", True, Nested(decode_list_meta)),
    ),
)


def decode_variant_metafield_response(d: Any) -> VariantMetafieldResponse:
    if d.__class__ is not dict:
        raise explain(_VARIANT_METAFIELD_RESPONSE, d)
    try:
        v_data = d["data"]
    except KeyError:
        raise explain(_VARIANT_METAFIELD_RESPONSE, d) from None
    v_meta = d.get("meta", UNSET)
    try:
        v_data = decode_variant_metafield(v_data)
        if v_meta is not UNSET:
            v_meta = decode_meta(v_meta)
    except ValueError:  # DecodeError too
        raise explain(_VARIANT_METAFIELD_RESPONSE, d) from None
    model = VariantMetafieldResponse.__new__(VariantMetafieldResponse)
    model.data = v_data
    model.meta = v_meta
    if len(d) == 1 + (v_meta is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _VARIANT_METAFIELD_RESPONSE.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_VARIANT_METAFIELD_RESPONSE = Shape(
    "VariantMetafieldResponse",
    (
        Field("data", True, Nested(decode_variant_metafield)),
        Field("meta", False, Nested(decode_meta)),
    ),
)


def decode_variant_metafield_update_item(d: Any) -> VariantMetafieldUpdateItem:
    if d.__class__ is not dict:
        raise explain(_VARIANT_METAFIELD_UPDATE_ITEM, d)
    try:
        v_id = d["id"]
    except KeyError:
        raise explain(_VARIANT_METAFIELD_UPDATE_ITEM, d) from None
    v_permission_set = d.get("permission_set", UNSET)
    v_namespace = d.get("namespace", UNSET)
    v_key = d.get("key", UNSET)
    v_value = d.get("value", UNSET)
    v_description = d.get("description", UNSET)
    if (
        v_id.__class__ is not int
        or (
            v_permission_set is not UNSET
            and (
                v_permission_set.__class__ is not str
                or v_permission_set
                not in {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
            )
        )
        or (v_namespace is not UNSET and v_namespace.__class__ is not str)
        or (v_key is not UNSET and v_key.__class__ is not str)
        or (v_value is not UNSET and v_value.__class__ is not str)
        or (v_description is not UNSET and v_description.__class__ is not str)
    ):
        raise explain(_VARIANT_METAFIELD_UPDATE_ITEM, d)
    model = VariantMetafieldUpdateItem.__new__(VariantMetafieldUpdateItem)
    model.id = v_id
    model.permission_set = cast(Any, v_permission_set)
    model.namespace = v_namespace
    model.key = v_key
    model.value = v_value
    model.description = v_description
    if len(d) == 1 + (v_permission_set is not UNSET) + (v_namespace is not UNSET) + (
        v_key is not UNSET
    ) + (v_value is not UNSET) + (v_description is not UNSET):
        model.additional_properties = {}
    else:  # unknown fields: kept, as from_dict keeps them
        known = _VARIANT_METAFIELD_UPDATE_ITEM.keys
        model.additional_properties = {k: v for k, v in d.items() if k not in known}
    return model


_VARIANT_METAFIELD_UPDATE_ITEM = Shape(
    "VariantMetafieldUpdateItem",
    (
        Field("id", True, Kinds((int,))),
        Field(
            "permission_set",
            False,
            OneOf(
                frozenset(
                    {"app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"}
                )
            ),
        ),
        Field("namespace", False, Kinds((str,))),
        Field("key", False, Kinds((str,))),
        Field("value", False, Kinds((str,))),
        Field("description", False, Kinds((str,))),
    ),
)


Model: TypeAlias = (
    BatchItemErrorsErrors
    | BatchItemErrors
    | BatchMeta
    | BrandMetafield
    | BrandMetafieldBatch
    | BrandMetafieldCreateItem
    | CursorPaginationLinks
    | CursorPagination
    | PaginationLinks
    | Pagination
    | CursorListMeta
    | BrandMetafieldCursorList
    | ListMeta
    | BrandMetafieldList
    | Meta
    | BrandMetafieldResponse
    | BrandMetafieldUpdateItem
    | CartMetafield
    | CartMetafieldBatch
    | CartMetafieldCreateItem
    | CartMetafieldCursorList
    | CartMetafieldList
    | CartMetafieldResponse
    | CartMetafieldUpdateItem
    | CategoryMetafield
    | CategoryMetafieldBatch
    | CategoryMetafieldCreateItem
    | CategoryMetafieldCursorList
    | CategoryMetafieldList
    | CategoryMetafieldResponse
    | CategoryMetafieldUpdateItem
    | ChannelMetafield
    | ChannelMetafieldBatch
    | ChannelMetafieldCreateItem
    | ChannelMetafieldCursorList
    | ChannelMetafieldList
    | ChannelMetafieldResponse
    | ChannelMetafieldUpdateItem
    | CustomerMetafield
    | CustomerMetafieldBatch
    | CustomerMetafieldCreateItem
    | CustomerMetafieldCursorList
    | CustomerMetafieldList
    | CustomerMetafieldResponse
    | CustomerMetafieldUpdateItem
    | ErrorResponseErrors
    | ErrorResponse
    | LocationMetafield
    | LocationMetafieldBatch
    | LocationMetafieldCreateItem
    | LocationMetafieldCursorList
    | LocationMetafieldList
    | LocationMetafieldResponse
    | LocationMetafieldUpdateItem
    | MetafieldBatchDeletion
    | MetafieldCreate
    | MetafieldUpdate
    | OrderMetafield
    | OrderMetafieldBatch
    | OrderMetafieldCreateItem
    | OrderMetafieldCursorList
    | OrderMetafieldList
    | OrderMetafieldResponse
    | OrderMetafieldUpdateItem
    | PartialBrandMetafield
    | PartialBrandMetafieldCursorList
    | PartialBrandMetafieldList
    | PartialCartMetafield
    | PartialCartMetafieldCursorList
    | PartialCartMetafieldList
    | PartialCategoryMetafield
    | PartialCategoryMetafieldCursorList
    | PartialCategoryMetafieldList
    | PartialChannelMetafield
    | PartialChannelMetafieldCursorList
    | PartialChannelMetafieldList
    | PartialCustomerMetafield
    | PartialCustomerMetafieldCursorList
    | PartialCustomerMetafieldList
    | PartialLocationMetafield
    | PartialLocationMetafieldCursorList
    | PartialLocationMetafieldList
    | PartialOrderMetafield
    | PartialOrderMetafieldCursorList
    | PartialOrderMetafieldList
    | PartialProductMetafield
    | PartialProductMetafieldCursorList
    | PartialProductMetafieldList
    | PartialStoreMetafield
    | PartialStoreMetafieldCursorList
    | PartialStoreMetafieldList
    | PartialVariantMetafield
    | PartialVariantMetafieldCursorList
    | PartialVariantMetafieldList
    | ProductMetafield
    | ProductMetafieldBatch
    | ProductMetafieldCreateItem
    | ProductMetafieldCursorList
    | ProductMetafieldList
    | ProductMetafieldResponse
    | ProductMetafieldUpdateItem
    | StoreMetafield
    | StoreMetafieldBatch
    | StoreMetafieldCursorList
    | StoreMetafieldList
    | StoreMetafieldResponse
    | StoreMetafieldUpdateItem
    | VariantMetafield
    | VariantMetafieldBatch
    | VariantMetafieldCreateItem
    | VariantMetafieldCursorList
    | VariantMetafieldList
    | VariantMetafieldResponse
    | VariantMetafieldUpdateItem
)
"""Every model of the spec: what `parse` and `DECODERS` take."""

DECODERS: Final[Mapping[type[Any], Callable[[Any], Any]]] = {
    BatchItemErrorsErrors: decode_batch_item_errors_errors,
    BatchItemErrors: decode_batch_item_errors,
    BatchMeta: decode_batch_meta,
    BrandMetafield: decode_brand_metafield,
    BrandMetafieldBatch: decode_brand_metafield_batch,
    BrandMetafieldCreateItem: decode_brand_metafield_create_item,
    CursorPaginationLinks: decode_cursor_pagination_links,
    CursorPagination: decode_cursor_pagination,
    PaginationLinks: decode_pagination_links,
    Pagination: decode_pagination,
    CursorListMeta: decode_cursor_list_meta,
    BrandMetafieldCursorList: decode_brand_metafield_cursor_list,
    ListMeta: decode_list_meta,
    BrandMetafieldList: decode_brand_metafield_list,
    Meta: decode_meta,
    BrandMetafieldResponse: decode_brand_metafield_response,
    BrandMetafieldUpdateItem: decode_brand_metafield_update_item,
    CartMetafield: decode_cart_metafield,
    CartMetafieldBatch: decode_cart_metafield_batch,
    CartMetafieldCreateItem: decode_cart_metafield_create_item,
    CartMetafieldCursorList: decode_cart_metafield_cursor_list,
    CartMetafieldList: decode_cart_metafield_list,
    CartMetafieldResponse: decode_cart_metafield_response,
    CartMetafieldUpdateItem: decode_cart_metafield_update_item,
    CategoryMetafield: decode_category_metafield,
    CategoryMetafieldBatch: decode_category_metafield_batch,
    CategoryMetafieldCreateItem: decode_category_metafield_create_item,
    CategoryMetafieldCursorList: decode_category_metafield_cursor_list,
    CategoryMetafieldList: decode_category_metafield_list,
    CategoryMetafieldResponse: decode_category_metafield_response,
    CategoryMetafieldUpdateItem: decode_category_metafield_update_item,
    ChannelMetafield: decode_channel_metafield,
    ChannelMetafieldBatch: decode_channel_metafield_batch,
    ChannelMetafieldCreateItem: decode_channel_metafield_create_item,
    ChannelMetafieldCursorList: decode_channel_metafield_cursor_list,
    ChannelMetafieldList: decode_channel_metafield_list,
    ChannelMetafieldResponse: decode_channel_metafield_response,
    ChannelMetafieldUpdateItem: decode_channel_metafield_update_item,
    CustomerMetafield: decode_customer_metafield,
    CustomerMetafieldBatch: decode_customer_metafield_batch,
    CustomerMetafieldCreateItem: decode_customer_metafield_create_item,
    CustomerMetafieldCursorList: decode_customer_metafield_cursor_list,
    CustomerMetafieldList: decode_customer_metafield_list,
    CustomerMetafieldResponse: decode_customer_metafield_response,
    CustomerMetafieldUpdateItem: decode_customer_metafield_update_item,
    ErrorResponseErrors: decode_error_response_errors,
    ErrorResponse: decode_error_response,
    LocationMetafield: decode_location_metafield,
    LocationMetafieldBatch: decode_location_metafield_batch,
    LocationMetafieldCreateItem: decode_location_metafield_create_item,
    LocationMetafieldCursorList: decode_location_metafield_cursor_list,
    LocationMetafieldList: decode_location_metafield_list,
    LocationMetafieldResponse: decode_location_metafield_response,
    LocationMetafieldUpdateItem: decode_location_metafield_update_item,
    MetafieldBatchDeletion: decode_metafield_batch_deletion,
    MetafieldCreate: decode_metafield_create,
    MetafieldUpdate: decode_metafield_update,
    OrderMetafield: decode_order_metafield,
    OrderMetafieldBatch: decode_order_metafield_batch,
    OrderMetafieldCreateItem: decode_order_metafield_create_item,
    OrderMetafieldCursorList: decode_order_metafield_cursor_list,
    OrderMetafieldList: decode_order_metafield_list,
    OrderMetafieldResponse: decode_order_metafield_response,
    OrderMetafieldUpdateItem: decode_order_metafield_update_item,
    PartialBrandMetafield: decode_partial_brand_metafield,
    PartialBrandMetafieldCursorList: decode_partial_brand_metafield_cursor_list,
    PartialBrandMetafieldList: decode_partial_brand_metafield_list,
    PartialCartMetafield: decode_partial_cart_metafield,
    PartialCartMetafieldCursorList: decode_partial_cart_metafield_cursor_list,
    PartialCartMetafieldList: decode_partial_cart_metafield_list,
    PartialCategoryMetafield: decode_partial_category_metafield,
    PartialCategoryMetafieldCursorList: decode_partial_category_metafield_cursor_list,
    PartialCategoryMetafieldList: decode_partial_category_metafield_list,
    PartialChannelMetafield: decode_partial_channel_metafield,
    PartialChannelMetafieldCursorList: decode_partial_channel_metafield_cursor_list,
    PartialChannelMetafieldList: decode_partial_channel_metafield_list,
    PartialCustomerMetafield: decode_partial_customer_metafield,
    PartialCustomerMetafieldCursorList: decode_partial_customer_metafield_cursor_list,
    PartialCustomerMetafieldList: decode_partial_customer_metafield_list,
    PartialLocationMetafield: decode_partial_location_metafield,
    PartialLocationMetafieldCursorList: decode_partial_location_metafield_cursor_list,
    PartialLocationMetafieldList: decode_partial_location_metafield_list,
    PartialOrderMetafield: decode_partial_order_metafield,
    PartialOrderMetafieldCursorList: decode_partial_order_metafield_cursor_list,
    PartialOrderMetafieldList: decode_partial_order_metafield_list,
    PartialProductMetafield: decode_partial_product_metafield,
    PartialProductMetafieldCursorList: decode_partial_product_metafield_cursor_list,
    PartialProductMetafieldList: decode_partial_product_metafield_list,
    PartialStoreMetafield: decode_partial_store_metafield,
    PartialStoreMetafieldCursorList: decode_partial_store_metafield_cursor_list,
    PartialStoreMetafieldList: decode_partial_store_metafield_list,
    PartialVariantMetafield: decode_partial_variant_metafield,
    PartialVariantMetafieldCursorList: decode_partial_variant_metafield_cursor_list,
    PartialVariantMetafieldList: decode_partial_variant_metafield_list,
    ProductMetafield: decode_product_metafield,
    ProductMetafieldBatch: decode_product_metafield_batch,
    ProductMetafieldCreateItem: decode_product_metafield_create_item,
    ProductMetafieldCursorList: decode_product_metafield_cursor_list,
    ProductMetafieldList: decode_product_metafield_list,
    ProductMetafieldResponse: decode_product_metafield_response,
    ProductMetafieldUpdateItem: decode_product_metafield_update_item,
    StoreMetafield: decode_store_metafield,
    StoreMetafieldBatch: decode_store_metafield_batch,
    StoreMetafieldCursorList: decode_store_metafield_cursor_list,
    StoreMetafieldList: decode_store_metafield_list,
    StoreMetafieldResponse: decode_store_metafield_response,
    StoreMetafieldUpdateItem: decode_store_metafield_update_item,
    VariantMetafield: decode_variant_metafield,
    VariantMetafieldBatch: decode_variant_metafield_batch,
    VariantMetafieldCreateItem: decode_variant_metafield_create_item,
    VariantMetafieldCursorList: decode_variant_metafield_cursor_list,
    VariantMetafieldList: decode_variant_metafield_list,
    VariantMetafieldResponse: decode_variant_metafield_response,
    VariantMetafieldUpdateItem: decode_variant_metafield_update_item,
}
