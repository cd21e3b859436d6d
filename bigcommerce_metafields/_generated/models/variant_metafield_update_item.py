from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_set import PermissionSet, check_permission_set
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariantMetafieldUpdateItem")


@_attrs_define
class VariantMetafieldUpdateItem:
    """One metafield of a batch update, with its id and the fields to change."""

    id: int
    """ The metafield's id. """
    permission_set: PermissionSet | Unset = UNSET
    """ Who may read and write the metafield. Sent by the client, so it is checked. """
    namespace: str | Unset = UNSET
    key: str | Unset = UNSET
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        permission_set: str | Unset = UNSET
        if not isinstance(self.permission_set, Unset):
            permission_set = self.permission_set

        namespace = self.namespace

        key = self.key

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if permission_set is not UNSET:
            field_dict["permission_set"] = permission_set
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _permission_set = d.pop("permission_set", UNSET)
        permission_set: PermissionSet | Unset
        if isinstance(_permission_set, Unset):
            permission_set = UNSET
        else:
            permission_set = check_permission_set(_permission_set)

        namespace = d.pop("namespace", UNSET)

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        variant_metafield_update_item = cls(
            id=id,
            permission_set=permission_set,
            namespace=namespace,
            key=key,
            value=value,
            description=description,
        )

        variant_metafield_update_item.additional_properties = d
        return variant_metafield_update_item

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
