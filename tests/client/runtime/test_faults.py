"""Faults end in the right typed exception (or a success after retries), never a bare library exception."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion

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

Handler = Callable[[httpx2.Request], httpx2.Response]


def sync_call(client: AuthenticatedClient) -> ChatCompletion:
    return create_chat_completion.sync(client=client, body=chat_request())


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port nobody listens on: bound, never listened to, so connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_connection_refused_after_retries(closed_port: int, sleeps: SleepRecorder) -> None:
    client = AuthenticatedClient(
        base_url=f"http://127.0.0.1:{closed_port}", token=API_KEY, retry_policy=sleeps.policy()
    )
    with pytest.raises(errors.APIConnectionError) as caught:
        sync_call(client)
    assert type(caught.value) is errors.APIConnectionError
    assert sleeps.delays == [0.5, 1.0]
    assert API_KEY not in str(caught.value)


@pytest.mark.parametrize("exc", [httpx2.ConnectTimeout("connect"), httpx2.ReadTimeout("read")])
def test_timeouts_are_api_timeout_errors(exc: Exception, sleeps: SleepRecorder) -> None:
    server = Counting(exc)
    with pytest.raises(errors.APITimeoutError):
        sync_call(make_client(server, sleeps))
    assert server.calls == 3


def test_reset_mid_body_is_not_retried(sleeps: SleepRecorder) -> None:
    # The status arrived: the server may have done (and billed) the work, so it is never asked twice.
    cut = sse_response([b'{"id": "chatcmpl-1", "obj', httpx2.ReadError("Connection reset by peer")])
    server = Counting(cut, httpx2.Response(200, json=completion()))
    with pytest.raises(errors.IncompleteResponseError, match="may have been processed") as caught:
        sync_call(make_client(server, sleeps))
    assert (server.calls, caught.value.status_code, sleeps.delays) == (1, 200, [])


def test_reset_mid_body_every_time_is_a_connection_error(sleeps: SleepRecorder) -> None:
    def cut(request: httpx2.Request) -> httpx2.Response:
        return sse_response([b'{"id": ', httpx2.ReadError("Connection reset by peer")])

    with pytest.raises(errors.APIConnectionError, match="reset by peer"):
        sync_call(make_client(cut, sleeps))


def test_truncated_json_is_a_validation_error_keeping_the_response(sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(200, content=b'{"id": "chatcmpl-1", "object": "chat.comp'))
    with pytest.raises(errors.APIResponseValidationError) as caught:
        sync_call(make_client(server, sleeps))
    assert caught.value.response.content == b'{"id": "chatcmpl-1", "object": "chat.comp'
    assert caught.value.status_code == 200
    assert server.calls == 1


def test_html_502_is_retried_then_readable(sleeps: SleepRecorder) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    server = Counting(httpx2.Response(502, text=page, headers={"content-type": "text/html"}))
    with pytest.raises(errors.InternalServerError, match="502 Bad Gateway") as caught:
        sync_call(make_client(server, sleeps))
    assert caught.value.status_code == 502
    assert server.calls == 3


def test_429_waits_as_told_then_succeeds(sleeps: SleepRecorder) -> None:
    limited = httpx2.Response(429, json={"error": {"message": "slow down"}}, headers={"retry-after": "7"})
    server = Counting(limited, httpx2.Response(200, json=completion()))
    sync_call(make_client(server, sleeps))
    assert sleeps.delays == [7.0]


def test_429_asking_too_long_raises_at_once(sleeps: SleepRecorder) -> None:
    limited = httpx2.Response(
        429, json={"error": {"message": "slow down"}}, headers={"retry-after": "3600", "x-request-id": "req_1"}
    )
    server = Counting(limited)
    with pytest.raises(errors.RateLimitError) as caught:
        sync_call(make_client(server, sleeps))
    assert (caught.value.retry_after, caught.value.request_id, server.calls, sleeps.delays) == (3600.0, "req_1", 1, [])


def test_503_twice_then_200_takes_three_attempts(sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(503), httpx2.Response(503), httpx2.Response(200, json=completion()))
    assert isinstance(sync_call(make_client(server, sleeps)), ChatCompletion)
    assert server.calls == 3
    assert sleeps.delays == [0.5, 1.0]


def test_per_call_max_retries_overrides_the_client(sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(503))
    client = make_client(server, sleeps, max_retries=5)
    with pytest.raises(errors.InternalServerError):
        create_chat_completion.sync(client=client, body=chat_request(), max_retries=0)
    assert server.calls == 1


@pytest.mark.parametrize(("status", "verdict", "calls"), [(503, "false", 1), (400, "true", 3)])
def test_x_should_retry_is_honoured(status: int, verdict: str, calls: int, sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(status, headers={"x-should-retry": verdict}))
    with pytest.raises(errors.APIStatusError):
        sync_call(make_client(server, sleeps))
    assert server.calls == calls


def test_detailed_keeps_raw_status_headers_and_content(sleeps: SleepRecorder) -> None:
    page = b"<html>bad gateway</html>"
    server = Counting(httpx2.Response(502, content=page, headers={"x-request-id": "req_2"}))
    response = create_chat_completion.sync_detailed(client=make_client(server, sleeps), body=chat_request())
    assert (response.status_code, response.content, response.headers["x-request-id"]) == (502, page, "req_2")
    assert response.parsed is None


def test_a_stream_is_never_retried_once_started(sleeps: SleepRecorder) -> None:
    server = Counting(sse_response([sse_body([chunk({"content": "a"})], done=False), httpx2.ReadError("reset")]))
    with (
        create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream,
        pytest.raises(errors.APIConnectionError),
    ):
        list(stream)
    assert server.calls == 1


def test_a_stream_is_retried_before_it_starts(sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(503), sse_response(sse_body([chunk({"content": "a"})])))
    with create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream:
        assert len(list(stream)) == 1
    assert server.calls == 2


def test_a_64_mib_event_through_the_client(sleeps: SleepRecorder) -> None:
    big = "y" * (64 * 1024 * 1024)
    body = sse_body([chunk({"content": big})])
    server = Counting(sse_response([body[i : i + 4 * 1024 * 1024] for i in range(0, len(body), 4 * 1024 * 1024)]))
    with create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request()) as stream:
        final = stream.get_final_completion()
    assert final.choices[0].message.content == big


@pytest.mark.anyio
async def test_async_503_twice_then_200(sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(503), httpx2.Response(503), httpx2.Response(200, json=completion()))
    result = await create_chat_completion.asyncio(client=make_client(server, sleeps), body=chat_request())
    assert isinstance(result, ChatCompletion)
    assert (server.calls, sleeps.delays) == (3, [0.5, 1.0])


@pytest.mark.anyio
async def test_async_timeout_and_connection_errors(sleeps: SleepRecorder) -> None:
    for exc, cls in [
        (httpx2.ReadTimeout("t"), errors.APITimeoutError),
        (httpx2.ConnectError("c"), errors.APIConnectionError),
    ]:
        with pytest.raises(cls):
            await create_chat_completion.asyncio(client=make_client(Counting(exc), sleeps), body=chat_request())


@pytest.mark.anyio
async def test_async_html_502_and_truncated_json(sleeps: SleepRecorder) -> None:
    html = Counting(httpx2.Response(502, text="<title>Bad Gateway</title>"))
    with pytest.raises(errors.InternalServerError, match="Bad Gateway"):
        await create_chat_completion.asyncio(client=make_client(html, sleeps), body=chat_request())
    truncated = Counting(httpx2.Response(200, content=b'{"id": '))
    with pytest.raises(errors.APIResponseValidationError):
        await create_chat_completion.asyncio(client=make_client(truncated, sleeps), body=chat_request())
