"""A client library for accessing Mixroute"""

from typing import TYPE_CHECKING

from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from .client import AuthenticatedClient, Client
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InsufficientQuotaError,
    InternalServerError,
    MixrouteError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatus,
    UnprocessableEntityError,
    UsageError,
)

if TYPE_CHECKING:
    from ._streaming import AsyncStream, Stream
    from .params import (
        AssistantMessageParam,
        AudioOutputParametersParam,
        AudioReferenceParam,
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
        ResponseFormatTextParam,
        StreamOptionsParam,
        SystemMessageParam,
        TextContentPartParam,
        ToolCallParam,
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
            from . import _streaming  # noqa: PLC0415

            return getattr(_streaming, name)
        # The request params (TypedDicts) likewise load when first named.
        if name in _PARAMS:
            from . import params  # noqa: PLC0415

            return getattr(params, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_PARAMS = frozenset(
    (
        "AssistantMessageParam",
        "AudioOutputParametersParam",
        "AudioReferenceParam",
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
        "ResponseFormatTextParam",
        "StreamOptionsParam",
        "SystemMessageParam",
        "TextContentPartParam",
        "ToolCallParam",
        "ToolMessageParam",
        "ToolParam",
        "UserMessageParam",
        "VideoContentPartParam",
        "VideoUrlParam",
        "WebSearchOptionsParam",
    )
)

__all__ = (
    "AssistantMessageParam",
    "AudioOutputParametersParam",
    "AudioReferenceParam",
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
    "ResponseFormatTextParam",
    "StreamOptionsParam",
    "SystemMessageParam",
    "TextContentPartParam",
    "ToolCallParam",
    "ToolMessageParam",
    "ToolParam",
    "UserMessageParam",
    "VideoContentPartParam",
    "VideoUrlParam",
    "WebSearchOptionsParam",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncStream",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InsufficientQuotaError",
    "InternalServerError",
    "MixrouteError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Stream",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UsageError",
)
