"""``chat.completions.stream()``: openai-python's streaming tests (``tests/lib/chat/test_completions_streaming.py``)
re-created against ``Mixroute`` and ``AsyncMixroute``: the API's recorded event streams go in, the SDK's
expected events, snapshots and final completions come out.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from mixroute_client import (
    AsyncMixroute,
    ChatCompletionStreamEvent,
    ContentDoneEvent,
    ContentFilterFinishReasonError,
    FunctionToolCallArgumentsDoneEvent,
    LengthFinishReasonError,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    Mixroute,
    ParsedChatCompletion,
    RefusalDoneEvent,
    UsageError,
    pydantic_function_tool,
)
from mixroute_client.lib._parsing import to_strict_json_schema
from mixroute_client.params import ChatMessageParam, ToolParam
from tests.client.sdk_parity import (
    MODEL,
    STRICT_WEATHER,
    WEATHER,
    GetStockPrice,
    GetWeatherArgs,
    Location,
    Recorder,
    recording,
    run,
    sync_client,
)

ANTHRAX: list[ChatMessageParam] = [{"role": "user", "content": "How do I make anthrax?"}]


@dataclass
class Streamed:
    """Everything a ``with client.chat.completions.stream(...)`` block gives."""

    events: list[ChatCompletionStreamEvent[Any]] = field(default_factory=list)
    parsed_at_content_done: list[object] = field(default_factory=list)
    snapshot: ParsedChatCompletion[object] | None = None
    final: ParsedChatCompletion[Any] | None = None

    def first(self, kind: str) -> Any:
        return next((event for event in self.events if event.type == kind), None)

    @property
    def types(self) -> list[str]:
        return [event.type for event in self.events]


def stream(asynchronous: bool, handler: Recorder, **kwargs: Any) -> Streamed:
    """Every event of the stream, the snapshot when each ``content.done`` arrives and at the end, and the final
    completion: as openai-python's ``_make_stream_snapshot_request`` collects them."""
    out = Streamed()

    def sync(client: Mixroute) -> Streamed:
        with client.chat.completions.stream(model=MODEL, **kwargs) as events:
            for event in events:
                out.events.append(event)
                if event.type == "content.done":
                    out.parsed_at_content_done.append(events.current_completion_snapshot.choices[0].message.parsed)
            out.snapshot = events.current_completion_snapshot
            out.final = events.get_final_completion()
        return out

    async def asyn(client: AsyncMixroute) -> Streamed:
        async with client.chat.completions.stream(model=MODEL, **kwargs) as events:
            async for event in events:
                out.events.append(event)
                if event.type == "content.done":
                    out.parsed_at_content_done.append(events.current_completion_snapshot.choices[0].message.parsed)
            out.snapshot = events.current_completion_snapshot
            out.final = await events.get_final_completion()
        return out

    return run(asynchronous, handler, sync, asyn)


both = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@both
def test_parse_nothing(asynchronous: bool) -> None:
    streamed = stream(asynchronous, recording("e2aad469b71d"), messages=WEATHER)
    assert streamed.final is not None
    message = streamed.final.choices[0].message
    assert message.content == (
        "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend "
        "checking a reliable weather website or a weather app."
    )
    assert (message.parsed, message.refusal, message.tool_calls) == (None, None, None)
    assert streamed.final.choices[0].finish_reason == "stop"
    assert streamed.first("content.done") == ContentDoneEvent(content=message.content, parsed=None)
    assert set(streamed.types) == {"chunk", "content.delta", "content.done"}


@both
def test_parse_pydantic_model(asynchronous: bool) -> None:
    handler = recording("7e5ea4d12e7c")
    streamed = stream(asynchronous, handler, messages=WEATHER, response_format=Location)
    expected = Location(city="San Francisco", temperature=61, units="f")
    # The snapshot when content.done arrives holds the model; every content.delta before it the partial JSON.
    assert streamed.parsed_at_content_done == [expected]
    last_delta = [event for event in streamed.events if event.type == "content.delta"][-1]
    assert last_delta.parsed == {"city": "San Francisco", "temperature": 61, "units": "f"}
    assert streamed.first("content.done") == ContentDoneEvent(
        content='{"city":"San Francisco","temperature":61,"units":"f"}', parsed=expected
    )
    final = streamed.final
    assert final is not None
    assert final.choices[0].message.parsed == expected
    assert (final.id, final.created, final.system_fingerprint) == (
        "chatcmpl-ABfw1e5abtU8OwGr15vOreYVb2MiF",
        1727346169,
        "fp_5050236cbd",
    )
    assert final.usage is not None
    assert (final.usage.prompt_tokens, final.usage.completion_tokens, final.usage.total_tokens) == (79, 14, 93)
    # What went out: the SDK's strict json_schema, and stream: true.
    assert handler.sent["stream"] is True
    assert handler.sent["response_format"] == {
        "type": "json_schema",
        "json_schema": {"schema": to_strict_json_schema(Location), "name": "Location", "strict": True},
    }


