"""An operation is data: the generator renders one ``Operation`` per operation of the spec, and ``call`` (or its
async twin ``acall``) is the one way any of them is sent.

``call`` builds the request from the descriptor and the caller's ``Request`` (path, query and header values,
body), applies the per-call ``Options``, sends it through ``_request`` (retries, limits, timeouts, telemetry, logs,
typed errors), and reads the answer: the typed reply, a ``Stream`` of typed chunks (``stream=True``), or the stock
generator's ``Response`` (``detailed=True``). The generated module functions and resource methods only declare
typed signatures and hand their arguments over, so what a call does is written here once, for every operation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus
from typing import Any, Generic, Literal, TypeVar, overload
from urllib.parse import quote

import httpx2

from . import _json, _request, _strict
from ._client import Client, _check_headers
from ._credentials import redact
from ._error_answer import reports_error
from ._exceptions import APIResponseValidationError, UnexpectedStatus, UsageError
from ._models import Model
from ._response import APIResponse, AsyncAPIResponse, RawMode, raw_mode
from ._status_errors import reported_error
from ._streaming import Accumulator, AsyncStream, Stream
from ._types import UNSET, Response, Unset

__all__ = [
    "NO_OPTIONS",
    "Operation",
    "Options",
    "Reader",
    "Request",
    "acall",
    "acall_detailed",
    "as_json",
    "astream",
    "call",
    "call_detailed",
    "list_of",
    "parsed_reply",
    "per_call",
    "stream",
]

ReplyT = TypeVar("ReplyT")
ChunkT = TypeVar("ChunkT")
FinalT = TypeVar("FinalT")
ItemT = TypeVar("ItemT")
TimeoutArg = float | httpx2.Timeout | None
# What reads a documented answer: the decoded JSON payload in, the typed value out.
Reader = Callable[[Any], Any]
# What httpx2 reads as "no timeout at all": the OpenAI SDK's meaning of ``timeout=None`` for one call.
_NO_TIMEOUT = httpx2.Timeout(None)


def as_json(payload: Any) -> Any:
    """The reader of an answer whose body is a plain JSON value."""
    return payload


def list_of(item: Callable[[Any], ItemT]) -> Callable[[Any], list[ItemT]]:
    """The reader of a JSON array whose items ``item`` reads."""

    def read(payload: Any) -> list[ItemT]:
        return [item(value) for value in payload]

    return read


@dataclass(frozen=True, slots=True)
class Operation(Generic[ReplyT, ChunkT, FinalT]):
    """One operation of the spec, as the generator renders it.

    ``replies`` reads each documented 2xx status (``(low, high, reader)``; ``reader`` None: no body), ``errors``
    each documented error status for ``*_detailed()``; ``reply_schema`` / ``chunk_schema`` name the spec's
    schemas strict mode validates against. A streaming operation has a ``chunk`` reader, the ``final`` one for
    what the chunks add up to, their ``accumulator``, and the body property (``stream_flag``) that asks for it.
    ``errors_in_body``: a 2xx body that reports an error (``reports_error``) raises it, which the generator
    decides where no reply schema has an ``error`` property of its own.
    """

    name: str
    method: str
    path: str  # the spec's template, ``/v1/models/{model}``
    url: str  # the same with positional fields, which the path parameters fill in order
    replies: tuple[tuple[int, int, Reader | None], ...]
    errors: tuple[tuple[int, int, Reader | None], ...] = ()
    reply_schema: str | None = None
    has_default: bool = False
    content_type: str | None = None
    chunk: Callable[[Mapping[str, Any]], ChunkT] | None = None
    chunk_schema: str | None = None
    final: Callable[[Mapping[str, Any]], FinalT] | None = None
    accumulator: Callable[[], Accumulator] | None = None
    stream_flag: str | None = None
    tags: tuple[str, ...] = ()
    errors_in_body: bool = False


@dataclass(slots=True)
class Request:
    """The caller's values for one call: path parameters in the template's order, query and header parameters
    by wire name (``UNSET`` ones are not sent), and the body model (anything with ``to_dict()``)."""

    path: Sequence[object] = ()
    query: Mapping[str, object] | None = None
    headers: Mapping[str, object] | None = None
    body: Any = None


@dataclass(slots=True)
class Options:
    """The OpenAI SDK's per-call options. ``extra_body`` keys are added to (and win over) the JSON body's top
    level, ``extra_query`` to the query string, ``extra_headers`` to the headers. ``timeout`` or ``max_retries``
    not given (``UNSET``) means the client's; ``timeout=None`` means no timeout at all."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: TimeoutArg | Unset = UNSET
    max_retries: int | Unset | None = UNSET

    def send_settings(self) -> tuple[TimeoutArg, int | None]:
        """The timeout and retries ``_request`` takes, None standing for the client's."""
        if self is NO_OPTIONS:
            return None, None
        retries = None if isinstance(self.max_retries, Unset) else self.max_retries
        if isinstance(self.timeout, Unset):
            return None, retries
        return (_NO_TIMEOUT if self.timeout is None else self.timeout), retries


