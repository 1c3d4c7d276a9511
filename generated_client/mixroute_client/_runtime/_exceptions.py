"""The exceptions every API function raises, modelled on the OpenAI SDK's so that user code ports over.

::

    MixrouteError                      anything this package raises on purpose
    ├── UsageError                     the client was used wrongly (no API key, ``stream: true`` to ``sync()``)
    ├── UnexpectedStatus               ``*_detailed()`` with ``raise_on_unexpected_status`` and an undocumented status
    └── APIError                       the API could not be used; ``message``, ``body``, ``type``, ``param``, ``code``
        ├── APIConnectionError         no (complete) answer: refused, reset, cut mid-body or mid-stream
        │   ├── APITimeoutError        no answer in time
        │   └── IncompleteResponseError  a status arrived, then the answer broke off: never sent again
        │       ├── ResponseTimeoutError   ... because a time limit ran out (also an ``APITimeoutError``)
        │       └── IncompleteStreamError  an event stream that ended unfinished; ``partial`` keeps what arrived
        │           └── StreamTimeoutError ... because a time limit ran out (also an ``APITimeoutError``)
        ├── ResponseTooLargeError      a decoded reply or one stream event over the client's size limit
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
            └── InsufficientQuotaError     a quota code (any status); raised as one of the classes below
                ├── InsufficientQuotaRateLimitError        also a RateLimitError (OpenAI's 429)
                ├── InsufficientQuotaPermissionDeniedError also a PermissionDeniedError (new-api's 403)
                └── ... one per status class above, and InsufficientQuotaAPIStatusError for any other status

The body's ``code`` wins over the status where its meaning is certain: the spec lists those codes and what they
mean (``x-mixroute-error-codes``, ``ERROR_CODES`` here). new-api answers an unknown model with 503
``model_not_found``, which raises ``NotFoundError``; quota exhaustion raises ``InsufficientQuotaError`` mixed
into the status class it came with, so ``except RateLimitError`` still catches OpenAI's 429
``insufficient_quota``. Neither is retried.

An error event inside an event stream raises a plain ``APIError`` carrying the event's ``error`` object.

Every exception survives a pickle round trip (for process pools): message, body, status, request id and
retry-after are kept; ``request`` keeps only its method and URL (never a header, so never the key) and
``response`` keeps its status, headers and read content.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2

from ._facts import SpecFacts, spec_facts
from ._public import shown_from_package
from ._redaction import redact

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
    "ContentFilterFinishReasonError",
    "IncompleteResponseError",
    "IncompleteStreamError",
    "InsufficientQuotaError",
    "InternalServerError",
    "LengthFinishReasonError",
    "MixrouteError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTimeoutError",
    "ResponseTooLargeError",
    "StreamTimeoutError",
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


class LengthFinishReasonError(MixrouteError):
    """A reply that ``parse()`` or ``stream()`` cannot read as the asked-for type: it stopped at the token limit.

    ``completion`` is what arrived (the OpenAI SDK's name and message).
    """

    def __init__(self, *, completion: object) -> None:
        self.completion = completion
        usage = getattr(completion, "usage", None)
        super().__init__(f"Could not parse response content as the length limit was reached - {usage!r}")


class ContentFilterFinishReasonError(MixrouteError):
    """A reply that ``parse()`` or ``stream()`` cannot read as the asked-for type: the content filter stopped it."""

    def __init__(self, *, completion: object | None = None) -> None:
        self.completion = completion
        super().__init__("Could not parse response content as the request was rejected by the content filter")


class UnexpectedStatus(MixrouteError):
    """A ``*_detailed()`` call got a status the spec does not document and the client asked to raise for it."""

    def __init__(self, status_code: int, content: bytes, *, request: httpx2.Request | None = None) -> None:
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
        super().__init__(timeout_message(limit, seconds, attempts) if message is None else message, request=request)


def timeout_message(limit: str | None, seconds: float | None, attempts: int = 1) -> str:
    """``Request timed out (overall limit of 30 s) after 3 attempts.``"""
    size = "" if seconds is None else f" of {seconds:g} s"
    reason = "" if limit is None else f" ({limit} limit{size})"
    plural = "" if attempts == 1 else "s"
    return f"Request timed out{reason} after {attempts} attempt{plural}."


class IncompleteResponseError(APIConnectionError):
    """The server began to answer (its status arrived), then the answer broke off.

    The request may have been processed (and billed), so it is never sent again, whatever ``max_retries``
    says; ``status_code`` is the status that arrived.
    """

    def __init__(self, message: str, *, request: httpx2.Request | None = None, status_code: int | None = None) -> None:
        super().__init__(message, request=request)
        self.status_code = status_code


class ResponseTimeoutError(IncompleteResponseError, APITimeoutError):
    """A time limit ran out after the status arrived: an ``APITimeoutError`` that is never retried."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx2.Request | None = None,
        status_code: int | None = None,
        limit: str | None = None,
        seconds: float | None = None,
    ) -> None:
        APIError.__init__(self, message, request=request)
        self.status_code = status_code
        self.limit = limit
        self.seconds = seconds
        self.attempts = 1


