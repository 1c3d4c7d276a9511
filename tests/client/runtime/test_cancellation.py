"""Cancelled async streams give their connections back: thousands of them on one client leave its pool usable.

httpcore 1.0.9 (under httpx) kept a connection cancelled in the middle of a read counted as in use, so about 2,400
cancellations on one client left every later call waiting out the pool timeout. The client runs on httpx2 now;
this holds whatever the cause, against the real mock on loopback.
"""

from __future__ import annotations

import anyio
import pytest

from mixroute_client import AsyncMixroute
from mixroute_mock import DEFAULT_API_KEY

CANCELLED = 3_000
AT_ONCE = 100
# A stream that keeps its connection busy: each event waits this long, so every cancellation lands mid-read.
SLOW_STREAM = {"X-Mock-Fault": "event-delay=5"}

pytestmark = [pytest.mark.anyio, pytest.mark.heavy]


async def _cancelled_mid_stream(client: AsyncMixroute, opened: list[int]) -> None:
    stream = await client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True, extra_headers=SLOW_STREAM
    )
    opened.append(1)
    with anyio.CancelScope() as scope:
        async for _ in stream:
            scope.cancel()  # after the first chunk, while the next read is pending


async def test_a_call_succeeds_within_a_second_after_thousands_of_cancelled_streams(mock_url: str) -> None:
    opened: list[int] = []
    async with AsyncMixroute(api_key=DEFAULT_API_KEY, base_url=mock_url, max_retries=0) as client:
        for _ in range(CANCELLED // AT_ONCE):
            async with anyio.create_task_group() as group:
                for _ in range(AT_ONCE):
                    group.start_soon(_cancelled_mid_stream, client, opened)
        with anyio.fail_after(1.0):
            completion = await client.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "still there?"}]
            )
    assert len(opened) == CANCELLED
    assert completion.choices[0].message.content
