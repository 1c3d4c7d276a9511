from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="Annotation")


@_attrs_define
class Annotation:
    """
    Attributes:
        type_ (str): `url_citation` at OpenAI.
        url_citation (UrlCitation | Unset):
    """

    type_: str | None
    url_citation: UrlCitation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url_citation: dict[str, Any] | Unset | None
        if self.url_citation is None:
            url_citation = None
        else:
            url_citation = UNSET
            if not isinstance(self.url_citation, Unset):
                url_citation = self.url_citation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url_citation is not UNSET:
            field_dict["url_citation"] = url_citation
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("Annotation", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _type_ = d.pop("type", UNSET)
        if _type_.__class__ is str:
            type_ = _type_
        else:
            kept = _wire.deviate(kept, "Annotation", "type", _type_, unusable_when_mistyped=True, origin=src_dict)
            type_ = None

        _url_citation = d.pop("url_citation", UNSET)
        if _url_citation is UNSET or _url_citation.__class__ is dict:
            try:
                _url_citation = _url_citation
                url_citation: UrlCitation | None | Unset
                if isinstance(_url_citation, Unset):
                    url_citation = UNSET
                else:
                    url_citation = UrlCitation.from_dict(_url_citation)

            except _wire.WireError:
                url_citation = None
                kept = _wire.deviate(
                    kept, "Annotation", "url_citation", _url_citation, unusable_when_mistyped=False, origin=src_dict
                )
        else:
            kept = _wire.deviate(
                kept, "Annotation", "url_citation", _url_citation, unusable_when_mistyped=False, origin=src_dict
            )
            url_citation = None

        annotation = cls(
            type_=type_,
            url_citation=url_citation,
        )
        annotation.additional_properties = d
        if kept is not None:
            annotation._wire_kept = kept
        return annotation

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


# Imported after the class, not at the top: models may refer to each other, and by the time another model
# module imports this one back, the class above already exists.
from ..models.url_citation import UrlCitation
