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
            ├── InternalServerError        >= 500
            └── InsufficientQuotaError     a quota code (any status); also a subclass of that status's class

The body's ``code`` wins over the status where its meaning is certain (``ERROR_CODES``): new-api answers an
unknown model with 503 ``model_not_found``, which raises ``NotFoundError``; quota exhaustion raises
``InsufficientQuotaError`` mixed into the status class it came with, so ``except RateLimitError`` still
catches OpenAI's 429 ``insufficient_quota``. Neither is retried.

An error event inside an event stream raises a plain ``APIError`` carrying the event's ``error`` object.

Every exception survives a pickle round trip (for process pools): message, body, status, request id and
retry-after are kept; ``request`` keeps only its method and URL (never a header, so never the key) and
``response`` keeps its status, headers and read content.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal, cast

import httpx2

__all__ = [
    "ERROR_CODES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InsufficientQuotaError",
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

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat Exception's default pickling, which calls ``cls(*args)``; rebuild
        # from the instance state instead, with requests and responses reduced to what carries no credential.
        state = {name: _picklable(value) for name, value in self.__dict__.items()}
        return _restore, (type(self), self.args, state)


def _restore(cls: type[MixrouteError], args: tuple[Any, ...], state: dict[str, Any]) -> MixrouteError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def _picklable(value: object) -> object:
    if isinstance(value, httpx2.Request):
        return httpx2.Request(value.method, value.url)
    if isinstance(value, httpx2.Response):
        # ``content`` raises until the body is read; an unread (streamed) body is not part of the copy.
        return detached_response(value, value.content if hasattr(value, "_content") else b"")
    return value


def detached_response(response: httpx2.Response, content: bytes) -> httpx2.Response:
    """A read copy of ``response`` with ``content`` as its (already decoded) body and a header-less request.

    The request keeps only its method and URL, so the copy never carries the credential header.
    """
    headers = [(name, value) for name, value in response.headers.multi_items() if name.lower() != "content-encoding"]
    request = httpx2.Request(response.request.method, response.request.url)
    return httpx2.Response(response.status_code, headers=headers, content=content, request=request)


class UsageError(MixrouteError):
    """The client was used in a way that cannot work; the message says what to do instead."""


class UnexpectedStatus(MixrouteError):
    """A ``*_detailed()`` call got a status the spec does not document and the client asked to raise for it."""

    def __init__(self, status_code: int, content: bytes, *, request: httpx2.Request | None = None) -> None:
        # Imported here: _credentials builds UsageError from this module.
        from ._credentials import redact  # noqa: PLC0415

        self.status_code = status_code
        self.content = content
        text = redact(content.decode(errors="ignore"), request)
        super().__init__(f"Unexpected status code: {status_code}\n\nResponse content:\n{text}")


class APIError(MixrouteError):
    """The API could not be used. ``body`` is the error object the server sent, when it sent one."""

    message: str
    request: httpx2.Request | None
    body: object | None
    type: str | None
    param: str | None
    code: str | int | None

    def __init__(self, message: str, *, request: httpx2.Request | None = None, body: object | None = None) -> None:
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

    def __init__(self, message: str = "Connection error.", *, request: httpx2.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout.

    ``limit`` names the limit that ran out: ``"overall"`` (a number given as ``timeout`` bounds each whole
    attempt), or the httpx2 phase ``"connect"``, ``"read"``, ``"write"`` or ``"pool"``; ``attempts`` counts the
    attempts made, retries included.
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        request: httpx2.Request | None = None,
        limit: str | None = None,
        seconds: float | None = None,
        attempts: int = 1,
    ) -> None:
        self.limit = limit
        self.seconds = seconds
        self.attempts = attempts
        if message is None:
            size = "" if seconds is None else f" of {seconds:g} s"
            reason = "" if limit is None else f" ({limit} limit{size})"
            plural = "" if attempts == 1 else "s"
            message = f"Request timed out{reason} after {attempts} attempt{plural}."
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A successful answer whose body does not match the spec; ``response`` keeps it whole."""

    def __init__(self, message: str, *, response: httpx2.Response, body: object | None = None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        body: object | None = None,
        retry_after: float | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = request_id or request_id_of(response.headers, message)
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


class InsufficientQuotaError(APIStatusError):
    """The account or key has no quota left (``insufficient_quota`` and new-api's quota codes); not retried.

    The instance raised is also of the status's own class: a 429 one is a ``RateLimitError``, a 403 one a
    ``PermissionDeniedError``.
    """


Meaning = Literal["not_found", "quota"]
# Body codes whose meaning holds whatever status carries them (sources: OpenAI's API reference, new-api and
# one-api). No retry can cure any of them.
ERROR_CODES: Mapping[str, Meaning] = {
    "model_not_found": "not_found",
    "insufficient_quota": "quota",
    "insufficient_user_quota": "quota",
    "pre_consume_token_quota_failed": "quota",
}
_REQUEST_ID_HEADERS = ("x-request-id", "x-oneapi-request-id")
_REQUEST_ID_SUFFIX = re.compile(r"\(request id: ([^()\s]+)\)\s*$")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _quota_class(status_class: type[APIStatusError]) -> type[InsufficientQuotaError]:
    name = f"InsufficientQuota{status_class.__name__.removesuffix('Error')}Error"
    doc = f"Quota exhaustion answered with the status of ``{status_class.__name__}``."
    # Module-level names so that pickle finds the classes again.
    cls = type(
        name, (InsufficientQuotaError, status_class), {"__module__": __name__, "__qualname__": name, "__doc__": doc}
    )
    return cast("type[InsufficientQuotaError]", cls)


_STATUS_CLASSES: tuple[type[APIStatusError], ...] = (APIStatusError, InternalServerError, *_BY_STATUS.values())
_QUOTA_BY_STATUS_CLASS = {status_class: _quota_class(status_class) for status_class in _STATUS_CLASSES}
globals().update({cls.__name__: cls for cls in _QUOTA_BY_STATUS_CLASS.values()})


def status_error_class(status_code: int, code: object = None) -> type[APIStatusError]:
    """The most specific ``APIStatusError`` subclass for ``status_code`` and the body's error ``code``."""
    meaning = ERROR_CODES.get(code) if isinstance(code, str) else None
    if meaning == "not_found":
        return NotFoundError
    by_status = InternalServerError if status_code >= 500 else _BY_STATUS.get(status_code, APIStatusError)
    return _QUOTA_BY_STATUS_CLASS[by_status] if meaning == "quota" else by_status


def is_final_code(code: object) -> bool:
    """Whether the body's error ``code`` means that retrying cannot help."""
    return isinstance(code, str) and code in ERROR_CODES


def request_id_of(headers: httpx2.Headers, message: str) -> str | None:
    """The request id: ``x-request-id``, new-api's ``X-Oneapi-Request-Id``, else a ``(request id: ...)`` suffix."""
    for name in _REQUEST_ID_HEADERS:
        if value := str(headers.get(name, "")).strip():
            return value
    suffix = _REQUEST_ID_SUFFIX.search(message)
    return str(suffix.group(1)) if suffix else None


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None
