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
_JSON_NAMES = frozenset(("type", "url_citation"))


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False)
class Annotation(_models.Model):
    """
    Attributes:
        type (str | None): `url_citation` at OpenAI.
        url_citation (UrlCitation | None):
    """

    type: str | None
    url_citation: UrlCitation | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("url_citation",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> str | None:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if self.url_citation is not None:
            url_citation = self.url_citation.to_dict()
            field_dict["url_citation"] = url_citation
        elif self._wire_nulls & 1:
            field_dict["url_citation"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("Annotation", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 1
        try:
            _type = d["type"]
        except KeyError:
            _type = UNSET
            left += 1
        if _type.__class__ is str:
            type = _type
        else:
            kept = _wire.deviate(kept, "Annotation", "type", _type, unusable_when_mistyped=True, origin=src_dict)
            type = None

        if left:
            _url_citation = d.get("url_citation", UNSET)
            if _url_citation.__class__ is dict:
                try:
                    url_citation = _read_UrlCitation(_url_citation)

                except _wire.WireError:
                    url_citation = None
                    kept = _wire.deviate(
                        kept, "Annotation", "url_citation", _url_citation, unusable_when_mistyped=False, origin=src_dict
                    )
                left -= 1
            elif _url_citation is UNSET:
                url_citation = None
            elif _url_citation is None:
                url_citation = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "Annotation", "url_citation", _url_citation, unusable_when_mistyped=False, origin=src_dict
                )
                url_citation = None

        else:
            url_citation = None

        annotation = new_model(cls)
        annotation.type = type
        annotation.url_citation = url_citation
        annotation.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        annotation._wire_kept = kept
        annotation._wire_nulls = nulls
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

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_UrlCitation = UrlCitation.from_dict
