"""The JSON payloads of an OpenAI-style server-sent event stream, with every failure typed.

Events are decoded by ``_sse_decode`` (the SSE specification, less what a chat client never reads; why not
httpx-sse is said there). On top of it this module applies the OpenAI conventions: events without data
(``event: ping``, a bare ``retry:``) are skipped, ``[DONE]`` ends the stream, an ``error`` object raises
``APIError``, and a stream that stops before ``[DONE]`` was cut off.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from time import monotonic
from typing import Any

import httpx2

from . import _json
from ._config import limits_of
from ._credentials import redact
from ._exceptions import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError, too_large
from ._sse_decode import DataDecoder, EventTooLarge
from ._status_errors import describe_body

__all__ = ["DONE", "EndedWithoutDone", "aiter_json_batches", "is_event_stream", "iter_json_batches"]

DONE = "[DONE]"
# Reading on after ``[DONE]`` lets the body end cleanly (the chunked terminator), so the connection goes back
# to the pool instead of being closed; a server that keeps talking is cut off after this many bytes, and a
# failure there is ignored, since every event the caller needs has arrived.
DRAIN_LIMIT = 16 * 1024


def iter_json_batches(response: httpx2.Response) -> Iterator[list[dict[str, Any]]]:
    """The events' JSON objects until ``[DONE]``, a list for each piece of the body that completed any (one
    generator step for the many events a network read brings); then what is left of the body is drained
    (``DRAIN_LIMIT``). An event that fails is raised after the objects of the events before it."""
    with _typed_failures(response):
        _check_event_stream(response)
        limits = limits_of(response.request)
        decoder = DataDecoder(limits.max_event_bytes)
        feed = decoder.feed
        idle = limits.stream_idle_timeout or math.inf
        quiet_since = monotonic()
        chunks = response.iter_bytes()
        for chunk in chunks:
            events = feed(chunk)
            now = monotonic()
            if events:
                quiet_since = now
            elif now - quiet_since > idle:
                raise _idle(response, idle)
            payloads, end = _decoded(events, response)
            if payloads:
                yield payloads
            if isinstance(end, Exception):
                raise end
            if end is not None:
                with suppress(httpx2.HTTPError):
                    _drain(chunks)
                return
    raise _ended(response, decoder)


async def aiter_json_batches(response: httpx2.Response) -> AsyncIterator[list[dict[str, Any]]]:
    """The async twin of ``iter_json_batches``."""
    with _typed_failures(response):
        _check_event_stream(response)
        limits = limits_of(response.request)
        decoder = DataDecoder(limits.max_event_bytes)
        feed = decoder.feed
        idle = limits.stream_idle_timeout or math.inf
        quiet_since = monotonic()
        chunks = response.aiter_bytes()
        async for chunk in chunks:
            events = feed(chunk)
            now = monotonic()
            if events:
                quiet_since = now
            elif now - quiet_since > idle:
                raise _idle(response, idle)
            payloads, end = _decoded(events, response)
            if payloads:
                yield payloads
            if isinstance(end, Exception):
                raise end
            if end is not None:
                with suppress(httpx2.HTTPError):
                    await _adrain(chunks)
                return
    raise _ended(response, decoder)


def _decoded(events: list[str], response: httpx2.Response) -> tuple[list[dict[str, Any]], str | Exception | None]:
    """The JSON objects of ``events`` up to the first that ends the stream, and that end: ``DONE``, the error
    to raise, or None when every event was read."""
    payloads: list[dict[str, Any]] = []
    loads = _json.loads  # looked up here, so that one assignment in _json switches every decoder
    # The decoder ``loads`` falls back from (orjson), called directly: ``_checked`` lets ``loads`` decide
    # whatever it refuses.
    quick = getattr(loads, "__wrapped__", loads)
    for data in events:
        if data == DONE:
            return payloads, DONE
        try:
            payload = quick(data)
        except ValueError:
            payload = _REFUSED
        # ``in`` before anything else: ``isinstance`` of an ABC is a Python-level call, too dear for every chunk.
        if payload.__class__ is not dict or "error" in payload:
            try:
                payload = _checked(payload, data, response, loads)
            except APIError as exc:
                return payloads, exc
            if payload is None:
                continue
        payloads.append(payload)
    return payloads, None


# What ``_decoded`` reads for an event the quick decoder refused.
_REFUSED = object()


def _idle(response: httpx2.Response, seconds: float) -> APITimeoutError:
    """Only comments and keep-alives (or nothing whole) for longer than ``stream_idle_timeout``."""
    message = f"The event stream sent no data event for {seconds:g} s (stream_idle_timeout), only keep-alives"
    return APITimeoutError(message, request=response.request, limit="events", seconds=seconds)


def _ended(response: httpx2.Response, decoder: DataDecoder) -> APIConnectionError:
    """The body ended before ``[DONE]``: inside an event is a cut, between events a question for the stream."""
    if decoder.pending:
        return _cut_off(response, ValueError("the body ended in the middle of an event"))
    return _cut_off(response, None, EndedWithoutDone)


class EndedWithoutDone(APIConnectionError):
    """The body ended cleanly but no ``[DONE]`` came. Some upstreams never send it: the stream, which knows
    whether every choice had finished by then, decides whether that is a complete reply or a cut one."""


def _drain(chunks: Iterator[bytes]) -> None:
    seen = 0
    for extra in chunks:
        seen += len(extra)
        if seen > DRAIN_LIMIT:
            return


async def _adrain(chunks: AsyncIterator[bytes]) -> None:
    seen = 0
    async for extra in chunks:
        seen += len(extra)
        if seen > DRAIN_LIMIT:
            return


@contextmanager
def _typed_failures(response: httpx2.Response) -> Iterator[None]:
    """Decoding and transport failures while reading the stream, as the package's typed errors."""
    try:
        yield
    except httpx2.TimeoutException as exc:
        raise APITimeoutError("The event stream timed out.", request=response.request, limit="read") from exc
    except httpx2.DecodingError as exc:
        message = redact(f"The event stream could not be decoded: {exc}", response.request)
        raise APIResponseValidationError(message, response=response) from exc
    except EventTooLarge:
        raise too_large(response, "event", limits_of(response.request).max_event_bytes) from None
    except httpx2.HTTPError as exc:  # a transport failure, or any other httpx2 error mid-stream
        raise _cut_off(response, exc) from exc


