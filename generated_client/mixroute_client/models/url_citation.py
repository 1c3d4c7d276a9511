from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlCitation")


@_attrs_define
class UrlCitation:
    """
    Attributes:
        url (str):
        title (str | Unset):
        start_index (int | Unset):
        end_index (int | Unset):
    """

    url: str | None
    title: str | None | Unset = UNSET
    start_index: int | None | Unset = UNSET
    end_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        title = self.title

        start_index = self.start_index

        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("UrlCitation", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _url = d.pop("url", UNSET)
        if _url.__class__ is str:
            url = _url
        else:
            kept = _wire.deviate(kept, "UrlCitation", "url", _url, unusable_when_mistyped=True, origin=src_dict)
            url = None

        _title = d.pop("title", UNSET)
        if _title is UNSET or _title.__class__ is str:
            title = _title
        else:
            kept = _wire.deviate(kept, "UrlCitation", "title", _title, unusable_when_mistyped=False, origin=src_dict)
            title = None

        _start_index = d.pop("start_index", UNSET)
        if _start_index is UNSET or _start_index.__class__ is int:
            start_index = _start_index
        else:
            kept = _wire.deviate(
                kept, "UrlCitation", "start_index", _start_index, unusable_when_mistyped=False, origin=src_dict
            )
            start_index = None

        _end_index = d.pop("end_index", UNSET)
        if _end_index is UNSET or _end_index.__class__ is int:
            end_index = _end_index
        else:
            kept = _wire.deviate(
                kept, "UrlCitation", "end_index", _end_index, unusable_when_mistyped=False, origin=src_dict
            )
            end_index = None

        url_citation = cls(
            url=url,
            title=title,
            start_index=start_index,
            end_index=end_index,
        )
        url_citation.additional_properties = d
        if kept is not None:
            url_citation._wire_kept = kept
        return url_citation

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
