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

    from ..params import AudioReferenceParam, RefusalContentPartParam, TextContentPartParam, ToolCallParam


@_attrs_define(getstate_setstate=False, init=False)
class AssistantMessage(_models.Model):
    """
    Attributes:
        role (Literal['assistant']):
        content (list[RefusalContentPart | TextContentPart] | None | str | Unset): The assistant's earlier reply; null
            or absent when it only called tools.
        name (str | Unset):
        refusal (None | str | Unset):
        tool_calls (list[ToolCall] | Unset):
        reasoning_content (None | str | Unset): The reasoning of an earlier reply, which some upstreams (DeepSeek) want
            back with tool calls (new-api `ReasoningContent` on a message).
        audio (AudioReference | None | Unset): An earlier audio reply, by its `id`.
        prefix (bool | None | Unset): DeepSeek's chat prefix completion: the model continues this last assistant message
            rather than answering it (new-api `Prefix` on a message).
    """

    role: Literal["assistant"]
    content: list[RefusalContentPart | TextContentPart] | None | str | Unset = UNSET
    name: str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ToolCall] | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    audio: AudioReference | None | Unset = UNSET
    prefix: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        role: Literal["assistant"],
        content: str
        | Sequence[
            TextContentPart | TextContentPartParam | RefusalContentPart | RefusalContentPartParam | SupportsModelDump
        ]
        | None
        | Unset = UNSET,
        name: str | Unset = UNSET,
        refusal: None | str | Unset = UNSET,
        tool_calls: Sequence[ToolCall | ToolCallParam | SupportsModelDump] | Unset = UNSET,
        reasoning_content: None | str | Unset = UNSET,
        audio: AudioReference | AudioReferenceParam | SupportsModelDump | None | Unset = UNSET,
        prefix: bool | None | Unset = UNSET,
    ) -> None:
        if not (content is UNSET or content is None or content.__class__ is str):
            if content.__class__ is list:
                for _content_item in content:
                    if not (_content_item.__class__ in _CONTENT_ITEM_CLASSES):
                        content = _params.convert(content, AssistantMessage, "content")
                        break
            else:
                content = _params.convert(content, AssistantMessage, "content")
        if not (tool_calls is UNSET):
            if tool_calls.__class__ is list:
                for _tool_calls_item in tool_calls:
                    if not (_tool_calls_item.__class__ is ToolCall):
                        tool_calls = _params.convert(tool_calls, AssistantMessage, "tool_calls")
                        break
            else:
                tool_calls = _params.convert(tool_calls, AssistantMessage, "tool_calls")
        if not (audio is UNSET or audio is None or audio.__class__ is AudioReference):
            audio = _params.convert(audio, AssistantMessage, "audio")
        self.role = role
        self.content = content  # type: ignore[assignment]
        self.name = name
        self.refusal = refusal
        self.tool_calls = tool_calls  # type: ignore[assignment]
        self.reasoning_content = reasoning_content
        self.audio = audio  # type: ignore[assignment]
        self.prefix = prefix
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if not isinstance(self.content, Unset):
            content: list[dict[str, Any]] | None | str
            if isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content

            field_dict["content"] = content
        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name
        if not isinstance(self.refusal, Unset):
            refusal: None | str
            refusal = self.refusal

            field_dict["refusal"] = refusal
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

            field_dict["tool_calls"] = tool_calls
        if not isinstance(self.reasoning_content, Unset):
            reasoning_content: None | str
            reasoning_content = self.reasoning_content

            field_dict["reasoning_content"] = reasoning_content
        if not isinstance(self.audio, Unset):
            audio: dict[str, Any] | None
            if isinstance(self.audio, AudioReference):
                audio = self.audio.to_dict()
            else:
                audio = self.audio

            field_dict["audio"] = audio
        if not isinstance(self.prefix, Unset):
            prefix: bool | None
            prefix = self.prefix

            field_dict["prefix"] = prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("name", "tool_calls"):
            if key in d and d[key] is None:
                del d[key]
        role = cast("Literal['assistant']", d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        _content = d.pop("content", UNSET)
        content: list[RefusalContentPart | TextContentPart] | None | str | Unset
        if _content is None:
            content = None
        elif isinstance(_content, Unset):
            content = UNSET
        elif isinstance(_content, list):
            try:
                content_type_1 = []
                _content_type_1 = _content
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(data: object) -> RefusalContentPart | TextContentPart:
                        if isinstance(data, dict):
                            try:
                                componentsschemas_assistant_content_part_type_0 = _read_TextContentPart(data)

                                return componentsschemas_assistant_content_part_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_assistant_content_part_type_1 = _read_RefusalContentPart(data)

                        return componentsschemas_assistant_content_part_type_1

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                content = content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                content = cast("list[RefusalContentPart | TextContentPart] | None | str | Unset", _content)
        else:
            content = _content

        name = d.pop("name", UNSET)

        refusal = d.pop("refusal", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ToolCall] | Unset = UNSET
        if not isinstance(_tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = _read_ToolCall(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        reasoning_content = d.pop("reasoning_content", UNSET)

        _audio = d.pop("audio", UNSET)
        audio: AudioReference | None | Unset
        if _audio is None:
            audio = None
        elif isinstance(_audio, Unset):
            audio = UNSET
        elif isinstance(_audio, dict):
            try:
                audio_type_0 = _read_AudioReference(_audio)

                audio = audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                audio = cast("AudioReference | None | Unset", _audio)
        else:
            audio = _audio

        prefix = d.pop("prefix", UNSET)

        assistant_message = cls(
            role=role,
            content=content,
            name=name,
            refusal=refusal,
            tool_calls=tool_calls,
            reasoning_content=reasoning_content,
            audio=audio,
            prefix=prefix,
        )

        assistant_message.additional_properties = d
        return assistant_message

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
from ..models.audio_reference import AudioReference
from ..models.refusal_content_part import RefusalContentPart
from ..models.text_content_part import TextContentPart
from ..models.tool_call import ToolCall

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_AudioReference = AudioReference.from_dict
_read_RefusalContentPart = RefusalContentPart.from_dict
_read_TextContentPart = TextContentPart.from_dict
_read_ToolCall = ToolCall.from_dict

_CONTENT_ITEM_CLASSES = frozenset(
    (
        TextContentPart,
        RefusalContentPart,
    )
)