def test_partial_json_grows_with_the_content() -> None:
    streamed = stream(False, recording("7e5ea4d12e7c"), messages=WEATHER, response_format=Location)
    deltas = [event for event in streamed.events if event.type == "content.delta"]
    # Each delta's snapshot is the content so far, and its parsed what that text holds so far.
    assert all(event.snapshot.endswith(event.delta) for event in deltas)
    parsed = {event.snapshot: event.parsed for event in deltas}
    # jiter's partial mode as the SDK runs it: a string still arriving is left out until it is whole.
    assert parsed['{"city":"San'] == {}
    assert parsed['{"city":"San Francisco","'] == {"city": "San Francisco"}
    assert parsed['{"city":"San Francisco","temperature":61'] == {"city": "San Francisco", "temperature": 61}


@both
def test_parse_pydantic_model_multiple_choices(asynchronous: bool) -> None:
    streamed = stream(asynchronous, recording("a491adda08c3"), messages=WEATHER, n=3, response_format=Location)
    # The SDK's order: 45 chunks each with one content.delta, then each choice's content.done after its chunk.
    assert streamed.types == ["chunk", "content.delta"] * 45 + ["chunk", "content.done"] * 3 + ["chunk"]
    assert streamed.final is not None
    assert [(choice.index, choice.message.parsed) for choice in streamed.final.choices] == [
        (0, Location(city="San Francisco", temperature=65, units="f")),
        (1, Location(city="San Francisco", temperature=61, units="f")),
        (2, Location(city="San Francisco", temperature=59, units="f")),
    ]


@both
def test_parse_max_tokens_reached(asynchronous: bool) -> None:
    with pytest.raises(LengthFinishReasonError) as raised:
        stream(asynchronous, recording("4cc50a6135d2"), messages=WEATHER, max_tokens=1, response_format=Location)
    assert str(raised.value).startswith("Could not parse response content as the length limit was reached")


@both
def test_parse_pydantic_model_refusal(asynchronous: bool) -> None:
    streamed = stream(asynchronous, recording("173417d55340"), messages=ANTHRAX, response_format=Location)
    refusal = "I'm sorry, I can't assist with that request."
    assert streamed.first("refusal.done") == RefusalDoneEvent(refusal=refusal)
    assert streamed.first("content.done") is None
    assert streamed.final is not None
    message = streamed.final.choices[0].message
    assert (message.content, message.parsed, message.refusal) == (None, None, refusal)
    deltas = [event for event in streamed.events if event.type == "refusal.delta"]
    assert deltas[-1].snapshot == refusal


@both
def test_content_logprobs_events(asynchronous: bool) -> None:
    streamed = stream(
        asynchronous, recording("83b060bae42e"), messages=[{"role": "user", "content": "Say foo"}], logprobs=True
    )
    logprobs = [event for event in streamed.events if event.type.startswith("logprobs")]
    assert [event.type for event in logprobs] == [
        "logprobs.content.delta",
        "logprobs.content.delta",
        "logprobs.content.done",
    ]
    first, second, done = logprobs
    assert isinstance(first, LogprobsContentDeltaEvent)
    assert isinstance(second, LogprobsContentDeltaEvent)
    assert isinstance(done, LogprobsContentDoneEvent)
    assert [(t.token, t.logprob, t.bytes) for t in first.content] == [("Foo", -0.0025094282, [70, 111, 111])]
    assert [t.token for t in first.snapshot] == ["Foo"]
    assert [(t.token, t.logprob) for t in second.content] == [("!", -0.26638845)]
    assert [t.token for t in second.snapshot] == ["Foo", "!"]
    assert [t.token for t in done.content] == ["Foo", "!"]
    assert streamed.final is not None
    choice = streamed.final.choices[0]
    assert choice.message.content == "Foo!"
    assert choice.logprobs is not None
    assert [t.token for t in choice.logprobs.content or []] == ["Foo", "!"]
    assert choice.logprobs.refusal is None


