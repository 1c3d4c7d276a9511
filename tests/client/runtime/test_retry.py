"""The retry policy on its own: which answers are retried, and how long it waits first."""

from __future__ import annotations

import httpx2
import pytest

from mixroute_client import RetryPolicy
from mixroute_client._runtime._retry import RetryState, parse_retry_after, should_retry

from .conftest import NOW


def response(status: int, **headers: str) -> httpx2.Response:
    return httpx2.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": "Mon, 24 Nov 2025 16:00:30 GMT"}, 30.0),
        ({"retry-after": "Mon, 24 Nov 2025 15:59:00 GMT"}, 0.0),
        ({"retry-after": "Mon, 24 Nov 2025 16:00:10 -0000"}, 10.0),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-3"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after-ms": "nan"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx2.Headers(headers), now=NOW) == expected


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (408, {}, True),
        (409, {}, True),
        (429, {}, True),
        (500, {}, True),
        (503, {}, True),
        (400, {}, False),
        (401, {}, False),
        (404, {}, False),
        (200, {}, False),
        (503, {"x-should-retry": "false"}, False),
        (400, {"x-should-retry": "true"}, True),
        (400, {"x-should-retry": " TRUE "}, True),
        (503, {"x-should-retry": "maybe"}, True),
    ],
)
def test_should_retry(status: int, headers: dict[str, str], expected: bool) -> None:
    assert should_retry(response(status, **headers)) is expected


def test_backoff_doubles_up_to_the_cap_less_jitter() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=lambda: 0.0)
    assert [policy.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    jittery = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=lambda: 1.0)
    assert jittery.backoff(1) == 0.75


def test_server_delay_is_used_and_a_too_long_one_means_give_up() -> None:
    policy = RetryPolicy(max_server_delay=60.0, clock=lambda: NOW, jitter=lambda: 0.0)
    assert policy.delay_for(0, response(429, **{"retry-after": "3"})) == 3.0
    assert policy.delay_for(0, response(429, **{"retry-after": "61"})) is None
    assert policy.delay_for(2, response(503)) == 2.0
    assert policy.delay_for(0, response(400)) is None


def test_retry_state_stops_after_max_retries() -> None:
    state = RetryState(RetryPolicy(jitter=lambda: 0.0), max_retries=2)
    assert state.after_failure() == 0.5
    assert state.after_response(response(503)) == 1.0
    assert state.after_response(response(503)) is None
    assert state.attempt == 2


def test_zero_retries_never_waits() -> None:
    state = RetryState(RetryPolicy(), max_retries=0)
    assert state.after_failure() is None
    assert state.after_response(response(503)) is None
