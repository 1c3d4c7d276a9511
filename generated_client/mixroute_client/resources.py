"""The OpenAI-style client: ``Mixroute(...).chat.completions.create(...)``, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal, overload

import httpx2

from ._runtime import _resource
from ._runtime._streaming import AsyncStream, Stream
from .api.chat import create_chat_completion
from .models.assistant_message import AssistantMessage
from .models.audio_output_parameters import AudioOutputParameters
from .models.chat_completion import ChatCompletion
from .models.chat_completion_chunk import ChatCompletionChunk
from .models.create_chat_completion_request import CreateChatCompletionRequest
from .models.developer_message import DeveloperMessage
from .models.function_message import FunctionMessage
from .models.logit_bias import LogitBias
from .models.metadata import Metadata
from .models.named_tool_choice import NamedToolChoice
from .models.other_message import OtherMessage
from .models.other_tool import OtherTool
from .models.prediction_content import PredictionContent
from .models.response_format_json_object import ResponseFormatJsonObject
from .models.response_format_json_schema import ResponseFormatJsonSchema
from .models.response_format_text import ResponseFormatText
from .models.stream_options import StreamOptions
from .models.system_message import SystemMessage
from .models.tool import Tool
from .models.tool_choice_mode import ToolChoiceMode
from .models.tool_message import ToolMessage
from .models.user_message import UserMessage
from .models.web_search_options import WebSearchOptions
from .params import (
    AssistantMessageParam,
    AudioOutputParametersParam,
    DeveloperMessageParam,
    FunctionMessageParam,
    LogitBiasParam,
    MetadataParam,
    NamedToolChoiceParam,
    OtherMessageParam,
    OtherToolParam,
    PredictionContentParam,
    ResponseFormatJsonObjectParam,
    ResponseFormatJsonSchemaParam,
    ResponseFormatTextParam,
    StreamOptionsParam,
    SystemMessageParam,
    ToolMessageParam,
    ToolParam,
    UserMessageParam,
    WebSearchOptionsParam,
)
from .types import UNSET, Unset

__all__ = ["AsyncMixroute", "Mixroute"]


class ChatCompletionsResource(_resource.APIResource):
    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        stream: Literal[False] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Stream[ChatCompletionChunk, ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        stream: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion | Stream[ChatCompletionChunk, ChatCompletion]: ...

    def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion | Stream[ChatCompletionChunk, ChatCompletion]:
        """Create a chat completion"""
        kwargs = create_chat_completion._get_kwargs(
            body=CreateChatCompletionRequest(
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
                max_completion_tokens=max_completion_tokens,
                logit_bias=logit_bias,
                safety_identifier=safety_identifier,
                prompt_cache_key=prompt_cache_key,
                reasoning_effort=reasoning_effort,
                verbosity=verbosity,
                service_tier=service_tier,
                store=store,
                metadata=metadata,
                modalities=modalities,
                audio=audio,
                prediction=prediction,
                web_search_options=web_search_options,
            ),
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if stream is True:
            return _resource.opened(
                create_chat_completion._stream(self._client, kwargs, max_retries=retries, timeout=send_timeout)
            )
        return create_chat_completion._send(self._client, kwargs, max_retries=retries, timeout=send_timeout)


class AsyncChatCompletionsResource(_resource.APIResource):
    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        stream: Literal[False] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        stream: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncStream[ChatCompletionChunk, ChatCompletion]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        stream: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk, ChatCompletion]: ...

    async def create(
        self,
        *,
        model: str,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | DeveloperMessage
            | DeveloperMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
            | FunctionMessage
            | FunctionMessageParam
            | OtherMessage
            | OtherMessageParam
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk, ChatCompletion]:
        """Create a chat completion"""
        kwargs = create_chat_completion._get_kwargs(
            body=CreateChatCompletionRequest(
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
                max_completion_tokens=max_completion_tokens,
                logit_bias=logit_bias,
                safety_identifier=safety_identifier,
                prompt_cache_key=prompt_cache_key,
                reasoning_effort=reasoning_effort,
                verbosity=verbosity,
                service_tier=service_tier,
                store=store,
                metadata=metadata,
                modalities=modalities,
                audio=audio,
                prediction=prediction,
                web_search_options=web_search_options,
            ),
        )
        send_timeout, retries = _resource.call_options(
            kwargs,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        if stream is True:
            return await _resource.aopened(
                create_chat_completion._astream(self._client, kwargs, max_retries=retries, timeout=send_timeout)
            )
        return await create_chat_completion._asend(self._client, kwargs, max_retries=retries, timeout=send_timeout)


class ChatResource(_resource.APIResource):
    @cached_property
    def completions(self) -> ChatCompletionsResource:
        return ChatCompletionsResource(self._client)


class AsyncChatResource(_resource.APIResource):
    @cached_property
    def completions(self) -> AsyncChatCompletionsResource:
        return AsyncChatCompletionsResource(self._client)


class Mixroute(_resource.SyncClientBase):
    @cached_property
    def chat(self) -> ChatResource:
        return ChatResource(self._client)


class AsyncMixroute(_resource.AsyncClientBase):
    @cached_property
    def chat(self) -> AsyncChatResource:
        return AsyncChatResource(self._client)
