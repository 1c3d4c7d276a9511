"""The per-key token bucket, on a clock the test moves."""

from __future__ import annotations

import pytest

from mixroute_mock.ratelimit import RateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_burst_is_allowed_then_refused_with_retry_after() -> None:
    clock = FakeClock()
    limiter = RateLimiter(per_minute=60, burst=3, clock=clock)
    decisions = [limiter.take("k") for _ in range(4)]
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert [d.remaining for d in decisions] == [2, 1, 0, 0]
    refused = decisions[-1].headers()
    assert refused["retry-after"] == "1"
    assert refused["retry-after-ms"] == "1000"
    assert refused["x-ratelimit-limit-requests"] == "3"
    assert refused["x-ratelimit-remaining-requests"] == "0"
    assert "retry-after" not in decisions[0].headers()


def test_tokens_come_back_with_time_up_to_the_burst() -> None:
    clock = FakeClock()
    limiter = RateLimiter(per_minute=60, burst=2, clock=clock)
    limiter.take("k")
    limiter.take("k")
    assert not limiter.take("k").allowed
    clock.now += 1.0
    assert limiter.take("k").allowed
    clock.now += 3600
    assert limiter.take("k").remaining == 1  # refilled to the burst of 2, not beyond


def test_keys_have_buckets_of_their_own() -> None:
    limiter = RateLimiter(per_minute=60, burst=1, clock=FakeClock())
    assert limiter.take("a").allowed
    assert not limiter.take("a").allowed
    assert limiter.take("b").allowed


def test_retry_after_is_rounded_up_to_whole_seconds() -> None:
    limiter = RateLimiter(per_minute=20, burst=1, clock=FakeClock())
    limiter.take("k")
    refused = limiter.take("k")
    assert refused.retry_after_seconds == pytest.approx(3.0)
    assert refused.headers()["retry-after"] == "3"


def test_a_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match=">= 1"):
        RateLimiter(per_minute=0, burst=1)
