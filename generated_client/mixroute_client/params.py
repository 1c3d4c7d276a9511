# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
"""Request parameters as plain dicts, typed for type checkers, as in the OpenAI SDK.

Every request model also takes the dict form of its nested models (``messages=[{"role": "user", "content":
"hi"}]``): the dicts below say which keys and values a type checker lets through, and the constructor checks
the same at run time, building the models, or raising ``UsageError`` with the JSON path of what is wrong.
Generated from the spec by generator/params.py.
"""

from __future__ import annotations

import sys
from typing import Any, Literal, TypeAlias

# NotRequired is in typing from Python 3.11; typing_extensions' TypedDict is the one that understands it before.
if sys.version_info >= (3, 11):
    from typing import NotRequired, TypedDict
else:
    from typing_extensions import NotRequired, TypedDict  # noqa: UP035 (kept for 3.10 whatever ruff targets)

__all__ = (
    "AssistantContentPartParam",
    "AssistantMessageParam",
    "AudioOutputParametersParam",
    "AudioReferenceParam",
    "BaiduWebSearchParam",
    "CacheControlParam",
    "ChatMessageParam",
    "ContentPartParam",
    "CreateChatCompletionRequestParam",
    "CreateEmbeddingRequestParam",
    "DeveloperMessageParam",
    "FileContentPartParam",
    "FileInputParam",
    "FunctionCallParam",
    "FunctionDefinitionParam",
    "FunctionMessageParam",
    "ImageContentPartParam",
    "ImageUrlParam",
    "InputAudioContentPartParam",
    "InputAudioParam",
    "JsonSchemaFormatParam",
    "JsonSchemaObjectParam",
    "LogitBiasParam",
    "MetadataParam",
    "NamedFunctionParam",
    "NamedToolChoiceParam",
    "OtherContentPartParam",
    "OtherMessageParam",
    "OtherToolParam",
    "PredictionContentParam",
    "ReasoningOptionsParam",
    "RefusalContentPartParam",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatParam",
    "ResponseFormatTextParam",
    "SearchParametersParam",
    "StreamOptionsParam",
    "SystemMessageParam",
    "TextContentParam",
    "TextContentPartParam",
    "ThinkingOptionsParam",
    "ToolCallParam",
    "ToolChoiceParam",
    "ToolDefinitionParam",
    "ToolMessageParam",
    "ToolParam",
    "UserMessageParam",
    "VideoContentPartParam",
    "VideoUrlParam",
    "WebSearchOptionsParam",
)


class AssistantMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.AssistantMessage`."""

    role: Literal["assistant"]
    content: NotRequired[str | list[TextContentPartParam | RefusalContentPartParam] | None]
    name: NotRequired[str]
    refusal: NotRequired[str | None]
    tool_calls: NotRequired[list[ToolCallParam]]
    reasoning_content: NotRequired[str | None]
    audio: NotRequired[AudioReferenceParam | None]
    prefix: NotRequired[bool | None]


class AudioOutputParametersParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.AudioOutputParameters`."""

    voice: str
    format: str


class AudioReferenceParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.AudioReference`."""

    id: str


class CacheControlParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.CacheControl`."""

    type: str
    ttl: NotRequired[str]


class CreateChatCompletionRequestParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.CreateChatCompletionRequest`."""

    model: str
    messages: list[
        SystemMessageParam
        | DeveloperMessageParam
        | UserMessageParam
        | AssistantMessageParam
        | ToolMessageParam
        | FunctionMessageParam
        | OtherMessageParam
    ]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    n: NotRequired[int | None]
    stream: NotRequired[bool | None]
    stream_options: NotRequired[StreamOptionsParam | None]
    stop: NotRequired[str | list[str] | None]
    max_tokens: NotRequired[int | None]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    seed: NotRequired[int | None]
    user: NotRequired[str]
    response_format: NotRequired[
        ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam
    ]
    tools: NotRequired[list[ToolParam | OtherToolParam]]
    tool_choice: NotRequired[Literal["none", "auto", "required"] | NamedToolChoiceParam]
    parallel_tool_calls: NotRequired[bool | None]
    logprobs: NotRequired[bool | None]
    top_logprobs: NotRequired[int | None]
    max_completion_tokens: NotRequired[int | None]
    logit_bias: NotRequired[LogitBiasParam | None]
    safety_identifier: NotRequired[str]
    prompt_cache_key: NotRequired[str]
    reasoning_effort: NotRequired[str | None]
    verbosity: NotRequired[str | None]
    service_tier: NotRequired[str | None]
    store: NotRequired[bool | None]
    metadata: NotRequired[MetadataParam | None]
    modalities: NotRequired[list[str] | None]
    audio: NotRequired[AudioOutputParametersParam | None]
    prediction: NotRequired[PredictionContentParam | None]
    web_search_options: NotRequired[WebSearchOptionsParam]
    thinking: NotRequired[ThinkingOptionsParam | None]
    enable_thinking: NotRequired[bool | None]
    top_k: NotRequired[int | None]
    reasoning: NotRequired[ReasoningOptionsParam | None]
    search_parameters: NotRequired[SearchParametersParam | None]
    vl_high_resolution_images: NotRequired[bool | None]
    web_search: NotRequired[BaiduWebSearchParam | None]


class CreateEmbeddingRequestParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.CreateEmbeddingRequest`."""

    model: str
    input: str | list[str] | list[int] | list[list[int]]
    encoding_format: NotRequired[Literal["float", "base64"]]
    dimensions: NotRequired[int]
    user: NotRequired[str]


class DeveloperMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.DeveloperMessage`."""

    role: Literal["developer"]
    content: str | list[TextContentPartParam]
    name: NotRequired[str]


class FileContentPartParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.FileContentPart`."""

    type: Literal["file"]
    file: FileInputParam


class FileInputParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.FileInput`."""

    file_data: NotRequired[str]
    file_id: NotRequired[str]
    filename: NotRequired[str]


class FunctionCallParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.FunctionCall`."""

    name: str
    arguments: str


class FunctionDefinitionParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.FunctionDefinition`."""

    name: str
    description: NotRequired[str]
    parameters: NotRequired[JsonSchemaObjectParam]
    strict: NotRequired[bool | None]


class FunctionMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.FunctionMessage`."""

    role: Literal["function"]
    content: str | None
    name: str


class ImageContentPartParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ImageContentPart`."""

    type: Literal["image_url"]
    image_url: ImageUrlParam | str
    cache_control: NotRequired[CacheControlParam]


class ImageUrlParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ImageUrl`."""

    url: str
    detail: NotRequired[Literal["auto", "low", "high"]]


class InputAudioParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.InputAudio`."""

    data: str
    format: str


class InputAudioContentPartParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.InputAudioContentPart`."""

    type: Literal["input_audio"]
    input_audio: InputAudioParam


class JsonSchemaFormatParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.JsonSchemaFormat`."""

    name: str
    description: NotRequired[str]
    schema: NotRequired[JsonSchemaObjectParam]
    strict: NotRequired[bool | None]


class NamedFunctionParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.NamedFunction`."""

    name: str


class NamedToolChoiceParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.NamedToolChoice`."""

    type: Literal["function"]
    function: NamedFunctionParam


class OtherContentPartParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.OtherContentPart`."""

    type: str


class OtherMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.OtherMessage`."""

    role: str


class OtherToolParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.OtherTool`."""

    type: str


class PredictionContentParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.PredictionContent`."""

    type: Literal["content"]
    content: str | list[TextContentPartParam]


class ReasoningOptionsParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ReasoningOptions`."""

    effort: NotRequired[str]
    max_tokens: NotRequired[int]


class RefusalContentPartParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.RefusalContentPart`."""

    type: Literal["refusal"]
    refusal: str


class ResponseFormatJsonObjectParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ResponseFormatJsonObject`."""

    type: Literal["json_object"]


class ResponseFormatJsonSchemaParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ResponseFormatJsonSchema`."""

    type: Literal["json_schema"]
    json_schema: JsonSchemaFormatParam


class ResponseFormatTextParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ResponseFormatText`."""

    type: Literal["text"]


class StreamOptionsParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.StreamOptions`."""

    include_usage: NotRequired[bool]


class SystemMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.SystemMessage`."""

    role: Literal["system"]
    content: str | list[TextContentPartParam]
    name: NotRequired[str]


class TextContentPartParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.TextContentPart`."""

    type: Literal["text"]
    text: str
    cache_control: NotRequired[CacheControlParam]


class ThinkingOptionsParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ThinkingOptions`."""

    type: str
    budget_tokens: NotRequired[int]


class ToolParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.Tool`."""

    type: Literal["function"]
    function: FunctionDefinitionParam


class ToolCallParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ToolCall`."""

    id: str
    type: Literal["function"]
    function: FunctionCallParam


class ToolMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.ToolMessage`."""

    role: Literal["tool"]
    content: str | list[TextContentPartParam]
    tool_call_id: str


class UserMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.UserMessage`."""

    role: Literal["user"]
    content: (
        str
        | list[
            TextContentPartParam
            | ImageContentPartParam
            | InputAudioContentPartParam
            | FileContentPartParam
            | VideoContentPartParam
            | OtherContentPartParam
        ]
    )
    name: NotRequired[str]


class VideoContentPartParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.VideoContentPart`."""

    type: Literal["video_url"]
    video_url: VideoUrlParam


class VideoUrlParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.VideoUrl`."""

    url: str


BaiduWebSearchParam: TypeAlias = dict[str, Any]
JsonSchemaObjectParam: TypeAlias = dict[str, Any]
LogitBiasParam: TypeAlias = dict[str, float]
MetadataParam: TypeAlias = dict[str, str]
SearchParametersParam: TypeAlias = dict[str, Any]
WebSearchOptionsParam: TypeAlias = dict[str, Any]

# The spec's named unions; quoted, so that they may name each other in any order.
AssistantContentPartParam: TypeAlias = "TextContentPartParam | RefusalContentPartParam"
ChatMessageParam: TypeAlias = "SystemMessageParam | DeveloperMessageParam | UserMessageParam | AssistantMessageParam | ToolMessageParam | FunctionMessageParam | OtherMessageParam"
ContentPartParam: TypeAlias = "TextContentPartParam | ImageContentPartParam | InputAudioContentPartParam | FileContentPartParam | VideoContentPartParam | OtherContentPartParam"
ResponseFormatParam: TypeAlias = (
    "ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam"
)
TextContentParam: TypeAlias = "str | list[TextContentPartParam]"
ToolChoiceParam: TypeAlias = "Literal['none', 'auto', 'required'] | NamedToolChoiceParam"
ToolDefinitionParam: TypeAlias = "ToolParam | OtherToolParam"

# What the runtime (_runtime/_params.py) checks a dict against before it builds the model of that name; _spec_facts
# hands it over.
PARAMS_BY_MODEL: dict[str, Any] = {
    "AssistantMessage": AssistantMessageParam,
    "AudioOutputParameters": AudioOutputParametersParam,
    "AudioReference": AudioReferenceParam,
    "BaiduWebSearch": BaiduWebSearchParam,
    "CacheControl": CacheControlParam,
    "CreateChatCompletionRequest": CreateChatCompletionRequestParam,
    "CreateEmbeddingRequest": CreateEmbeddingRequestParam,
    "DeveloperMessage": DeveloperMessageParam,
    "FileContentPart": FileContentPartParam,
    "FileInput": FileInputParam,
    "FunctionCall": FunctionCallParam,
    "FunctionDefinition": FunctionDefinitionParam,
    "FunctionMessage": FunctionMessageParam,
    "ImageContentPart": ImageContentPartParam,
    "ImageUrl": ImageUrlParam,
    "InputAudio": InputAudioParam,
    "InputAudioContentPart": InputAudioContentPartParam,
    "JsonSchemaFormat": JsonSchemaFormatParam,
    "JsonSchemaObject": JsonSchemaObjectParam,
    "LogitBias": LogitBiasParam,
    "Metadata": MetadataParam,
    "NamedFunction": NamedFunctionParam,
    "NamedToolChoice": NamedToolChoiceParam,
    "OtherContentPart": OtherContentPartParam,
    "OtherMessage": OtherMessageParam,
    "OtherTool": OtherToolParam,
    "PredictionContent": PredictionContentParam,
    "ReasoningOptions": ReasoningOptionsParam,
    "RefusalContentPart": RefusalContentPartParam,
    "ResponseFormatJsonObject": ResponseFormatJsonObjectParam,
    "ResponseFormatJsonSchema": ResponseFormatJsonSchemaParam,
    "ResponseFormatText": ResponseFormatTextParam,
    "SearchParameters": SearchParametersParam,
    "StreamOptions": StreamOptionsParam,
    "SystemMessage": SystemMessageParam,
    "TextContentPart": TextContentPartParam,
    "ThinkingOptions": ThinkingOptionsParam,
    "Tool": ToolParam,
    "ToolCall": ToolCallParam,
    "ToolMessage": ToolMessageParam,
    "UserMessage": UserMessageParam,
    "VideoContentPart": VideoContentPartParam,
    "VideoUrl": VideoUrlParam,
    "WebSearchOptions": WebSearchOptionsParam,
}