class IncompleteStreamError(IncompleteResponseError):
    """An event stream that ended unfinished: cut off, or ended before every choice it opened had finished.

    ``partial`` is the completion the chunks that arrived add up to (as ``get_final_completion()`` would have
    returned it), or None when nothing could be folded into one.
    """

    def __init__(
        self, message: str, *, request: httpx2.Request | None = None, status_code: int | None = None, partial: object
    ) -> None:
        super().__init__(message, request=request, status_code=status_code)
        self.partial = partial


class StreamTimeoutError(IncompleteStreamError, APITimeoutError):
    """A stream timed out: ``limit`` is ``"read"`` (one network read) or ``"events"`` (the time between data
    events, which comments and keep-alives do not reset); ``partial`` keeps what arrived."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx2.Request | None = None,
        status_code: int | None = None,
        partial: object,
        limit: str | None = None,
        seconds: float | None = None,
    ) -> None:
        IncompleteStreamError.__init__(self, message, request=request, status_code=status_code, partial=partial)
        self.limit = limit
        self.seconds = seconds
        self.attempts = 1


class ResponseTooLargeError(APIError):
    """A reply larger than the client allows, decoded: ``limit`` names the limit (``"reply"`` for a whole body,
    ``"event"`` for one stream event) and ``max_bytes`` its size. Reading stopped there; not retried."""

    def __init__(self, message: str, *, request: httpx2.Request | None = None, limit: str, max_bytes: int) -> None:
        super().__init__(message, request=request)
        self.limit = limit
        self.max_bytes = max_bytes


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


class InsufficientQuotaAPIStatusError(InsufficientQuotaError, APIStatusError):
    """Quota exhaustion answered with a status no other class covers."""


class InsufficientQuotaBadRequestError(InsufficientQuotaError, BadRequestError):
    """Quota exhaustion answered with 400."""


class InsufficientQuotaAuthenticationError(InsufficientQuotaError, AuthenticationError):
    """Quota exhaustion answered with 401."""


class InsufficientQuotaPermissionDeniedError(InsufficientQuotaError, PermissionDeniedError):
    """Quota exhaustion answered with 403 (new-api's user and token quota codes)."""


class InsufficientQuotaNotFoundError(InsufficientQuotaError, NotFoundError):
    """Quota exhaustion answered with 404."""


class InsufficientQuotaConflictError(InsufficientQuotaError, ConflictError):
    """Quota exhaustion answered with 409."""


class InsufficientQuotaUnprocessableEntityError(InsufficientQuotaError, UnprocessableEntityError):
    """Quota exhaustion answered with 422."""


class InsufficientQuotaRateLimitError(InsufficientQuotaError, RateLimitError):
    """Quota exhaustion answered with 429 (OpenAI's ``insufficient_quota``)."""


class InsufficientQuotaInternalServerError(InsufficientQuotaError, InternalServerError):
    """Quota exhaustion answered with a status of 500 or more."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
# A meaning whose exception is listed here is raised mixed into the class of the status it came with.
_MIXED_INTO_STATUS_CLASS: dict[type[APIStatusError], dict[type[APIStatusError], type[APIStatusError]]] = {
    InsufficientQuotaError: {
        APIStatusError: InsufficientQuotaAPIStatusError,
        BadRequestError: InsufficientQuotaBadRequestError,
        AuthenticationError: InsufficientQuotaAuthenticationError,
        PermissionDeniedError: InsufficientQuotaPermissionDeniedError,
        NotFoundError: InsufficientQuotaNotFoundError,
        ConflictError: InsufficientQuotaConflictError,
        UnprocessableEntityError: InsufficientQuotaUnprocessableEntityError,
        RateLimitError: InsufficientQuotaRateLimitError,
        InternalServerError: InsufficientQuotaInternalServerError,
    },
}


def _meaning_classes(facts: SpecFacts) -> dict[str, type[APIStatusError]]:
    """Each meaning's exception class, by the meaning's name; fails on import for a name the runtime lacks."""
    classes = {cls.__name__: cls for cls in (*_BY_STATUS.values(), InternalServerError, *_MIXED_INTO_STATUS_CLASS)}
    unknown = {meaning.exception for meaning in facts.error_meanings} - classes.keys()
    if unknown:
        raise RuntimeError(f"The spec's error meanings name exceptions the runtime lacks: {sorted(unknown)}")
    return {meaning.name: classes[meaning.exception] for meaning in facts.error_meanings}


_FACTS = spec_facts()
# Body codes whose meaning holds whatever status carries them (the spec's ``x-mixroute-error-codes``).
ERROR_CODES: Mapping[str, str] = _FACTS.error_codes
_MEANING_CLASSES = _meaning_classes(_FACTS)
_FINAL_MEANINGS = frozenset(meaning.name for meaning in _FACTS.error_meanings if not meaning.retryable)


def status_error_class(status_code: int, code: object = None, message: object = None) -> type[APIStatusError]:
    """The most specific ``APIStatusError`` subclass for ``status_code`` and the body's error ``code`` (and
    ``message``, when a proxy replaced the code with the status)."""
    by_status = InternalServerError if status_code >= 500 else _BY_STATUS.get(status_code, APIStatusError)
    meaning = error_meaning(code, message)
    if meaning is None:
        return by_status
    cls = _MEANING_CLASSES[meaning]
    return _MIXED_INTO_STATUS_CLASS.get(cls, {}).get(by_status, cls)


def is_final_code(code: object, message: object = None) -> bool:
    """Whether the body's error ``code`` (or ``message``, see ``error_meaning``) means retrying cannot help."""
    return error_meaning(code, message) in _FINAL_MEANINGS


