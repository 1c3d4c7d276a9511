"""What an answer may cost: a decoded body and one stream event are bounded in size (a decompression bomb
stops at the limit), and a stream that sends only keep-alives is bounded in time; each ends in a typed
error naming the limit."""

from __future__ import annotations

import asyncio
import gzip
import time
from typing import Any

import pytest

from mixroute_client import AuthenticatedClient, Mixroute, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion

from .conftest import API_KEY, chat_request, chunk, sse_body
from .loopback import Connection, LoopbackServer, Serve, chunked, loopback

MiB = 1024 * 1024
# 32 MiB of one byte gzips to about 32 KiB: the shape of a decompression bomb, at a size a test can afford.
BOMB = gzip.compress(b"0" * (32 * MiB), compresslevel=9)


def client_for(server: LoopbackServer, **settings: Any) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.url, token=API_KEY, max_retries=0, **settings)


def answer(head: str, body: bytes) -> Serve:
    def serve(connection: Connection) -> None:
        if connection.read_request() is not None:
            connection.send(head.encode() + body)

    return serve


def gzipped(content_type: str, status: str = "200 OK") -> Serve:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Encoding: gzip\r\n"
    return answer(f"{head}Content-Length: {len(BOMB)}\r\n\r\n", BOMB)


def test_a_decompression_bomb_stops_at_max_reply_bytes() -> None:
    with loopback(gzipped("application/json")) as server, pytest.raises(errors.ResponseTooLargeError) as caught:
        create_chat_completion.sync(client=client_for(server, max_reply_bytes=MiB), body=chat_request())
    assert (caught.value.limit, caught.value.max_bytes) == ("reply", MiB)
    assert "max_reply_bytes" in str(caught.value)


def test_a_limit_set_after_the_client_was_used_holds_from_the_next_call() -> None:
    client = AuthenticatedClient(base_url="https://api.test", token=API_KEY)
    assert client.limits.max_reply_bytes > MiB
    client.max_reply_bytes, client.max_event_bytes, client.stream_idle_timeout = MiB, 2 * MiB, 5.0
    assert client.limits == (MiB, 2 * MiB, 5.0)
    with loopback(gzipped("application/json")) as server:
        used = client_for(server)
        assert used.limits.max_reply_bytes > MiB  # as a first call builds them
        used.max_reply_bytes = MiB
        with pytest.raises(errors.ResponseTooLargeError) as caught:
            create_chat_completion.sync(client=used, body=chat_request())
    assert caught.value.max_bytes == MiB


def test_async_a_decompression_bomb_stops_at_max_reply_bytes() -> None:
    async def call(server: LoopbackServer) -> None:
        client = client_for(server, max_reply_bytes=MiB)
        try:
            await create_chat_completion.asyncio(client=client, body=chat_request())
        finally:
            await client.aclose()

    with loopback(gzipped("application/json")) as server, pytest.raises(errors.ResponseTooLargeError):
        asyncio.run(call(server))


def test_an_error_body_is_bounded_too() -> None:
    with loopback(gzipped("text/html", "500 X")) as server, pytest.raises(errors.ResponseTooLargeError):
        create_chat_completion.sync(client=client_for(server, max_reply_bytes=MiB), body=chat_request())


def test_a_bomb_in_an_event_stream_stops_at_max_event_bytes() -> None:
    # One event whose data never ends: gzipped, so the wire carries little of it.
    with (
        loopback(gzipped("text/event-stream")) as server,
        create_chat_completion.stream(client=client_for(server, max_event_bytes=MiB), body=chat_request()) as stream,
        pytest.raises(errors.ResponseTooLargeError) as caught,
    ):
        list(stream)
    assert (caught.value.limit, caught.value.max_bytes) == ("event", MiB)
    assert "max_event_bytes" in str(caught.value)


def test_many_events_may_add_up_to_more_than_max_event_bytes() -> None:
    events = sse_body([chunk({"content": "x" * 1000}) for _ in range(300)] + [chunk({}, finish_reason="stop")])
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    with loopback(answer(head, chunked(events))) as server:
        client = client_for(server, max_event_bytes=100_000)
        with create_chat_completion.stream(client=client, body=chat_request()) as stream:
            assert len(stream.get_final_completion().choices[0].message.content or "") == 300_000


SSE_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"


def keep_alives_after(first: bytes) -> Serve:
    """One data event, then a ``: keep-alive`` comment every 0.05 s until the client goes away."""

    def serve(connection: Connection) -> None:
        if connection.read_request() is not None:
            connection.send(SSE_HEAD + chunked(first)[:-5])  # without the terminating chunk
            while True:
                connection.send(chunked(b": keep-alive\n\n")[:-5])
                time.sleep(0.05)  # the misbehaviour under test

    return serve


FIRST = sse_body([chunk({"content": "Hel"})], done=False)


def test_keep_alives_alone_end_in_a_stream_timeout_keeping_what_arrived() -> None:
    with loopback(keep_alives_after(FIRST)) as server:
        client = client_for(server, stream_idle_timeout=0.5)
        started = time.monotonic()
        with (
            create_chat_completion.stream(client=client, body=chat_request()) as stream,
            pytest.raises(errors.StreamTimeoutError) as caught,
        ):
            stream.get_final_completion()
        elapsed = time.monotonic() - started
    assert (caught.value.limit, caught.value.seconds) == ("events", 0.5)
    assert "stream_idle_timeout" in str(caught.value)
    assert isinstance(caught.value.partial, ChatCompletion)
    assert caught.value.partial.choices[0].message.content == "Hel"
    assert elapsed < 2.0, elapsed


def test_async_keep_alives_alone_end_in_a_stream_timeout() -> None:
    async def read(server: LoopbackServer) -> None:
        client = Mixroute(api_key=API_KEY, base_url=server.url, max_retries=0, stream_idle_timeout=0.5)
        try:
            async with create_chat_completion.asyncio_stream(client=client.api_client, body=chat_request()) as stream:
                await stream.get_final_completion()
        finally:
            await client.api_client.aclose()

    with loopback(keep_alives_after(FIRST)) as server, pytest.raises(errors.StreamTimeoutError):
        asyncio.run(read(server))


def test_the_idle_bound_is_between_data_events_not_on_the_whole_stream() -> None:
    # Ten events 0.1 s apart: a second in all, each within the 0.5 s bound.
    def serve(connection: Connection) -> None:
        if connection.read_request() is not None:
            connection.send(SSE_HEAD)
            for _ in range(10):
                connection.send(chunked(sse_body([chunk({"content": "a"})], done=False))[:-5])
                time.sleep(0.1)  # the pace under test
            connection.send(chunked(sse_body([chunk({}, finish_reason="stop")])))

    with loopback(serve) as server:
        client = client_for(server, stream_idle_timeout=0.5)
        with create_chat_completion.stream(client=client, body=chat_request()) as stream:
            assert stream.get_final_completion().choices[0].message.content == "a" * 10


@pytest.mark.parametrize(
    "settings", [{"max_reply_bytes": 0}, {"max_event_bytes": -1}, {"max_reply_bytes": 1.5}, {"stream_idle_timeout": 0}]
)
def test_a_limit_that_is_not_positive_is_a_usage_error(settings: dict[str, Any]) -> None:
    with pytest.raises(errors.UsageError):
        AuthenticatedClient(base_url="https://api.test", token=API_KEY, **settings)
