from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    """The chat completion request. Optional fields have no defaults on purpose: a field the client sends on its own would
    override the upstream model's default. Extra provider-specific parameters are kept in `additional_properties` and
    forwarded.

        Attributes:
            model (str): The model to use. The gateway's catalogue is listed in `examples`.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest
                first.
            temperature (float | Unset): Sampling temperature; higher is more random.
            top_p (float | Unset): Nucleus sampling probability mass.
            n (int | Unset): How many choices to generate.
            stream (bool | Unset): Reply as a server-sent event stream of chunks.
            stream_options (StreamOptions | Unset):
            stop (list[str] | str | Unset): Up to 4 sequences where the model stops generating.
            max_tokens (int | Unset): The most tokens the reply may have.
            presence_penalty (float | Unset):
            frequency_penalty (float | Unset):
            seed (int | Unset): Best-effort deterministic sampling.
            user (str | Unset): An identifier of the end user, for abuse monitoring.
            response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset):
            tools (list[Tool] | Unset): Functions the model may call.
            tool_choice (NamedToolChoice | ToolChoiceMode | Unset): `none` (never call a tool), `auto` (the model decides),
                `required` (call at least one), or a named function the model must call.
            parallel_tool_calls (bool | Unset): Whether the model may call several tools in one turn.
            logprobs (bool | Unset): Return the log probabilities of the output tokens.
            top_logprobs (int | Unset): How many most likely tokens to return at each position (needs `logprobs`).
    """

    model: str
    messages: list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    n: int | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: StreamOptions | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    seed: int | Unset = UNSET
    user: str | Unset = UNSET
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    tool_choice: NamedToolChoice | ToolChoiceMode | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        temperature = self.temperature

        top_p = self.top_p

        n = self.n

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        max_tokens = self.max_tokens

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        seed = self.seed

        user = self.user

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        else:
            response_format = self.response_format.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceMode):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if n is not UNSET:
            field_dict["n"] = n
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if stop is not UNSET:
            field_dict["stop"] = stop
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if user is not UNSET:
            field_dict["user"] = user
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(data: object) -> AssistantMessage | SystemMessage | ToolMessage | UserMessage:
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_0 = SystemMessage.from_dict(data)

                        return componentsschemas_chat_message_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_1 = UserMessage.from_dict(data)

                        return componentsschemas_chat_message_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_2 = AssistantMessage.from_dict(data)

                        return componentsschemas_chat_message_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_3 = ToolMessage.from_dict(data)

                return componentsschemas_chat_message_type_3

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        n = d.pop("n", UNSET)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: StreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = StreamOptions.from_dict(_stream_options)

        stop = d.pop("stop", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        seed = d.pop("seed", UNSET)

        user = d.pop("user", UNSET)

        def _parse_response_format(
            data: object,
        ) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                try:
                    componentsschemas_response_format_type_0 = ResponseFormatText.from_dict(data)

                    return componentsschemas_response_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_response_format_type_1 = ResponseFormatJsonObject.from_dict(data)

                    return componentsschemas_response_format_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_format_type_2 = ResponseFormatJsonSchema.from_dict(data)

            return componentsschemas_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[Tool] | Unset = UNSET
        if not isinstance(_tools, Unset):
            tools = []
            for tools_item_data in _tools:
                tools_item = Tool.from_dict(tools_item_data)

                tools.append(tools_item)

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: NamedToolChoice | ToolChoiceMode | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(_tool_choice, str):
            try:
                componentsschemas_tool_choice_type_0 = ToolChoiceMode(_tool_choice)

                tool_choice = componentsschemas_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                raise TypeError() from None
        elif isinstance(_tool_choice, dict):
            componentsschemas_tool_choice_type_1 = NamedToolChoice.from_dict(_tool_choice)

            tool_choice = componentsschemas_tool_choice_type_1
        else:
            raise TypeError()

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        create_chat_completion_request = cls(
            model=model,
            messages=messages,
            temperature=temperature,
            top_p=top_p,
            n=n,
            stream=stream,
            stream_options=stream_options,
            stop=stop,
            max_tokens=max_tokens,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            seed=seed,
            user=user,
            response_format=response_format,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
        )

        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

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
from ..models.assistant_message import AssistantMessage
from ..models.named_tool_choice import NamedToolChoice
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.stream_options import StreamOptions
from ..models.system_message import SystemMessage
from ..models.tool import Tool
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