def error_meaning(code: object, message: object = None) -> str | None:
    """What an error means beyond its status: its ``code`` in ``ERROR_CODES``; or, when there is no code or a
    proxy replaced it with the status (a string of digits), the ``message`` naming one of those errors (LiteLLM
    answers ``"code": "429"`` and puts the upstream's text after its own prefix)."""
    if isinstance(code, str) and code in ERROR_CODES:
        return ERROR_CODES[code]
    if not isinstance(message, str) or not (code is None or (isinstance(code, str | int) and str(code).isdigit())):
        return None
    lowered = message.lower()
    return next((meaning for phrase, meaning in _FACTS.message_meanings if phrase in lowered), None)


def request_id_of(headers: httpx2.Headers, message: str) -> str | None:
    """The request id: from the spec's request-id headers, most specific first (``x-request-id``, new-api's,
    the same passed on by LiteLLM), else the last id the spec's pattern finds in the message (new-api's
    ``(request id: ...)``), else a last-resort header (LiteLLM's own call id)."""
    for name in _FACTS.request_id_headers:
        if value := str(headers.get(name, "")).strip():
            return value
    found = _FACTS.request_id_in_message.findall(message)
    if found:
        return str(found[-1])
    for name in _FACTS.last_resort_request_id_headers:
        if value := str(headers.get(name, "")).strip():
            return value
    return None


def too_large(response: httpx2.Response, limit: str, max_bytes: int) -> ResponseTooLargeError:
    """The error for a ``limit`` (``"reply"`` or ``"event"``) passed while ``response`` was read."""
    setting = "max_reply_bytes" if limit == "reply" else "max_event_bytes"
    what = "body, decoded," if limit == "reply" else "stream event"
    message = (
        f"The {response.status_code} answer's {what} is larger than {setting} ({max_bytes:,} bytes); reading "
        f"stopped there. Raise the client's {setting} if such a reply is expected."
    )
    return ResponseTooLargeError(message, request=response.request, limit=limit, max_bytes=max_bytes)


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


shown_from_package(globals(), __all__)
