# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("url", "title", "start_index", "end_index"))


@_attrs_define(getstate_setstate=False)
class UrlCitation(_models.Model):
    """
    Attributes:
        url (str | None):
        title (str | None):
        start_index (int | None):
        end_index (int | None):
    """

    url: str | None
    title: str | None = None
    start_index: int | None = None
    end_index: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("title", "start_index", "end_index")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if self.title is not None:
            title = self.title
            field_dict["title"] = title
        elif self._wire_nulls & 1:
            field_dict["title"] = None
        if self.start_index is not None:
            start_index = self.start_index
            field_dict["start_index"] = start_index
        elif self._wire_nulls & 2:
            field_dict["start_index"] = None
        if self.end_index is not None:
            end_index = self.end_index
            field_dict["end_index"] = end_index
        elif self._wire_nulls & 4:
            field_dict["end_index"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("UrlCitation", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 1
        try:
            _url = d["url"]
        except KeyError:
            _url = UNSET
            left += 1
        if _url.__class__ is str:
            url = _url
        else:
            kept = _wire.deviate(kept, "UrlCitation", "url", _url, unusable_when_mistyped=True, origin=src_dict)
            url = None

        if left:
            _title = d.get("title", UNSET)
            if _title.__class__ is str:
                title = _title
                left -= 1
            elif _title is UNSET:
                title = None
            elif _title is None:
                title = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "UrlCitation", "title", _title, unusable_when_mistyped=False, origin=src_dict
                )
                title = None

        else:
            title = None

        if left:
            _start_index = d.get("start_index", UNSET)
            if _start_index.__class__ is int:
                start_index = _start_index
                left -= 1
            elif _start_index is UNSET:
                start_index = None
            elif _start_index is None:
                start_index = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "UrlCitation", "start_index", _start_index, unusable_when_mistyped=False, origin=src_dict
                )
                start_index = None

        else:
            start_index = None

        if left:
            _end_index = d.get("end_index", UNSET)
            if _end_index.__class__ is int:
                end_index = _end_index
                left -= 1
            elif _end_index is UNSET:
                end_index = None
            elif _end_index is None:
                end_index = None
                nulls |= 4
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "UrlCitation", "end_index", _end_index, unusable_when_mistyped=False, origin=src_dict
                )
                end_index = None

        else:
            end_index = None

        url_citation = new_model(cls)
        url_citation.url = url
        url_citation.title = title
        url_citation.start_index = start_index
        url_citation.end_index = end_index
        url_citation.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        url_citation._wire_kept = kept
        url_citation._wire_nulls = nulls
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
