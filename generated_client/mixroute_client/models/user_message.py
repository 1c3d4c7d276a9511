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
    from collections.abc import Sequence

    from ..params import (
        FileContentPartParam,
        ImageContentPartParam,
        InputAudioContentPartParam,
        OtherContentPartParam,
        TextContentPartParam,
        VideoContentPartParam,
    )


@_attrs_define(getstate_setstate=False, init=False)
class UserMessage(_models.Model):
    """
    Attributes:
        role (Literal['user']):
        content (list[FileContentPart | ImageContentPart | InputAudioContentPart | OtherContentPart | TextContentPart |
            VideoContentPart] | str): The user's message, as a string or as parts (text, images, audio, files, video).
        name (str | Unset):
    """

    role: Literal["user"]
    content: (
        list[
            FileContentPart
            | ImageContentPart
            | InputAudioContentPart
            | OtherContentPart
            | TextContentPart
            | VideoContentPart
        ]
        | str
    )
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        role: Literal["user"],
        content: str
        | Sequence[
            TextContentPart
            | TextContentPartParam
            | ImageContentPart
            | ImageContentPartParam
            | InputAudioContentPart
            | InputAudioContentPartParam
            | FileContentPart
            | FileContentPartParam
            | VideoContentPart
            | VideoContentPartParam
            | OtherContentPart
            | OtherContentPartParam
            | SupportsModelDump
        ],
        name: str | Unset = UNSET,
    ) -> None:
        if not (content.__class__ is str):
            if content.__class__ is list:
                for _content_item in content:
                    if not (_content_item.__class__ in _CONTENT_ITEM_CLASSES):
                        content = _params.convert(content, UserMessage, "content")
                        break
            else:
                content = _params.convert(content, UserMessage, "content")
        self.role = role
        self.content = content  # type: ignore[assignment]
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("name",):
            if key in d and d[key] is None:
                del d[key]
        role = cast("Literal['user']", d.pop("role"))
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        _content = d.pop("content")
        content: (
            list[
                FileContentPart
                | ImageContentPart
                | InputAudioContentPart
                | OtherContentPart
                | TextContentPart
                | VideoContentPart
            ]
            | str
        )
        if isinstance(_content, list):
            try:
                content_type_1 = []
                _content_type_1 = _content
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        FileContentPart
                        | ImageContentPart
                        | InputAudioContentPart
                        | OtherContentPart
                        | TextContentPart
                        | VideoContentPart
                    ):
                        if isinstance(data, dict):
                            try:
                                componentsschemas_content_part_type_0 = _read_TextContentPart(data)

                                return componentsschemas_content_part_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_content_part_type_1 = _read_ImageContentPart(data)

                                return componentsschemas_content_part_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_content_part_type_2 = _read_InputAudioContentPart(data)

                                return componentsschemas_content_part_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_content_part_type_3 = _read_FileContentPart(data)

                                return componentsschemas_content_part_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_content_part_type_4 = _read_VideoContentPart(data)

                                return componentsschemas_content_part_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_content_part_type_5 = _read_OtherContentPart(data)

                        return componentsschemas_content_part_type_5

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                content = content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                content = cast(
                    "list[FileContentPart | ImageContentPart | InputAudioContentPart | OtherContentPart | TextContentPart | VideoContentPart] | str",
                    _content,
                )
        else:
            content = _content

        name = d.pop("name", UNSET)

        user_message = cls(
            role=role,
            content=content,
            name=name,
        )

        user_message.additional_properties = d
        return user_message

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
from ..models.file_content_part import FileContentPart
from ..models.image_content_part import ImageContentPart
from ..models.input_audio_content_part import InputAudioContentPart
from ..models.other_content_part import OtherContentPart
from ..models.text_content_part import TextContentPart
from ..models.video_content_part import VideoContentPart

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_FileContentPart = FileContentPart.from_dict
_read_ImageContentPart = ImageContentPart.from_dict
_read_InputAudioContentPart = InputAudioContentPart.from_dict
_read_OtherContentPart = OtherContentPart.from_dict
_read_TextContentPart = TextContentPart.from_dict
_read_VideoContentPart = VideoContentPart.from_dict

_CONTENT_ITEM_CLASSES = frozenset(
    (
        TextContentPart,
        ImageContentPart,
        InputAudioContentPart,
        FileContentPart,
        VideoContentPart,
        OtherContentPart,
    )
)
