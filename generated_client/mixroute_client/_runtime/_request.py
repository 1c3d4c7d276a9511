"""Send a request: retries, per-call timeout and retry overrides, and every failure mapped to a typed error.

``_operation.call`` builds the request arguments from an operation's descriptor and calls ``send`` / ``asend``
(or ``open_stream``), then reads the answer. Nothing from httpx2 or json escapes as a bare exception.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

import httpx2

from . import _network, _telemetry
from ._config import LIMITS_EXTENSION, Limits, checked_timeout, limits_of
from ._credentials import Credential, redact
from ._error_answer import reports_error
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    IncompleteResponseError,
    MixrouteError,
    ResponseTimeoutError,
    UsageError,
    detached_response,
    timeout_message,
    too_large,
)
from ._json import check_keys, refused_body
from ._retry import RetryPolicy, RetryState
from ._sse import is_event_stream
from ._status_errors import describe_body, error_object, json_or_none, reported_error, status_error

__all__ = [
    "HasHttpx",
    "aopen_stream",
    "asend",
    "open_stream",
    "parse_or_none",
    "raise_for_status",
    "send",
]

log = logging.getLogger("mixroute_client")
T = TypeVar("T")
TimeoutArg = float | httpx2.Timeout | None


class HasHttpx(Protocol):
    """What the sending functions need from ``Client`` / ``AuthenticatedClient``."""

    max_retries: int
    retry_policy: RetryPolicy
    strict: bool

    @property
    def timeout(self) -> float | httpx2.Timeout | None: ...

    @property
    def limits(self) -> Limits: ...

    def get_httpx_client(self) -> httpx2.Client: ...

    def get_async_httpx_client(self) -> httpx2.AsyncClient: ...


def send(
    client: HasHttpx,
    request_kwargs: Mapping[str, Any],
    *,
    stream: bool = False,
    max_retries: int | None = None,
    timeout: TimeoutArg = None,
) -> httpx2.Response:
    """Send with retries. With ``stream`` a successful answer is returned unread; the caller must close it."""
    http = client.get_httpx_client()
    request = _build(http, request_kwargs, timeout, stream=stream, limits=client.limits)
    limit = None if stream else _overall_limit(client, timeout)
    state = RetryState(client.retry_policy, client.max_retries if max_retries is None else max_retries)
    call = _telemetry.watch(request_kwargs, request, stream=stream)
    if call is None:
        return _retried(client, http, request, state, stream=stream, limit=limit, call=None)
    _mark_credential(client, request)
    with call.current():
        response = _retried(client, http, request, state, stream=stream, limit=limit, call=call)
        call.finished(response, stream=stream)
    return response


def _mark_credential(client: HasHttpx, request: httpx2.Request) -> None:
    """Mark ``request`` with the client's credential now when it is logged: httpx2's hook marks it only as it is
    sent, and the first attempt's lines come before, masked. Spans need no mark: they are written once it is sent.
    """
    if not log.isEnabledFor(logging.INFO):
        return
    credential = getattr(client, "_credential", None)
    found = credential() if callable(credential) else None
    if isinstance(found, Credential):
        found.attach(request)


def _retried(
    client: HasHttpx,
    http: httpx2.Client,
    request: httpx2.Request,
    state: RetryState,
    *,
    stream: bool,
    limit: float | None,
    call: _telemetry.Call | None,
) -> httpx2.Response:
    """The attempts of ``send``, each told to ``call`` when something observes them."""
    while True:
        if call is not None:
            call.attempt(state.attempt + 1)
        try:
            response = _attempt(http, request, stream=stream, limit=limit)
        except APIConnectionError as failure:
            if call is not None:
                call.attempt_failed(failure, state.attempt + 1)
            delay = state.after_failure() if _retryable(failure) else None
            if delay is None:
                raise _given_up(failure, state.attempt + 1) from failure.__cause__
            cause: httpx2.Response | APIConnectionError = failure
        else:
            if call is not None:
                call.answered(response, state.attempt + 1)
            if 200 <= response.status_code < 300:  # never retried (see should_retry); the common case, first
                return response
            delay = state.after_response(response)
            if delay is None:
                return response
            response.close()
            cause = response
        _retrying(request, delay, state.attempt, cause, call)
        client.retry_policy.sleep(delay)


async def asend(
    client: HasHttpx,
    request_kwargs: Mapping[str, Any],
    *,
    stream: bool = False,
    max_retries: int | None = None,
    timeout: TimeoutArg = None,
) -> httpx2.Response:
    """The async twin of ``send``."""
    http = client.get_async_httpx_client()
    request = _build(http, request_kwargs, timeout, stream=stream, limits=client.limits)
    limit = None if stream else _overall_limit(client, timeout)
    state = RetryState(client.retry_policy, client.max_retries if max_retries is None else max_retries)
    call = _telemetry.watch(request_kwargs, request, stream=stream)
    if call is None:
        return await _aretried(client, http, request, state, stream=stream, limit=limit, call=None)
    _mark_credential(client, request)
    with call.current():
        response = await _aretried(client, http, request, state, stream=stream, limit=limit, call=call)
        call.finished(response, stream=stream)
    return response


async def _aretried(
    client: HasHttpx,
    http: httpx2.AsyncClient,
    request: httpx2.Request,
    state: RetryState,
    *,
    stream: bool,
    limit: float | None,
    call: _telemetry.Call | None,
) -> httpx2.Response:
    """The async twin of ``_retried``."""
    while True:
        if call is not None:
            call.attempt(state.attempt + 1)
        try:
            response = await _aattempt(http, request, stream=stream, limit=limit)
        except APIConnectionError as failure:
            if call is not None:
                call.attempt_failed(failure, state.attempt + 1)
            delay = state.after_failure() if _retryable(failure) else None
            if delay is None:
                raise _given_up(failure, state.attempt + 1) from failure.__cause__
            cause: httpx2.Response | APIConnectionError = failure
        else:
            if call is not None:
                call.answered(response, state.attempt + 1)
            if 200 <= response.status_code < 300:  # never retried (see should_retry); the common case, first
                return response
            delay = state.after_response(response)
            if delay is None:
                return response
            await response.aclose()
            cause = response
        _retrying(request, delay, state.attempt, cause, call)
        await client.retry_policy.async_sleep(delay)


def open_stream(
    client: HasHttpx, request_kwargs: Mapping[str, Any], *, max_retries: int | None, timeout: TimeoutArg
) -> httpx2.Response:
    """Send a streaming request (retried until the stream starts) and return the open 2xx response."""
    response = send(client, request_kwargs, stream=True, max_retries=max_retries, timeout=timeout)
    raise_for_status(client, response)
    if not is_event_stream(response):
        try:
            read_bounded(response)
        except httpx2.HTTPError as exc:
            raise _refused(response, _failure(exc, response.request, response, None)) from exc
        finally:
            response.close()
        raise _refused(response, _not_an_event_stream(client, response))
    return response


async def aopen_stream(
    client: HasHttpx, request_kwargs: Mapping[str, Any], *, max_retries: int | None, timeout: TimeoutArg
) -> httpx2.Response:
    """The async twin of ``open_stream``."""
    response = await asend(client, request_kwargs, stream=True, max_retries=max_retries, timeout=timeout)
    raise_for_status(client, response)
    if not is_event_stream(response):
        try:
            await aread_bounded(response)
        except httpx2.HTTPError as exc:
            raise _refused(response, _failure(exc, response.request, response, None)) from exc
        finally:
            await response.aclose()
        raise _refused(response, _not_an_event_stream(client, response))
    return response


def _refused(response: httpx2.Response, error: MixrouteError) -> MixrouteError:
    """``error``, the reason a 2xx answer is no stream, after ending the call that observes ``response``."""
    call = _telemetry.call_of(response)
    if call is not None:
        call.end(error=error)
    return error


def _not_an_event_stream(client: HasHttpx, response: httpx2.Response) -> APIError:
    """A gateway that ignored ``stream: true`` (or a proxy page): typed, with the read body kept; the error a
    2xx body reports, when it reports one."""
    body = json_or_none(response)
    if isinstance(body, Mapping) and reports_error(body):
        return reported_error(response, now=client.retry_policy.clock())
    error = error_object(body)
    detail = describe_body(body, response.text, response.request)
    kind = response.headers.get("content-type") or "no content type"
    message = f"Asked for an event stream, the {response.status_code} answer is {kind}: {detail}"
    return APIResponseValidationError(message, response=response, body=error if error is not None else body)


def raise_for_status(client: HasHttpx, response: httpx2.Response) -> None:
    """Raise the typed ``APIStatusError`` for a non-2xx ``response`` whose body has been read."""
    if not response.is_success:
        raise status_error(response, now=client.retry_policy.clock())


def parse_or_none(parse: Callable[[], T]) -> T | None:
    """What ``*_detailed()`` puts in ``parsed``: the model, or None when the body cannot be read as one.

    The raw status, headers and content stay in the ``Response`` either way, so nothing is lost.
    """
    try:
        return parse()
    except MixrouteError:  # raise_on_unexpected_status asked for it
        raise
    except Exception:  # ``*_detailed()`` reports what it could not parse as None, never by raising
        return None


def _build(
    http: httpx2.Client | httpx2.AsyncClient,
    request_kwargs: Mapping[str, Any],
    timeout: TimeoutArg,
    *,
    stream: bool,
    limits: Limits,
) -> httpx2.Request:
    options = dict(request_kwargs)
    if timeout is not None:
        options["timeout"] = checked_timeout(timeout, "timeout")
    body = options.get("json")
    if body is not None:
        check_keys(body)
    if stream:
        options["headers"] = {**options.get("headers", {}), "Accept": "text/event-stream"}
    try:
        options["url"] = _joined(http.base_url, options["url"])
        request = http.build_request(**options)
    except httpx2.InvalidURL as exc:
        raise UsageError(f"The request URL is not valid: {exc}") from None
    except (ValueError, TypeError, RecursionError):  # NaN, infinity or no JSON value, as httpx2 encodes
        refused = refused_body(body)
        if refused is None:
            raise
        raise refused from None
    request.extensions[LIMITS_EXTENSION] = limits
    return request


# httpx2 parses a relative request URL and then the URL joined to the base on every request: two ``urlparse``
# runs, a large share of an in-memory call (docs/performance.md). An operation's URL is the same on every call,
# so it is joined once, the way ``httpx2.Client`` joins it (the path appended to the base URL's path).
# Keyed by the base URL's identity (the entry keeps it alive, so the id is not reused while cached) and
# bounded, since a path with parameters differs from call to call.
_JOINED: dict[tuple[int, str], tuple[httpx2.URL, httpx2.URL]] = {}
_JOINED_LIMIT = 256


def _joined(base: httpx2.URL, url: str) -> httpx2.URL:
    known = _JOINED.get((id(base), url))
    if known is not None:
        return known[1]
    relative = httpx2.URL(url)
    joined = (
        base.copy_with(raw_path=base.raw_path + relative.raw_path.lstrip(b"/"))
        if relative.is_relative_url
        else relative
    )
    if len(_JOINED) >= _JOINED_LIMIT:
        _JOINED.clear()
    _JOINED[id(base), url] = (base, joined)
    return joined


def _overall_limit(client: HasHttpx, timeout: TimeoutArg) -> float | None:
    """The seconds a whole non-streamed attempt may take: a number given per call, else the client's."""
    chosen = client.timeout if timeout is None else timeout
    return float(chosen) if isinstance(chosen, int | float) else None


