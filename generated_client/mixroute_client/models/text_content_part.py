# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..types import UNSET, SupportsModelDump, Unset

if TYPE_CHECKING:
    from ..params import CacheControlParam


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False, init=False)
class TextContentPart(_models.Model):
    """
    Attributes:
        type (Literal['text']):
        text (str):
        cache_control (CacheControl | Unset): Claude's prompt caching mark on a content part: `{"type": "ephemeral"}`
            caches the prompt up to it (new-api `CacheControl` on a content part).
    """

    type: Literal["text"]
    text: str
    cache_control: CacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type: Literal["text"],
        text: str,
        cache_control: CacheControl | CacheControlParam | SupportsModelDump | Unset = UNSET,
    ) -> None:
        if not (cache_control is UNSET or cache_control.__class__ is CacheControl):
            cache_control = _params.convert(cache_control, TextContentPart, "cache_control")
        self.type = type
        self.text = text
        self.cache_control = cache_control  # type: ignore[assignment]
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> Literal["text"]:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        type = self.type

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "text": text,
            }
        )
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("cache_control",):
            if key in d and d[key] is None:
                del d[key]
        type = cast("Literal['text']", d.pop("type"))
        if type != "text":
            raise ValueError(f"type must match const 'text', got '{type}'")

        text = d.pop("text")

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = _read_CacheControl(_cache_control)

        text_content_part = cls(
            type=type,
            text=text,
            cache_control=cache_control,
        )

        text_content_part.additional_properties = d
        return text_content_part

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
from ..models.cache_control import CacheControl

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_CacheControl = CacheControl.from_dict
