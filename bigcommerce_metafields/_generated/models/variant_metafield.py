from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VariantMetafield")


@_attrs_define
class VariantMetafield:
    """A variant metafield as the service returns it from create, get, update and list."""

    id: int
    key: str
    value: str
    namespace: str
    permission_set: str
    """ One of the PermissionSet values; read as a string so a new one does not break parsing. """
    resource_type: str
    """ "variant" here; read as a string because the service has more resource types. """
    resource_id: int
    date_created: datetime.datetime
    date_modified: datetime.datetime
    description: None | str | Unset = UNSET
    owner_client_id: None | str | Unset = UNSET
    """ The API client that owns the metafield; may be absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        value = self.value

        namespace = self.namespace

        permission_set = self.permission_set

        resource_type = self.resource_type

        resource_id = self.resource_id

        date_created = self.date_created.isoformat()

        date_modified = self.date_modified.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
                "key": key,
                "value": value,
                "namespace": namespace,
                "permission_set": permission_set,
                "resource_type": resource_type,
                "resource_id": resource_id,
                "date_created": date_created,
                "date_modified": date_modified,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if owner_client_id is not UNSET:
            field_dict["owner_client_id"] = owner_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key")

        value = d.pop("value")

        namespace = d.pop("namespace")

        permission_set = d.pop("permission_set")

        resource_type = d.pop("resource_type")

        resource_id = d.pop("resource_id")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        date_modified = datetime.datetime.fromisoformat(d.pop("date_modified"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_owner_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_client_id = _parse_owner_client_id(d.pop("owner_client_id", UNSET))

        variant_metafield = cls(
            id=id,
            key=key,
            value=value,
            namespace=namespace,
            permission_set=permission_set,
            resource_type=resource_type,
            resource_id=resource_id,
            date_created=date_created,
            date_modified=date_modified,
            description=description,
            owner_client_id=owner_client_id,
        )

        variant_metafield.additional_properties = d
        return variant_metafield

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
