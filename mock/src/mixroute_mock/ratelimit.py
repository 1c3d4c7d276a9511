"""Per-key token-bucket rate limiting, with the decision data for `Retry-After` and `x-ratelimit-*` headers.

A dozen lines of our own instead of a library: the mock needs the bucket's state (remaining, reset) for the
headers, and an injectable clock so tests need no sleeping.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: float  # until the bucket is full again
    retry_after_seconds: float  # until one request is allowed (0 when allowed)

    def headers(self) -> dict[str, str]:
        """OpenAI's rate-limit headers, plus `Retry-After` (whole seconds, rounded up) when refused."""
        headers = {
            "x-ratelimit-limit-requests": str(self.limit),
            "x-ratelimit-remaining-requests": str(self.remaining),
            "x-ratelimit-reset-requests": f"{self.reset_seconds:.3f}s",
        }
        if not self.allowed:
            headers["retry-after"] = str(math.ceil(self.retry_after_seconds))
            headers["retry-after-ms"] = str(math.ceil(self.retry_after_seconds * 1000))
        return headers


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """`per_minute` requests per minute per key, refilled continuously, at most `burst` at once."""

    def __init__(self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute < 1 or burst < 1:
            raise ValueError("per_minute and burst must be >= 1")
        self.per_minute = per_minute
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    @property
    def _rate(self) -> float:
        return self.per_minute / 60.0

    def take(self, key: str) -> Decision:
        """Spend one token of `key`'s bucket if there is one."""
        with self._lock:
            now = self._clock()
            bucket = self._buckets.setdefault(key, _Bucket(float(self.burst), now))
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * self._rate)
            bucket.updated = now
            allowed = bucket.tokens >= 1.0
            if allowed:
                bucket.tokens -= 1.0
            return Decision(
                allowed=allowed,
                limit=self.burst,
                remaining=math.floor(bucket.tokens),
                reset_seconds=(self.burst - bucket.tokens) / self._rate,
                retry_after_seconds=0.0 if allowed else (1.0 - bucket.tokens) / self._rate,
            )