_PHASES = ((httpx2.ConnectTimeout, "connect"), (httpx2.ReadTimeout, "read"), (httpx2.WriteTimeout, "write"))


@dataclass
class _Deadline:
    """One attempt's overall limit, enforced by keeping every httpx2 phase timeout at the time left.

    Under the transports the client builds, ``_network`` holds every network wait to the time left. For any
    other httpcore2 transport, httpcore2 reads the ``timeout`` extension when each phase starts (announced
    through its ``trace`` extension), so each phase is cut to what remains, and the body is checked against
    the deadline after every read; those two also cover the wait for a free connection from the pool.
    """

    request: httpx2.Request
    seconds: float
    end: float

    @classmethod
    def arm(cls, request: httpx2.Request, seconds: float | None, *, asynchronous: bool) -> _Deadline | None:
        if seconds is None:
            return None
        deadline = cls(request, seconds, time.monotonic() + seconds)
        deadline.refresh()
        request.extensions["trace"] = deadline.atrace if asynchronous else deadline.trace
        return deadline

    def refresh(self) -> None:
        left = max(self.end - time.monotonic(), 0.001)  # 0 would mean "no timeout" to some backends
        self.request.extensions["timeout"] = dict.fromkeys(("connect", "read", "write", "pool"), left)

    def trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event.endswith(".started"):
            self.refresh()

    async def atrace(self, event: str, info: Mapping[str, Any]) -> None:
        self.trace(event, info)

    def check(self) -> None:
        if time.monotonic() >= self.end:
            raise httpx2.ReadTimeout("the overall timeout ran out while reading the body", request=self.request)


