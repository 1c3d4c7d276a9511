"""The accumulator a stream folds with comes from the operation, and the chat one is public for own loops."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from mixroute_client import ChatCompletionAccumulator, Stream, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, ChatCompletionChunk

from .conftest import SleepRecorder, chat_request, make_client, sse_body, sse_response
from .test_streaming import EXPECTED, TOOL_STREAM, Recorder


class Counting:
    """An accumulator of another shape: the result is how many chunks there were."""

    def __init__(self) -> None:
        self.seen = 0

    def add(self, chunk: Mapping[str, Any]) -> None:
        self.seen += 1

    def result(self) -> dict[str, Any]:
        return {"chunks": self.seen}

    def complete_for(self, request: Mapping[str, Any]) -> bool:
        return self.seen >= 2


def stream_of(payloads: list[dict[str, Any]], *, done: bool = True, **options: Any) -> Stream[Any, Any]:
    return Stream(
        lambda: sse_response(sse_body(payloads, done=done)),
        parse_chunk=dict,
        parse_final=dict,
        **options,
    )


def test_the_stream_folds_with_the_accumulator_it_is_given() -> None:
    with stream_of(TOOL_STREAM, accumulator=Counting) as stream:
        assert stream.get_final_completion() == {"chunks": len(TOOL_STREAM)}


def test_the_given_accumulator_decides_whether_a_stream_without_done_is_whole() -> None:
    with stream_of(TOOL_STREAM[:2], done=False, accumulator=Counting) as stream:
        assert len(list(stream)) == 2
    with (
        stream_of(TOOL_STREAM[:1], done=False, accumulator=Counting) as stream,
        pytest.raises(errors.APIConnectionError),
    ):
        list(stream)


def test_a_stream_with_no_accumulator_yields_chunks_and_refuses_a_final_result() -> None:
    with stream_of(TOOL_STREAM) as stream:
        assert len(list(stream)) == len(TOOL_STREAM)
        with pytest.raises(errors.UsageError, match="do not add up"):
            stream.get_final_completion()


def test_the_chat_operation_folds_with_the_chat_accumulator(sleeps: SleepRecorder) -> None:
    stream = create_chat_completion.stream(client=make_client(Recorder(), sleeps), body=chat_request())
    assert isinstance(stream._parsers._accumulator, ChatCompletionAccumulator)
    stream.close()


def test_own_loops_fold_typed_chunks_with_the_public_accumulator(sleeps: SleepRecorder) -> None:
    accumulator = ChatCompletionAccumulator()
    with create_chat_completion.stream(client=make_client(Recorder(), sleeps), body=chat_request()) as stream:
        for chunk in stream:
            assert isinstance(chunk, ChatCompletionChunk)
            accumulator.handle_chunk(chunk)
    assert accumulator.result() == EXPECTED
    assert ChatCompletion.from_dict(accumulator.result()).to_dict() == EXPECTED


def test_the_public_accumulator_takes_json_objects_too() -> None:
    accumulator = ChatCompletionAccumulator()
    for payload in TOOL_STREAM:
        accumulator.handle_chunk(payload)
    assert accumulator.result() == EXPECTED
    assert accumulator.complete
