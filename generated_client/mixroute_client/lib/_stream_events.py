"""``chat.completions.stream()``: the OpenAI SDK's typed stream events over a ``Stream`` of chunks.

The chunks are folded by the stream's own accumulator (``ChatCompletionAccumulator``); after each chunk the
events are read off the fold so far, as the SDK reads them off its snapshot: ``chunk``, ``content.delta`` /
``.done``, ``refusal.delta`` / ``.done``, ``logprobs.content.*``, ``logprobs.refusal.*`` and
``tool_calls.function.arguments.delta`` / ``.done``, with the SDK's names, fields and order. Partial JSON
(``content.delta``'s ``parsed``, a strict tool's ``parsed_arguments`` while it streams) is read by jiter in
its partial mode, as the SDK reads it: through ``pydantic_core.from_json(allow_partial=True)``, the same parser
built into pydantic, so the extra needs no package besides pydantic.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

from .._runtime._compat import Self
from .._runtime._exceptions import UsageError
from .._runtime._public import shown_from_package
from .._runtime._streaming import AsyncStream, Stream
from ..models.chat_completion import ChatCompletion
from ..models.chat_completion_choice import ChatCompletionChoice
from ..models.chat_completion_chunk import ChatCompletionChunk
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from ..models.function_call import FunctionCall
from ..models.token_logprob import TokenLogprob
from ..models.tool_call_delta import ToolCallDelta
from ._parsing import (
    ParsedChatCompletion,
    ParsedChoice,
    Parser,
    check_finish_reason,
)

if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamManager",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
]

ResponseFormatT = TypeVar("ResponseFormatT")


@dataclass(frozen=True)
class ChunkEvent:
    chunk: ChatCompletionChunk
    snapshot: ParsedChatCompletion[object]
    type: Literal["chunk"] = "chunk"


@dataclass(frozen=True)
class ContentDeltaEvent:
    """A piece of content: ``snapshot`` is the content so far, ``parsed`` its partial JSON (with a type)."""

    delta: str
    snapshot: str
    parsed: object | None = None
    type: Literal["content.delta"] = "content.delta"


@dataclass(frozen=True)
class ContentDoneEvent(Generic[ResponseFormatT]):
    content: str
    parsed: ResponseFormatT | None = None
    type: Literal["content.done"] = "content.done"


@dataclass(frozen=True)
class RefusalDeltaEvent:
    delta: str
    snapshot: str
    type: Literal["refusal.delta"] = "refusal.delta"


@dataclass(frozen=True)
class RefusalDoneEvent:
    refusal: str
    type: Literal["refusal.done"] = "refusal.done"


@dataclass(frozen=True)
class FunctionToolCallArgumentsDeltaEvent:
    name: str
    index: int
    arguments: str
    parsed_arguments: object
    arguments_delta: str
    type: Literal["tool_calls.function.arguments.delta"] = "tool_calls.function.arguments.delta"


@dataclass(frozen=True)
class FunctionToolCallArgumentsDoneEvent:
    name: str
    index: int
    arguments: str
    parsed_arguments: object
    type: Literal["tool_calls.function.arguments.done"] = "tool_calls.function.arguments.done"


@dataclass(frozen=True)
class LogprobsContentDeltaEvent:
    content: list[TokenLogprob]
    snapshot: list[TokenLogprob]
    type: Literal["logprobs.content.delta"] = "logprobs.content.delta"


@dataclass(frozen=True)
class LogprobsContentDoneEvent:
    content: list[TokenLogprob]
    type: Literal["logprobs.content.done"] = "logprobs.content.done"


@dataclass(frozen=True)
class LogprobsRefusalDeltaEvent:
    refusal: list[TokenLogprob]
    snapshot: list[TokenLogprob]
    type: Literal["logprobs.refusal.delta"] = "logprobs.refusal.delta"


@dataclass(frozen=True)
class LogprobsRefusalDoneEvent:
    refusal: list[TokenLogprob]
    type: Literal["logprobs.refusal.done"] = "logprobs.refusal.done"


ChatCompletionStreamEvent: TypeAlias = (
    ChunkEvent
    | ContentDeltaEvent
    | ContentDoneEvent[ResponseFormatT]
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | FunctionToolCallArgumentsDeltaEvent
    | FunctionToolCallArgumentsDoneEvent
    | LogprobsContentDeltaEvent
    | LogprobsContentDoneEvent
    | LogprobsRefusalDeltaEvent
    | LogprobsRefusalDoneEvent
)


def _partial_json(text: str | None) -> object:
    """What a JSON text cut anywhere holds so far (None for nothing but white space)."""
    if not text or not text.strip():
        return None
    from pydantic_core import from_json  # noqa: PLC0415  (optional: the structured outputs extra)

    return from_json(text, allow_partial=True)


@dataclass
class _ChoiceState:
    """What one choice has announced as done, and what was read when it was (kept for later snapshots)."""

    content_done: bool = False
    refusal_done: bool = False
    logprobs_content_done: bool = False
    logprobs_refusal_done: bool = False
    parsed: object = None
    current_tool: int | None = None
    done_tools: dict[int, object] = field(default_factory=dict)


class _EventState(Generic[ResponseFormatT]):
    """Turns each chunk, with the fold so far, into the SDK's events."""

    def __init__(self, parser: Parser[ResponseFormatT]) -> None:
        self._parser = parser
        self._choices: dict[int, _ChoiceState] = {}
        self.snapshot: ParsedChatCompletion[object] | None = None

    def events(
        self, chunk: ChatCompletionChunk, folded: dict[str, Any] | None
    ) -> list[ChatCompletionStreamEvent[ResponseFormatT]]:
        if folded is None:  # a chunk the fold could not read: the stream raises for it at its end
            return []
        snapshot = self._snapshot(ParsedChatCompletion.from_dict(folded))
        by_index = {choice.index: choice for choice in snapshot.choices}
        events: list[ChatCompletionStreamEvent[ResponseFormatT]] = [ChunkEvent(chunk=chunk, snapshot=snapshot)]
        for choice in chunk.choices:
            index = choice.index or 0
            if choice.finish_reason is not None and self._parser.parseable:
                check_finish_reason(choice.finish_reason, snapshot)
            folded_choice = by_index.get(index)
            if folded_choice is None:  # an index the fold read otherwise (1.0 for 1): no events to read off it
                continue
            state = self._choices.setdefault(index, _ChoiceState())
            events.extend(self._deltas(choice, folded_choice))
            events.extend(self._done(state, choice, folded_choice))
        return events

    def _snapshot(self, completion: ChatCompletion) -> ParsedChatCompletion[object]:
        states = self._choices
        parser = self._parser

        def content(choice: ChatCompletionChoice) -> object:
            state = states.get(choice.index or 0)
            if state is not None and state.content_done:
                return state.parsed
            message = choice.message
            return _partial_json(message.content) if parser.rich and not message.refusal else None

        def arguments(function: FunctionCall) -> object:
            return _partial_json(function.arguments) if parser.strict(function.name) else None

        snapshot = cast("ParsedChatCompletion[object]", parser.snapshot(completion, content, arguments))
        for choice in snapshot.choices:
            state = states.get(choice.index or 0)
            for index, parsed_arguments in (state.done_tools if state else {}).items():
                calls = choice.message.tool_calls or []
                if index < len(calls):
                    calls[index].function.parsed_arguments = parsed_arguments
        self.snapshot = snapshot
        return snapshot

    def _deltas(
        self, choice: ChatCompletionChunkChoice, snapshot: ParsedChoice[object]
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        delta, message = choice.delta, snapshot.message
        if delta.content is not None and message.content is not None:
            yield ContentDeltaEvent(delta=delta.content, snapshot=message.content, parsed=message.parsed)
        if delta.refusal is not None and message.refusal is not None:
            yield RefusalDeltaEvent(delta=delta.refusal, snapshot=message.refusal)
        calls = message.tool_calls or []
        for call_delta in delta.tool_calls or ():
            index = _call_index(call_delta, calls)
            function = calls[index].function
            yield FunctionToolCallArgumentsDeltaEvent(
                name=function.name or "",
                index=index,
                arguments=function.arguments or "",
                parsed_arguments=function.parsed_arguments,
                arguments_delta=(call_delta.function.arguments if call_delta.function else None) or "",
            )
        logprobs, folded = choice.logprobs, snapshot.logprobs
        if logprobs is not None and folded is not None:
            if logprobs.content and folded.content:
                yield LogprobsContentDeltaEvent(content=logprobs.content, snapshot=folded.content)
            if logprobs.refusal and folded.refusal:
                yield LogprobsRefusalDeltaEvent(refusal=logprobs.refusal, snapshot=folded.refusal)

    def _done(
        self, state: _ChoiceState, choice: ChatCompletionChunkChoice, snapshot: ParsedChoice[object]
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        """The SDK's rule: content, refusal and logprobs are done when the choice finishes or a tool call
        starts; a tool call is done when the next one starts or the choice finishes."""
        if snapshot.finish_reason is not None:
            yield from self._content_done(state, snapshot)
            if state.current_tool is not None:
                yield from self._tool_done(state, snapshot, state.current_tool)
        for call_delta in choice.delta.tool_calls or ():
            index = _call_index(call_delta, snapshot.message.tool_calls or [])
            if state.current_tool != index:
                yield from self._content_done(state, snapshot)
                if state.current_tool is not None:
                    yield from self._tool_done(state, snapshot, state.current_tool)
            state.current_tool = index

    def _content_done(
        self, state: _ChoiceState, snapshot: ParsedChoice[object]
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        message, logprobs = snapshot.message, snapshot.logprobs
        if message.content and not state.content_done:
            state.content_done = True
            state.parsed = message.parsed = parsed = self._parser.content(message)
            yield ContentDoneEvent(content=message.content, parsed=parsed)
        if message.refusal is not None and not state.refusal_done:
            state.refusal_done = True
            yield RefusalDoneEvent(refusal=message.refusal)
        if logprobs is not None and logprobs.content is not None and not state.logprobs_content_done:
            state.logprobs_content_done = True
            yield LogprobsContentDoneEvent(content=logprobs.content)
        if logprobs is not None and logprobs.refusal is not None and not state.logprobs_refusal_done:
            state.logprobs_refusal_done = True
            yield LogprobsRefusalDoneEvent(refusal=logprobs.refusal)

    def _tool_done(
        self, state: _ChoiceState, snapshot: ParsedChoice[object], index: int
    ) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        if index in state.done_tools:
            return
        function = (snapshot.message.tool_calls or [])[index].function
        state.done_tools[index] = function.parsed_arguments = self._parser.arguments(function)
        yield FunctionToolCallArgumentsDoneEvent(
            name=function.name or "",
            index=index,
            arguments=function.arguments or "",
            parsed_arguments=function.parsed_arguments,
        )


def _call_index(delta: ToolCallDelta, calls: list[Any]) -> int:
    """Where the fold put the call ``delta`` continues: its index, or the last call where an upstream sends none
    (or one the fold moved, for upstreams that send every call at index 0)."""
    index = delta.index
    return index if index is not None and index < len(calls) else len(calls) - 1


class ChatCompletionStream(Generic[ResponseFormatT]):
    """The events of one streamed reply: ``for event in stream``, then ``stream.get_final_completion()``."""

    def __init__(self, raw: Stream[ChatCompletionChunk, ChatCompletion], parser: Parser[ResponseFormatT]) -> None:
        self._raw = raw
        self._parser = parser
        self._state = _EventState(parser)
        self._events = self._iterate()

    @property
    def response(self) -> Any:
        """The HTTP response (status, headers)."""
        return self._raw.response

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        return self._events

    def __next__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return next(self._events)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the response; safe to call more than once."""
        self._raw.close()

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion[object]:
        """The completion as far as it has arrived (``parsed``: the partial JSON until the content is done)."""
        return _current(self._state)

    def until_done(self) -> Self:
        """Read the rest of the stream, its events dropped."""
        for _ in self._events:
            pass
        return self

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream; the whole completion, ``parsed`` read into the ``response_format`` type."""
        self.until_done()
        return self._parser.completion(self._raw.get_final_completion())

    def _iterate(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        events, raw = self._state.events, self._raw
        for chunk in raw:
            yield from events(chunk, raw.snapshot())


class AsyncChatCompletionStream(Generic[ResponseFormatT]):
    """The async twin of ``ChatCompletionStream``: ``async for event in stream``."""

    def __init__(self, raw: AsyncStream[ChatCompletionChunk, ChatCompletion], parser: Parser[ResponseFormatT]) -> None:
        self._raw = raw
        self._parser = parser
        self._state = _EventState(parser)
        self._events = self._iterate()

    @property
    def response(self) -> Any:
        """The HTTP response (status, headers)."""
        return self._raw.response

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        return self._events

    async def __anext__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return await self._events.__anext__()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the response; safe to call more than once."""
        await self._raw.close()

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion[object]:
        """The completion as far as it has arrived (``parsed``: the partial JSON until the content is done)."""
        return _current(self._state)

    async def until_done(self) -> Self:
        """Read the rest of the stream, its events dropped."""
        async for _ in self._events:
            pass
        return self

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream; the whole completion, ``parsed`` read into the ``response_format`` type."""
        await self.until_done()
        return self._parser.completion(await self._raw.get_final_completion())

    async def _iterate(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        events, raw = self._state.events, self._raw
        async for chunk in raw:
            for event in events(chunk, raw.snapshot()):
                yield event


def _current(state: _EventState[Any]) -> ParsedChatCompletion[object]:
    if state.snapshot is None:
        raise UsageError("No chunk has arrived yet: iterate the stream first.")
    return state.snapshot


class ChatCompletionStreamManager(Generic[ResponseFormatT]):
    """What ``stream()`` returns: ``with`` sends the request (an error status raises there) and gives the
    ``ChatCompletionStream``; leaving the block closes the response."""

    def __init__(
        self, open_stream: Callable[[], Stream[ChatCompletionChunk, ChatCompletion]], parser: Parser[ResponseFormatT]
    ) -> None:
        self._open = open_stream
        self._parser = parser
        self._stream: ChatCompletionStream[ResponseFormatT] | None = None

    def __enter__(self) -> ChatCompletionStream[ResponseFormatT]:
        raw = self._open().__enter__()
        self._stream = ChatCompletionStream(raw, self._parser)
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncChatCompletionStreamManager(Generic[ResponseFormatT]):
    """The async twin of ``ChatCompletionStreamManager``: ``async with client.chat.completions.stream(...)``."""

    def __init__(
        self,
        open_stream: Callable[[], Awaitable[AsyncStream[ChatCompletionChunk, ChatCompletion]]],
        parser: Parser[ResponseFormatT],
    ) -> None:
        self._open = open_stream
        self._parser = parser
        self._stream: AsyncChatCompletionStream[ResponseFormatT] | None = None

    async def __aenter__(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        raw = await (await self._open()).__aenter__()
        self._stream = AsyncChatCompletionStream(raw, self._parser)
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


shown_from_package(globals(), __all__)
