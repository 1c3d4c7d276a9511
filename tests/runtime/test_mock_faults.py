"""The mock's X-Mock-Fault injection, through the generated client in-process: typed errors or success."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, ChatCompletionChunk
from tests.mock_server import DEFAULT_API_KEY, MockSettings, create_app, running_mock

from .conftest import SleepRecorder, chat_request


def client_with_fault(fault: str, sleeps: SleepRecorder) -> AuthenticatedClient:
    app = create_app(MockSettings(rate_limit_per_minute=1_000_000))
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}", "X-Mock-Fault": fault}
    client = AuthenticatedClient(base_url="http://mock", token=DEFAULT_API_KEY, retry_policy=sleeps.policy())
    return client.set_async_httpx_client(
        httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://mock", headers=headers)
    )


@pytest.mark.anyio
async def test_503_twice_then_success(sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=503; times=2; key=t1", sleeps)
    result = await create_chat_completion.asyncio(client=client, body=chat_request())
    assert isinstance(result, ChatCompletion)
    assert sleeps.delays == [0.5, 1.0]


@pytest.mark.anyio
async def test_429_with_retry_after(sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=429; retry-after=3; times=1; key=t2", sleeps)
    await create_chat_completion.asyncio(client=client, body=chat_request())
    assert sleeps.delays == [3.0]


@pytest.mark.anyio
async def test_429_every_time_is_a_rate_limit_error(sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=429; retry-after=1; retry-after-ms=1500", sleeps)
    with pytest.raises(errors.RateLimitError) as caught:
        await create_chat_completion.asyncio(client=client, body=chat_request())
    assert caught.value.retry_after == 1.5
    assert caught.value.request_id
    assert sleeps.delays == [1.5, 1.5]


@pytest.mark.anyio
async def test_should_retry_false_stops_at_once(sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=503; should-retry=false", sleeps)
    with pytest.raises(errors.InternalServerError):
        await create_chat_completion.asyncio(client=client, body=chat_request())
    assert sleeps.delays == []


@pytest.mark.anyio
async def test_html_502(sleeps: SleepRecorder) -> None:
    with pytest.raises(errors.InternalServerError) as caught:
        await create_chat_completion.asyncio(client=client_with_fault("html", sleeps), body=chat_request())
    assert caught.value.status_code == 502
    assert "<" not in str(caught.value)


@pytest.mark.anyio
async def test_malformed_json(sleeps: SleepRecorder) -> None:
    with pytest.raises(errors.APIResponseValidationError):
        await create_chat_completion.asyncio(client=client_with_fault("malformed-json", sleeps), body=chat_request())


@pytest.mark.anyio
async def test_stream_error_event(sleeps: SleepRecorder) -> None:
    client = client_with_fault("error-event-after=1", sleeps)
    async with create_chat_completion.asyncio_stream(client=client, body=chat_request()) as stream:
        with pytest.raises(errors.APIError) as caught:
            async for _ in stream:
                pass
    assert not isinstance(caught.value, errors.APIStatusError | errors.APIConnectionError)
    assert caught.value.body is not None


# A dropped connection cannot be simulated in-process (httpx's ASGITransport buffers whole bodies), so the
# drop faults run against the real mock server on loopback, through the sync client.
@pytest.fixture(scope="module")
def live_mock() -> Iterator[str]:
    with running_mock(MockSettings(rate_limit_per_minute=1_000_000)) as base_url:
        yield base_url


def live_client(base_url: str, fault: str, sleeps: SleepRecorder) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=base_url, token=DEFAULT_API_KEY, headers={"X-Mock-Fault": fault}, retry_policy=sleeps.policy()
    )


def test_stream_dropped_mid_event(live_mock: str, sleeps: SleepRecorder) -> None:
    chunks: list[ChatCompletionChunk] = []
    client = live_client(live_mock, "drop-after=2", sleeps)
    with (
        create_chat_completion.stream(client=client, body=chat_request()) as stream,
        pytest.raises(errors.APIConnectionError),
    ):
        chunks.extend(stream)
    assert len(chunks) == 2
    assert sleeps.delays == []


def test_non_streamed_drop_is_a_connection_error(live_mock: str, sleeps: SleepRecorder) -> None:
    with pytest.raises(errors.APIConnectionError):
        create_chat_completion.sync(client=live_client(live_mock, "drop-after=1", sleeps), body=chat_request())
    assert len(sleeps.delays) == 2


def test_sync_client_against_the_live_mock(live_mock: str, sleeps: SleepRecorder) -> None:
    client = live_client(live_mock, "status=503; times=2; key=live1", sleeps)
    assert isinstance(create_chat_completion.sync(client=client, body=chat_request()), ChatCompletion)
    assert sleeps.delays == [0.5, 1.0]