def is_event_stream(response: httpx2.Response) -> bool:
    """Whether ``response`` says it is an event stream (its media type, parameters such as charset aside)."""
    return "text/event-stream" in _media_type(response)


def _media_type(response: httpx2.Response) -> str:
    content_type: str = response.headers.get("content-type", "")
    return content_type.partition(";")[0]


def _check_event_stream(response: httpx2.Response) -> None:
    """Only an event stream is read as one (``open_stream`` answers a JSON body before it gets here)."""
    if not is_event_stream(response):
        message = f"Not an event stream: the content type is {_media_type(response)!r}, not 'text/event-stream'"
        raise APIResponseValidationError(redact(message, response.request), response=response)


def _checked(
    payload: object, data: str, response: httpx2.Response, loads: Callable[[str], Any]
) -> dict[str, Any] | None:
    """An event's JSON object, raising for one that is not JSON, not an object or reports an error; None for
    the literal ``null``, which some gateways send between chunks (the decoder has already skipped events
    without data, such as ``event: ping``). ``_REFUSED`` is read again with ``loads``."""
    if payload is _REFUSED:
        try:
            payload = loads(data)
        except ValueError as exc:
            raise _invalid("An event's data is not JSON", data, response, body=data) from exc
    if payload is None:
        return None
    if not isinstance(payload, dict):
        raise _invalid("An event's data is not a JSON object", data, response, body=payload)
    if isinstance(error := payload.get("error"), Mapping):
        message = f"The stream reported an error: {describe_body(payload, data, response.request)}"
        raise APIError(message, request=response.request, body=error)
    return payload


def _invalid(what: str, data: str, response: httpx2.Response, *, body: object) -> APIResponseValidationError:
    message = f"{what}: {_excerpt(redact(data, response.request))}"
    return APIResponseValidationError(message, response=response, body=body)


def _cut_off(
    response: httpx2.Response, cause: Exception | None, kind: type[APIConnectionError] = APIConnectionError
) -> APIConnectionError:
    reason = f": {cause}" if cause is not None and str(cause) else ""
    message = redact(f"The event stream ended before [DONE]{reason}", response.request)
    return kind(message, request=response.request)


def _excerpt(data: str) -> str:
    return data if len(data) <= 200 else data[:199] + "…"
