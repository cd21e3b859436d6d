from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cursor_list_meta import CursorListMeta
    from ..models.store_metafield import StoreMetafield


T = TypeVar("T", bound="StoreMetafieldCursorList")


@_attrs_define
class StoreMetafieldCursorList:
    data: list[StoreMetafield]
    meta: CursorListMeta
    """ The meta of a page read with a before or after cursor, which carries cursor_pagination and no offset
    pagination. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor_list_meta import CursorListMeta  # noqa: PLC0415
        from ..models.store_metafield import StoreMetafield  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = StoreMetafield.from_dict(data_item_data)

            data.append(data_item)

        meta = CursorListMeta.from_dict(d.pop("meta"))

        store_metafield_cursor_list = cls(
            data=data,
            meta=meta,
        )

        store_metafield_cursor_list.additional_properties = d
        return store_metafield_cursor_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