class _GuardedBody(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A response body that raises ``httpx2.ReadTimeout`` once the attempt's deadline has passed."""

    def __init__(self, inner: httpx2.SyncByteStream | httpx2.AsyncByteStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for part in cast("httpx2.SyncByteStream", self._inner):
            self._deadline.check()
            yield part

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for part in cast("httpx2.AsyncByteStream", self._inner):
            self._deadline.check()
            yield part

    def close(self) -> None:
        cast("httpx2.SyncByteStream", self._inner).close()

    async def aclose(self) -> None:
        await cast("httpx2.AsyncByteStream", self._inner).aclose()


def _must_read(response: httpx2.Response, *, stream: bool, deadline: _Deadline | None) -> bool:
    """Whether the body is read now (guarded by ``deadline``): always, except a successful stream's."""
    if stream and response.is_success:
        return False
    if deadline is not None:
        response.stream = _GuardedBody(response.stream, deadline)
    return True


def _attempt(http: httpx2.Client, request: httpx2.Request, *, stream: bool, limit: float | None) -> httpx2.Response:
    deadline = _Deadline.arm(request, limit, asynchronous=False)
    response: httpx2.Response | None = None
    try:
        with _network.deadline(None if deadline is None else deadline.end):
            response = http.send(request, stream=True)
            if _must_read(response, stream=stream, deadline=deadline):
                read_bounded(response)
    except httpx2.HTTPError as exc:
        _close(response)
        raise _failure(exc, request, response, deadline) from exc
    return response


async def _aattempt(
    http: httpx2.AsyncClient, request: httpx2.Request, *, stream: bool, limit: float | None
) -> httpx2.Response:
    deadline = _Deadline.arm(request, limit, asynchronous=True)
    response: httpx2.Response | None = None
    try:
        with _network.deadline(None if deadline is None else deadline.end):
            response = await http.send(request, stream=True)
            if _must_read(response, stream=stream, deadline=deadline):
                await aread_bounded(response)
    except httpx2.HTTPError as exc:
        await _aclose(response)
        raise _failure(exc, request, response, deadline) from exc
    return response


def read_bounded(response: httpx2.Response) -> None:
    """``response.read()``, stopped with ``ResponseTooLargeError`` once the decoded body passes the client's
    ``max_reply_bytes``: a body that inflates to gigabytes costs no more than the limit."""
    limit = limits_of(response.request).max_reply_bytes
    parts, size = [], 0
    for part in response.iter_bytes():
        size += len(part)
        if size > limit:
            response.close()
            raise too_large(response, "reply", limit)
        parts.append(part)
    response._content = b"".join(parts)  # what read() keeps; the body is consumed and closed


async def aread_bounded(response: httpx2.Response) -> None:
    """The async twin of ``read_bounded``."""
    limit = limits_of(response.request).max_reply_bytes
    parts, size = [], 0
    async for part in response.aiter_bytes():
        size += len(part)
        if size > limit:
            await response.aclose()
            raise too_large(response, "reply", limit)
        parts.append(part)
    response._content = b"".join(parts)


def _close(response: httpx2.Response | None) -> None:
    if response is not None:
        response.close()


async def _aclose(response: httpx2.Response | None) -> None:
    if response is not None:
        await response.aclose()


def _failure(
    exc: httpx2.HTTPError, request: httpx2.Request, response: httpx2.Response | None, deadline: _Deadline | None
) -> MixrouteError:
    """The typed error for any httpx2 failure of one attempt."""
    if isinstance(exc, httpx2.DecodingError) and response is not None:
        message = f"The {response.status_code} answer's body could not be decoded: {exc}"
        return APIResponseValidationError(redact(message, request), response=detached_response(response, b""))
    if response is not None and isinstance(exc, httpx2.TransportError):
        return _broken_off(exc, request, response.status_code, deadline)
    if isinstance(exc, httpx2.TimeoutException):
        if deadline is not None:  # every phase was held to the time left, so the overall limit ran out
            return APITimeoutError(request=request, limit="overall", seconds=deadline.seconds)
        return _phase_timeout(exc, request)
    if isinstance(exc, httpx2.TooManyRedirects):
        return APIConnectionError(redact(f"Redirect loop: {exc}", request), request=request)
    return APIConnectionError(redact(_connection_message(exc), request), request=request)


def _broken_off(
    exc: httpx2.TransportError, request: httpx2.Request, status: int, deadline: _Deadline | None
) -> IncompleteResponseError:
    """The answer's status arrived, then its body failed: the server may have done the work, so no retry."""
    unsent = "the request may have been processed, so it was not sent again"
    if not isinstance(exc, httpx2.TimeoutException):
        message = redact(f"The {status} answer broke off: {_connection_message(exc)}; {unsent}.", request)
        return IncompleteResponseError(message, request=request, status_code=status)
    limit, seconds = ("overall", deadline.seconds) if deadline is not None else _phase_of(exc, request)
    message = f"{timeout_message(limit, seconds)} The {status} status had arrived: {unsent}."
    return ResponseTimeoutError(message, request=request, status_code=status, limit=limit, seconds=seconds)


def _phase_of(exc: httpx2.TimeoutException, request: httpx2.Request) -> tuple[str, float | None]:
    phase = next((name for kind, name in _PHASES if isinstance(exc, kind)), "pool")
    seconds: float | None = request.extensions.get("timeout", {}).get(phase)
    return phase, seconds


def _phase_timeout(exc: httpx2.TimeoutException, request: httpx2.Request) -> APITimeoutError:
    phase, seconds = _phase_of(exc, request)
    return APITimeoutError(request=request, limit=phase, seconds=seconds)


def _retryable(failure: APIConnectionError) -> bool:
    """Transport failures before any status arrived may pass; a redirect loop, an unusable scheme, a certificate
    that fails verification or an unknown failure will not, and an answer that broke off must not be asked for
    twice."""
    cause = failure.__cause__
    return (
        isinstance(cause, httpx2.TransportError)
        and not isinstance(cause, httpx2.UnsupportedProtocol)
        and not isinstance(failure, IncompleteResponseError)
        and not _certificate_refused(cause)
    )


def _certificate_refused(exc: BaseException) -> bool:
    """Whether ``exc`` came from a certificate that failed verification (httpx2 wraps it twice)."""
    seen: BaseException | None = exc
    for _ in range(_CAUSE_DEPTH):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# How far down the chain of causes a certificate error is looked for: httpx2 and httpcore2 wrap it twice.
_CAUSE_DEPTH = 8


def _given_up(failure: APIConnectionError, attempts: int) -> APIConnectionError:
    """The error to raise after the last attempt: a timeout says how many attempts it took."""
    if isinstance(failure, ResponseTimeoutError):
        failure.attempts = attempts
    if not isinstance(failure, APITimeoutError) or isinstance(failure, ResponseTimeoutError) or attempts == 1:
        return failure
    final = APITimeoutError(request=failure.request, limit=failure.limit, seconds=failure.seconds, attempts=attempts)
    final.__cause__ = failure.__cause__
    return final


def _connection_message(exc: httpx2.HTTPError) -> str:
    reason = str(exc) or type(exc).__name__
    return f"Connection error: {reason}"


def _retrying(
    request: httpx2.Request,
    delay: float,
    retry: int,
    cause: httpx2.Response | APIConnectionError,
    call: _telemetry.Call | None,
) -> None:
    if call is not None:
        call.retrying(retry, delay, cause)
    # Method and URL only: headers would carry the API key.
    log.info("Retrying %s %s in %.2f s (retry %d)", request.method, redact(str(request.url), request), delay, retry)