@both
def test_refusal_logprobs_events(asynchronous: bool) -> None:
    streamed = stream(
        asynchronous, recording("569c877e6942"), messages=ANTHRAX, logprobs=True, response_format=Location
    )
    kinds = [kind for kind in streamed.types if kind.startswith("logprobs")]
    assert kinds == ["logprobs.refusal.delta"] * 11 + ["logprobs.refusal.done"]
    assert streamed.final is not None
    choice = streamed.final.choices[0]
    assert choice.message.refusal == "I'm very sorry, but I can't assist with that."
    assert choice.logprobs is not None
    assert choice.logprobs.content is None
    tokens = [t.token for t in choice.logprobs.refusal or []]
    assert tokens == ["I'm", " very", " sorry", ",", " but", " I", " can't", " assist", " with", " that", "."]


@both
def test_parse_pydantic_tool(asynchronous: bool) -> None:
    handler = recording("c6aa7e397b71")
    tool = pydantic_function_tool(GetWeatherArgs)
    messages: list[ChatMessageParam] = [{"role": "user", "content": "What's the weather like in Edinburgh?"}]
    streamed = stream(asynchronous, handler, messages=messages, tools=[tool])
    arguments = '{"city":"Edinburgh","country":"UK","units":"c"}'
    expected = GetWeatherArgs(city="Edinburgh", country="UK", units="c")
    for completion in (streamed.snapshot, streamed.final):
        assert completion is not None
        call = (completion.choices[0].message.tool_calls or [])[0]
        assert (call.id, call.function.name, call.function.arguments) == (
            "call_c91SqDXlYFuETYv8mUHzz6pp",
            "GetWeatherArgs",
            arguments,
        )
        assert call.function.parsed_arguments == expected
        assert completion.choices[0].finish_reason == "tool_calls"
    assert streamed.first("tool_calls.function.arguments.done") == FunctionToolCallArgumentsDoneEvent(
        name="GetWeatherArgs", index=0, arguments=arguments, parsed_arguments=expected
    )
    deltas = [event for event in streamed.events if event.type == "tool_calls.function.arguments.delta"]
    assert "".join(event.arguments_delta for event in deltas) == arguments
    assert deltas[-1].parsed_arguments == {"city": "Edinburgh", "country": "UK", "units": "c"}
    # The SDK's pydantic_function_tool: strict, the class name, its strict schema.
    assert handler.sent["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "GetWeatherArgs",
                "strict": True,
                "parameters": to_strict_json_schema(GetWeatherArgs),
                "description": "Get the temperature for the given country/city combo",
            },
        }
    ]


@both
def test_parse_multiple_pydantic_tools(asynchronous: bool) -> None:
    tools = [
        pydantic_function_tool(GetWeatherArgs),
        pydantic_function_tool(
            GetStockPrice, name="get_stock_price", description="Fetch the latest price for a given ticker"
        ),
    ]
    messages: list[ChatMessageParam] = [
        {"role": "user", "content": "What's the weather like in Edinburgh?"},
        {"role": "user", "content": "What's the price of AAPL?"},
    ]
    streamed = stream(asynchronous, recording("f82268f2fefd"), messages=messages, tools=tools)
    for completion in (streamed.snapshot, streamed.final):
        assert completion is not None
        calls = completion.choices[0].message.tool_calls or []
        assert [(call.id, call.function.name, call.function.parsed_arguments) for call in calls] == [
            ("call_JMW1whyEaYG438VE1OIflxA2", "GetWeatherArgs", GetWeatherArgs(city="Edinburgh", country="GB")),
            ("call_DNYTawLBoN8fj3KN6qU9N1Ou", "get_stock_price", GetStockPrice(ticker="AAPL", exchange="NASDAQ")),
        ]
        assert calls[1].function.arguments == '{"ticker": "AAPL", "exchange": "NASDAQ"}'
    done = [event for event in streamed.events if event.type == "tool_calls.function.arguments.done"]
    assert [(event.index, event.name) for event in done] == [(0, "GetWeatherArgs"), (1, "get_stock_price")]


@both
def test_parse_strict_tools(asynchronous: bool) -> None:
    streamed = stream(asynchronous, recording("a247c49c5fcd"), messages=WEATHER, tools=[STRICT_WEATHER])
    assert streamed.snapshot is not None
    call = (streamed.snapshot.choices[0].message.tool_calls or [])[0]
    assert (call.id, call.function.arguments) == (
        "call_CTf1nWJLqSeRgDqaCG27xZ74",
        '{"city":"San Francisco","state":"CA"}',
    )
    assert call.function.parsed_arguments == {"city": "San Francisco", "state": "CA"}


