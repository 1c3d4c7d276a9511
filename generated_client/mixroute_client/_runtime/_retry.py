"""When to retry a request and how long to wait first.

Written here rather than taken from httpx2-retries or stamina: neither honours ``x-should-retry`` nor gives up
when the server asks for a longer wait than we accept, and a retrying transport would also retry a stream
after it started, which must never happen. The policy is a plain value so tests inject ``sleep`` and ``clock``
and never really wait.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx2

from ._error_answer import error_details, parse_retry_after, retry_after
from ._exceptions import is_final_code
from ._facts import spec_facts
from ._public import shown_from_package

__all__ = ["DEFAULT_MAX_RETRIES", "RetryPolicy", "RetryState", "parse_retry_after"]

DEFAULT_MAX_RETRIES = 2
_FACTS = spec_facts()


async def _anyio_sleep(seconds: float) -> None:
    # Imported on first use: anyio ships with httpx2, but loading it at import time costs every user.
    import anyio  # noqa: PLC0415

    await anyio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts; the number of attempts is the client's ``max_retries``.

    Without a server-given delay the wait is ``initial_delay * 2**attempt`` capped at ``max_delay``, less up to
    25 % jitter so that many clients do not come back at the same moment. A server asking for more than
    ``max_server_delay`` seconds is not retried: the error is raised at once instead of blocking.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_server_delay: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_anyio_sleep, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def backoff(self, attempt: int) -> float:
        """The wait before retry number ``attempt + 1`` when the server did not say."""
        delay = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return delay * (1.0 - 0.25 * self.jitter())

    def delay_for(self, attempt: int, response: httpx2.Response) -> float | None:
        """The wait before retrying after ``response``, or None when it must not be retried."""
        if not should_retry(response):
            return None
        asked = retry_after(response, now=self.clock())
        if asked is None:
            return self.backoff(attempt)
        return asked if asked <= self.max_server_delay else None


def should_retry(response: httpx2.Response) -> bool:
    """Whether the answer is worth another attempt.

    Never a 2xx (the server did the work: a retry would bill it twice) and never an error whose body code
    says no retry can help (a missing model, no quota left); otherwise the server's ``x-should-retry`` has
    the last word, and without it the status decides (the spec's ``x-mixroute-retryable-statuses``).
    """
    if response.is_success or is_final_code(*error_details(response)):
        return False
    verdict = str(response.headers.get("x-should-retry", "")).strip().lower()
    if verdict in {"true", "false"}:
        return verdict == "true"
    status = response.status_code
    return status in _FACTS.retryable_statuses or status // 100 in _FACTS.retryable_status_classes


class RetryState:
    """The attempts of one call: counts them and says how long to wait before the next, or None to stop."""

    def __init__(self, policy: RetryPolicy, max_retries: int) -> None:
        self._policy = policy
        self._max_retries = max_retries
        self.attempt = 0

    def after_response(self, response: httpx2.Response) -> float | None:
        if self.attempt >= self._max_retries:
            return None
        return self._next(self._policy.delay_for(self.attempt, response))

    def after_failure(self) -> float | None:
        if self.attempt >= self._max_retries:
            return None
        return self._next(self._policy.backoff(self.attempt))

    def _next(self, delay: float | None) -> float | None:
        if delay is not None:
            self.attempt += 1
        return delay


shown_from_package(globals(), ("RetryPolicy",))
