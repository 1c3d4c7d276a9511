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
    from ..params import CacheControlParam, ImageUrlParam


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False, init=False)
class ImageContentPart(_models.Model):
    """
    Attributes:
        type (Literal['image_url']):
        image_url (ImageUrl | str): An object with the URL, or the URL alone (Kimi, new-api).
        cache_control (CacheControl | Unset): Claude's prompt caching mark on a content part: `{"type": "ephemeral"}`
            caches the prompt up to it (new-api `CacheControl` on a content part).
    """

    type: Literal["image_url"]
    image_url: ImageUrl | str
    cache_control: CacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type: Literal["image_url"],
        image_url: ImageUrl | ImageUrlParam | str | SupportsModelDump,
        cache_control: CacheControl | CacheControlParam | SupportsModelDump | Unset = UNSET,
    ) -> None:
        if not (image_url.__class__ is ImageUrl or image_url.__class__ is str):
            image_url = _params.convert(image_url, ImageContentPart, "image_url")
        if not (cache_control is UNSET or cache_control.__class__ is CacheControl):
            cache_control = _params.convert(cache_control, ImageContentPart, "cache_control")
        self.type = type
        self.image_url = image_url  # type: ignore[assignment]
        self.cache_control = cache_control  # type: ignore[assignment]
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> Literal["image_url"]:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        type = self.type

        image_url: dict[str, Any] | str
        if isinstance(self.image_url, ImageUrl):
            image_url = self.image_url.to_dict()
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "image_url": image_url,
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
        type = cast("Literal['image_url']", d.pop("type"))
        if type != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{type}'")

        _image_url = d.pop("image_url")
        image_url: ImageUrl | str
        if isinstance(_image_url, dict):
            try:
                image_url_type_0 = _read_ImageUrl(_image_url)

                image_url = image_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                image_url = cast("ImageUrl | str", _image_url)
        else:
            image_url = _image_url

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = _read_CacheControl(_cache_control)

        image_content_part = cls(
            type=type,
            image_url=image_url,
            cache_control=cache_control,
        )

        image_content_part.additional_properties = d
        return image_content_part

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
from ..models.image_url import ImageUrl

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_CacheControl = CacheControl.from_dict
_read_ImageUrl = ImageUrl.from_dict