NO_OPTIONS = Options()


def per_call(max_retries: int | None, timeout: TimeoutArg) -> Options:
    """The module functions' options, where None means the client's setting."""
    if max_retries is None and timeout is None:
        return NO_OPTIONS
    return Options(max_retries=max_retries, timeout=UNSET if timeout is None else timeout)


def request_kwargs(
    operation: Operation[Any, Any, Any], request: Request, options: Options, stream: bool, function: str
) -> dict[str, Any]:
    """What ``_request`` sends: method, URL, query, headers and JSON body, the per-call extras merged in."""
    url = operation.url.format(*map(_path_value, request.path)) if request.path else operation.url
    kwargs: dict[str, Any] = {"method": operation.method, "url": url}
    if request.query:
        kwargs["params"] = _sent(request.query)
    headers = _sent(request.headers) if request.headers else {}
    if operation.content_type is not None:
        headers["Content-Type"] = operation.content_type
    extra_body = None
    if options is not NO_OPTIONS:  # the module functions' usual case skips the SDK's extras
        extra_body = options.extra_body
        if options.extra_headers:
            _check_headers(dict(options.extra_headers))
            headers.update(options.extra_headers)
        if options.extra_query:
            kwargs["params"] = {**kwargs.get("params", {}), **options.extra_query}
    if headers:
        kwargs["headers"] = headers
    body = request.body
    if body is not None:
        kwargs["json"] = _body(operation, body.to_dict(), extra_body, stream, function)
    elif extra_body:
        kwargs["json"] = dict(extra_body)
    return kwargs


def _body(
    operation: Operation[Any, Any, Any],
    json: dict[str, Any],
    extra: Mapping[str, object] | None,
    stream: bool,
    function: str,
) -> dict[str, Any]:
    """The JSON body, with the extras merged in and the stream flag saying what the call does, set one way."""
    if extra:
        json = {**json, **extra}
    flag = operation.stream_flag
    if stream:
        if flag is None:
            raise UsageError(f"{operation.name} cannot stream.")
        json[flag] = True
    elif flag is not None and json.get(flag) is True:
        raise UsageError(f"This request has {flag}: true; call {operation.name}.{function}() to iterate the chunks.")
    return json


def _path_value(value: object) -> str:
    return quote(str(value), safe="")


def _sent(values: Mapping[str, object]) -> dict[str, Any]:
    """Query or header values as httpx2 sends them: enums by value, models as dicts, ``UNSET`` and None left out."""
    return {name: _wire_value(value) for name, value in values.items() if value is not UNSET and value is not None}


