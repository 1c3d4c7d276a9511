"""The event-stream layer: SSE framing per the specification plus the OpenAI conventions on top."""

from __future__ import annotations

import itertools
import math
from typing import Any, cast

import httpx2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mixroute_client import errors
from mixroute_client._runtime import _json
from mixroute_client._runtime._sse import aiter_json_batches, iter_json_batches

from .conftest import ChunkStream, chunk, sse_body, sse_response

PAYLOADS = [
    chunk({"role": "assistant", "content": ""}),
    chunk({"content": "héllo 世界 🌍"}),
    chunk({}, finish_reason="stop"),
]


def flat(response: httpx2.Response) -> list[dict[str, Any]]:
    return [payload for batch in iter_json_batches(response) for payload in batch]


async def aflat(response: httpx2.Response) -> list[dict[str, Any]]:
    return [payload async for batch in aiter_json_batches(response) for payload in batch]


def events(parts: bytes | list[Any]) -> list[dict[str, Any]]:
    return flat(sse_response(parts))


@pytest.mark.parametrize("newline", ["\n", "\r", "\r\n"])
def test_every_line_ending(newline: str) -> None:
    assert events(sse_body(PAYLOADS, newline=newline)) == PAYLOADS


def test_comments_pings_and_retry_lines_are_skipped() -> None:
    body = (
        b": keep-alive\n\n"
        b"event: ping\n\n"
        b"retry: 3000\n\n"
        b"event: ping\ndata:\n\n" + sse_body(PAYLOADS[:1], done=False) + b"id: 7\n\n" + sse_body(PAYLOADS[1:])
    )
    assert events(body) == PAYLOADS


def test_a_byte_order_mark_at_the_start_does_not_lose_the_first_event() -> None:
    assert events(["\ufeff".encode() + sse_body(PAYLOADS)[:5], sse_body(PAYLOADS)[5:]]) == PAYLOADS


def test_done_ends_the_stream_even_with_more_after_it() -> None:
    assert events(sse_body(PAYLOADS[:1]) + sse_body(PAYLOADS[1:])) == PAYLOADS[:1]


def test_multi_line_data_is_joined() -> None:
    assert events(b'data: {"a":\ndata: 1}\n\ndata: [DONE]\n\n') == [{"a": 1}]


def test_error_event_raises_api_error_carrying_it() -> None:
    body = sse_body([PAYLOADS[0], {"error": {"message": "upstream overloaded", "code": 503, "type": "server_error"}}])
    with pytest.raises(errors.APIError) as caught:
        events(body)
    assert type(caught.value) is errors.APIError
    assert caught.value.code == 503
    assert caught.value.type == "server_error"
    assert "upstream overloaded" in str(caught.value)


def test_each_piece_of_the_body_gives_one_batch_of_the_events_it_completed() -> None:
    body = sse_body(PAYLOADS)
    inside_the_second = body.index(b"\n\n") + 10
    assert list(iter_json_batches(sse_response([body[:inside_the_second], body[inside_the_second:]]))) == [
        PAYLOADS[:1],
        PAYLOADS[1:],
    ]
    a_comment_alone = [sse_body(PAYLOADS[:1], done=False), b": keep-alive\n\n", sse_body(PAYLOADS[1:])]
    assert list(iter_json_batches(sse_response(a_comment_alone))) == [PAYLOADS[:1], PAYLOADS[1:]]


def test_the_literal_null_between_events_is_skipped() -> None:
    assert events(sse_body([PAYLOADS[0], "null", PAYLOADS[1]])) == PAYLOADS[:2]


async def read_into(arrived: list[dict[str, Any]], response: httpx2.Response, asynchronous: bool) -> None:
    if asynchronous:
        async for batch in aiter_json_batches(response):
            arrived.extend(batch)
    else:
        for batch in iter_json_batches(response):
            arrived.extend(batch)


