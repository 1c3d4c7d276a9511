"""``Stream`` / ``AsyncStream``: iterate a streamed reply as typed chunks, then get the whole completion.

The request is sent (with retries) when the ``with`` block is entered or iteration starts, never again once
the first byte of the stream has been handed out. Leaving the block, breaking out of the loop or reaching
the end closes the response; a stream read to ``[DONE]`` returns its connection to the pool for reuse.

Outside a ``with`` block each ``for`` loop gets its own iterator that the stream does not keep, so the loop
is its only owner: breaking out drops it, and CPython closes it (and with it the response) at once. Inside
a ``with`` block the stream keeps one iterator, so a loop left early can be resumed until the block ends.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

import httpx2

from . import _telemetry
from ._compat import Self
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    IncompleteStreamError,
    StreamTimeoutError,
    UsageError,
)
from ._public import shown_from_package
from ._sse import EndedWithoutDone, aiter_json_batches, iter_json_batches
from ._status_errors import redact

__all__ = ["Accumulator", "AsyncStream", "Stream"]

ChunkT = TypeVar("ChunkT")
FinalT = TypeVar("FinalT")


class Accumulator(Protocol):
    """Folds a stream's chunks (JSON objects) into what a non-streamed call would have returned.

    The generated operation chooses it (``ChatCompletionAccumulator`` for chat completion chunks).
    """

    def add(self, chunk: Mapping[str, Any]) -> None: ...

    def result(self) -> dict[str, Any]: ...

    def complete_for(self, request: Mapping[str, Any]) -> bool:
        """Whether what was folded is the whole reply to ``request`` (its JSON body) without ``[DONE]``."""
        ...


_Fold = Callable[[Mapping[str, Any]], None]


class _Parsers(Generic[ChunkT, FinalT]):
    """Typed models from event payloads, with a failure reported as ``APIResponseValidationError``."""

    def __init__(
        self,
        chunk: Callable[[Mapping[str, Any]], ChunkT],
        final: Callable[[Mapping[str, Any]], FinalT],
        accumulator: Callable[[], Accumulator] | None,
    ) -> None:
        self._chunk = chunk
        self._final = final
        # Every payload is folded as it arrives and then dropped, so a long stream costs memory only for the
        # text it adds up to (keeping the payloads for a fold on demand grew with every chunk: docs/performance.md).
        self._accumulator = accumulator() if accumulator is not None else None
        # The payload the fold could not read, and why: nothing after it is folded.
        self._unfoldable: tuple[dict[str, Any], Exception] | None = None

    def complete(self, response: httpx2.Response) -> bool:
        """Whether the chunks so far are the whole reply to the request (never, for a stream with no accumulator)."""
        return self._accumulator is not None and self._accumulator.complete_for(_request_body(response.request))

    def incomplete(self, cut: APIConnectionError, response: httpx2.Response, *, arrived: bool) -> IncompleteStreamError:
        """The error for a stream that ended unfinished, keeping the completion its chunks (if any ``arrived``)
        add up to."""
        message = f"{cut.message}; the request may have been processed, what arrived is in .partial"
        request, status, partial = response.request, response.status_code, self.partial() if arrived else None
        if isinstance(cut, APITimeoutError):
            return StreamTimeoutError(
                message, request=request, status_code=status, partial=partial, limit=cut.limit, seconds=cut.seconds
            )
        return IncompleteStreamError(message, request=request, status_code=status, partial=partial)

    def folded(self) -> Mapping[str, Any] | None:
        """What the chunks so far add up to, as JSON (what telemetry reads of a stream), or None."""
        if self._accumulator is None or self._unfoldable is not None:
            return None
        try:
            return self._accumulator.result()
        except Exception:  # a fold that cannot be read out yet: nothing to report
            return None

    def partial(self) -> FinalT | None:
        """What the chunks so far add up to, or None when they add up to nothing the final model can hold."""
        if self._accumulator is None or self._unfoldable is not None:
            return None
        try:
            return self._final(self._accumulator.result())
        except Exception:  # too little arrived for the model (no id yet): nothing to keep
            return None

    def so_far(self) -> dict[str, Any] | None:
        """What the chunks folded so far add up to, as JSON; None without an accumulator or once one failed."""
        if self._accumulator is None or self._unfoldable is not None:
            return None
        return self._accumulator.result()

    def parse_and_fold(self) -> tuple[Callable[[Mapping[str, Any]], ChunkT], _Fold | None]:
        """What a stream's loop calls for every payload: the chunk's reader, and the fold (None without one).

        The loop calls them itself rather than through a method of this class: the streaming hot path spares
        every chunk a call that way (benchmarks/PROFILE.md); ``unfoldable`` notes a payload the fold cannot read."""
        return self._chunk, self._accumulator.add if self._accumulator is not None else None

    def unfoldable(self, exc: Exception, payload: dict[str, Any]) -> None:
        """Note a payload the fold cannot read (the loop then folds no more); only a caller of ``final()`` needs
        to know."""
        self._unfoldable = payload, exc

    def final(self, response: httpx2.Response) -> FinalT:
        if self._accumulator is None:
            raise UsageError("This operation's chunks do not add up to a final result; iterate them instead.")
        if self._unfoldable is not None:
            payload, exc = self._unfoldable
            raise _invalid("chunk", exc, payload, response) from exc
        return _parse(self._final, self._accumulator.result(), response, "accumulated completion")


def _request_body(request: httpx2.Request) -> Mapping[str, Any]:
    """The request's JSON object body (read only when a stream ends without ``[DONE]``), or an empty one."""
    try:
        body = json.loads(request.content)
    except (ValueError, httpx2.RequestNotRead):
        return {}
    return body if isinstance(body, dict) else {}


