from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_item_errors import BatchItemErrors
    from ..models.batch_meta import BatchMeta
    from ..models.channel_metafield import ChannelMetafield


T = TypeVar("T", bound="ChannelMetafieldBatch")


@_attrs_define
class ChannelMetafieldBatch:
    """The answer to a batch create or update of channel metafields. `data` holds the metafields written, `errors` what
    went wrong with the others (empty when all succeeded).

    """

    data: list[ChannelMetafield]
    errors: list[BatchItemErrors]
    meta: BatchMeta
    """ Counts of a batch write's items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "errors": errors,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_errors import BatchItemErrors  # noqa: PLC0415
        from ..models.batch_meta import BatchMeta  # noqa: PLC0415
        from ..models.channel_metafield import ChannelMetafield  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ChannelMetafield.from_dict(data_item_data)

            data.append(data_item)

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = BatchItemErrors.from_dict(errors_item_data)

            errors.append(errors_item)

        meta = BatchMeta.from_dict(d.pop("meta"))

        channel_metafield_batch = cls(
            data=data,
            errors=errors,
            meta=meta,
        )

        channel_metafield_batch.additional_properties = d
        return channel_metafield_batch

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
