from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionDelta")


@_attrs_define
class ChatCompletionDelta:
    """
    Attributes:
        role (Literal['assistant'] | Unset):
        content (None | str | Unset):
        reasoning_content (None | str | Unset):
        refusal (None | str | Unset):
        tool_calls (list[ToolCallDelta] | None | Unset):
        reasoning (None | str | Unset):
    """

    role: Literal["assistant"] | None | Unset = UNSET
    content: None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ToolCallDelta] | None | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("ChatCompletionDelta", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _role = d.pop("role", UNSET)
        if _role is UNSET or _role == "assistant":
            role = _role
        else:
            kept = _wire.deviate(
                kept, "ChatCompletionDelta", "role", _role, unusable_when_mistyped=False, origin=src_dict
            )
            role = None

        _content = d.pop("content", UNSET)
        if _content is UNSET or _content is None or _content.__class__ is str:
            content = _content

        else:
            kept = _wire.deviate(
                kept, "ChatCompletionDelta", "content", _content, unusable_when_mistyped=False, origin=src_dict
            )
            content = None

        _reasoning_content = d.pop("reasoning_content", UNSET)
        if _reasoning_content is UNSET or _reasoning_content is None or _reasoning_content.__class__ is str:
            reasoning_content = _reasoning_content

        else:
            kept = _wire.deviate(
                kept,
                "ChatCompletionDelta",
                "reasoning_content",
                _reasoning_content,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            reasoning_content = None

        _refusal = d.pop("refusal", UNSET)
        if _refusal is UNSET or _refusal is None or _refusal.__class__ is str:
            refusal = _refusal

        else:
            kept = _wire.deviate(
                kept, "ChatCompletionDelta", "refusal", _refusal, unusable_when_mistyped=False, origin=src_dict
            )
            refusal = None

        _tool_calls = d.pop("tool_calls", UNSET)
        if _tool_calls is UNSET or _tool_calls is None or _tool_calls.__class__ is list:
            try:
                _tool_calls = _tool_calls
                tool_calls: list[ToolCallDelta] | None | Unset
                if _tool_calls is None:
                    tool_calls = None
                elif isinstance(_tool_calls, Unset):
                    tool_calls = UNSET
                elif isinstance(_tool_calls, list):
                    try:
                        tool_calls_type_0 = []
                        _tool_calls_type_0 = _tool_calls
                        for tool_calls_type_0_item_data in _tool_calls_type_0:
                            tool_calls_type_0_item = ToolCallDelta.from_dict(tool_calls_type_0_item_data)

                            tool_calls_type_0.append(tool_calls_type_0_item)

                        tool_calls = tool_calls_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        tool_calls = cast("list[ToolCallDelta] | None | Unset", _tool_calls)
                else:
                    tool_calls = _tool_calls

            except _wire.WireError:
                tool_calls = None
                kept = _wire.deviate(
                    kept,
                    "ChatCompletionDelta",
                    "tool_calls",
                    _tool_calls,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
        else:
            kept = _wire.deviate(
                kept, "ChatCompletionDelta", "tool_calls", _tool_calls, unusable_when_mistyped=False, origin=src_dict
            )
            tool_calls = None

        _reasoning = d.pop("reasoning", UNSET)
        if _reasoning is UNSET or _reasoning is None or _reasoning.__class__ is str:
            reasoning = _reasoning

        else:
            kept = _wire.deviate(
                kept, "ChatCompletionDelta", "reasoning", _reasoning, unusable_when_mistyped=False, origin=src_dict
            )
            reasoning = None

        chat_completion_delta = cls(
            role=role,
            content=content,
            reasoning_content=reasoning_content,
            refusal=refusal,
            tool_calls=tool_calls,
            reasoning=reasoning,
        )
        chat_completion_delta.additional_properties = d
        if kept is not None:
            chat_completion_delta._wire_kept = kept
        return chat_completion_delta

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
from ..models.tool_call_delta import ToolCallDelta
