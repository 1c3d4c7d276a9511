"""Contains all the data models used in inputs/outputs"""

from .assistant_message import AssistantMessage
from .chat_completion import ChatCompletion
from .chat_completion_choice import ChatCompletionChoice
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .chat_completion_delta import ChatCompletionDelta
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_stream_event import ChatCompletionStreamEvent
from .choice_logprobs import ChoiceLogprobs
from .completion_tokens_details import CompletionTokensDetails
from .completion_usage import CompletionUsage
from .create_chat_completion_request import CreateChatCompletionRequest
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .function_call import FunctionCall
from .function_call_delta import FunctionCallDelta
from .function_definition import FunctionDefinition
from .image_content_part import ImageContentPart
from .image_detail import ImageDetail
from .image_url import ImageUrl
from .json_schema_format import JsonSchemaFormat
from .json_schema_object import JsonSchemaObject
from .known_finish_reason import KnownFinishReason
from .named_function import NamedFunction
from .named_tool_choice import NamedToolChoice
from .prompt_tokens_details import PromptTokensDetails
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText
from .stream_options import StreamOptions
from .system_message import SystemMessage
from .text_content_part import TextContentPart
from .token_logprob import TokenLogprob
from .tool import Tool
from .tool_call import ToolCall
from .tool_call_delta import ToolCallDelta
from .tool_choice_mode import ToolChoiceMode
from .tool_message import ToolMessage
from .top_logprob import TopLogprob
from .user_message import UserMessage

__all__ = (
    "AssistantMessage",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionMessage",
    "ChatCompletionStreamEvent",
    "ChoiceLogprobs",
    "CompletionTokensDetails",
    "CompletionUsage",
    "CreateChatCompletionRequest",
    "ErrorDetail",
    "ErrorResponse",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "ImageContentPart",
    "ImageDetail",
    "ImageUrl",
    "JsonSchemaFormat",
    "JsonSchemaObject",
    "KnownFinishReason",
    "NamedFunction",
    "NamedToolChoice",
    "PromptTokensDetails",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "StreamOptions",
    "SystemMessage",
    "TextContentPart",
    "TokenLogprob",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "ToolChoiceMode",
    "ToolMessage",
    "TopLogprob",
    "UserMessage",
)
