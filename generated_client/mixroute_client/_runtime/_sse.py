"""The JSON payloads of an OpenAI-style server-sent event stream, with every failure typed.

Lines and events are decoded by httpx-sse, which follows the SSE specification (CR, LF and CRLF line ends,
also split across network chunks; ``:`` comments; multi-line ``data``). On top of it this module applies the
OpenAI conventions: events without data (``event: ping``, a bare ``retry:``) are skipped, ``[DONE]`` ends
the stream, an ``error`` object raises ``APIError``, and a stream that stops before ``[DONE]`` was cut off.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

import httpx
from httpx_sse import EventSource, ServerSentEvent, SSEError

from ._credentials import redact
from ._exceptions import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError
from ._json import loads
from ._status_errors import describe_body

__all__ = ["DONE", "EndedWithoutDone", "aiter_json_events", "iter_json_events"]

DONE = "[DONE]"


def iter_json_events(response: httpx.Response) -> Iterator[dict[str, Any]]:
    """Each event's JSON object, until ``[DONE]``; then what is left of the body is drained (see ``_Drain``)."""
    with _typed_failures(response):
        events = EventSource(response).iter_sse()
        for event in events:
            if event.data == DONE:
                drain = _Drain()
                with suppress(httpx.HTTPError, SSEError):
                    for extra in events:
                        if drain.full(extra):
                            break
                return
            payload = _payload(event.data, response)
            if payload is not None:
                yield payload
    raise _cut_off(response, None, EndedWithoutDone)


async def aiter_json_events(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    """The async twin of ``iter_json_events``."""
    with _typed_failures(response):
        events = EventSource(response).aiter_sse()
        async for event in events:
            if event.data == DONE:
                drain = _Drain()
                with suppress(httpx.HTTPError, SSEError):
                    async for extra in events:
                        if drain.full(extra):
                            break
                return
            payload = _payload(event.data, response)
            if payload is not None:
                yield payload
    raise _cut_off(response, None, EndedWithoutDone)


class EndedWithoutDone(APIConnectionError):
    """The body ended cleanly but no ``[DONE]`` came. Some upstreams never send it: the stream, which knows
    whether every choice had finished by then, decides whether that is a complete reply or a cut one."""


class _Drain:
    """Reading on after ``[DONE]`` lets the body end cleanly (the chunked terminator), so the connection
    goes back to the pool instead of being closed; a server that keeps talking is cut off after a few KiB,
    and a failure there is ignored, since every event the caller needs has arrived."""

    LIMIT = 16 * 1024

    def __init__(self) -> None:
        self.seen = 0

    def full(self, event: ServerSentEvent) -> bool:
        self.seen += len(event.data) + len(event.event) + 1
        return self.seen > self.LIMIT


@contextmanager
def _typed_failures(response: httpx.Response) -> Iterator[None]:
    """Decoding and transport failures while reading the stream, as the package's typed errors."""
    try:
        yield
    except SSEError as exc:  # before TransportError, which httpx-sse derives it from
        raise APIResponseValidationError(
            redact(f"Not an event stream: {exc}", response.request), response=response
        ) from exc
    except httpx.TimeoutException as exc:
        raise APITimeoutError("The event stream timed out.", request=response.request, limit="read") from exc
    except httpx.DecodingError as exc:
        message = redact(f"The event stream could not be decoded: {exc}", response.request)
        raise APIResponseValidationError(message, response=response) from exc
    except httpx.HTTPError as exc:  # a transport failure, or any other httpx error mid-stream
        raise _cut_off(response, exc) from exc


def _payload(data: str, response: httpx.Response) -> dict[str, Any] | None:
    """The event's JSON object; None for an event to skip: no data (``event: ping``) or the literal ``null``,
    which some gateways send between chunks."""
    if not data:
        return None
    try:
        payload = loads(data)
    except ValueError as exc:
        raise _invalid("An event's data is not JSON", data, response, body=data) from exc
    if payload is None:
        return None
    if not isinstance(payload, dict):
        raise _invalid("An event's data is not a JSON object", data, response, body=payload)
    error = payload.get("error")
    if isinstance(error, Mapping):
        message = f"The stream reported an error: {describe_body(payload, data, response.request)}"
        raise APIError(message, request=response.request, body=error)
    return payload


def _invalid(what: str, data: str, response: httpx.Response, *, body: object) -> APIResponseValidationError:
    message = f"{what}: {_excerpt(redact(data, response.request))}"
    return APIResponseValidationError(message, response=response, body=body)


def _cut_off(
    response: httpx.Response, cause: Exception | None, kind: type[APIConnectionError] = APIConnectionError
) -> APIConnectionError:
    reason = f": {cause}" if cause is not None and str(cause) else ""
    message = redact(f"The event stream ended before [DONE]{reason}", response.request)
    return kind(message, request=response.request)


def _excerpt(data: str) -> str:
    return data if len(data) <= 200 else data[:199] + "…"
