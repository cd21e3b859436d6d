from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_set import PermissionSet, check_permission_set
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryMetafieldCreateItem")


@_attrs_define
class CategoryMetafieldCreateItem:
    """One metafield of a batch create, with the create fields and the category it goes on."""

    permission_set: PermissionSet
    """ Who may read and write the metafield. Sent by the client, so it is checked. """
    namespace: str
    """ Groups metafields; unique together with key per resource and client. """
    key: str
    value: str
    resource_id: int
    """ The category's id. """
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_set: str = self.permission_set

        namespace = self.namespace

        key = self.key

        value = self.value

        resource_id = self.resource_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission_set": permission_set,
                "namespace": namespace,
                "key": key,
                "value": value,
                "resource_id": resource_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission_set = check_permission_set(d.pop("permission_set"))

        namespace = d.pop("namespace")

        key = d.pop("key")

        value = d.pop("value")

        resource_id = d.pop("resource_id")

        description = d.pop("description", UNSET)

        category_metafield_create_item = cls(
            permission_set=permission_set,
            namespace=namespace,
            key=key,
            value=value,
            resource_id=resource_id,
            description=description,
        )

        category_metafield_create_item.additional_properties = d
        return category_metafield_create_item

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
