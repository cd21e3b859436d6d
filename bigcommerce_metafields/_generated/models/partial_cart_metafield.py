from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialCartMetafield")


@_attrs_define
class PartialCartMetafield:
    """A cart metafield from a store-wide listing that asked for some fields only (include_fields), so only `id` is certain
    to be present.

    """

    id: int | str
    key: str | Unset = UNSET
    value: str | Unset = UNSET
    namespace: str | Unset = UNSET
    permission_set: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_modified: datetime.datetime | Unset = UNSET
    owner_client_id: None | str | Unset = UNSET
    """ The API client that owns the metafield; may be absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        key = self.key

        value = self.value

        namespace = self.namespace

        permission_set = self.permission_set

        resource_type = self.resource_type

        resource_id = self.resource_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        owner_client_id: None | str | Unset
        if isinstance(self.owner_client_id, Unset):
            owner_client_id = UNSET
        else:
            owner_client_id = self.owner_client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if permission_set is not UNSET:
            field_dict["permission_set"] = permission_set
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if description is not UNSET:
            field_dict["description"] = description
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if owner_client_id is not UNSET:
            field_dict["owner_client_id"] = owner_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        namespace = d.pop("namespace", UNSET)

        permission_set = d.pop("permission_set", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _date_modified = d.pop("date_modified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        def _parse_owner_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_client_id = _parse_owner_client_id(d.pop("owner_client_id", UNSET))

        partial_cart_metafield = cls(
            id=id,
            key=key,
            value=value,
            namespace=namespace,
            permission_set=permission_set,
            resource_type=resource_type,
            resource_id=resource_id,
            description=description,
            date_created=date_created,
            date_modified=date_modified,
            owner_client_id=owner_client_id,
        )

        partial_cart_metafield.additional_properties = d
        return partial_cart_metafield

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