@pytest.mark.parametrize("standard_library", [False, True], ids=["installed", "standard-library"])
def test_what_orjson_refuses_and_json_reads_is_read(standard_library: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """NaN and Infinity are no JSON, but json.loads (and so the SDK) reads them; so does every decoder here."""
    if standard_library:
        monkeypatch.setattr(_json, "loads", _json.standard_loads)
    (read,) = events(sse_body(['{"score": NaN, "limit": Infinity, "choices": []}']))
    assert math.isnan(read["score"])
    assert read["limit"] == math.inf


FAILING_EVENTS = {
    "error": {"error": {"message": "upstream overloaded", "code": 503}},
    "not-json": "{not json",
    "not-an-object": "[1, 2]",
}


@pytest.mark.anyio
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("failing", FAILING_EVENTS.values(), ids=FAILING_EVENTS.keys())
async def test_the_events_before_a_failing_one_in_the_same_piece_arrive_first(
    failing: dict[str, Any] | str, asynchronous: bool
) -> None:
    """One network read brings the chunks and the failing event: the chunks are handed out, then it raises."""
    response = sse_response(sse_body([*PAYLOADS[:2], failing, PAYLOADS[2]]))
    arrived: list[dict[str, Any]] = []
    with pytest.raises(errors.APIError):
        await read_into(arrived, response, asynchronous)
    assert arrived == PAYLOADS[:2]


@pytest.mark.parametrize(
    "body",
    [
        sse_body(PAYLOADS, done=False),
        sse_body(PAYLOADS, done=False) + b'data: {"id": "chatcmpl-1", "obj',
        sse_body(PAYLOADS, done=False) + b"data: [DO",
    ],
    ids=["no-done", "cut-mid-event", "cut-inside-done"],
)
def test_a_stream_ending_before_done_was_cut_off(body: bytes) -> None:
    with pytest.raises(errors.APIConnectionError, match=r"ended before \[DONE\]"):
        events(body)


def test_a_connection_reset_mid_stream_is_a_connection_error() -> None:
    with pytest.raises(errors.APIConnectionError, match="reset by peer"):
        events([sse_body(PAYLOADS[:1], done=False), httpx2.ReadError("reset by peer")])


def test_a_read_timeout_mid_stream_is_a_timeout_error() -> None:
    with pytest.raises(errors.APITimeoutError):
        events([sse_body(PAYLOADS[:1], done=False), httpx2.ReadTimeout("slow")])


@pytest.mark.parametrize("data", [b"data: {not json}\n\n", b"data: [1, 2]\n\n"])
def test_data_that_is_not_a_json_object(data: bytes) -> None:
    with pytest.raises(errors.APIResponseValidationError):
        events(data)


def test_a_json_answer_is_not_an_event_stream() -> None:
    response = httpx2.Response(200, json={"id": "x"}, request=httpx2.Request("POST", "https://api.test"))
    with pytest.raises(errors.APIResponseValidationError, match="text/event-stream"):
        flat(response)


def test_a_64_mib_event_is_decoded() -> None:
    big = "x" * (64 * 1024 * 1024)
    body = sse_body([chunk({"content": big})])
    parts = [body[i : i + 1024 * 1024] for i in range(0, len(body), 1024 * 1024)]
    (only,) = events(parts)
    assert only["choices"][0]["delta"]["content"] == big


@pytest.mark.anyio
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
async def test_async_twin_yields_the_same(newline: str) -> None:
    response = sse_response(sse_body(PAYLOADS, newline=newline))
    assert await aflat(response) == PAYLOADS


@pytest.mark.anyio
async def test_async_twin_detects_a_cut() -> None:
    response = sse_response(sse_body(PAYLOADS, done=False) + b"data: {")
    with pytest.raises(errors.APIConnectionError):
        _ = await aflat(response)


STREAM = sse_body(PAYLOADS, newline="\r\n")


@settings(max_examples=200, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=len(STREAM) - 1), max_size=40, unique=True))
def test_any_split_into_network_chunks_yields_the_same_events(cuts: list[int]) -> None:
    """Includes splits between CR and LF and inside the multi-byte UTF-8 of "世界🌍"."""
    bounds = [0, *sorted(cuts), len(STREAM)]
    parts = [STREAM[a:b] for a, b in itertools.pairwise(bounds)]
    assert events(parts) == PAYLOADS


def test_the_split_property_covers_crlf_and_utf8_boundaries() -> None:
    """The byte positions the property test must be able to hit really are inside a CRLF / a character."""
    assert b"\r\n" in STREAM
    assert "🌍".encode() in STREAM


def after_done(extra: list[bytes]) -> tuple[httpx2.Response, ChunkStream]:
    response = sse_response([sse_body(PAYLOADS), *extra])
    return response, cast(ChunkStream, response.stream)


async def read_all(response: httpx2.Response, asynchronous: bool) -> list[dict[str, Any]]:
    if asynchronous:
        return await aflat(response)
    return flat(response)


@pytest.mark.anyio
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_after_done_a_short_rest_is_read_to_its_end_and_a_long_one_cut(asynchronous: bool) -> None:
    short, short_stream = after_done([b": bye\n\n", b"data: late\n\n"])
    assert await read_all(short, asynchronous) == PAYLOADS
    assert short_stream.read == 3
    long, long_stream = after_done([b": " + b"x" * 1020 + b"\n\n"] * 100)
    assert await read_all(long, asynchronous) == PAYLOADS
    assert long_stream.read == 1 + 17  # the events, then 17 chunks of 1 KiB: the first past the 16 KiB limit


@pytest.mark.anyio
async def test_async_twin_refuses_what_is_not_an_event_stream() -> None:
    response = httpx2.Response(200, json={"id": "x"}, request=httpx2.Request("POST", "https://api.test"))
    with pytest.raises(errors.APIResponseValidationError, match="text/event-stream"):
        _ = await aflat(response)
