# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(
    ("role", "content", "reasoning_content", "refusal", "tool_calls", "reasoning", "annotations", "audio")
)


@_attrs_define(getstate_setstate=False)
class ChatCompletionMessage(_models.Model):
    """
    Attributes:
        role (Literal['assistant'] | None):
        content (None | str):
        reasoning_content (None | str): The reasoning some models show before their answer (DeepSeek, Qwen, GLM, Kimi,
            Doubao).
        refusal (None | str):
        tool_calls (list[ToolCall] | None):
        reasoning (None | str): The same reasoning under the name vLLM and OpenRouter use (new-api may send both).
        annotations (list[Annotation] | None): Citations of web search results in `content`.
        audio (AudioReply | None):
    """

    role: Literal["assistant"] | None
    content: None | str
    reasoning_content: None | str = None
    refusal: None | str = None
    tool_calls: list[ToolCall] | None = None
    reasoning: None | str = None
    annotations: list[Annotation] | None = None
    audio: AudioReply | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = (
        "reasoning_content",
        "refusal",
        "tool_calls",
        "reasoning",
        "annotations",
        "audio",
    )

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        role = self.role

        content: None | str
        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if self.reasoning_content is not None:
            reasoning_content: None | str
            reasoning_content = self.reasoning_content

            field_dict["reasoning_content"] = reasoning_content
        elif self._wire_nulls & 1:
            field_dict["reasoning_content"] = None
        if self.refusal is not None:
            refusal: None | str
            refusal = self.refusal

            field_dict["refusal"] = refusal
        elif self._wire_nulls & 2:
            field_dict["refusal"] = None
        if self.tool_calls is not None:
            tool_calls: list[dict[str, Any]] | None
            if isinstance(self.tool_calls, list):
                tool_calls = []
                for tool_calls_type_0_item_data in self.tool_calls:
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                    tool_calls.append(tool_calls_type_0_item)

            else:
                tool_calls = self.tool_calls

            field_dict["tool_calls"] = tool_calls
        elif self._wire_nulls & 4:
            field_dict["tool_calls"] = None
        if self.reasoning is not None:
            reasoning: None | str
            reasoning = self.reasoning

            field_dict["reasoning"] = reasoning
        elif self._wire_nulls & 8:
            field_dict["reasoning"] = None
        if self.annotations is not None:
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

            field_dict["annotations"] = annotations
        elif self._wire_nulls & 16:
            field_dict["annotations"] = None
        if self.audio is not None:
            audio: dict[str, Any] | None
            if isinstance(self.audio, AudioReply):
                audio = self.audio.to_dict()
            else:
                audio = self.audio

            field_dict["audio"] = audio
        elif self._wire_nulls & 32:
            field_dict["audio"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ChatCompletionMessage", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 2
        try:
            _role = d["role"]
        except KeyError:
            _role = UNSET
            left += 1
        if _role == "assistant":
            role = _role
        else:
            kept = _wire.deviate(
                kept, "ChatCompletionMessage", "role", _role, unusable_when_mistyped=False, origin=src_dict
            )
            role = None

        try:
            _content = d["content"]
        except KeyError:
            _content = UNSET
            left += 1
        if _content is None or _content.__class__ is str:
            content = _content

        else:
            kept = _wire.deviate(
                kept, "ChatCompletionMessage", "content", _content, unusable_when_mistyped=True, origin=src_dict
            )
            content = None

        if left:
            _reasoning_content = d.get("reasoning_content", UNSET)
            if _reasoning_content.__class__ is str:
                reasoning_content = _reasoning_content

                left -= 1
            elif _reasoning_content is UNSET:
                reasoning_content = None
            elif _reasoning_content is None:
                reasoning_content = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept,
                    "ChatCompletionMessage",
                    "reasoning_content",
                    _reasoning_content,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
                reasoning_content = None

        else:
            reasoning_content = None

        if left:
            _refusal = d.get("refusal", UNSET)
            if _refusal.__class__ is str:
                refusal = _refusal

                left -= 1
            elif _refusal is UNSET:
                refusal = None
            elif _refusal is None:
                refusal = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChatCompletionMessage", "refusal", _refusal, unusable_when_mistyped=False, origin=src_dict
                )
                refusal = None

        else:
            refusal = None

        if left:
            _tool_calls = d.get("tool_calls", UNSET)
            if _tool_calls.__class__ is list:
                try:
                    _tool_calls = _tool_calls
                    tool_calls: list[ToolCall] | None
                    if _tool_calls is None:
                        tool_calls = None
                    elif isinstance(_tool_calls, list):
                        try:
                            tool_calls_type_0 = []
                            _tool_calls_type_0 = _tool_calls
                            for tool_calls_type_0_item_data in _tool_calls_type_0:
                                tool_calls_type_0_item = _read_ToolCall(tool_calls_type_0_item_data)

                                tool_calls_type_0.append(tool_calls_type_0_item)

                            tool_calls = tool_calls_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            tool_calls = cast("list[ToolCall] | None", _tool_calls)
                    else:
                        tool_calls = _tool_calls

                except _wire.WireError:
                    tool_calls = None
                    kept = _wire.deviate(
                        kept,
                        "ChatCompletionMessage",
                        "tool_calls",
                        _tool_calls,
                        unusable_when_mistyped=False,
                        origin=src_dict,
                    )
                left -= 1
            elif _tool_calls is UNSET:
                tool_calls = None
            elif _tool_calls is None:
                tool_calls = None
                nulls |= 4
                left -= 1
            else:
                kept = _wire.deviate(
                    kept,
                    "ChatCompletionMessage",
                    "tool_calls",
                    _tool_calls,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
                tool_calls = None

        else:
            tool_calls = None

        if left:
            _reasoning = d.get("reasoning", UNSET)
            if _reasoning.__class__ is str:
                reasoning = _reasoning

                left -= 1
            elif _reasoning is UNSET:
                reasoning = None
            elif _reasoning is None:
                reasoning = None
                nulls |= 8
                left -= 1
            else:
                kept = _wire.deviate(
                    kept,
                    "ChatCompletionMessage",
                    "reasoning",
                    _reasoning,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
                reasoning = None

        else:
            reasoning = None

        if left:
            _annotations = d.get("annotations", UNSET)
            if _annotations.__class__ is list:
                try:
                    annotations = []
                    _annotations = _annotations
                    for annotations_item_data in _annotations:
                        annotations_item = _read_Annotation(annotations_item_data)

                        annotations.append(annotations_item)

                except _wire.WireError:
                    annotations = None
                    kept = _wire.deviate(
                        kept,
                        "ChatCompletionMessage",
                        "annotations",
                        _annotations,
                        unusable_when_mistyped=False,
                        origin=src_dict,
                    )
                left -= 1
            elif _annotations is UNSET:
                annotations = None
            elif _annotations is None:
                annotations = None
                nulls |= 16
                left -= 1
            else:
                kept = _wire.deviate(
                    kept,
                    "ChatCompletionMessage",
                    "annotations",
                    _annotations,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
                annotations = None

        else:
            annotations = None

        if left:
            _audio = d.get("audio", UNSET)
            if _audio.__class__ is dict:
                try:
                    _audio = _audio
                    audio: AudioReply | None
                    if _audio is None:
                        audio = None
                    elif isinstance(_audio, dict):
                        try:
                            audio_type_0 = _read_AudioReply(_audio)

                            audio = audio_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            audio = cast("AudioReply | None", _audio)
                    else:
                        audio = _audio

                except _wire.WireError:
                    audio = None
                    kept = _wire.deviate(
                        kept, "ChatCompletionMessage", "audio", _audio, unusable_when_mistyped=False, origin=src_dict
                    )
                left -= 1
            elif _audio is UNSET:
                audio = None
            elif _audio is None:
                audio = None
                nulls |= 32
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChatCompletionMessage", "audio", _audio, unusable_when_mistyped=False, origin=src_dict
                )
                audio = None

        else:
            audio = None

        chat_completion_message = new_model(cls)
        chat_completion_message.role = role
        chat_completion_message.content = content
        chat_completion_message.reasoning_content = reasoning_content
        chat_completion_message.refusal = refusal
        chat_completion_message.tool_calls = tool_calls
        chat_completion_message.reasoning = reasoning
        chat_completion_message.annotations = annotations
        chat_completion_message.audio = audio
        chat_completion_message.additional_properties = (
            {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        )
        chat_completion_message._wire_kept = kept
        chat_completion_message._wire_nulls = nulls
        return chat_completion_message

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
from ..models.annotation import Annotation
from ..models.audio_reply import AudioReply
from ..models.tool_call import ToolCall

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_Annotation = Annotation.from_dict
_read_AudioReply = AudioReply.from_dict
_read_ToolCall = ToolCall.from_dict