def _parse(parse: Callable[[Mapping[str, Any]], T], payload: dict[str, Any], response: httpx2.Response, what: str) -> T:
    try:
        return parse(payload)
    except Exception as exc:  # any model failure (missing key, wrong type, bad const) means "not per spec"
        raise _invalid(what, exc, payload, response) from exc


def _invalid(
    what: str, exc: Exception, payload: dict[str, Any], response: httpx2.Response
) -> APIResponseValidationError:
    message = redact(f"A streamed {what} does not match the API spec: {type(exc).__name__}: {exc}", response.request)
    return APIResponseValidationError(message, response=response, body=payload)


T = TypeVar("T")


def _closed(response: httpx2.Response, parsers: _Parsers[Any, Any]) -> None:
    """End the call that observes a stream closed by its reader (no-op when it ended already)."""
    call = _telemetry.call_of(response)
    if call is not None:
        call.stream_ended(parsers.folded(), None)


class Stream(Generic[ChunkT, FinalT]):
    """A streamed reply: ``with stream(...) as s: for chunk in s: ...``, then ``s.get_final_completion()``."""

    def __init__(
        self,
        open_response: Callable[[], httpx2.Response],
        *,
        parse_chunk: Callable[[Mapping[str, Any]], ChunkT],
        parse_final: Callable[[Mapping[str, Any]], FinalT],
        accumulator: Callable[[], Accumulator] | None = None,
    ) -> None:
        self._open_response = open_response
        self._parsers = _Parsers(parse_chunk, parse_final, accumulator)
        self._response: httpx2.Response | None = None
        self._chunks: Iterator[ChunkT] | None = None
        self._finished = False
        self._entered = False
        self._started = False

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response (status, headers); the request is sent on first use."""
        if self._response is None:
            self._response = self._open_response()
        return self._response

    def __enter__(self) -> Self:
        _ = self.response
        self._entered = True
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[ChunkT]:
        return self._kept() if self._entered else self._iterate()

    def __next__(self) -> ChunkT:
        return next(self._kept())

    def _kept(self) -> Iterator[ChunkT]:
        if self._chunks is None:
            self._chunks = self._iterate()
        return self._chunks

    def close(self) -> None:
        """Close the response; safe to call more than once."""
        if self._response is not None:
            self._response.close()
            _closed(self._response, self._parsers)

    def snapshot(self) -> dict[str, Any] | None:
        """What the chunks read so far add up to, as JSON (``stream()``'s events are built on it)."""
        return self._parsers.so_far()

    def get_final_completion(self) -> FinalT:
        """Read what is left of the stream and return the completion all its chunks add up to."""
        for _ in self:
            pass
        if not self._finished:
            raise UsageError("The stream was closed before its end; the completion is incomplete.")
        return self._parsers.final(self.response)

    def _iterate(self) -> Iterator[ChunkT]:
        response = self.response
        # A second loop gets nothing: the first read the stream to its end or closed it (``_finished`` says
        # which). Not ``response.is_closed``: an in-memory response is closed before anyone reads it.
        if self._started:
            return
        self._started = True
        parsers = self._parsers
        parse, fold = parsers.parse_and_fold()
        call = _telemetry.call_of(response)
        batches = iter_json_batches(response) if call is None else call.timed(iter_json_batches(response))
        payload: dict[str, Any] | None = None
        try:
            for payloads in batches:
                for payload in payloads:
                    try:
                        parsed = parse(payload)
                    except Exception as exc:  # any model failure means "not per spec"
                        raise _invalid("chunk", exc, payload, response) from exc
                    if fold is not None:
                        try:
                            fold(payload)
                        except Exception as exc:  # any shape the fold cannot read
                            parsers.unfoldable(exc, payload)
                            fold = None
                    yield parsed
        except EndedWithoutDone as ended:
            # Some upstreams never send [DONE]: a reply the accumulator calls complete (for chat, every choice
            # the request asked for has finished) is whole.
            if not self._parsers.complete(response):
                raise self._parsers.incomplete(ended, response, arrived=payload is not None) from ended
        except APIConnectionError as cut:
            raise self._parsers.incomplete(cut, response, arrived=payload is not None) from cut
        finally:
            response.close()
            if call is not None:  # sys.exc_info(): what ends the loop, GeneratorExit for a reader that stopped
                call.stream_ended(self._parsers.folded(), sys.exc_info()[1])
        self._finished = True


class AsyncStream(Generic[ChunkT, FinalT]):
    """The async twin of ``Stream``: ``async with asyncio_stream(...) as s: async for chunk in s: ...``."""

    def __init__(
        self,
        open_response: Callable[[], Awaitable[httpx2.Response]],
        *,
        parse_chunk: Callable[[Mapping[str, Any]], ChunkT],
        parse_final: Callable[[Mapping[str, Any]], FinalT],
        accumulator: Callable[[], Accumulator] | None = None,
    ) -> None:
        self._open_response = open_response
        self._parsers = _Parsers(parse_chunk, parse_final, accumulator)
        self._response: httpx2.Response | None = None
        self._chunks: AsyncIterator[ChunkT] | None = None
        self._finished = False
        self._entered = False
        self._started = False

    async def open(self) -> httpx2.Response:
        """Send the request (once) and return the HTTP response."""
        if self._response is None:
            self._response = await self._open_response()
        return self._response

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response, once ``async with`` or iteration has sent the request."""
        if self._response is None:
            raise UsageError("The stream has not been opened yet: use `async with` or iterate it first.")
        return self._response

    async def __aenter__(self) -> Self:
        await self.open()
        self._entered = True
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __aiter__(self) -> AsyncIterator[ChunkT]:
        # An abandoned async generator is closed by the event loop's asyncgen hooks, not at once as in
        # ``Stream``; ``async with`` (or ``close()``) is what closes the response promptly.
        return self._kept() if self._entered else self._iterate()

    async def __anext__(self) -> ChunkT:
        return await self._kept().__anext__()

    def _kept(self) -> AsyncIterator[ChunkT]:
        if self._chunks is None:
            self._chunks = self._iterate()
        return self._chunks

    async def close(self) -> None:
        """Close the response; safe to call more than once."""
        if self._response is not None:
            await self._response.aclose()
            _closed(self._response, self._parsers)

    def snapshot(self) -> dict[str, Any] | None:
        """What the chunks read so far add up to, as JSON (``stream()``'s events are built on it)."""
        return self._parsers.so_far()

    async def get_final_completion(self) -> FinalT:
        """Read what is left of the stream and return the completion all its chunks add up to."""
        async for _ in self:
            pass
        if not self._finished:
            raise UsageError("The stream was closed before its end; the completion is incomplete.")
        return self._parsers.final(self.response)

    async def _iterate(self) -> AsyncIterator[ChunkT]:
        response = await self.open()
        # A second loop gets nothing: the first read the stream to its end or closed it (``_finished`` says
        # which). Not ``response.is_closed``: an in-memory response is closed before anyone reads it.
        if self._started:
            return
        self._started = True
        parsers = self._parsers
        parse, fold = parsers.parse_and_fold()
        call = _telemetry.call_of(response)
        batches = aiter_json_batches(response) if call is None else call.atimed(aiter_json_batches(response))
        payload: dict[str, Any] | None = None
        try:
            async for payloads in batches:
                for payload in payloads:
                    try:
                        parsed = parse(payload)
                    except Exception as exc:  # any model failure means "not per spec"
                        raise _invalid("chunk", exc, payload, response) from exc
                    if fold is not None:
                        try:
                            fold(payload)
                        except Exception as exc:  # any shape the fold cannot read
                            parsers.unfoldable(exc, payload)
                            fold = None
                    yield parsed
        except EndedWithoutDone as ended:
            # Some upstreams never send [DONE]: a reply the accumulator calls complete (for chat, every choice
            # the request asked for has finished) is whole.
            if not self._parsers.complete(response):
                raise self._parsers.incomplete(ended, response, arrived=payload is not None) from ended
        except APIConnectionError as cut:
            raise self._parsers.incomplete(cut, response, arrived=payload is not None) from cut
        finally:
            await response.aclose()
            if call is not None:
                call.stream_ended(self._parsers.folded(), sys.exc_info()[1])
        self._finished = True


shown_from_package(globals(), ("AsyncStream", "Stream"))
