"""Send a request: retries, per-call timeout and retry overrides, and every failure mapped to a typed error.

The generated API functions build the request arguments and call ``send`` / ``asend``; ``parse_success``
turns the answer into the typed model or raises. Nothing from httpx or json escapes as a bare exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    MixrouteError,
    UsageError,
)
from ._retry import RetryPolicy, RetryState
from ._status_errors import redact, status_error

__all__ = [
    "HasHttpx",
    "aopen_stream",
    "asend",
    "open_stream",
    "parse_or_none",
    "parse_success",
    "raise_for_status",
    "reject_stream_flag",
    "send",
    "set_stream_flag",
]

log = logging.getLogger("mixroute_client")
T = TypeVar("T")
TimeoutArg = float | httpx.Timeout | None


class HasHttpx(Protocol):
    """What the sending functions need from ``Client`` / ``AuthenticatedClient``."""

    max_retries: int
    retry_policy: RetryPolicy

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


def send(
    client: HasHttpx,
    request_kwargs: Mapping[str, Any],
    *,
    stream: bool = False,
    max_retries: int | None = None,
    timeout: TimeoutArg = None,
) -> httpx.Response:
    """Send with retries. With ``stream`` a successful answer is returned unread; the caller must close it."""
    http = client.get_httpx_client()
    request = _build(http, request_kwargs, timeout)
    state = RetryState(client.retry_policy, client.max_retries if max_retries is None else max_retries)
    while True:
        try:
            response = _attempt(http, request, stream=stream)
        except APIConnectionError:
            delay = state.after_failure()
            if delay is None:
                raise
        else:
            delay = state.after_response(response)
            if delay is None:
                return response
            response.close()
        _log_retry(request, delay, state.attempt)
        client.retry_policy.sleep(delay)


async def asend(
    client: HasHttpx,
    request_kwargs: Mapping[str, Any],
    *,
    stream: bool = False,
    max_retries: int | None = None,
    timeout: TimeoutArg = None,
) -> httpx.Response:
    """The async twin of ``send``."""
    http = client.get_async_httpx_client()
    request = _build(http, request_kwargs, timeout)
    state = RetryState(client.retry_policy, client.max_retries if max_retries is None else max_retries)
    while True:
        try:
            response = await _aattempt(http, request, stream=stream)
        except APIConnectionError:
            delay = state.after_failure()
            if delay is None:
                raise
        else:
            delay = state.after_response(response)
            if delay is None:
                return response
            await response.aclose()
        _log_retry(request, delay, state.attempt)
        await client.retry_policy.async_sleep(delay)


def open_stream(
    client: HasHttpx, request_kwargs: Mapping[str, Any], *, max_retries: int | None, timeout: TimeoutArg
) -> httpx.Response:
    """Send a streaming request (retried until the stream starts) and return the open 2xx response."""
    response = send(client, request_kwargs, stream=True, max_retries=max_retries, timeout=timeout)
    raise_for_status(client, response)
    return response


async def aopen_stream(
    client: HasHttpx, request_kwargs: Mapping[str, Any], *, max_retries: int | None, timeout: TimeoutArg
) -> httpx.Response:
    """The async twin of ``open_stream``."""
    response = await asend(client, request_kwargs, stream=True, max_retries=max_retries, timeout=timeout)
    raise_for_status(client, response)
    return response


def raise_for_status(client: HasHttpx, response: httpx.Response) -> None:
    """Raise the typed ``APIStatusError`` for a non-2xx ``response`` whose body has been read."""
    if not response.is_success:
        raise status_error(response, now=client.retry_policy.clock())


def parse_success(client: HasHttpx, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """The typed body of a 2xx ``response``; a typed ``APIStatusError`` for any other status."""
    raise_for_status(client, response)
    try:
        return parse(response)
    except Exception as exc:  # any parse failure (bad JSON, missing key, wrong type) means "not per spec"
        message = f"The {response.status_code} response does not match the API spec: {type(exc).__name__}: {exc}"
        raise APIResponseValidationError(redact(message, response.request), response=response) from exc


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


def reject_stream_flag(request_kwargs: Mapping[str, Any], stream_function: str) -> None:
    """Refuse ``stream: true`` in a call that would buffer the whole event stream and then fail to parse it."""
    body = request_kwargs.get("json")
    if isinstance(body, Mapping) and body.get("stream") is True:
        raise UsageError(f"This request has stream: true; call {stream_function}() to iterate the chunks.")


def set_stream_flag(request_kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """``request_kwargs`` with ``stream: true`` in the JSON body."""
    body = request_kwargs.get("json")
    if not isinstance(body, Mapping):
        raise UsageError("Streaming needs a JSON object body.")
    return {**request_kwargs, "json": {**body, "stream": True}}


def _build(
    http: httpx.Client | httpx.AsyncClient, request_kwargs: Mapping[str, Any], timeout: TimeoutArg
) -> httpx.Request:
    options = dict(request_kwargs)
    if timeout is not None:
        options["timeout"] = timeout
    return http.build_request(**options)


def _attempt(http: httpx.Client, request: httpx.Request, *, stream: bool) -> httpx.Response:
    response: httpx.Response | None = None
    try:
        response = http.send(request, stream=True)
        if not stream or not response.is_success:
            response.read()
    except httpx.TimeoutException as exc:
        _close(response)
        raise APITimeoutError(request=request) from exc
    except httpx.TransportError as exc:
        _close(response)
        raise APIConnectionError(_connection_message(exc), request=request) from exc
    return response


async def _aattempt(http: httpx.AsyncClient, request: httpx.Request, *, stream: bool) -> httpx.Response:
    response: httpx.Response | None = None
    try:
        response = await http.send(request, stream=True)
        if not stream or not response.is_success:
            await response.aread()
    except httpx.TimeoutException as exc:
        await _aclose(response)
        raise APITimeoutError(request=request) from exc
    except httpx.TransportError as exc:
        await _aclose(response)
        raise APIConnectionError(_connection_message(exc), request=request) from exc
    return response


def _close(response: httpx.Response | None) -> None:
    if response is not None:
        response.close()


async def _aclose(response: httpx.Response | None) -> None:
    if response is not None:
        await response.aclose()


def _connection_message(exc: httpx.TransportError) -> str:
    reason = str(exc) or type(exc).__name__
    return f"Connection error: {reason}"


def _log_retry(request: httpx.Request, delay: float, attempt: int) -> None:
    # Method and URL only: headers would carry the API key.
    log.info("Retrying %s %s in %.2f s (retry %d)", request.method, request.url, delay, attempt)