@both
def test_non_pydantic_response_format(asynchronous: bool) -> None:
    handler = recording("d61558011839")
    messages: list[ChatMessageParam] = [
        {"role": "user", "content": "What's the weather like in SF? Give me any JSON back"}
    ]
    streamed = stream(asynchronous, handler, messages=messages, response_format={"type": "json_object"})
    assert handler.sent["response_format"] == {"type": "json_object"}
    assert streamed.final is not None
    message = streamed.final.choices[0].message
    assert message.parsed is None
    assert message.content is not None
    assert message.content.startswith('\n  {\n    "location": "San Francisco, CA",\n    "weather": {\n')
    assert '"condition": "Cloudy"' in message.content
    # No type asked for: no partial JSON either.
    assert all(event.parsed is None for event in streamed.events if event.type == "content.delta")


@both
def test_allows_non_strict_tools_but_no_parsing(asynchronous: bool) -> None:
    tool: ToolParam = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
    messages: list[ChatMessageParam] = [{"role": "user", "content": "what's the weather in NYC?"}]
    streamed = stream(asynchronous, recording("2018feb66ae1"), messages=messages, tools=[tool])
    assert streamed.first("tool_calls.function.arguments.done") == FunctionToolCallArgumentsDoneEvent(
        name="get_weather", index=0, arguments='{"city":"New York City"}', parsed_arguments=None
    )
    assert streamed.final is not None
    call = (streamed.final.choices[0].message.tool_calls or [])[0]
    assert (call.id, call.function.parsed_arguments) == ("call_4XzlGBLtUe9dy3GVNV4jhq7h", None)


def test_every_chunk_event_carries_the_chunk_and_the_snapshot_so_far() -> None:
    streamed = stream(False, recording("e2aad469b71d"), messages=WEATHER)
    chunks = [event for event in streamed.events if event.type == "chunk"]
    contents = [event.snapshot.choices[0].message.content or "" for event in chunks if event.snapshot.choices]
    # The snapshot grows chunk by chunk, each one the one before and the chunk's delta.
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(contents))
    assert streamed.final is not None
    assert contents[-1] == streamed.final.choices[0].message.content
    assert {event.chunk.id for event in chunks} == {streamed.final.id}


def sse(*chunks: dict[str, Any]) -> Recorder:
    """A handler streaming ``chunks`` (each completed with the usual top-level fields), then ``[DONE]``."""
    top = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
    events = "".join(f"data: {json.dumps({**top, **chunk})}\n\n" for chunk in chunks)
    return Recorder(f"{events}data: [DONE]\n\n".encode(), "text/event-stream")


def delta(finish_reason: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": fields, "finish_reason": finish_reason}]}


@both
def test_tool_calls_without_an_index_are_told_apart(asynchronous: bool) -> None:
    """Gemini's deltas carry no index: a delta with an id starts a call, one without continues the last."""
    handler = sse(
        delta(role="assistant", tool_calls=[{"id": "a", "type": "function", "function": {"name": "get_weather"}}]),
        delta(tool_calls=[{"function": {"arguments": '{"city":'}}]),
        delta(tool_calls=[{"function": {"arguments": ' "Paris", "state": "FR"}'}}]),
        delta(tool_calls=[{"id": "b", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]),
        delta("tool_calls"),
    )
    streamed = stream(asynchronous, handler, messages=WEATHER, tools=[STRICT_WEATHER])
    done = [event for event in streamed.events if isinstance(event, FunctionToolCallArgumentsDoneEvent)]
    assert [(event.index, event.parsed_arguments) for event in done] == [
        (0, {"city": "Paris", "state": "FR"}),
        (1, {}),
    ]
    assert streamed.final is not None
    assert [call.id for call in streamed.final.choices[0].message.tool_calls or []] == ["a", "b"]


@both
def test_a_stream_the_content_filter_stopped_raises(asynchronous: bool) -> None:
    handler = sse(delta(role="assistant", content='{"city": "Par'), delta("content_filter"))
    with pytest.raises(ContentFilterFinishReasonError):
        stream(asynchronous, handler, messages=WEATHER, response_format=Location)
    # With nothing to read into a type, the events go on to the end, and the final completion raises (as the SDK's).
    handler = sse(delta(role="assistant", content="Par"), delta("content_filter"))
    with sync_client(handler) as client, client.chat.completions.stream(model=MODEL, messages=WEATHER) as events:
        assert [event.type for event in events][-1] == "content.done"
        with pytest.raises(ContentFilterFinishReasonError):
            events.get_final_completion()


def test_the_snapshot_before_any_chunk_is_a_usage_error() -> None:
    handler = sse(delta("stop", content="hi"))
    with sync_client(handler) as client, client.chat.completions.stream(model=MODEL, messages=WEATHER) as events:
        with pytest.raises(UsageError, match="No chunk has arrived yet"):
            _ = events.current_completion_snapshot
        assert [event.type for event in events] == ["chunk", "content.delta", "content.done"]
