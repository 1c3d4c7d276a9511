# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""A client library for accessing Golden fixture"""

__version__ = "1.0.0"

import typing

# First: it hands the runtime the spec's facts, which runtime modules read when they are imported.
from . import _spec_facts  # noqa: F401
from ._runtime import _exceptions, _lazy
from ._runtime._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._runtime._exceptions import *  # noqa: F403  (every exception, listed once: in its __all__)
from ._runtime._retry import DEFAULT_MAX_RETRIES, RetryPolicy

if typing.TYPE_CHECKING:
    from ._runtime._accumulate import ChatCompletionAccumulator
    from ._runtime._response import APIResponse, AsyncAPIResponse
    from ._runtime._streaming import AsyncStream, Stream
    from .client import AuthenticatedClient, Client
    from .params import (
        CompletionRequestParam,
        MessageParam,
        NotifyParam,
        OptionsParam,
        RunInputParam,
        RunRequestParam,
        SystemMessageParam,
        UserMessageParam,
    )
    from .resources import AsyncMixroute, Mixroute
else:
    # Loaded when first named, not with the package (see _runtime/_lazy.py); type checkers see the imports above.
    __getattr__ = _lazy.lazy_attributes(
        __name__,
        {
            "ChatCompletionAccumulator": "._runtime._accumulate",
            "APIResponse": "._runtime._response",
            "AsyncAPIResponse": "._runtime._response",
            "AsyncStream": "._runtime._streaming",
            "Stream": "._runtime._streaming",
            "AsyncMixroute": ".resources",
            "Mixroute": ".resources",
            "AuthenticatedClient": ".client",
            "Client": ".client",
            "CompletionRequestParam": ".params",
            "MessageParam": ".params",
            "NotifyParam": ".params",
            "OptionsParam": ".params",
            "RunInputParam": ".params",
            "RunRequestParam": ".params",
            "SystemMessageParam": ".params",
            "UserMessageParam": ".params",
        },
    )

__all__ = [
    "CompletionRequestParam",
    "MessageParam",
    "NotifyParam",
    "OptionsParam",
    "RunInputParam",
    "RunRequestParam",
    "SystemMessageParam",
    "UserMessageParam",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncMixroute",
    "AsyncStream",
    "AuthenticatedClient",
    "ChatCompletionAccumulator",
    "Client",
    "Mixroute",
    "RetryPolicy",
    "Stream",
]
__all__ += _exceptions.__all__
