# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
"""The OpenAI-style client: ``Mixroute(...).chat.completions.create(...)``, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx2

from ._runtime import _operation, _resource, _response
from ._runtime._streaming import AsyncStream, Stream
from .lib import _parsing
from .lib._parsing import ParsedChatCompletion, ResponseFormatT
from .types import UNSET, SupportsModelDump, Unset

if TYPE_CHECKING:
    # Loaded by the first stream() call: building its event classes costs more than the rest of this module.
    from .lib import _stream_events

from .api.chat import create_chat_completion
from .api.embeddings import create_embedding
from .api.models import list_models, retrieve_model
from .models.assistant_message import AssistantMessage
from .models.audio_output_parameters import AudioOutputParameters
from .models.baidu_web_search import BaiduWebSearch
from .models.chat_completion import ChatCompletion
from .models.chat_completion_chunk import ChatCompletionChunk
from .models.create_chat_completion_request import CreateChatCompletionRequest
from .models.create_embedding_request import CreateEmbeddingRequest
from .models.create_embedding_response import CreateEmbeddingResponse
from .models.developer_message import DeveloperMessage
from .models.embedding_encoding_format import EmbeddingEncodingFormat
from .models.function_message import FunctionMessage
from .models.logit_bias import LogitBias
from .models.metadata import Metadata
from .models.model import Model
from .models.model_list import ModelList
from .models.named_tool_choice import NamedToolChoice
from .models.other_message import OtherMessage
from .models.other_tool import OtherTool
from .models.prediction_content import PredictionContent
from .models.reasoning_options import ReasoningOptions
from .models.response_format_json_object import ResponseFormatJsonObject
from .models.response_format_json_schema import ResponseFormatJsonSchema
from .models.response_format_text import ResponseFormatText
from .models.search_parameters import SearchParameters
from .models.stream_options import StreamOptions
from .models.system_message import SystemMessage
from .models.thinking_options import ThinkingOptions
from .models.tool import Tool
from .models.tool_choice_mode import ToolChoiceMode
from .models.tool_message import ToolMessage
from .models.user_message import UserMessage
from .models.web_search_options import WebSearchOptions
from .params import (
    AssistantMessageParam,
    AudioOutputParametersParam,
    BaiduWebSearchParam,
    DeveloperMessageParam,
    FunctionMessageParam,
    LogitBiasParam,
    MetadataParam,
    NamedToolChoiceParam,
    OtherMessageParam,
    OtherToolParam,
    PredictionContentParam,
    ReasoningOptionsParam,
    ResponseFormatJsonObjectParam,
    ResponseFormatJsonSchemaParam,
    ResponseFormatTextParam,
    SearchParametersParam,
    StreamOptionsParam,
    SystemMessageParam,
    ThinkingOptionsParam,
    ToolMessageParam,
    ToolParam,
    UserMessageParam,
    WebSearchOptionsParam,
)

__all__ = ["AsyncMixroute", "Mixroute"]


class ChatCompletionsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> ChatCompletionsResourceWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return ChatCompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsResourceWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return ChatCompletionsResourceWithStreamingResponse(self)

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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion | Stream[ChatCompletionChunk, ChatCompletion]:
        """Create a chat completion"""
        return _operation.call(
            self._client,
            create_chat_completion.OPERATION,
            _operation.Request(
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
                    thinking=thinking,
                    enable_thinking=enable_thinking,
                    top_k=top_k,
                    reasoning=reasoning,
                    search_parameters=search_parameters,
                    vl_high_resolution_images=vl_high_resolution_images,
                    web_search=web_search,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream=stream is True,
        )

    @overload
    def parse(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[ResponseFormatT],
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ParsedChatCompletion[ResponseFormatT]: ...

    @overload
    def parse(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ParsedChatCompletion[None]: ...

    def parse(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[Any]
        | ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ParsedChatCompletion[Any]:
        """The reply read into ``response_format`` (a pydantic model, dataclass or TypedDict): ``message.parsed``."""
        parser: _parsing.Parser[Any] = _parsing.Parser(response_format, tools)
        _parsing.check_parse_tools(tools)
        parser.require(partial=False)
        return parser.completion(
            _operation.call(
                self._client,
                _parsing.reading_parsed(create_chat_completion.OPERATION),
                _operation.Request(
                    body=CreateChatCompletionRequest(
                        model=model,
                        messages=_parsing.schema_messages(messages, response_format, response_format_mode),
                        temperature=temperature,
                        top_p=top_p,
                        n=n,
                        stream_options=stream_options,
                        stop=stop,
                        max_tokens=max_tokens,
                        presence_penalty=presence_penalty,
                        frequency_penalty=frequency_penalty,
                        seed=seed,
                        user=user,
                        response_format=_parsing.response_format_param(response_format, response_format_mode),
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
                        thinking=thinking,
                        enable_thinking=enable_thinking,
                        top_k=top_k,
                        reasoning=reasoning,
                        search_parameters=search_parameters,
                        vl_high_resolution_images=vl_high_resolution_images,
                        web_search=web_search,
                    ),
                ),
                _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            )
        )

    @overload
    def stream(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[ResponseFormatT],
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> _stream_events.ChatCompletionStreamManager[ResponseFormatT]: ...

    @overload
    def stream(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> _stream_events.ChatCompletionStreamManager[None]: ...

    def stream(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[Any]
        | ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> _stream_events.ChatCompletionStreamManager[Any]:
        """The streamed reply as the OpenAI SDK's typed events: ``with client...stream(...) as s: for event in s``."""
        parser: _parsing.Parser[Any] = _parsing.Parser(response_format, tools)
        parser.require(partial=True)
        from .lib import _stream_events

        return _stream_events.ChatCompletionStreamManager(
            lambda: _operation.call(
                self._client,
                create_chat_completion.OPERATION,
                _operation.Request(
                    body=CreateChatCompletionRequest(
                        model=model,
                        messages=_parsing.schema_messages(messages, response_format, response_format_mode),
                        temperature=temperature,
                        top_p=top_p,
                        n=n,
                        stream_options=stream_options,
                        stop=stop,
                        max_tokens=max_tokens,
                        presence_penalty=presence_penalty,
                        frequency_penalty=frequency_penalty,
                        seed=seed,
                        user=user,
                        response_format=_parsing.response_format_param(response_format, response_format_mode),
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
                        thinking=thinking,
                        enable_thinking=enable_thinking,
                        top_k=top_k,
                        reasoning=reasoning,
                        search_parameters=search_parameters,
                        vl_high_resolution_images=vl_high_resolution_images,
                        web_search=web_search,
                    ),
                ),
                _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
                stream=True,
            ),
            parser,
        )


class AsyncChatCompletionsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsResourceWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncChatCompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsResourceWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncChatCompletionsResourceWithStreamingResponse(self)

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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
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
        | SupportsModelDump
        | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk, ChatCompletion]:
        """Create a chat completion"""
        return await _operation.acall(
            self._client,
            create_chat_completion.OPERATION,
            _operation.Request(
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
                    thinking=thinking,
                    enable_thinking=enable_thinking,
                    top_k=top_k,
                    reasoning=reasoning,
                    search_parameters=search_parameters,
                    vl_high_resolution_images=vl_high_resolution_images,
                    web_search=web_search,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream=stream is True,
        )

    @overload
    async def parse(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[ResponseFormatT],
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ParsedChatCompletion[ResponseFormatT]: ...

    @overload
    async def parse(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ParsedChatCompletion[None]: ...

    async def parse(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[Any]
        | ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ParsedChatCompletion[Any]:
        """The reply read into ``response_format`` (a pydantic model, dataclass or TypedDict): ``message.parsed``."""
        parser: _parsing.Parser[Any] = _parsing.Parser(response_format, tools)
        _parsing.check_parse_tools(tools)
        parser.require(partial=False)
        return parser.completion(
            await _operation.acall(
                self._client,
                _parsing.reading_parsed(create_chat_completion.OPERATION),
                _operation.Request(
                    body=CreateChatCompletionRequest(
                        model=model,
                        messages=_parsing.schema_messages(messages, response_format, response_format_mode),
                        temperature=temperature,
                        top_p=top_p,
                        n=n,
                        stream_options=stream_options,
                        stop=stop,
                        max_tokens=max_tokens,
                        presence_penalty=presence_penalty,
                        frequency_penalty=frequency_penalty,
                        seed=seed,
                        user=user,
                        response_format=_parsing.response_format_param(response_format, response_format_mode),
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
                        thinking=thinking,
                        enable_thinking=enable_thinking,
                        top_k=top_k,
                        reasoning=reasoning,
                        search_parameters=search_parameters,
                        vl_high_resolution_images=vl_high_resolution_images,
                        web_search=web_search,
                    ),
                ),
                _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
            )
        )

    @overload
    def stream(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[ResponseFormatT],
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> _stream_events.AsyncChatCompletionStreamManager[ResponseFormatT]: ...

    @overload
    def stream(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> _stream_events.AsyncChatCompletionStreamManager[None]: ...

    def stream(
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
            | SupportsModelDump
        ],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        stream_options: StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset = UNSET,
        stop: list[str] | None | str | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        user: str | Unset = UNSET,
        tools: Sequence[Tool | ToolParam | OtherTool | OtherToolParam | SupportsModelDump] | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | Literal["none", "auto", "required"]
        | NamedToolChoice
        | NamedToolChoiceParam
        | SupportsModelDump
        | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        logit_bias: LogitBias | LogitBiasParam | SupportsModelDump | None | Unset = UNSET,
        safety_identifier: str | Unset = UNSET,
        prompt_cache_key: str | Unset = UNSET,
        reasoning_effort: None | str | Unset = UNSET,
        verbosity: None | str | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        metadata: Metadata | MetadataParam | SupportsModelDump | None | Unset = UNSET,
        modalities: list[str] | None | Unset = UNSET,
        audio: AudioOutputParameters | AudioOutputParametersParam | SupportsModelDump | None | Unset = UNSET,
        prediction: PredictionContent | PredictionContentParam | SupportsModelDump | None | Unset = UNSET,
        web_search_options: WebSearchOptions | WebSearchOptionsParam | SupportsModelDump | Unset = UNSET,
        thinking: ThinkingOptions | ThinkingOptionsParam | SupportsModelDump | None | Unset = UNSET,
        enable_thinking: bool | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        reasoning: ReasoningOptions | ReasoningOptionsParam | SupportsModelDump | None | Unset = UNSET,
        search_parameters: SearchParameters | SearchParametersParam | SupportsModelDump | None | Unset = UNSET,
        vl_high_resolution_images: bool | None | Unset = UNSET,
        web_search: BaiduWebSearch | BaiduWebSearchParam | SupportsModelDump | None | Unset = UNSET,
        response_format: type[Any]
        | ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | SupportsModelDump
        | Unset = UNSET,
        response_format_mode: _parsing.ResponseFormatMode = "json_schema",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> _stream_events.AsyncChatCompletionStreamManager[Any]:
        """The streamed reply as the OpenAI SDK's typed events: ``with client...stream(...) as s: for event in s``."""
        parser: _parsing.Parser[Any] = _parsing.Parser(response_format, tools)
        parser.require(partial=True)
        from .lib import _stream_events

        return _stream_events.AsyncChatCompletionStreamManager(
            lambda: _operation.acall(
                self._client,
                create_chat_completion.OPERATION,
                _operation.Request(
                    body=CreateChatCompletionRequest(
                        model=model,
                        messages=_parsing.schema_messages(messages, response_format, response_format_mode),
                        temperature=temperature,
                        top_p=top_p,
                        n=n,
                        stream_options=stream_options,
                        stop=stop,
                        max_tokens=max_tokens,
                        presence_penalty=presence_penalty,
                        frequency_penalty=frequency_penalty,
                        seed=seed,
                        user=user,
                        response_format=_parsing.response_format_param(response_format, response_format_mode),
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
                        thinking=thinking,
                        enable_thinking=enable_thinking,
                        top_k=top_k,
                        reasoning=reasoning,
                        search_parameters=search_parameters,
                        vl_high_resolution_images=vl_high_resolution_images,
                        web_search=web_search,
                    ),
                ),
                _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
                stream=True,
            ),
            parser,
        )


class ChatCompletionsResourceWithRawResponse:
    """``completions.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: ChatCompletionsResource) -> None:
        self._resource = resource
        self.create = _response.to_raw_response_wrapper(resource.create)
        self.parse = _response.to_raw_response_wrapper(resource.parse)


class ChatCompletionsResourceWithStreamingResponse:
    """``completions.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: ChatCompletionsResource) -> None:
        self._resource = resource
        self.create = _response.to_streamed_response_wrapper(resource.create)
        self.parse = _response.to_streamed_response_wrapper(resource.parse)


class AsyncChatCompletionsResourceWithRawResponse:
    """``completions.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncChatCompletionsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_raw_response_wrapper(resource.create)
        self.parse = _response.async_to_raw_response_wrapper(resource.parse)


class AsyncChatCompletionsResourceWithStreamingResponse:
    """``completions.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncChatCompletionsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_streamed_response_wrapper(resource.create)
        self.parse = _response.async_to_streamed_response_wrapper(resource.parse)


class ChatResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> ChatResourceWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return ChatResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatResourceWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return ChatResourceWithStreamingResponse(self)

    @cached_property
    def completions(self) -> ChatCompletionsResource:
        return ChatCompletionsResource(self._client)


class AsyncChatResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> AsyncChatResourceWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncChatResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatResourceWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncChatResourceWithStreamingResponse(self)

    @cached_property
    def completions(self) -> AsyncChatCompletionsResource:
        return AsyncChatCompletionsResource(self._client)


class ChatResourceWithRawResponse:
    """``chat.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: ChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsResourceWithRawResponse:
        return ChatCompletionsResourceWithRawResponse(self._resource.completions)


class ChatResourceWithStreamingResponse:
    """``chat.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: ChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsResourceWithStreamingResponse:
        return ChatCompletionsResourceWithStreamingResponse(self._resource.completions)


class AsyncChatResourceWithRawResponse:
    """``chat.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsResourceWithRawResponse:
        return AsyncChatCompletionsResourceWithRawResponse(self._resource.completions)


class AsyncChatResourceWithStreamingResponse:
    """``chat.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsResourceWithStreamingResponse:
        return AsyncChatCompletionsResourceWithStreamingResponse(self._resource.completions)


class ModelsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return ModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsResourceWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return ModelsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelList:
        """List the models"""
        return _operation.call(
            self._client,
            list_models.OPERATION,
            _operation.Request(),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Model:
        """Retrieve a model"""
        return _operation.call(
            self._client,
            retrieve_model.OPERATION,
            _operation.Request(
                path=(model,),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncModelsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsResourceWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncModelsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelList:
        """List the models"""
        return await _operation.acall(
            self._client,
            list_models.OPERATION,
            _operation.Request(),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Model:
        """Retrieve a model"""
        return await _operation.acall(
            self._client,
            retrieve_model.OPERATION,
            _operation.Request(
                path=(model,),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class ModelsResourceWithRawResponse:
    """``models.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: ModelsResource) -> None:
        self._resource = resource
        self.list = _response.to_raw_response_wrapper(resource.list)
        self.retrieve = _response.to_raw_response_wrapper(resource.retrieve)


class ModelsResourceWithStreamingResponse:
    """``models.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: ModelsResource) -> None:
        self._resource = resource
        self.list = _response.to_streamed_response_wrapper(resource.list)
        self.retrieve = _response.to_streamed_response_wrapper(resource.retrieve)


class AsyncModelsResourceWithRawResponse:
    """``models.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncModelsResource) -> None:
        self._resource = resource
        self.list = _response.async_to_raw_response_wrapper(resource.list)
        self.retrieve = _response.async_to_raw_response_wrapper(resource.retrieve)


class AsyncModelsResourceWithStreamingResponse:
    """``models.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncModelsResource) -> None:
        self._resource = resource
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
        self.retrieve = _response.async_to_streamed_response_wrapper(resource.retrieve)


class EmbeddingsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> EmbeddingsResourceWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return EmbeddingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EmbeddingsResourceWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return EmbeddingsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        model: str,
        input: list[int] | list[list[int]] | list[str] | str,
        encoding_format: EmbeddingEncodingFormat | Literal["float", "base64"] | Unset = UNSET,
        dimensions: int | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateEmbeddingResponse:
        """Create embeddings"""
        return _operation.call(
            self._client,
            create_embedding.OPERATION,
            _operation.Request(
                body=CreateEmbeddingRequest(
                    model=model,
                    input=input,
                    encoding_format=encoding_format,
                    dimensions=dimensions,
                    user=user,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncEmbeddingsResource(_resource.APIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsResourceWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncEmbeddingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEmbeddingsResourceWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncEmbeddingsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: str,
        input: list[int] | list[list[int]] | list[str] | str,
        encoding_format: EmbeddingEncodingFormat | Literal["float", "base64"] | Unset = UNSET,
        dimensions: int | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateEmbeddingResponse:
        """Create embeddings"""
        return await _operation.acall(
            self._client,
            create_embedding.OPERATION,
            _operation.Request(
                body=CreateEmbeddingRequest(
                    model=model,
                    input=input,
                    encoding_format=encoding_format,
                    dimensions=dimensions,
                    user=user,
                ),
            ),
            _operation.Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class EmbeddingsResourceWithRawResponse:
    """``embeddings.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: EmbeddingsResource) -> None:
        self._resource = resource
        self.create = _response.to_raw_response_wrapper(resource.create)


class EmbeddingsResourceWithStreamingResponse:
    """``embeddings.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: EmbeddingsResource) -> None:
        self._resource = resource
        self.create = _response.to_streamed_response_wrapper(resource.create)


class AsyncEmbeddingsResourceWithRawResponse:
    """``embeddings.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncEmbeddingsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_raw_response_wrapper(resource.create)


class AsyncEmbeddingsResourceWithStreamingResponse:
    """``embeddings.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncEmbeddingsResource) -> None:
        self._resource = resource
        self.create = _response.async_to_streamed_response_wrapper(resource.create)


class MixrouteWithRawResponse:
    """``client.with_raw_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: Mixroute) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> ChatResourceWithRawResponse:
        return ChatResourceWithRawResponse(self._resource.chat)

    @cached_property
    def models(self) -> ModelsResourceWithRawResponse:
        return ModelsResourceWithRawResponse(self._resource.models)

    @cached_property
    def embeddings(self) -> EmbeddingsResourceWithRawResponse:
        return EmbeddingsResourceWithRawResponse(self._resource.embeddings)


class MixrouteWithStreamingResponse:
    """``client.with_streaming_response``: each method answering with the ``APIResponse`` of its reply."""

    def __init__(self, resource: Mixroute) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> ChatResourceWithStreamingResponse:
        return ChatResourceWithStreamingResponse(self._resource.chat)

    @cached_property
    def models(self) -> ModelsResourceWithStreamingResponse:
        return ModelsResourceWithStreamingResponse(self._resource.models)

    @cached_property
    def embeddings(self) -> EmbeddingsResourceWithStreamingResponse:
        return EmbeddingsResourceWithStreamingResponse(self._resource.embeddings)


class AsyncMixrouteWithRawResponse:
    """``client.with_raw_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncMixroute) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> AsyncChatResourceWithRawResponse:
        return AsyncChatResourceWithRawResponse(self._resource.chat)

    @cached_property
    def models(self) -> AsyncModelsResourceWithRawResponse:
        return AsyncModelsResourceWithRawResponse(self._resource.models)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsResourceWithRawResponse:
        return AsyncEmbeddingsResourceWithRawResponse(self._resource.embeddings)


class AsyncMixrouteWithStreamingResponse:
    """``client.with_streaming_response``: each method answering with the ``AsyncAPIResponse`` of its reply."""

    def __init__(self, resource: AsyncMixroute) -> None:
        self._resource = resource

    @cached_property
    def chat(self) -> AsyncChatResourceWithStreamingResponse:
        return AsyncChatResourceWithStreamingResponse(self._resource.chat)

    @cached_property
    def models(self) -> AsyncModelsResourceWithStreamingResponse:
        return AsyncModelsResourceWithStreamingResponse(self._resource.models)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsResourceWithStreamingResponse:
        return AsyncEmbeddingsResourceWithStreamingResponse(self._resource.embeddings)


class MixrouteBeta:
    """``client.beta``, as the OpenAI SDK keeps it: ``client.beta.chat`` is ``client.chat``."""

    def __init__(self, client: Mixroute) -> None:
        self._client = client

    @property
    def chat(self) -> ChatResource:
        return self._client.chat


class AsyncMixrouteBeta:
    """``client.beta``, as the OpenAI SDK keeps it: ``client.beta.chat`` is ``client.chat``."""

    def __init__(self, client: AsyncMixroute) -> None:
        self._client = client

    @property
    def chat(self) -> AsyncChatResource:
        return self._client.chat


class Mixroute(_resource.SyncClientBase):
    @cached_property
    def with_raw_response(self) -> MixrouteWithRawResponse:
        """The methods below, answering with the ``APIResponse`` of their reply (``.parse()`` for it)."""
        return MixrouteWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MixrouteWithStreamingResponse:
        """The methods below as context managers of their ``APIResponse``, whose body is read when asked."""
        return MixrouteWithStreamingResponse(self)

    @cached_property
    def beta(self) -> MixrouteBeta:
        """The OpenAI SDK's ``client.beta``, for programs written against it."""
        return MixrouteBeta(self)

    @cached_property
    def chat(self) -> ChatResource:
        return ChatResource(self._client)

    @cached_property
    def models(self) -> ModelsResource:
        return ModelsResource(self._client)

    @cached_property
    def embeddings(self) -> EmbeddingsResource:
        return EmbeddingsResource(self._client)


class AsyncMixroute(_resource.AsyncClientBase):
    @cached_property
    def with_raw_response(self) -> AsyncMixrouteWithRawResponse:
        """The methods below, answering with the ``AsyncAPIResponse`` of their reply (``.parse()`` for it)."""
        return AsyncMixrouteWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMixrouteWithStreamingResponse:
        """The methods below as context managers of their ``AsyncAPIResponse``, whose body is read when asked."""
        return AsyncMixrouteWithStreamingResponse(self)

    @cached_property
    def beta(self) -> AsyncMixrouteBeta:
        """The OpenAI SDK's ``client.beta``, for programs written against it."""
        return AsyncMixrouteBeta(self)

    @cached_property
    def chat(self) -> AsyncChatResource:
        return AsyncChatResource(self._client)

    @cached_property
    def models(self) -> AsyncModelsResource:
        return AsyncModelsResource(self._client)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsResource:
        return AsyncEmbeddingsResource(self._client)
