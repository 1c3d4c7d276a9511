"""The exceptions every API function raises, modelled on the OpenAI SDK's so that user code ports over.

::

    MixrouteError                      anything this package raises on purpose
    ├── UsageError                     the client was used wrongly (no API key, ``stream: true`` to ``sync()``)
    ├── UnexpectedStatus               ``*_detailed()`` with ``raise_on_unexpected_status`` and an undocumented status
    └── APIError                       the API could not be used; ``message``, ``body``, ``type``, ``param``, ``code``
        ├── APIConnectionError         no (complete) answer: refused, reset, cut mid-body or mid-stream
        │   └── APITimeoutError        no answer in time
        ├── APIResponseValidationError a 2xx answer that is not what the spec says
        └── APIStatusError             a 4xx/5xx answer; ``status_code``, ``request_id``, ``retry_after``, ``response``
            ├── BadRequestError            400
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            └── InternalServerError        >= 500

An error event inside an event stream raises a plain ``APIError`` carrying the event's ``error`` object.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MixrouteError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UsageError",
]


class MixrouteError(Exception):
    """Base class of everything this package raises on purpose."""


class UsageError(MixrouteError):
    """The client was used in a way that cannot work; the message says what to do instead."""


class UnexpectedStatus(MixrouteError):
    """A ``*_detailed()`` call got a status the spec does not document and the client asked to raise for it."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class APIError(MixrouteError):
    """The API could not be used. ``body`` is the error object the server sent, when it sent one."""

    message: str
    request: httpx.Request | None
    body: object | None
    type: str | None
    param: str | None
    code: str | int | None

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        details: Mapping[str, object] = body if isinstance(body, Mapping) else {}
        self.type = _optional_str(details.get("type"))
        self.param = _optional_str(details.get("param"))
        code = details.get("code")
        self.code = code if isinstance(code, str | int) and not isinstance(code, bool) else None


class APIConnectionError(APIError):
    """No complete answer: the connection failed, was reset, or the body or stream was cut off."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A successful answer whose body does not match the spec; ``response`` keeps it whole."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None = None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")
        self.retry_after = retry_after


class BadRequestError(APIStatusError):
    """400: the request is malformed; ``param`` names the offending field when the server says."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this model or endpoint."""


class NotFoundError(APIStatusError):
    """404: the model (or path) does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the server's state; retried by default."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: rate limit exceeded; ``retry_after`` says how long the server asked to wait."""


class InternalServerError(APIStatusError):
    """>= 500: the gateway or the upstream provider failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific ``APIStatusError`` subclass for ``status_code``."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None
