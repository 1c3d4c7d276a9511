# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..types import SupportsModelDump

if TYPE_CHECKING:
    from ..params import VideoUrlParam


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False, init=False)
class VideoContentPart(_models.Model):
    """A video, as Kimi, Doubao and Qwen take it.

    Attributes:
        type (Literal['video_url']):
        video_url (VideoUrl):
    """

    type: Literal["video_url"]
    video_url: VideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, type: Literal["video_url"], video_url: VideoUrl | VideoUrlParam | SupportsModelDump) -> None:
        if not (video_url.__class__ is VideoUrl):
            video_url = _params.convert(video_url, VideoContentPart, "video_url")
        self.type = type
        self.video_url = video_url  # type: ignore[assignment]
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> Literal["video_url"]:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        type = self.type

        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type = cast("Literal['video_url']", d.pop("type"))
        if type != "video_url":
            raise ValueError(f"type must match const 'video_url', got '{type}'")

        video_url = _read_VideoUrl(d.pop("video_url"))

        video_content_part = cls(
            type=type,
            video_url=video_url,
        )

        video_content_part.additional_properties = d
        return video_content_part

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
from ..models.video_url import VideoUrl

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_VideoUrl = VideoUrl.from_dict
