"""A client library for accessing Golden fixture"""

__version__ = "1.0.0"

import typing

from ._runtime import _exceptions
from ._runtime._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._runtime._exceptions import *  # noqa: F403  (every exception, listed once: in its __all__)
from ._runtime._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from .client import AuthenticatedClient, Client

if typing.TYPE_CHECKING:
    from ._runtime._streaming import AsyncStream, Stream
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
        "CompletionRequestParam",
        "MessageParam",
        "NotifyParam",
        "OptionsParam",
        "RunInputParam",
        "RunRequestParam",
        "SystemMessageParam",
        "UserMessageParam",
    )
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
    "AsyncStream",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
    "Stream",
]
__all__ += _exceptions.__all__
