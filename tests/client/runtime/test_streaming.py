"""stream() / asyncio_stream(): typed chunks, the accumulated completion, and the connection closed at the end."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from mixroute_client import errors
from mixroute_client._runtime._accumulate import ChatCompletionAccumulator
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, ChatCompletionChunk, CompletionUsage, KnownFinishReason

from .conftest import ChunkStream, SleepRecorder, chat_request, chunk, make_client, sse_body, sse_response

TOOL_STREAM = [
    chunk({"role": "assistant", "content": None, "reasoning_content": "Think"}, system_fingerprint="fp_1"),
    chunk({"reasoning_content": "ing…", "provider_note": "a"}),
    chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "get_weather"}}]}),
    chunk(
        {"tool_calls": [{"index": 1, "id": "call_2", "type": "function", "function": {"name": "f", "arguments": ""}}]}
    ),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
    chunk({"tool_calls": [{"index": 1, "function": {"name": "f", "arguments": "{}"}}]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Beijing"}'}}], "provider_note": "b"}),
    chunk({}, finish_reason="tool_calls"),
    chunk(None, usage={"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}, gateway_extra={"k": 1}),
]

EXPECTED = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "glm-5",
    "system_fingerprint": "fp_1",
    "gateway_extra": {"k": 1},
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "reasoning_content": "Thinking…",
                "provider_note": "ab",
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"city": "Beijing"}'},
                    },
                    {"id": "call_2", "type": "function", "function": {"name": "f", "arguments": "{}"}},
                ],
            },
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8},
}


def test_accumulator_merges_strings_tool_calls_and_usage() -> None:
    accumulator = ChatCompletionAccumulator()
    for payload in TOOL_STREAM:
        accumulator.add(payload)
    assert accumulator.result() == EXPECTED


def test_accumulator_keeps_unknown_finish_reasons_and_orders_choices() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.add({"id": "x", "choices": [{"index": 1, "delta": {"content": "b"}, "finish_reason": None}]})
    accumulator.add({"id": "x", "choices": [{"index": 0, "delta": {"content": "a"}}]})
    accumulator.add({"choices": [{"index": 1, "delta": {}, "finish_reason": "insufficient_system_resource"}]})
    result = accumulator.result()
    assert [c["message"]["content"] for c in result["choices"]] == ["a", "b"]
    assert [c["finish_reason"] for c in result["choices"]] == [None, "insufficient_system_resource"]


class Recorder:
    """Answers every request with the given stream and remembers what was sent."""

    def __init__(self, *parts: Any) -> None:
        self.stream = ChunkStream(list(parts) or [sse_body(TOOL_STREAM)])
        self.bodies: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(json.loads(request.content))
        response = sse_response(b"")
        response.stream = self.stream
        return response


def test_stream_yields_typed_chunks_and_the_final_completion(sleeps: SleepRecorder) -> None:
    server = Recorder()
    client = make_client(server, sleeps)
    with create_chat_completion.stream(client=client, body=chat_request()) as stream:
        chunks = list(stream)
        final = stream.get_final_completion()
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert len(chunks) == len(TOOL_STREAM)
    assert chunks[-1].choices == []
    assert isinstance(final, ChatCompletion)
    assert final.to_dict() == EXPECTED
    assert final.choices[0].finish_reason is KnownFinishReason.TOOL_CALLS
    assert server.bodies[0]["stream"] is True
    assert server.stream.closed


def test_breaking_out_closes_the_connection(sleeps: SleepRecorder) -> None:
    server = Recorder()
    with create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream:
        for _ in stream:
            break
        assert not server.stream.closed
    assert server.stream.closed


def test_final_completion_of_an_abandoned_stream_is_refused(sleeps: SleepRecorder) -> None:
    before_the_finish = TOOL_STREAM[:-2]
    server = Recorder(sse_body(before_the_finish, done=False))
    with create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream:
        with pytest.raises(errors.APIConnectionError):
            list(stream)
        with pytest.raises(errors.UsageError, match="closed before its end"):
            stream.get_final_completion()


def test_a_stream_that_ends_after_every_choice_finished_is_complete_without_done(sleeps: SleepRecorder) -> None:
    server = Recorder(sse_body(TOOL_STREAM, done=False))
    with create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream:
        assert len(list(stream)) == len(TOOL_STREAM)
        final = stream.get_final_completion()
    assert final.choices[0].finish_reason == "tool_calls"
    assert isinstance(final.usage, CompletionUsage)
    assert final.usage.total_tokens == 8


def test_a_chunk_with_an_unusable_value_is_a_validation_error_naming_its_path(sleeps: SleepRecorder) -> None:
    unusable = {**chunk({"content": "x"}), "choices": [{"index": {"n": 0}, "delta": {}}]}
    server = Recorder(sse_body([unusable]))
    with (
        create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream,
        pytest.raises(errors.APIResponseValidationError, match=r"choices\[0\]\.index: an object") as caught,
    ):
        list(stream)
    assert caught.value.body == unusable


def test_sync_with_stream_true_points_to_stream(sleeps: SleepRecorder) -> None:
    server = Recorder()
    with pytest.raises(errors.UsageError, match=r"create_chat_completion\.stream\(\)"):
        create_chat_completion.sync(client=make_client(server, sleeps), body=chat_request(stream=True))
    assert server.bodies == []


@pytest.mark.anyio
async def test_asyncio_with_stream_true_points_to_asyncio_stream(sleeps: SleepRecorder) -> None:
    with pytest.raises(errors.UsageError, match=r"create_chat_completion\.asyncio_stream\(\)"):
        await create_chat_completion.asyncio(client=make_client(Recorder(), sleeps), body=chat_request(stream=True))


@pytest.mark.anyio
async def test_async_stream_matches_the_sync_one(sleeps: SleepRecorder) -> None:
    server = Recorder()
    client = make_client(server, sleeps)
    async with create_chat_completion.asyncio_stream(client=client, body=chat_request()) as stream:
        chunks = [c async for c in stream]
        final = await stream.get_final_completion()
        assert stream.response.status_code == 200
    assert len(chunks) == len(TOOL_STREAM)
    assert final.to_dict() == EXPECTED
    assert server.stream.closed


@pytest.mark.anyio
async def test_async_break_then_exit_closes(sleeps: SleepRecorder) -> None:
    server = Recorder()
    async with create_chat_completion.asyncio_stream(client=make_client(server, sleeps), body=chat_request()) as s:
        async for _ in s:
            break
    assert server.stream.closed


def test_stream_error_status_raises_before_iterating(sleeps: SleepRecorder) -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(401, json={"error": {"message": "bad key", "code": "invalid_api_key"}})

    with pytest.raises(errors.AuthenticationError) as caught:
        create_chat_completion.stream(client=make_client(refuse, sleeps), body=chat_request()).__enter__()
    assert caught.value.code == "invalid_api_key"
