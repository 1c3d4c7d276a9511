# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, SupportsModelDump, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..params import (
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


@_attrs_define(getstate_setstate=False, init=False)
class CreateChatCompletionRequest(_models.Model):
    """The chat completion request. Optional fields have no defaults on purpose: a field the client sends on its own would
    override the upstream model's default. The provider-specific parameters new-api relays are typed below (`thinking`,
    `enable_thinking`, `top_k`, `reasoning`, ...; sources in their descriptions); any other key goes in
    `additional_properties` (`extra_body`) and is forwarded as it is.

        Attributes:
            model (str): The model to use. The gateway's catalogue is listed in `x-mixroute-models`.
            messages (list[AssistantMessage | DeveloperMessage | FunctionMessage | OtherMessage | SystemMessage |
                ToolMessage | UserMessage]): The conversation so far, oldest first.
            temperature (float | None | Unset): Sampling temperature; higher is more random.
            top_p (float | None | Unset): Nucleus sampling probability mass.
            n (int | None | Unset): How many choices to generate.
            stream (bool | None | Unset): Reply as a server-sent event stream of chunks.
            stream_options (None | StreamOptions | Unset):
            stop (list[str] | None | str | Unset): Sequences where the model stops generating (OpenAI takes 4, DeepSeek 16).
            max_tokens (int | None | Unset): The most tokens the reply may have (deprecated by OpenAI for
                `max_completion_tokens`).
            presence_penalty (float | None | Unset):
            frequency_penalty (float | None | Unset):
            seed (int | None | Unset): Best-effort deterministic sampling.
            user (str | Unset): An identifier of the end user, for abuse monitoring (OpenAI now prefers
                `safety_identifier`).
            response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset):
            tools (list[OtherTool | Tool] | Unset): Tools the model may call; tools other than functions (GLM `web_search`,
                ...) pass through.
            tool_choice (NamedToolChoice | ToolChoiceMode | Unset): `none` (never call a tool), `auto` (the model decides),
                `required` (call at least one), or a named function the model must call.
            parallel_tool_calls (bool | None | Unset): Whether the model may call several tools in one turn.
            logprobs (bool | None | Unset): Return the log probabilities of the output tokens.
            top_logprobs (int | None | Unset): How many most likely tokens to return at each position (needs `logprobs`).
            max_completion_tokens (int | None | Unset): The most tokens the reply may have, reasoning tokens included.
            logit_bias (LogitBias | None | Unset): Token id (as a string) to a bias from -100 to 100.
            safety_identifier (str | Unset): A stable identifier of the end user, for abuse monitoring.
            prompt_cache_key (str | Unset): Groups requests that share a prompt prefix, for better cache hits.
            reasoning_effort (None | str | Unset): How hard a reasoning model thinks: `minimal`, `low`, `medium`, `high` at
                OpenAI; other upstreams add their own values, so any string is passed on.
            verbosity (None | str | Unset): How long the answer should be (`low`, `medium`, `high`).
            service_tier (None | str | Unset): The processing tier (`auto`, `default`, `flex`, `priority`, ...).
            store (bool | None | Unset): Whether the upstream stores the completion.
            metadata (Metadata | None | Unset): Up to 16 string key-value pairs stored with the completion.
            modalities (list[str] | None | Unset): The output types, e.g. `["text", "audio"]`.
            audio (AudioOutputParameters | None | Unset):
            prediction (None | PredictionContent | Unset):
            web_search_options (WebSearchOptions | Unset): Options of the search tool of search models
                (`search_context_size`, `user_location`, ...).
            thinking (None | ThinkingOptions | Unset):
            enable_thinking (bool | None | Unset): Qwen: whether a hybrid model (Qwen3) thinks before answering (new-api
                `EnableThinking`, PR #1109).
            top_k (int | None | Unset): Sample from the k most likely tokens only: Claude, Gemini, Qwen, vLLM and others
                (new-api `TopK`).
            reasoning (None | ReasoningOptions | Unset):
            search_parameters (None | SearchParameters | Unset):
            vl_high_resolution_images (bool | None | Unset): Qwen-VL: read images at their full resolution, at more tokens
                (new-api `VlHighResolutionImages`).
            web_search (BaiduWebSearch | None | Unset):
    """

    model: str
    messages: list[
        AssistantMessage | DeveloperMessage | FunctionMessage | OtherMessage | SystemMessage | ToolMessage | UserMessage
    ]
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    n: int | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: None | StreamOptions | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    user: str | Unset = UNSET
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset = UNSET
    tools: list[OtherTool | Tool] | Unset = UNSET
    tool_choice: NamedToolChoice | ToolChoiceMode | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    logit_bias: LogitBias | None | Unset = UNSET
    safety_identifier: str | Unset = UNSET
    prompt_cache_key: str | Unset = UNSET
    reasoning_effort: None | str | Unset = UNSET
    verbosity: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    modalities: list[str] | None | Unset = UNSET
    audio: AudioOutputParameters | None | Unset = UNSET
    prediction: None | PredictionContent | Unset = UNSET
    web_search_options: WebSearchOptions | Unset = UNSET
    thinking: None | ThinkingOptions | Unset = UNSET
    enable_thinking: bool | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    reasoning: None | ReasoningOptions | Unset = UNSET
    search_parameters: None | SearchParameters | Unset = UNSET
    vl_high_resolution_images: bool | None | Unset = UNSET
    web_search: BaiduWebSearch | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
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
    ) -> None:
        if messages.__class__ is list:
            for _messages_item in messages:
                if not (_messages_item.__class__ in _MESSAGES_ITEM_CLASSES):
                    messages = _params.convert(messages, CreateChatCompletionRequest, "messages")
                    break
        else:
            messages = _params.convert(messages, CreateChatCompletionRequest, "messages")
        if not (stream_options is UNSET or stream_options is None or stream_options.__class__ is StreamOptions):
            stream_options = _params.convert(stream_options, CreateChatCompletionRequest, "stream_options")
        if not (
            response_format is UNSET
            or response_format.__class__ is ResponseFormatText
            or response_format.__class__ is ResponseFormatJsonObject
            or response_format.__class__ is ResponseFormatJsonSchema
        ):
            response_format = _params.convert(response_format, CreateChatCompletionRequest, "response_format")
        if not (tools is UNSET):
            if tools.__class__ is list:
                for _tools_item in tools:
                    if not (_tools_item.__class__ in _TOOLS_ITEM_CLASSES):
                        tools = _params.convert(tools, CreateChatCompletionRequest, "tools")
                        break
            else:
                tools = _params.convert(tools, CreateChatCompletionRequest, "tools")
        if not (
            tool_choice is UNSET or tool_choice.__class__ is ToolChoiceMode or tool_choice.__class__ is NamedToolChoice
        ):
            tool_choice = _params.convert(tool_choice, CreateChatCompletionRequest, "tool_choice")
        if not (logit_bias is UNSET or logit_bias is None or logit_bias.__class__ is LogitBias):
            logit_bias = _params.convert(logit_bias, CreateChatCompletionRequest, "logit_bias")
        if not (metadata is UNSET or metadata is None or metadata.__class__ is Metadata):
            metadata = _params.convert(metadata, CreateChatCompletionRequest, "metadata")
        if not (audio is UNSET or audio is None or audio.__class__ is AudioOutputParameters):
            audio = _params.convert(audio, CreateChatCompletionRequest, "audio")
        if not (prediction is UNSET or prediction is None or prediction.__class__ is PredictionContent):
            prediction = _params.convert(prediction, CreateChatCompletionRequest, "prediction")
        if not (web_search_options is UNSET or web_search_options.__class__ is WebSearchOptions):
            web_search_options = _params.convert(web_search_options, CreateChatCompletionRequest, "web_search_options")
        if not (thinking is UNSET or thinking is None or thinking.__class__ is ThinkingOptions):
            thinking = _params.convert(thinking, CreateChatCompletionRequest, "thinking")
        if not (reasoning is UNSET or reasoning is None or reasoning.__class__ is ReasoningOptions):
            reasoning = _params.convert(reasoning, CreateChatCompletionRequest, "reasoning")
        if not (
            search_parameters is UNSET or search_parameters is None or search_parameters.__class__ is SearchParameters
        ):
            search_parameters = _params.convert(search_parameters, CreateChatCompletionRequest, "search_parameters")
        if not (web_search is UNSET or web_search is None or web_search.__class__ is BaiduWebSearch):
            web_search = _params.convert(web_search, CreateChatCompletionRequest, "web_search")
        self.model = model
        self.messages = messages  # type: ignore[assignment]
        self.temperature = temperature
        self.top_p = top_p
        self.n = n
        self.stream = stream
        self.stream_options = stream_options  # type: ignore[assignment]
        self.stop = stop
        self.max_tokens = max_tokens
        self.presence_penalty = presence_penalty
        self.frequency_penalty = frequency_penalty
        self.seed = seed
        self.user = user
        self.response_format = response_format  # type: ignore[assignment]
        self.tools = tools  # type: ignore[assignment]
        self.tool_choice = tool_choice  # type: ignore[assignment]
        self.parallel_tool_calls = parallel_tool_calls
        self.logprobs = logprobs
        self.top_logprobs = top_logprobs
        self.max_completion_tokens = max_completion_tokens
        self.logit_bias = logit_bias  # type: ignore[assignment]
        self.safety_identifier = safety_identifier
        self.prompt_cache_key = prompt_cache_key
        self.reasoning_effort = reasoning_effort
        self.verbosity = verbosity
        self.service_tier = service_tier
        self.store = store
        self.metadata = metadata  # type: ignore[assignment]
        self.modalities = modalities
        self.audio = audio  # type: ignore[assignment]
        self.prediction = prediction  # type: ignore[assignment]
        self.web_search_options = web_search_options  # type: ignore[assignment]
        self.thinking = thinking  # type: ignore[assignment]
        self.enable_thinking = enable_thinking
        self.top_k = top_k
        self.reasoning = reasoning  # type: ignore[assignment]
        self.search_parameters = search_parameters  # type: ignore[assignment]
        self.vl_high_resolution_images = vl_high_resolution_images
        self.web_search = web_search  # type: ignore[assignment]
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if not isinstance(self.temperature, Unset):
            temperature: float | None
            temperature = self.temperature

            field_dict["temperature"] = temperature
        if not isinstance(self.top_p, Unset):
            top_p: float | None
            top_p = self.top_p

            field_dict["top_p"] = top_p
        if not isinstance(self.n, Unset):
            n: int | None
            n = self.n

            field_dict["n"] = n
        if not isinstance(self.stream, Unset):
            stream: bool | None
            stream = self.stream

            field_dict["stream"] = stream
        if not isinstance(self.stream_options, Unset):
            stream_options: dict[str, Any] | None
            if isinstance(self.stream_options, StreamOptions):
                stream_options = self.stream_options.to_dict()
            else:
                stream_options = self.stream_options

            field_dict["stream_options"] = stream_options
        if not isinstance(self.stop, Unset):
            stop: list[str] | None | str
            if isinstance(self.stop, list):
                stop = self.stop

            else:
                stop = self.stop

            field_dict["stop"] = stop
        if not isinstance(self.max_tokens, Unset):
            max_tokens: int | None
            max_tokens = self.max_tokens

            field_dict["max_tokens"] = max_tokens
        if not isinstance(self.presence_penalty, Unset):
            presence_penalty: float | None
            presence_penalty = self.presence_penalty

            field_dict["presence_penalty"] = presence_penalty
        if not isinstance(self.frequency_penalty, Unset):
            frequency_penalty: float | None
            frequency_penalty = self.frequency_penalty

            field_dict["frequency_penalty"] = frequency_penalty
        if not isinstance(self.seed, Unset):
            seed: int | None
            seed = self.seed

            field_dict["seed"] = seed
        if not isinstance(self.user, Unset):
            user = self.user
            field_dict["user"] = user
        if not isinstance(self.response_format, Unset):
            response_format: dict[str, Any]
            response_format = self.response_format.to_dict()

            field_dict["response_format"] = response_format
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

            field_dict["tools"] = tools
        if not isinstance(self.tool_choice, Unset):
            tool_choice: dict[str, Any] | str
            if isinstance(self.tool_choice, ToolChoiceMode):
                tool_choice = self.tool_choice.value
            else:
                tool_choice = self.tool_choice.to_dict()

            field_dict["tool_choice"] = tool_choice
        if not isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls: bool | None
            parallel_tool_calls = self.parallel_tool_calls

            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if not isinstance(self.logprobs, Unset):
            logprobs: bool | None
            logprobs = self.logprobs

            field_dict["logprobs"] = logprobs
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs: int | None
            top_logprobs = self.top_logprobs

            field_dict["top_logprobs"] = top_logprobs
        if not isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens: int | None
            max_completion_tokens = self.max_completion_tokens

            field_dict["max_completion_tokens"] = max_completion_tokens
        if not isinstance(self.logit_bias, Unset):
            logit_bias: dict[str, Any] | None
            if isinstance(self.logit_bias, LogitBias):
                logit_bias = self.logit_bias.to_dict()
            else:
                logit_bias = self.logit_bias

            field_dict["logit_bias"] = logit_bias
        if not isinstance(self.safety_identifier, Unset):
            safety_identifier = self.safety_identifier
            field_dict["safety_identifier"] = safety_identifier
        if not isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = self.prompt_cache_key
            field_dict["prompt_cache_key"] = prompt_cache_key
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort: None | str
            reasoning_effort = self.reasoning_effort

            field_dict["reasoning_effort"] = reasoning_effort
        if not isinstance(self.verbosity, Unset):
            verbosity: None | str
            verbosity = self.verbosity

            field_dict["verbosity"] = verbosity
        if not isinstance(self.service_tier, Unset):
            service_tier: None | str
            service_tier = self.service_tier

            field_dict["service_tier"] = service_tier
        if not isinstance(self.store, Unset):
            store: bool | None
            store = self.store

            field_dict["store"] = store
        if not isinstance(self.metadata, Unset):
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, Metadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata

            field_dict["metadata"] = metadata
        if not isinstance(self.modalities, Unset):
            modalities: list[str] | None
            if isinstance(self.modalities, list):
                modalities = self.modalities

            else:
                modalities = self.modalities

            field_dict["modalities"] = modalities
        if not isinstance(self.audio, Unset):
            audio: dict[str, Any] | None
            if isinstance(self.audio, AudioOutputParameters):
                audio = self.audio.to_dict()
            else:
                audio = self.audio

            field_dict["audio"] = audio
        if not isinstance(self.prediction, Unset):
            prediction: dict[str, Any] | None
            if isinstance(self.prediction, PredictionContent):
                prediction = self.prediction.to_dict()
            else:
                prediction = self.prediction

            field_dict["prediction"] = prediction
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()
            field_dict["web_search_options"] = web_search_options
        if not isinstance(self.thinking, Unset):
            thinking: dict[str, Any] | None
            if isinstance(self.thinking, ThinkingOptions):
                thinking = self.thinking.to_dict()
            else:
                thinking = self.thinking

            field_dict["thinking"] = thinking
        if not isinstance(self.enable_thinking, Unset):
            enable_thinking: bool | None
            enable_thinking = self.enable_thinking

            field_dict["enable_thinking"] = enable_thinking
        if not isinstance(self.top_k, Unset):
            top_k: int | None
            top_k = self.top_k

            field_dict["top_k"] = top_k
        if not isinstance(self.reasoning, Unset):
            reasoning: dict[str, Any] | None
            if isinstance(self.reasoning, ReasoningOptions):
                reasoning = self.reasoning.to_dict()
            else:
                reasoning = self.reasoning

            field_dict["reasoning"] = reasoning
        if not isinstance(self.search_parameters, Unset):
            search_parameters: dict[str, Any] | None
            if isinstance(self.search_parameters, SearchParameters):
                search_parameters = self.search_parameters.to_dict()
            else:
                search_parameters = self.search_parameters

            field_dict["search_parameters"] = search_parameters
        if not isinstance(self.vl_high_resolution_images, Unset):
            vl_high_resolution_images: bool | None
            vl_high_resolution_images = self.vl_high_resolution_images

            field_dict["vl_high_resolution_images"] = vl_high_resolution_images
        if not isinstance(self.web_search, Unset):
            web_search: dict[str, Any] | None
            if isinstance(self.web_search, BaiduWebSearch):
                web_search = self.web_search.to_dict()
            else:
                web_search = self.web_search

            field_dict["web_search"] = web_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in (
            "user",
            "response_format",
            "tools",
            "tool_choice",
            "safety_identifier",
            "prompt_cache_key",
            "web_search_options",
        ):
            if key in d and d[key] is None:
                del d[key]
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                AssistantMessage
                | DeveloperMessage
                | FunctionMessage
                | OtherMessage
                | SystemMessage
                | ToolMessage
                | UserMessage
            ):
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_0 = _read_SystemMessage(data)

                        return componentsschemas_chat_message_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_1 = _read_DeveloperMessage(data)

                        return componentsschemas_chat_message_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_2 = _read_UserMessage(data)

                        return componentsschemas_chat_message_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_3 = _read_AssistantMessage(data)

                        return componentsschemas_chat_message_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_4 = _read_ToolMessage(data)

                        return componentsschemas_chat_message_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_chat_message_type_5 = _read_FunctionMessage(data)

                        return componentsschemas_chat_message_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_6 = _read_OtherMessage(data)

                return componentsschemas_chat_message_type_6

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        n = d.pop("n", UNSET)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: None | StreamOptions | Unset
        if _stream_options is None:
            stream_options = None
        elif isinstance(_stream_options, Unset):
            stream_options = UNSET
        elif isinstance(_stream_options, dict):
            try:
                stream_options_type_0 = _read_StreamOptions(_stream_options)

                stream_options = stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                stream_options = cast("None | StreamOptions | Unset", _stream_options)
        else:
            stream_options = _stream_options

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
                    componentsschemas_response_format_type_0 = _read_ResponseFormatText(data)

                    return componentsschemas_response_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_response_format_type_1 = _read_ResponseFormatJsonObject(data)

                    return componentsschemas_response_format_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_format_type_2 = _read_ResponseFormatJsonSchema(data)

            return componentsschemas_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[OtherTool | Tool] | Unset = UNSET
        if not isinstance(_tools, Unset):
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> OtherTool | Tool:
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_definition_type_0 = _read_Tool(data)

                            return componentsschemas_tool_definition_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_definition_type_1 = _read_OtherTool(data)

                    return componentsschemas_tool_definition_type_1

                tools_item = _parse_tools_item(tools_item_data)

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
            componentsschemas_tool_choice_type_1 = _read_NamedToolChoice(_tool_choice)

            tool_choice = componentsschemas_tool_choice_type_1
        else:
            raise TypeError()

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: LogitBias | None | Unset
        if _logit_bias is None:
            logit_bias = None
        elif isinstance(_logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(_logit_bias, dict):
            try:
                logit_bias_type_0 = _read_LogitBias(_logit_bias)

                logit_bias = logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                logit_bias = cast("LogitBias | None | Unset", _logit_bias)
        else:
            logit_bias = _logit_bias

        safety_identifier = d.pop("safety_identifier", UNSET)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        reasoning_effort = d.pop("reasoning_effort", UNSET)

        verbosity = d.pop("verbosity", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        store = d.pop("store", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | None | Unset
        if _metadata is None:
            metadata = None
        elif isinstance(_metadata, Unset):
            metadata = UNSET
        elif isinstance(_metadata, dict):
            try:
                metadata_type_0 = _read_Metadata(_metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = cast("Metadata | None | Unset", _metadata)
        else:
            metadata = _metadata

        modalities = d.pop("modalities", UNSET)

        _audio = d.pop("audio", UNSET)
        audio: AudioOutputParameters | None | Unset
        if _audio is None:
            audio = None
        elif isinstance(_audio, Unset):
            audio = UNSET
        elif isinstance(_audio, dict):
            try:
                audio_type_0 = _read_AudioOutputParameters(_audio)

                audio = audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                audio = cast("AudioOutputParameters | None | Unset", _audio)
        else:
            audio = _audio

        _prediction = d.pop("prediction", UNSET)
        prediction: None | PredictionContent | Unset
        if _prediction is None:
            prediction = None
        elif isinstance(_prediction, Unset):
            prediction = UNSET
        elif isinstance(_prediction, dict):
            try:
                prediction_type_0 = _read_PredictionContent(_prediction)

                prediction = prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                prediction = cast("None | PredictionContent | Unset", _prediction)
        else:
            prediction = _prediction

        _web_search_options = d.pop("web_search_options", UNSET)
        web_search_options: WebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = _read_WebSearchOptions(_web_search_options)

        _thinking = d.pop("thinking", UNSET)
        thinking: None | ThinkingOptions | Unset
        if _thinking is None:
            thinking = None
        elif isinstance(_thinking, Unset):
            thinking = UNSET
        elif isinstance(_thinking, dict):
            try:
                thinking_type_0 = _read_ThinkingOptions(_thinking)

                thinking = thinking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thinking = cast("None | ThinkingOptions | Unset", _thinking)
        else:
            thinking = _thinking

        enable_thinking = d.pop("enable_thinking", UNSET)

        top_k = d.pop("top_k", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: None | ReasoningOptions | Unset
        if _reasoning is None:
            reasoning = None
        elif isinstance(_reasoning, Unset):
            reasoning = UNSET
        elif isinstance(_reasoning, dict):
            try:
                reasoning_type_0 = _read_ReasoningOptions(_reasoning)

                reasoning = reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reasoning = cast("None | ReasoningOptions | Unset", _reasoning)
        else:
            reasoning = _reasoning

        _search_parameters = d.pop("search_parameters", UNSET)
        search_parameters: None | SearchParameters | Unset
        if _search_parameters is None:
            search_parameters = None
        elif isinstance(_search_parameters, Unset):
            search_parameters = UNSET
        elif isinstance(_search_parameters, dict):
            try:
                search_parameters_type_0 = _read_SearchParameters(_search_parameters)

                search_parameters = search_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                search_parameters = cast("None | SearchParameters | Unset", _search_parameters)
        else:
            search_parameters = _search_parameters

        vl_high_resolution_images = d.pop("vl_high_resolution_images", UNSET)

        _web_search = d.pop("web_search", UNSET)
        web_search: BaiduWebSearch | None | Unset
        if _web_search is None:
            web_search = None
        elif isinstance(_web_search, Unset):
            web_search = UNSET
        elif isinstance(_web_search, dict):
            try:
                web_search_type_0 = _read_BaiduWebSearch(_web_search)

                web_search = web_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                web_search = cast("BaiduWebSearch | None | Unset", _web_search)
        else:
            web_search = _web_search

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
from ..models.audio_output_parameters import AudioOutputParameters
from ..models.baidu_web_search import BaiduWebSearch
from ..models.developer_message import DeveloperMessage
from ..models.function_message import FunctionMessage
from ..models.logit_bias import LogitBias
from ..models.metadata import Metadata
from ..models.named_tool_choice import NamedToolChoice
from ..models.other_message import OtherMessage
from ..models.other_tool import OtherTool
from ..models.prediction_content import PredictionContent
from ..models.reasoning_options import ReasoningOptions
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.search_parameters import SearchParameters
from ..models.stream_options import StreamOptions
from ..models.system_message import SystemMessage
from ..models.thinking_options import ThinkingOptions
from ..models.tool import Tool
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
from ..models.web_search_options import WebSearchOptions

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_AssistantMessage = AssistantMessage.from_dict
_read_AudioOutputParameters = AudioOutputParameters.from_dict
_read_BaiduWebSearch = BaiduWebSearch.from_dict
_read_DeveloperMessage = DeveloperMessage.from_dict
_read_FunctionMessage = FunctionMessage.from_dict
_read_LogitBias = LogitBias.from_dict
_read_Metadata = Metadata.from_dict
_read_NamedToolChoice = NamedToolChoice.from_dict
_read_OtherMessage = OtherMessage.from_dict
_read_OtherTool = OtherTool.from_dict
_read_PredictionContent = PredictionContent.from_dict
_read_ReasoningOptions = ReasoningOptions.from_dict
_read_ResponseFormatJsonObject = ResponseFormatJsonObject.from_dict
_read_ResponseFormatJsonSchema = ResponseFormatJsonSchema.from_dict
_read_ResponseFormatText = ResponseFormatText.from_dict
_read_SearchParameters = SearchParameters.from_dict
_read_StreamOptions = StreamOptions.from_dict
_read_SystemMessage = SystemMessage.from_dict
_read_ThinkingOptions = ThinkingOptions.from_dict
_read_Tool = Tool.from_dict
_read_ToolMessage = ToolMessage.from_dict
_read_UserMessage = UserMessage.from_dict
_read_WebSearchOptions = WebSearchOptions.from_dict

_MESSAGES_ITEM_CLASSES = frozenset(
    (
        SystemMessage,
        DeveloperMessage,
        UserMessage,
        AssistantMessage,
        ToolMessage,
        FunctionMessage,
        OtherMessage,
    )
)
_TOOLS_ITEM_CLASSES = frozenset(
    (
        Tool,
        OtherTool,
    )
)
