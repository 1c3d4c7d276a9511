"""A client library for accessing Mixroute"""

__version__ = "0.2.0"

import typing

from ._runtime import _exceptions
from ._runtime._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._runtime._exceptions import *  # noqa: F403  (every exception, listed once: in its __all__)
from ._runtime._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from .client import AuthenticatedClient, Client

if typing.TYPE_CHECKING:
    from ._runtime._streaming import AsyncStream, Stream
    from .params import (
        AssistantContentPartParam,
        AssistantMessageParam,
        AudioOutputParametersParam,
        AudioReferenceParam,
        ChatMessageParam,
        ContentPartParam,
        CreateChatCompletionRequestParam,
        DeveloperMessageParam,
        FileContentPartParam,
        FileInputParam,
        FunctionCallParam,
        FunctionDefinitionParam,
        FunctionMessageParam,
        ImageContentPartParam,
        ImageUrlParam,
        InputAudioContentPartParam,
        InputAudioParam,
        JsonSchemaFormatParam,
        JsonSchemaObjectParam,
        LogitBiasParam,
        MetadataParam,
        NamedFunctionParam,
        NamedToolChoiceParam,
        OtherContentPartParam,
        OtherMessageParam,
        OtherToolParam,
        PredictionContentParam,
        RefusalContentPartParam,
        ResponseFormatJsonObjectParam,
        ResponseFormatJsonSchemaParam,
        ResponseFormatParam,
        ResponseFormatTextParam,
        StreamOptionsParam,
        SystemMessageParam,
        TextContentParam,
        TextContentPartParam,
        ToolCallParam,
        ToolChoiceParam,
        ToolDefinitionParam,
        ToolMessageParam,
        ToolParam,
        UserMessageParam,
        VideoContentPartParam,
        VideoUrlParam,
        WebSearchOptionsParam,
    )

else:
    # The streaming machinery (SSE decoder, accumulator) loads with the first stream, not with the package:
    # about 7 ms of import time that a caller who never streams would otherwise pay. Hidden from type
    # checkers, which see the import above and still report a misspelt name.
    def __getattr__(name: str) -> object:
        if name in ("AsyncStream", "Stream"):
            from ._runtime import _streaming  # noqa: PLC0415

            return getattr(_streaming, name)
        # The request params (TypedDicts) likewise load when first named.
        if name in _PARAMS:
            from . import params  # noqa: PLC0415

            return getattr(params, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_PARAMS = frozenset(
    (
        "AssistantContentPartParam",
        "AssistantMessageParam",
        "AudioOutputParametersParam",
        "AudioReferenceParam",
        "ChatMessageParam",
        "ContentPartParam",
        "CreateChatCompletionRequestParam",
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
        "RefusalContentPartParam",
        "ResponseFormatJsonObjectParam",
        "ResponseFormatJsonSchemaParam",
        "ResponseFormatParam",
        "ResponseFormatTextParam",
        "StreamOptionsParam",
        "SystemMessageParam",
        "TextContentParam",
        "TextContentPartParam",
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
)

__all__ = [
    "AssistantContentPartParam",
    "AssistantMessageParam",
    "AudioOutputParametersParam",
    "AudioReferenceParam",
    "ChatMessageParam",
    "ContentPartParam",
    "CreateChatCompletionRequestParam",
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
    "RefusalContentPartParam",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatParam",
    "ResponseFormatTextParam",
    "StreamOptionsParam",
    "SystemMessageParam",
    "TextContentParam",
    "TextContentPartParam",
    "ToolCallParam",
    "ToolChoiceParam",
    "ToolDefinitionParam",
    "ToolMessageParam",
    "ToolParam",
    "UserMessageParam",
    "VideoContentPartParam",
    "VideoUrlParam",
    "WebSearchOptionsParam",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncStream",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
    "Stream",
]
__all__ += _exceptions.__all__
