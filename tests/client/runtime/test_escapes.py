"""Every failure reaches the caller as a MixrouteError with the right meaning, never a bare httpx2 exception,
and what cannot be cured by retrying is not retried."""

from __future__ import annotations

import httpx2
import pytest

from mixroute_client import errors
from mixroute_client.api.chat import create_chat_completion

from .conftest import ChunkStream, Counting, SleepRecorder, chat_request, chunk, make_client, sse_body, sse_response

GZIP = {"content-encoding": "gzip"}
NOT_GZIP = b"this is not gzip at all"


def corrupt(status: int, **headers: str) -> httpx2.Response:
    """An answer whose body claims gzip but is not; streamed, so the client is the one that fails to decode it."""
    return httpx2.Response(status, headers={**GZIP, **headers}, stream=ChunkStream([NOT_GZIP]))


@pytest.mark.parametrize("status", [200, 500])
def test_a_corrupt_gzip_body_is_a_validation_error_with_a_readable_response(status: int, sleeps: SleepRecorder) -> None:
    server = Counting(corrupt(status))
    with pytest.raises(errors.APIResponseValidationError, match="could not be decoded") as caught:
        create_chat_completion.sync(client=make_client(server, sleeps), body=chat_request())
    assert (caught.value.status_code, caught.value.response.content, server.calls) == (status, b"", 1)


@pytest.mark.anyio
async def test_a_corrupt_gzip_body_async(sleeps: SleepRecorder) -> None:
    server = Counting(corrupt(200))
    with pytest.raises(errors.APIResponseValidationError, match="could not be decoded"):
        await create_chat_completion.asyncio(client=make_client(server, sleeps), body=chat_request())


def test_a_corrupt_gzip_stream_is_a_validation_error(sleeps: SleepRecorder) -> None:
    server = Counting(corrupt(200, **{"content-type": "text/event-stream"}))
    stream = create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request())
    with pytest.raises(errors.APIResponseValidationError, match="could not be decoded"), stream:
        list(stream)


def test_a_redirect_loop_is_a_connection_error_and_not_retried(sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(307, headers={"location": "/v1/chat/completions"}))
    client = make_client(server, sleeps, follow_redirects=True)
    with pytest.raises(errors.APIConnectionError, match="Redirect loop"):
        create_chat_completion.sync(client=client, body=chat_request())
    assert server.calls == 21  # httpx2's 20 redirects, once: a loop does not heal on retry
    assert sleeps.delays == []


@pytest.mark.parametrize(
    ("failure", "expected", "calls"),
    [
        (httpx2.RemoteProtocolError("peer closed"), errors.APIConnectionError, 3),
        (httpx2.LocalProtocolError("bad header"), errors.APIConnectionError, 3),
        (httpx2.ProxyError("proxy said no"), errors.APIConnectionError, 3),
        (httpx2.PoolTimeout("pool"), errors.APITimeoutError, 3),
        (httpx2.WriteTimeout("write"), errors.APITimeoutError, 3),
        (httpx2.UnsupportedProtocol("gopher"), errors.APIConnectionError, 1),
        (httpx2.TooManyRedirects("loop"), errors.APIConnectionError, 1),
        (httpx2.DecodingError("zstd"), errors.APIConnectionError, 1),
    ],
)
def test_any_httpx_error_is_typed(
    failure: httpx2.HTTPError, expected: type[errors.MixrouteError], calls: int, sleeps: SleepRecorder
) -> None:
    server = Counting(failure)
    with pytest.raises(expected) as caught:
        create_chat_completion.sync(client=make_client(server, sleeps), body=chat_request())
    assert isinstance(caught.value.__cause__, type(failure))
    assert server.calls == calls


@pytest.mark.parametrize(
    ("failure", "limit"),
    [(httpx2.ConnectTimeout("c"), "connect"), (httpx2.ReadTimeout("r"), "read"), (httpx2.PoolTimeout("p"), "pool")],
)
def test_a_timeout_says_which_limit_and_after_how_many_attempts(
    failure: httpx2.TimeoutException, limit: str, sleeps: SleepRecorder
) -> None:
    client = make_client(Counting(failure), sleeps, timeout=httpx2.Timeout(7.0))
    with pytest.raises(errors.APITimeoutError) as caught:
        create_chat_completion.sync(client=client, body=chat_request())
    assert (caught.value.limit, caught.value.seconds, caught.value.attempts) == (limit, 7.0, 3)
    assert f"({limit} limit of 7 s) after 3 attempts" in str(caught.value)


def test_an_error_mid_stream_from_any_httpx_failure_is_typed(sleeps: SleepRecorder) -> None:
    body = sse_body([chunk({"content": "a"})], done=False)
    server = Counting(sse_response([body, httpx2.DecodingError("bad brotli")]))
    stream = create_chat_completion.stream(client=make_client(server, sleeps), body=chat_request())
    with pytest.raises(errors.APIResponseValidationError, match="bad brotli"), stream:
        list(stream)
