from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_item_errors_errors import BatchItemErrorsErrors


T = TypeVar("T", bound="BatchItemErrors")


@_attrs_define
class BatchItemErrors:
    """One kind of failure in a batch write; `errors` maps the index of each item that failed this way (as a string, "0"
    for the first item sent) to its message.

    """

    status: int | Unset = UNSET
    """ The HTTP status the failure would have as a single request (409, 403, 404, 422). """
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ A URL describing the error class. """
    detail: str | Unset = UNSET
    errors: BatchItemErrorsErrors | Unset = UNSET
    """ Item index to message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        type_ = self.type_

        detail = self.detail

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_errors_errors import BatchItemErrorsErrors  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        detail = d.pop("detail", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: BatchItemErrorsErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = BatchItemErrorsErrors.from_dict(_errors)

        batch_item_errors = cls(
            status=status,
            title=title,
            type_=type_,
            detail=detail,
            errors=errors,
        )

        batch_item_errors.additional_properties = d
        return batch_item_errors

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
