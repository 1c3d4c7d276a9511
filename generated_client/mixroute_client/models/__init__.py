# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
"""Contains all the data models used in inputs/outputs"""

from .annotation import Annotation
from .assistant_message import AssistantMessage
from .audio_output_parameters import AudioOutputParameters
from .audio_reference import AudioReference
from .audio_reply import AudioReply
from .baidu_web_search import BaiduWebSearch
from .cache_control import CacheControl
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
from .create_embedding_request import CreateEmbeddingRequest
from .create_embedding_response import CreateEmbeddingResponse
from .developer_message import DeveloperMessage
from .embedding import Embedding
from .embedding_encoding_format import EmbeddingEncodingFormat
from .embedding_usage import EmbeddingUsage
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .file_content_part import FileContentPart
from .file_input import FileInput
from .function_call import FunctionCall
from .function_call_delta import FunctionCallDelta
from .function_definition import FunctionDefinition
from .function_message import FunctionMessage
from .image_content_part import ImageContentPart
from .image_detail import ImageDetail
from .image_url import ImageUrl
from .input_audio import InputAudio
from .input_audio_content_part import InputAudioContentPart
from .json_schema_format import JsonSchemaFormat
from .json_schema_object import JsonSchemaObject
from .known_finish_reason import KnownFinishReason
from .logit_bias import LogitBias
from .metadata import Metadata
from .model import Model
from .model_list import ModelList
from .named_function import NamedFunction
from .named_tool_choice import NamedToolChoice
from .other_content_part import OtherContentPart
from .other_message import OtherMessage
from .other_tool import OtherTool
from .prediction_content import PredictionContent
from .prompt_tokens_details import PromptTokensDetails
from .reasoning_options import ReasoningOptions
from .refusal_content_part import RefusalContentPart
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText
from .search_parameters import SearchParameters
from .stream_options import StreamOptions
from .system_message import SystemMessage
from .text_content_part import TextContentPart
from .thinking_options import ThinkingOptions
from .token_logprob import TokenLogprob
from .tool import Tool
from .tool_call import ToolCall
from .tool_call_delta import ToolCallDelta
from .tool_choice_mode import ToolChoiceMode
from .tool_message import ToolMessage
from .top_logprob import TopLogprob
from .url_citation import UrlCitation
from .user_message import UserMessage
from .video_content_part import VideoContentPart
from .video_url import VideoUrl
from .web_search_options import WebSearchOptions

__all__ = (
    "Annotation",
    "AssistantMessage",
    "AudioOutputParameters",
    "AudioReference",
    "AudioReply",
    "BaiduWebSearch",
    "CacheControl",
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
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "DeveloperMessage",
    "Embedding",
    "EmbeddingEncodingFormat",
    "EmbeddingUsage",
    "ErrorDetail",
    "ErrorResponse",
    "FileContentPart",
    "FileInput",
    "FunctionCall",
    "FunctionCallDelta",
    "FunctionDefinition",
    "FunctionMessage",
    "ImageContentPart",
    "ImageDetail",
    "ImageUrl",
    "InputAudio",
    "InputAudioContentPart",
    "JsonSchemaFormat",
    "JsonSchemaObject",
    "KnownFinishReason",
    "LogitBias",
    "Metadata",
    "Model",
    "ModelList",
    "NamedFunction",
    "NamedToolChoice",
    "OtherContentPart",
    "OtherMessage",
    "OtherTool",
    "PredictionContent",
    "PromptTokensDetails",
    "ReasoningOptions",
    "RefusalContentPart",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "SearchParameters",
    "StreamOptions",
    "SystemMessage",
    "TextContentPart",
    "ThinkingOptions",
    "TokenLogprob",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "ToolChoiceMode",
    "ToolMessage",
    "TopLogprob",
    "UrlCitation",
    "UserMessage",
    "VideoContentPart",
    "VideoUrl",
    "WebSearchOptions",
)
