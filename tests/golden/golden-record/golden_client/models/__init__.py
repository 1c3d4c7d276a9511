# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""Contains all the data models used in inputs/outputs"""

from .choice import Choice
from .chunk_choice import ChunkChoice
from .completion import Completion
from .completion_chunk import CompletionChunk
from .completion_event import CompletionEvent
from .completion_request import CompletionRequest
from .delta import Delta
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .finish_reason import FinishReason
from .job import Job
from .job_base import JobBase
from .job_labels import JobLabels
from .job_status import JobStatus
from .job_view import JobView
from .notify import Notify
from .options import Options
from .priority import Priority
from .reply_message import ReplyMessage
from .response_format import ResponseFormat
from .run import Run
from .run_chunk import RunChunk
from .run_event import RunEvent
from .run_input import RunInput
from .run_request import RunRequest
from .system_message import SystemMessage
from .usage import Usage
from .user_message import UserMessage

__all__ = (
    "Choice",
    "ChunkChoice",
    "Completion",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionRequest",
    "Delta",
    "ErrorResponse",
    "ErrorResponseError",
    "FinishReason",
    "Job",
    "JobBase",
    "JobLabels",
    "JobStatus",
    "JobView",
    "Notify",
    "Options",
    "Priority",
    "ReplyMessage",
    "ResponseFormat",
    "Run",
    "RunChunk",
    "RunEvent",
    "RunInput",
    "RunRequest",
    "SystemMessage",
    "Usage",
    "UserMessage",
)
