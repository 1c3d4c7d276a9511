"""``Stream`` / ``AsyncStream``: iterate a streamed reply as typed chunks, then get the whole completion.

The request is sent (with retries) when the ``with`` block is entered or iteration starts, never again once
the first byte of the stream has been handed out. Leaving the block, breaking out of the loop or reaching
the end closes the connection.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

from ._accumulate import ChatCompletionAccumulator
from ._exceptions import APIResponseValidationError, UsageError
from ._sse import aiter_json_events, iter_json_events
from ._status_errors import redact

__all__ = ["AsyncStream", "Stream"]

ChunkT = TypeVar("ChunkT")
FinalT = TypeVar("FinalT")


class _Parsers(Generic[ChunkT, FinalT]):
    """Typed models from event payloads, with a failure reported as ``APIResponseValidationError``."""

    def __init__(
        self, chunk: Callable[[Mapping[str, Any]], ChunkT], final: Callable[[Mapping[str, Any]], FinalT]
    ) -> None:
        self._chunk = chunk
        self._final = final
        # Every payload is folded as it arrives and then dropped, so a long stream costs memory only for the
        # text it adds up to (keeping the payloads for a fold on demand grew by ~1.3 kB per chunk).
        self._accumulator = ChatCompletionAccumulator()
        self._unfoldable: tuple[dict[str, Any], Exception] | None = None

    @property
    def all_choices_finished(self) -> bool:
        """Whether every choice folded so far has a ``finish_reason`` (and there was at least one)."""
        return self._accumulator.all_choices_finished

    def chunk(self, payload: dict[str, Any], response: httpx.Response) -> ChunkT:
        parsed = _parse(self._chunk, payload, response, "chunk")
        if self._unfoldable is None:
            try:
                self._accumulator.add(payload)
            except Exception as exc:  # any shape the fold cannot read; only a caller of final() needs to know
                self._unfoldable = payload, exc
        return parsed

    def final(self, response: httpx.Response) -> FinalT:
        if self._unfoldable is not None:
            payload, exc = self._unfoldable
            raise _invalid("chunk", exc, payload, response) from exc
        return _parse(self._final, self._accumulator.result(), response, "accumulated completion")


def _parse(parse: Callable[[Mapping[str, Any]], T], payload: dict[str, Any], response: httpx.Response, what: str) -> T:
    try:
        return parse(payload)
    except Exception as exc:  # any model failure (missing key, wrong type, bad const) means "not per spec"
        raise _invalid(what, exc, payload, response) from exc


def _invalid(
    what: str, exc: Exception, payload: dict[str, Any], response: httpx.Response
) -> APIResponseValidationError:
    message = redact(f"A streamed {what} does not match the API spec: {type(exc).__name__}: {exc}", response.request)
    return APIResponseValidationError(message, response=response, body=payload)


T = TypeVar("T")


class Stream(Generic[ChunkT, FinalT]):
    """A streamed reply: ``with stream(...) as s: for chunk in s: ...``, then ``s.get_final_completion()``."""

    def __init__(
        self,
        open_response: Callable[[], httpx.Response],
        *,
        parse_chunk: Callable[[Mapping[str, Any]], ChunkT],
        parse_final: Callable[[Mapping[str, Any]], FinalT],
    ) -> None:
        self._open_response = open_response
        self._parsers = _Parsers(parse_chunk, parse_final)
        self._response: httpx.Response | None = None
        self._chunks: Iterator[ChunkT] | None = None
        self._finished = False

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status, headers); the request is sent on first use."""
        if self._response is None:
            self._response = self._open_response()
        return self._response

    def __enter__(self) -> Self:
        _ = self.response
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[ChunkT]:
        if self._chunks is None:
            self._chunks = self._iterate()
        return self._chunks

    def __next__(self) -> ChunkT:
        return next(iter(self))

    def close(self) -> None:
        """Close the connection; safe to call more than once."""
        if self._response is not None:
            self._response.close()

    def get_final_completion(self) -> FinalT:
        """Read what is left of the stream and return the completion all its chunks add up to."""
        for _ in self:
            pass
        if not self._finished:
            raise UsageError("The stream was closed before its end; the completion is incomplete.")
        return self._parsers.final(self.response)

    def _iterate(self) -> Iterator[ChunkT]:
        response = self.response
        try:
            for payload in iter_json_events(response):
                yield self._parsers.chunk(payload, response)
            self._finished = True
        finally:
            response.close()


class AsyncStream(Generic[ChunkT, FinalT]):
    """The async twin of ``Stream``: ``async with asyncio_stream(...) as s: async for chunk in s: ...``."""

    def __init__(
        self,
        open_response: Callable[[], Awaitable[httpx.Response]],
        *,
        parse_chunk: Callable[[Mapping[str, Any]], ChunkT],
        parse_final: Callable[[Mapping[str, Any]], FinalT],
    ) -> None:
        self._open_response = open_response
        self._parsers = _Parsers(parse_chunk, parse_final)
        self._response: httpx.Response | None = None
        self._chunks: AsyncIterator[ChunkT] | None = None
        self._finished = False

    async def open(self) -> httpx.Response:
        """Send the request (once) and return the HTTP response."""
        if self._response is None:
            self._response = await self._open_response()
        return self._response

    @property
    def response(self) -> httpx.Response:
        """The HTTP response, once ``async with`` or iteration has sent the request."""
        if self._response is None:
            raise UsageError("The stream has not been opened yet: use `async with` or iterate it first.")
        return self._response

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __aiter__(self) -> AsyncIterator[ChunkT]:
        if self._chunks is None:
            self._chunks = self._iterate()
        return self._chunks

    async def __anext__(self) -> ChunkT:
        return await self.__aiter__().__anext__()

    async def close(self) -> None:
        """Close the connection; safe to call more than once."""
        if self._response is not None:
            await self._response.aclose()

    async def get_final_completion(self) -> FinalT:
        """Read what is left of the stream and return the completion all its chunks add up to."""
        async for _ in self:
            pass
        if not self._finished:
            raise UsageError("The stream was closed before its end; the completion is incomplete.")
        return self._parsers.final(self.response)

    async def _iterate(self) -> AsyncIterator[ChunkT]:
        response = await self.open()
        try:
            async for payload in aiter_json_events(response):
                yield self._parsers.chunk(payload, response)
            self._finished = True
        finally:
            await response.aclose()
