"""The mock's X-Mock-Fault injection, through the generated client in-process: typed errors or success."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, ChatCompletionChunk
from mixroute_mock import DEFAULT_API_KEY
from tests.conftest import InProcessClient

from .conftest import SleepRecorder, chat_request

FaultClient = Callable[[str, SleepRecorder], AuthenticatedClient]


@pytest.fixture
def client_with_fault(in_process_client: InProcessClient) -> FaultClient:
    return lambda fault, sleeps: in_process_client(fault=fault, retry_policy=sleeps.policy())


@pytest.mark.anyio
async def test_503_twice_then_success(client_with_fault: FaultClient, sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=503; times=2; key=t1", sleeps)
    result = await create_chat_completion.asyncio(client=client, body=chat_request())
    assert isinstance(result, ChatCompletion)
    assert sleeps.delays == [0.5, 1.0]


@pytest.mark.anyio
async def test_429_with_retry_after(client_with_fault: FaultClient, sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=429; retry-after=3; times=1; key=t2", sleeps)
    await create_chat_completion.asyncio(client=client, body=chat_request())
    assert sleeps.delays == [3.0]


@pytest.mark.anyio
async def test_429_every_time_is_a_rate_limit_error(client_with_fault: FaultClient, sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=429; retry-after=1; retry-after-ms=1500", sleeps)
    with pytest.raises(errors.RateLimitError) as caught:
        await create_chat_completion.asyncio(client=client, body=chat_request())
    assert caught.value.retry_after == 1.5
    assert caught.value.request_id
    assert sleeps.delays == [1.5, 1.5]


@pytest.mark.anyio
async def test_should_retry_false_stops_at_once(client_with_fault: FaultClient, sleeps: SleepRecorder) -> None:
    client = client_with_fault("status=503; should-retry=false", sleeps)
    with pytest.raises(errors.InternalServerError):
        await create_chat_completion.asyncio(client=client, body=chat_request())
    assert sleeps.delays == []


@pytest.mark.anyio
async def test_html_502(client_with_fault: FaultClient, sleeps: SleepRecorder) -> None:
    with pytest.raises(errors.InternalServerError) as caught:
        await create_chat_completion.asyncio(client=client_with_fault("html", sleeps), body=chat_request())
    assert caught.value.status_code == 502
    assert "<" not in str(caught.value)


@pytest.mark.anyio
async def test_malformed_json(client_with_fault: FaultClient, sleeps: SleepRecorder) -> None:
    with pytest.raises(errors.APIResponseValidationError):
        await create_chat_completion.asyncio(client=client_with_fault("malformed-json", sleeps), body=chat_request())


@pytest.mark.anyio
async def test_stream_error_event(client_with_fault: FaultClient, sleeps: SleepRecorder) -> None:
    client = client_with_fault("error-event-after=1", sleeps)
    async with create_chat_completion.asyncio_stream(client=client, body=chat_request()) as stream:
        with pytest.raises(errors.APIError) as caught:
            async for _ in stream:
                pass
    assert not isinstance(caught.value, errors.APIStatusError | errors.APIConnectionError)
    assert caught.value.body is not None


# A dropped connection cannot be simulated in-process (httpx2's ASGITransport buffers whole bodies), so the
# drop faults run against the real mock server on loopback (the session's `mock_url`), through the sync client.
def live_client(base_url: str, fault: str, sleeps: SleepRecorder) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=base_url, token=DEFAULT_API_KEY, headers={"X-Mock-Fault": fault}, retry_policy=sleeps.policy()
    )


def test_stream_dropped_mid_event(mock_url: str, sleeps: SleepRecorder) -> None:
    chunks: list[ChatCompletionChunk] = []
    client = live_client(mock_url, "drop-after=2", sleeps)
    with (
        create_chat_completion.stream(client=client, body=chat_request()) as stream,
        pytest.raises(errors.APIConnectionError),
    ):
        chunks.extend(stream)
    assert len(chunks) == 2
    assert sleeps.delays == []


def test_non_streamed_drop_is_a_connection_error_never_retried(mock_url: str, sleeps: SleepRecorder) -> None:
    # The drop comes after the status: the work may have been done, so it is not asked for again.
    with pytest.raises(errors.IncompleteResponseError):
        create_chat_completion.sync(client=live_client(mock_url, "drop-after=1", sleeps), body=chat_request())
    assert sleeps.delays == []


def test_sync_client_against_the_mock_url(mock_url: str, sleeps: SleepRecorder) -> None:
    client = live_client(mock_url, "status=503; times=2; key=live1", sleeps)
    assert isinstance(create_chat_completion.sync(client=client, body=chat_request()), ChatCompletion)
    assert sleeps.delays == [0.5, 1.0]
