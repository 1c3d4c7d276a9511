# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from enum import Enum


# (str, Enum) rather than the stock StrEnum, which arrived in Python 3.11: __str__ below gives the same str().
class KnownFinishReason(str, Enum):
    CONTENT_FILTER = "content_filter"
    FUNCTION_CALL = "function_call"
    INSUFFICIENT_SYSTEM_RESOURCE = "insufficient_system_resource"
    LENGTH = "length"
    NETWORK_ERROR = "network_error"
    SENSITIVE = "sensitive"
    STOP = "stop"
    TOOL_CALLS = "tool_calls"

    def __str__(self) -> str:
        return str(self.value)
