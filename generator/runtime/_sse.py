"""The JSON payloads of an OpenAI-style server-sent event stream, with every failure typed.

Lines and events are decoded by httpx-sse, which follows the SSE specification (CR, LF and CRLF line ends,
also split across network chunks; ``:`` comments; multi-line ``data``). On top of it this module applies the
OpenAI conventions: events without data (``event: ping``, a bare ``retry:``) are skipped, ``[DONE]`` ends
the stream, an ``error`` object raises ``APIError``, and a stream that stops before ``[DONE]`` was cut off.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx
from httpx_sse import EventSource, SSEError

from ._exceptions import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError
from ._json import loads
from ._status_errors import describe_body, redact

__all__ = ["DONE", "aiter_json_events", "iter_json_events"]

DONE = "[DONE]"


def iter_json_events(response: httpx.Response) -> Iterator[dict[str, Any]]:
    """Each event's JSON object, until ``[DONE]``."""
    with _typed_failures(response):
        for event in EventSource(response).iter_sse():
            if event.data == DONE:
                return
            if event.data:
                yield _payload(event.data, response)
    raise _cut_off(response, None)


async def aiter_json_events(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    """The async twin of ``iter_json_events``."""
    with _typed_failures(response):
        async for event in EventSource(response).aiter_sse():
            if event.data == DONE:
                return
            if event.data:
                yield _payload(event.data, response)
    raise _cut_off(response, None)


@contextmanager
def _typed_failures(response: httpx.Response) -> Iterator[None]:
    """Decoding and transport failures while reading the stream, as the package's typed errors."""
    try:
        yield
    except SSEError as exc:  # before TransportError, which httpx-sse derives it from
        raise APIResponseValidationError(f"Not an event stream: {exc}", response=response) from exc
    except httpx.TimeoutException as exc:
        raise APITimeoutError("The event stream timed out.", request=response.request) from exc
    except httpx.TransportError as exc:
        raise _cut_off(response, exc) from exc


def _payload(data: str, response: httpx.Response) -> dict[str, Any]:
    try:
        payload = loads(data)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"An event's data is not JSON: {_excerpt(data)}", response=response, body=data
        ) from exc
    if not isinstance(payload, dict):
        raise APIResponseValidationError(
            f"An event's data is not a JSON object: {_excerpt(data)}", response=response, body=payload
        )
    error = payload.get("error")
    if isinstance(error, Mapping):
        message = redact(f"The stream reported an error: {describe_body(payload, data)}", response.request)
        raise APIError(message, request=response.request, body=error)
    return payload


def _cut_off(response: httpx.Response, cause: Exception | None) -> APIConnectionError:
    reason = f": {cause}" if cause is not None and str(cause) else ""
    return APIConnectionError(f"The event stream ended before [DONE]{reason}", request=response.request)


def _excerpt(data: str) -> str:
    return data if len(data) <= 200 else data[:199] + "…"
