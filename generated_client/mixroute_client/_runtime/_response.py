"""Raw access to an answer, as the OpenAI SDK gives it: ``client.chat.completions.with_raw_response.create(...)``
returns an ``APIResponse`` (status, headers, the request, the request id, ``parse()`` for the typed reply), and
``with_streaming_response.create(...)`` a context manager whose body is read only when asked (``iter_lines()``,
``iter_bytes()``, ``read()``, ``parse()``).

A wrapper marks the one call it makes (a context variable that ``_operation.call`` reads), so a raw call is the
same call, through the same retries, limits and typed errors: an error status raises as it would without it.
"""

from __future__ import annotations

import contextvars
import datetime
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, Literal, ParamSpec, TypeVar

import httpx2

from ._exceptions import request_id_of
from ._public import shown_from_package
from ._request import aread_bounded, read_bounded

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "ResponseContextManager",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "raw_mode",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
ResponseT = TypeVar("ResponseT", bound="APIResponse[Any]")
AsyncResponseT = TypeVar("AsyncResponseT", bound="AsyncAPIResponse[Any]")
# "raw": answer with the read response; "stream": with the response whose body is not read yet.
RawMode = Literal["raw", "stream"]
_MODE: contextvars.ContextVar[RawMode | None] = contextvars.ContextVar("mixroute_raw_response", default=None)


# Whether the call being made was asked for by a raw-response wrapper, and which: asked on every call, so the
# context variable's own getter rather than a function around it.
raw_mode: Callable[[], RawMode | None] = _MODE.get


class _BaseAPIResponse(Generic[R]):
    def __init__(self, response: httpx2.Response, parse: Callable[[], R]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx2.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx2.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """The time from sending the request to the end of the answer (once its body was read)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> str | None:
        """The request id the gateway (or LiteLLM, or new-api) sent in the headers."""
        return request_id_of(self.headers, "")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] type={self._kind()}>"

    def _kind(self) -> str:
        return "unread" if not self._parsed else type(self._parsed[0]).__name__

    def reshaped(self, shape: Callable[[Any], Any]) -> Any:
        """This answer, whose ``parse()`` gives ``shape`` of the reply it gave: how a method that builds on another
        (``parse()`` on ``create()``) answers ``with_raw_response``, the reply reshaped when asked, not on arrival."""
        parse = self._parse
        self._parse = lambda: shape(parse())
        return self

    def _parsed_once(self) -> R:
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]


class APIResponse(_BaseAPIResponse[R]):
    """An answer with its status, headers and request; ``parse()`` is the typed reply (read on first use)."""

    def parse(self) -> R:
        """The typed reply, as the method without ``with_raw_response`` returns it."""
        if not self._parsed:
            self.read()
        return self._parsed_once()

    def read(self) -> bytes:
        """The whole body (read once, bounded by the client's ``max_reply_bytes``)."""
        if not self.http_response.is_stream_consumed:
            read_bounded(self.http_response)
        return self.http_response.content

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        yield from self.http_response.iter_lines()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """The async twin of ``APIResponse``."""

    async def parse(self) -> R:
        if not self._parsed:
            await self.read()
        return self._parsed_once()

    async def read(self) -> bytes:
        if not self.http_response.is_stream_consumed:
            await aread_bounded(self.http_response)
        return self.http_response.content

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        async for part in self.http_response.aiter_bytes(chunk_size):
            yield part

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        async for part in self.http_response.aiter_text(chunk_size):
            yield part

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line


class ResponseContextManager(Generic[ResponseT]):
    """``with ...with_streaming_response.create(...) as response``: the request is sent on entering, and the
    answer closed on leaving, read or not."""

    def __init__(self, request: Callable[[], ResponseT]) -> None:
        self._request = request
        self._response: ResponseT | None = None

    def __enter__(self) -> ResponseT:
        self._response = self._request()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[AsyncResponseT]):
    """The async twin of ``ResponseContextManager``."""

    def __init__(self, request: Callable[[], Awaitable[AsyncResponseT]]) -> None:
        self._request = request
        self._response: AsyncResponseT | None = None

    async def __aenter__(self) -> AsyncResponseT:
        self._response = await self._request()
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _marked(mode: RawMode, func: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> Any:
    token = _MODE.set(mode)
    try:
        return func(*args, **kwargs)
    finally:
        _MODE.reset(token)


async def _amarked(mode: RawMode, func: Callable[P, Awaitable[Any]], *args: P.args, **kwargs: P.kwargs) -> Any:
    token = _MODE.set(mode)
    try:
        return await func(*args, **kwargs)
    finally:
        _MODE.reset(token)


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``func`` (a resource method) answering with the ``APIResponse`` its reply came in."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        response: APIResponse[R] = _marked("raw", func, *args, **kwargs)
        return response

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """The async twin of ``to_raw_response_wrapper``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        response: AsyncAPIResponse[R] = await _amarked("raw", func, *args, **kwargs)
        return response

    return wrapped


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """``func`` as a context manager of its ``APIResponse``, sent on entering, whose body is read when asked."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        return ResponseContextManager(lambda: _marked("stream", func, *args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    """The async twin of ``to_streamed_response_wrapper``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        return AsyncResponseContextManager(lambda: _amarked("stream", func, *args, **kwargs))

    return wrapped


shown_from_package(globals(), ("APIResponse", "AsyncAPIResponse"))
