"""Shared pieces of the runtime tests: a client on an in-memory transport whose retries never really wait."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, RetryPolicy
from mixroute_client.models import CreateChatCompletionRequest

API_KEY = "sk-mixroute-secret-0123456789"
NOW = 1_764_000_000.0


class SleepRecorder:
    """Stands in for time.sleep / anyio.sleep and remembers every requested wait."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def policy(self, **overrides: Any) -> RetryPolicy:
        return RetryPolicy(
            sleep=self.sleep, async_sleep=self.async_sleep, clock=lambda: NOW, jitter=lambda: 0.0, **overrides
        )


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


def make_client(
    handler: Callable[[httpx2.Request], httpx2.Response], sleeps: SleepRecorder, **kwargs: Any
) -> AuthenticatedClient:
    """A client whose sync and async httpx2 clients answer through ``handler``."""
    return AuthenticatedClient(
        base_url="https://api.test",
        token=API_KEY,
        retry_policy=sleeps.policy(),
        httpx_args={"transport": httpx2.MockTransport(handler)},
        **kwargs,
    )


def chat_request(**extra: Any) -> CreateChatCompletionRequest:
    return CreateChatCompletionRequest.from_dict(
        {"model": "glm-5", "messages": [{"role": "user", "content": "Hi"}], **extra}
    )


def completion(content: str = "Hello!", **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "glm-5",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        **extra,
    }


def chunk(delta: dict[str, Any] | None = None, *, finish_reason: str | None = None, **extra: Any) -> dict[str, Any]:
    choices = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish_reason}]
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "glm-5",
        "choices": choices,
        **extra,
    }


def sse_body(payloads: Iterable[dict[str, Any] | str], *, done: bool = True, newline: str = "\n") -> bytes:
    """An event stream with one ``data:`` event per payload, ending in ``[DONE]`` unless told otherwise."""
    events = [
        f"data: {p if isinstance(p, str) else json.dumps(p, ensure_ascii=False)}{newline}{newline}" for p in payloads
    ]
    if done:
        events.append(f"data: [DONE]{newline}{newline}")
    return "".join(events).encode()


def sse_response(parts: bytes | list[Any], status: int = 200) -> httpx2.Response:
    """A streamed event-stream response made of the given network chunks (an exception in the list is raised)."""
    chunks = [parts] if isinstance(parts, bytes) else parts
    return httpx2.Response(
        status,
        headers={"content-type": "text/event-stream"},
        stream=ChunkStream(chunks),
        request=httpx2.Request("POST", "https://api.test/v1/chat/completions"),
    )


class ChunkStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """Hands out the given network chunks one by one, sync or async, counting them in ``read``; an exception in
    the list is raised."""

    def __init__(self, chunks: list[Any]) -> None:
        self._chunks = chunks
        self.closed = False
        self.read = 0

    def __iter__(self) -> Iterator[bytes]:
        for part in self._chunks:
            self.read += 1
            if isinstance(part, BaseException):
                raise part
            yield part

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._chunks:
            self.read += 1
            if isinstance(part, BaseException):
                raise part
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Counting:
    """A handler that counts its calls and plays the given answers (or raises the given exceptions) in order."""

    def __init__(self, *answers: httpx2.Response | Exception) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        if isinstance(answer, Exception):
            raise answer
        return answer
