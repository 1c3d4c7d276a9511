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
    from ._accumulate import ChatCompletionAccumulator
    from ._streaming import AsyncStream, Stream
    from .resources import AsyncMixroute, Mixroute

else:
    # The streaming machinery (SSE decoder, accumulator) loads with the first stream, not with the package:
    # about 7 ms of import time that a caller who never streams would otherwise pay. Hidden from type
    # checkers, which see the import above and still report a misspelt name. The OpenAI-style client loads
    # every model, so it too loads on first use.
    def __getattr__(name: str) -> object:
        if name in ("AsyncStream", "Stream"):
            from . import _streaming  # noqa: PLC0415

            return getattr(_streaming, name)
        if name == "ChatCompletionAccumulator":
            from . import _accumulate  # noqa: PLC0415

            return _accumulate.ChatCompletionAccumulator
        if name in ("AsyncMixroute", "Mixroute"):
            from . import resources  # noqa: PLC0415

            return getattr(resources, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMixroute",
    "AsyncStream",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "ChatCompletionAccumulator",
    "Client",
    "ConflictError",
    "InsufficientQuotaError",
    "InternalServerError",
    "Mixroute",
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
