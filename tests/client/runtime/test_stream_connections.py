"""Streams against a real loopback server: read to the end they reuse one keep-alive connection, broken
out of they close it, and what is not an event stream is a typed error whose body stays readable."""

from __future__ import annotations

import asyncio
import json

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion

from .conftest import (
    API_KEY,
    Counting,
    SleepRecorder,
    chat_request,
    chunk,
    completion,
    make_client,
    sse_body,
    sse_response,
)
from .loopback import Connection, chunked, keep_alive, loopback

STREAMS = 5
SSE_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
EVENTS = sse_body([chunk({"content": "Hel"}), chunk({"content": "lo"}, finish_reason="stop")])


def sse_answer(request: bytes) -> bytes:
    # [DONE] and the chunked terminator are separate chunks, as real servers send them.
    return SSE_HEAD + chunked(*[event + b"\n\n" for event in EVENTS.split(b"\n\n") if event])


def contents(client: AuthenticatedClient) -> str:
    with create_chat_completion.stream(client=client, body=chat_request()) as stream:
        return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


def test_sequential_streams_read_to_the_end_reuse_one_connection() -> None:
    with loopback(keep_alive(sse_answer)) as server:
        client = AuthenticatedClient(base_url=server.url, token=API_KEY)
        assert [contents(client) for _ in range(STREAMS)] == ["Hello"] * STREAMS
        client.close()
    assert server.accepted == 1


def test_async_sequential_streams_reuse_one_connection() -> None:
    async def main(client: AuthenticatedClient) -> list[str | None]:
        texts = []
        for _ in range(STREAMS):
            async with create_chat_completion.asyncio_stream(client=client, body=chat_request()) as stream:
                final = await stream.get_final_completion()
            texts.append(final.choices[0].message.content)
        await client.aclose()
        return texts

    with loopback(keep_alive(sse_answer)) as server:
        texts = asyncio.run(main(AuthenticatedClient(base_url=server.url, token=API_KEY)))
    assert (texts, server.accepted) == (["Hello"] * STREAMS, 1)


def endless(connection: Connection) -> None:
    """One chunk, then nothing: the connection stays open until the client closes it."""
    if connection.read_request() is not None:
        connection.send(SSE_HEAD + chunked(sse_body([chunk({"content": "a"})], done=False))[:-5])
        connection.wait_closed()


def test_breaking_out_of_a_loop_without_with_closes_the_response() -> None:
    with loopback(endless) as server:
        client = AuthenticatedClient(base_url=server.url, token=API_KEY)
        for _ in create_chat_completion.stream(client=client, body=chat_request()):
            break
        assert server.wait_until(lambda s: s.open == 0)


def test_breaking_out_of_a_kept_stream_without_with_closes_the_response() -> None:
    with loopback(endless) as server:
        client = AuthenticatedClient(base_url=server.url, token=API_KEY)
        stream = create_chat_completion.stream(client=client, body=chat_request())
        for _ in stream:
            break
        assert stream.response.is_closed
        assert server.wait_until(lambda s: s.open == 0)
        with pytest.raises(errors.UsageError, match="closed before its end"):
            stream.get_final_completion()


def test_a_server_talking_on_after_done_is_cut_off_not_waited_for() -> None:
    def chatty(connection: Connection) -> None:
        if connection.read_request() is not None:
            junk = b"data: junk after the end\n\n" * 2000  # about 50 KiB, over the drain limit
            connection.send(SSE_HEAD + chunked(EVENTS, junk)[:-5])
            connection.wait_closed()

    with loopback(chatty) as server:
        client = AuthenticatedClient(base_url=server.url, token=API_KEY)
        assert contents(client) == "Hello"
        assert server.wait_until(lambda s: s.open == 0)


def test_a_json_answer_to_a_streamed_request_keeps_its_body(sleeps: SleepRecorder) -> None:
    body = completion("not streamed after all")
    stream = create_chat_completion.stream(
        client=make_client(Counting(httpx2.Response(200, json=body)), sleeps), body=chat_request()
    )
    with pytest.raises(errors.APIResponseValidationError, match="Asked for an event stream") as caught:
        stream.__enter__()
    assert json.loads(caught.value.response.content) == body
    assert caught.value.body == body
    assert caught.value.response.is_closed


@pytest.mark.anyio
async def test_async_a_json_error_answer_to_a_streamed_request_is_that_error(sleeps: SleepRecorder) -> None:
    error = {"error": {"message": "streaming disabled", "code": "no_stream"}}
    server = Counting(httpx2.Response(200, json=error))
    stream = create_chat_completion.asyncio_stream(client=make_client(server, sleeps), body=chat_request())
    with pytest.raises(errors.APIStatusError, match="streaming disabled") as caught:
        await stream.open()
    assert (caught.value.code, json.loads(caught.value.response.content)) == ("no_stream", error)


def test_streamed_requests_accept_event_streams_only(sleeps: SleepRecorder) -> None:
    accepted: list[str] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        accepted.append(request.headers["accept"])
        return sse_response(EVENTS)

    client = make_client(answer, sleeps)
    with create_chat_completion.stream(client=client, body=chat_request()) as stream:
        list(stream)
    assert accepted == ["text/event-stream"]


def test_a_null_event_is_skipped(sleeps: SleepRecorder) -> None:
    server = Counting(sse_response(sse_body(["null", chunk({"content": "a"}), "null"])))
    with create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream:
        assert [c.choices[0].delta.content for c in stream] == ["a"]
