# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params

if TYPE_CHECKING:
    from ..params import VideoUrlParam


T = TypeVar("T", bound="VideoContentPart")


@_attrs_define(init=False)
class VideoContentPart:
    """A video, as Kimi, Doubao and Qwen take it.

    Attributes:
        type_ (Literal['video_url']):
        video_url (VideoUrl):
    """

    type_: Literal["video_url"]
    video_url: VideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, type_: Literal["video_url"], video_url: VideoUrl | VideoUrlParam) -> None:
        if not (video_url.__class__ is VideoUrl):
            video_url = _params.convert(video_url, VideoContentPart, "video_url")
        self.type_ = type_
        self.video_url = video_url  # type: ignore[assignment]
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['video_url']", d.pop("type"))
        if type_ != "video_url":
            raise ValueError(f"type must match const 'video_url', got '{type_}'")

        video_url = VideoUrl.from_dict(d.pop("video_url"))

        video_content_part = cls(
            type_=type_,
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
