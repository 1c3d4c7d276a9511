"""A stream is complete only when ``[DONE]`` arrived or every choice the request asked for finished; any
other end raises ``IncompleteStreamError``, which keeps the completion the chunks that did arrive add up to."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from mixroute_client import errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion

from .conftest import SleepRecorder, chat_request, chunk, make_client, sse_body, sse_response

USAGE = chunk(None, usage={"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8})


def choice(index: int, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    return {**chunk(), "choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]}


def final_of(parts: list[Any], sleeps: SleepRecorder, **request: Any) -> ChatCompletion:
    client = make_client(lambda _: sse_response(parts), sleeps)
    with create_chat_completion.stream(client=client, body=chat_request(**request)) as stream:
        return stream.get_final_completion()


def partial_of(caught: pytest.ExceptionInfo[errors.IncompleteStreamError]) -> ChatCompletion:
    assert isinstance(caught.value.partial, ChatCompletion)
    return caught.value.partial


def test_n_2_with_one_choice_finished_and_no_done_is_incomplete(sleeps: SleepRecorder) -> None:
    body = sse_body([choice(0, {"content": "One"}, "stop")], done=False)
    with pytest.raises(errors.IncompleteStreamError, match="before \\[DONE\\]") as caught:
        final_of([body], sleeps, n=2)
    assert [c.message.content for c in partial_of(caught).choices] == ["One"]
    assert caught.value.status_code == 200


def test_n_2_with_both_choices_finished_and_no_done_is_complete(sleeps: SleepRecorder) -> None:
    body = sse_body([choice(0, {"content": "One"}, "stop"), choice(1, {"content": "Two"}, "stop")], done=False)
    assert [c.message.content for c in final_of([body], sleeps, n=2).choices] == ["One", "Two"]


def test_a_skipped_choice_index_is_incomplete(sleeps: SleepRecorder) -> None:
    body = sse_body([choice(1, {"content": "Two"}, "stop")], done=False)
    with pytest.raises(errors.IncompleteStreamError):
        final_of([body], sleeps)


def test_a_usage_event_cut_half_way_is_incomplete_not_a_missing_usage(sleeps: SleepRecorder) -> None:
    whole = sse_body([chunk({"content": "Hi"}, finish_reason="stop"), USAGE], done=False)
    cut = whole[: whole.index(b'"usage"') + 12]
    with pytest.raises(errors.IncompleteStreamError, match="middle of an event") as caught:
        final_of([cut], sleeps)
    partial = partial_of(caught)
    assert (partial.choices[0].message.content, partial.usage) == ("Hi", None)


def test_a_reset_mid_stream_keeps_what_arrived(sleeps: SleepRecorder) -> None:
    parts = [sse_body([chunk({"content": "Hel"})], done=False), httpx2.ReadError("Connection reset by peer")]
    with pytest.raises(errors.IncompleteStreamError, match="reset by peer") as caught:
        final_of(parts, sleeps)
    assert partial_of(caught).choices[0].message.content == "Hel"


def test_a_read_timeout_mid_stream_is_a_stream_timeout_keeping_what_arrived(sleeps: SleepRecorder) -> None:
    parts = [sse_body([chunk({"content": "Hel"})], done=False), httpx2.ReadTimeout("timed out")]
    with pytest.raises(errors.StreamTimeoutError) as caught:
        final_of(parts, sleeps)
    assert isinstance(caught.value, errors.APITimeoutError)
    assert caught.value.limit == "read"
    assert partial_of(caught).choices[0].message.content == "Hel"


def test_nothing_folded_leaves_no_partial(sleeps: SleepRecorder) -> None:
    with pytest.raises(errors.IncompleteStreamError) as caught:
        final_of([b"", httpx2.ReadError("reset")], sleeps)
    assert caught.value.partial is None


@pytest.mark.anyio
async def test_async_n_2_with_one_choice_finished_is_incomplete(sleeps: SleepRecorder) -> None:
    body = sse_body([choice(0, {"content": "One"}, "stop")], done=False)
    client = make_client(lambda _: sse_response([body]), sleeps)
    with pytest.raises(errors.IncompleteStreamError) as caught:
        async with create_chat_completion.asyncio_stream(client=client, body=chat_request(n=2)) as stream:
            await stream.get_final_completion()
    assert len(partial_of(caught).choices) == 1