def _wire_value(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_wire_value(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _reader(replies: tuple[tuple[int, int, Reader | None], ...], status: int) -> tuple[bool, Reader | None]:
    for low, high, reader in replies:
        if low <= status <= high:
            return True, reader
    return False, None


class _ReportedError(ValueError):
    """The 2xx body reports an error instead of the reply."""


def _payload(response: httpx2.Response, reader: Reader | None, errors_in_body: bool) -> Any:
    return None if reader is None else reader(_unless_reported(_json.loads(response.content), errors_in_body))


def _unless_reported(body: Any, errors_in_body: bool) -> Any:
    if errors_in_body and type(body) is dict and reports_error(body):
        raise _ReportedError
    return body


def parsed_reply(client: Client, operation: Operation[ReplyT, Any, Any], response: httpx2.Response) -> ReplyT:
    """The typed reply of a 2xx ``response``; a typed ``APIStatusError`` for any other status.

    A strict client first validates the body against the spec's schema (see ``_strict``).
    """
    _request.raise_for_status(client, response)
    try:
        documented, reader = _reader(operation.replies, response.status_code)
        if not documented:
            raise ValueError(f"status {response.status_code} is not documented")
        if client.strict and operation.reply_schema is not None:
            _strict.check(_unless_reported(response.json(), operation.errors_in_body), operation.reply_schema)
        reply: ReplyT = _json.acyclic(lambda: _payload(response, reader, operation.errors_in_body))
    except _ReportedError:
        raise reported_error(response, now=client.retry_policy.clock()) from None
    except Exception as exc:  # any parse failure (bad JSON, missing key, wrong type) means "not per spec"
        message = f"The {response.status_code} response does not match the API spec: {type(exc).__name__}: {exc}"
        raise APIResponseValidationError(redact(message, response.request), response=response) from exc
    if isinstance(reply, Model):
        reply._mixroute_headers = response.headers
    return reply


def _detailed(client: Client, operation: Operation[Any, Any, Any], response: httpx2.Response) -> Response[Any]:
    """The stock generator's ``Response``: status, headers, content, and the body read as its status documents
    it (None when it cannot be read so, or the status is not documented and the client does not raise for it)."""
    documented, reader = _reader(operation.replies, response.status_code)
    # Only a reply's body can report an error instead: an error status's body is the error, read as documented.
    errors_in_body = documented and operation.errors_in_body
    if not documented:
        documented, reader = _reader(operation.errors, response.status_code)
    if not documented and not operation.has_default and client.raise_on_unexpected_status:
        raise UnexpectedStatus(response.status_code, response.content, request=response.request)
    parsed = _request.parse_or_none(lambda: _payload(response, reader, errors_in_body)) if documented else None
    return Response(HTTPStatus(response.status_code), response.content, response.headers, parsed)


@overload
def call(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = ...,
    *,
    stream: Literal[False] = False,
) -> ReplyT: ...


@overload
def call(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = ...,
    *,
    stream: Literal[True],
) -> Stream[ChunkT, FinalT]: ...


@overload
def call(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = ...,
    *,
    stream: bool,
) -> ReplyT | Stream[ChunkT, FinalT]: ...


def call(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = NO_OPTIONS,
    *,
    stream: bool = False,
) -> ReplyT | Stream[ChunkT, FinalT]:
    """Send ``request`` for ``operation`` and read the answer: the typed reply, or with ``stream`` the open
    ``Stream`` of typed chunks (its request already sent, so an error status raises here, as in the OpenAI SDK).
    """
    kwargs = request_kwargs(operation, request, options, stream, "stream")
    timeout, retries = options.send_settings()
    mode = raw_mode()
    if mode is not None:  # asked for by with_raw_response / with_streaming_response: typed by their wrappers
        return _raw(client, operation, kwargs, retries, timeout, mode=mode, stream=stream)  # type: ignore[return-value]
    if stream:
        opened = _stream(client, operation, kwargs, retries, timeout)
        _ = opened.response
        return opened
    response = _request.send(client, kwargs, max_retries=retries, timeout=timeout)
    return parsed_reply(client, operation, response)


@overload
async def acall(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = ...,
    *,
    stream: Literal[False] = False,
) -> ReplyT: ...


@overload
async def acall(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = ...,
    *,
    stream: Literal[True],
) -> AsyncStream[ChunkT, FinalT]: ...


@overload
async def acall(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = ...,
    *,
    stream: bool,
) -> ReplyT | AsyncStream[ChunkT, FinalT]: ...


async def acall(
    client: Client,
    operation: Operation[ReplyT, ChunkT, FinalT],
    request: Request,
    options: Options = NO_OPTIONS,
    *,
    stream: bool = False,
) -> ReplyT | AsyncStream[ChunkT, FinalT]:
    """The async twin of ``call``."""
    kwargs = request_kwargs(operation, request, options, stream, "asyncio_stream")
    timeout, retries = options.send_settings()
    mode = raw_mode()
    if mode is not None:  # asked for by with_raw_response / with_streaming_response: typed by their wrappers
        return await _araw(client, operation, kwargs, retries, timeout, mode=mode, stream=stream)  # type: ignore[return-value]
    if stream:
        opened = _astream(client, operation, kwargs, retries, timeout)
        await opened.open()
        return opened
    response = await _request.asend(client, kwargs, max_retries=retries, timeout=timeout)
    return parsed_reply(client, operation, response)


def stream(
    client: Client, operation: Operation[Any, ChunkT, FinalT], request: Request, options: Options = NO_OPTIONS
) -> Stream[ChunkT, FinalT]:
    """``operation``'s stream, not yet sent: the request goes out when it is entered or iterated."""
    kwargs = request_kwargs(operation, request, options, True, "stream")
    timeout, retries = options.send_settings()
    return _stream(client, operation, kwargs, retries, timeout)


def astream(
    client: Client, operation: Operation[Any, ChunkT, FinalT], request: Request, options: Options = NO_OPTIONS
) -> AsyncStream[ChunkT, FinalT]:
    """The async twin of ``stream``."""
    kwargs = request_kwargs(operation, request, options, True, "asyncio_stream")
    timeout, retries = options.send_settings()
    return _astream(client, operation, kwargs, retries, timeout)


def _raw(
    client: Client,
    operation: Operation[Any, Any, Any],
    kwargs: dict[str, Any],
    retries: int | None,
    timeout: TimeoutArg,
    *,
    mode: RawMode,
    stream: bool,
) -> APIResponse[Any]:
    """The answer as an ``APIResponse``: its body read (``raw``) or left for the caller to read (``stream``);
    ``parse()`` gives what the call would have returned, the open ``Stream`` for a streamed operation."""
    if stream:
        opened = _stream(client, operation, kwargs, retries, timeout)
        return APIResponse(opened.response, lambda: opened)
    response = _request.send(client, kwargs, stream=mode == "stream", max_retries=retries, timeout=timeout)
    _request.raise_for_status(client, response)
    return APIResponse(response, lambda: parsed_reply(client, operation, response))


async def _araw(
    client: Client,
    operation: Operation[Any, Any, Any],
    kwargs: dict[str, Any],
    retries: int | None,
    timeout: TimeoutArg,
    *,
    mode: RawMode,
    stream: bool,
) -> AsyncAPIResponse[Any]:
    """The async twin of ``_raw``."""
    if stream:
        opened = _astream(client, operation, kwargs, retries, timeout)
        return AsyncAPIResponse(await opened.open(), lambda: opened)
    response = await _request.asend(client, kwargs, stream=mode == "stream", max_retries=retries, timeout=timeout)
    _request.raise_for_status(client, response)
    return AsyncAPIResponse(response, lambda: parsed_reply(client, operation, response))


def call_detailed(
    client: Client, operation: Operation[Any, Any, Any], request: Request, options: Options = NO_OPTIONS
) -> Response[Any]:
    """``operation``'s answer as the stock generator's ``Response``, whatever its status."""
    kwargs = request_kwargs(operation, request, options, False, "stream")
    timeout, retries = options.send_settings()
    response = _request.send(client, kwargs, max_retries=retries, timeout=timeout)
    return _detailed(client, operation, response)


async def acall_detailed(
    client: Client, operation: Operation[Any, Any, Any], request: Request, options: Options = NO_OPTIONS
) -> Response[Any]:
    """The async twin of ``call_detailed``."""
    kwargs = request_kwargs(operation, request, options, False, "asyncio_stream")
    timeout, retries = options.send_settings()
    response = await _request.asend(client, kwargs, max_retries=retries, timeout=timeout)
    return _detailed(client, operation, response)


def _stream_parsers(
    client: Client, operation: Operation[Any, ChunkT, FinalT]
) -> tuple[Callable[[Mapping[str, Any]], ChunkT], Callable[[Mapping[str, Any]], FinalT]]:
    chunk, final = operation.chunk, operation.final
    if chunk is None or final is None:
        raise UsageError(f"{operation.name} cannot stream.")
    schema = operation.chunk_schema
    return (chunk if schema is None else _strict.strict_parser(client.strict, chunk, schema)), final


def _stream(
    client: Client,
    operation: Operation[Any, ChunkT, FinalT],
    kwargs: dict[str, Any],
    retries: int | None,
    timeout: TimeoutArg,
) -> Stream[ChunkT, FinalT]:
    chunk, final = _stream_parsers(client, operation)
    return Stream(
        lambda: _request.open_stream(client, kwargs, max_retries=retries, timeout=timeout),
        parse_chunk=chunk,
        parse_final=final,
        accumulator=operation.accumulator,
    )


def _astream(
    client: Client,
    operation: Operation[Any, ChunkT, FinalT],
    kwargs: dict[str, Any],
    retries: int | None,
    timeout: TimeoutArg,
) -> AsyncStream[ChunkT, FinalT]:
    chunk, final = _stream_parsers(client, operation)
    return AsyncStream(
        lambda: _request.aopen_stream(client, kwargs, max_retries=retries, timeout=timeout),
        parse_chunk=chunk,
        parse_final=final,
        accumulator=operation.accumulator,
    )
