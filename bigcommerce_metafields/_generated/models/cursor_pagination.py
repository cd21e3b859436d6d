from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination_links import CursorPaginationLinks


T = TypeVar("T", bound="CursorPagination")


@_attrs_define
class CursorPagination:
    """Where a page of a cursor listing starts and ends. Pass `end_cursor` as `after` to read the next page."""

    count: int
    """ Items on this page. """
    per_page: int
    start_cursor: None | str | Unset = UNSET
    """ Addresses the first item of this page; may be absent on an empty page. """
    end_cursor: None | str | Unset = UNSET
    """ Addresses the last item of this page; may be absent on an empty page. """
    links: CursorPaginationLinks | Unset = UNSET
    """ Query strings of the neighbouring pages, such as "?limit=50&after=aWQ6OA==". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        per_page = self.per_page

        start_cursor: None | str | Unset
        if isinstance(self.start_cursor, Unset):
            start_cursor = UNSET
        else:
            start_cursor = self.start_cursor

        end_cursor: None | str | Unset
        if isinstance(self.end_cursor, Unset):
            end_cursor = UNSET
        else:
            end_cursor = self.end_cursor

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "per_page": per_page,
            }
        )
        if start_cursor is not UNSET:
            field_dict["start_cursor"] = start_cursor
        if end_cursor is not UNSET:
            field_dict["end_cursor"] = end_cursor
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor_pagination_links import CursorPaginationLinks  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        per_page = d.pop("per_page")

        def _parse_start_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_cursor = _parse_start_cursor(d.pop("start_cursor", UNSET))

        def _parse_end_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_cursor = _parse_end_cursor(d.pop("end_cursor", UNSET))

        _links = d.pop("links", UNSET)
        links: CursorPaginationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = CursorPaginationLinks.from_dict(_links)

        cursor_pagination = cls(
            count=count,
            per_page=per_page,
            start_cursor=start_cursor,
            end_cursor=end_cursor,
            links=links,
        )

        cursor_pagination.additional_properties = d
        return cursor_pagination

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
