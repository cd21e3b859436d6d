from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_links import PaginationLinks


T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    total: int
    """ Items in the whole listing. """
    count: int
    """ Items on this page. """
    per_page: int
    current_page: int
    total_pages: int
    links: PaginationLinks | Unset = UNSET
    """ Query strings such as "?page=2&limit=50"; previous and next are absent on the first and last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        per_page = self.per_page

        current_page = self.current_page

        total_pages = self.total_pages

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "count": count,
                "per_page": per_page,
                "current_page": current_page,
                "total_pages": total_pages,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_links import PaginationLinks  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        count = d.pop("count")

        per_page = d.pop("per_page")

        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        _links = d.pop("links", UNSET)
        links: PaginationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PaginationLinks.from_dict(_links)

        pagination = cls(
            total=total,
            count=count,
            per_page=per_page,
            current_page=current_page,
            total_pages=total_pages,
            links=links,
        )

        pagination.additional_properties = d
        return pagination

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
