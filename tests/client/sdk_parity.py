"""Clients that answer every request with one recorded body, for the re-created OpenAI SDK tests.

The bodies in ``sdk_recordings/`` are the OpenAI API's own answers that openai-python records for its
``tests/lib/chat`` tests (see the README there); each test here replays one into ``Mixroute`` through
``httpx2.MockTransport`` and asserts what the SDK's test asserts.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, Literal, TypeVar

import httpx2
import pydantic

from mixroute_client import AsyncMixroute, Mixroute
from mixroute_client.params import ChatMessageParam, ToolParam

RECORDINGS = Path(__file__).parent / "sdk_recordings"
T = TypeVar("T")

# What the SDK's tests send and read replies into.
MODEL = "gpt-4o-2024-08-06"
WEATHER: list[ChatMessageParam] = [{"role": "user", "content": "What's the weather like in SF?"}]


# A strict function tool written as a dict: its arguments are read as JSON.
STRICT_WEATHER: ToolParam = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "state": {"type": "string"}},
            "required": ["city", "state"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}


class Location(pydantic.BaseModel):
    city: str
    temperature: float
    units: Literal["c", "f"]


class GetWeatherArgs(pydantic.BaseModel):
    """Get the temperature for the given country/city combo"""

    city: str
    country: str
    units: Literal["c", "f"] = "c"


class GetStockPrice(pydantic.BaseModel):
    ticker: str
    exchange: str


class Recorder:
    """The transport's handler: answers with ``body`` and keeps every request's JSON body."""

    def __init__(self, body: bytes, content_type: str) -> None:
        self.body = body
        self.content_type = content_type
        self.requests: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(json.loads(request.content))
        return httpx2.Response(200, content=self.body, headers={"content-type": self.content_type})

    @property
    def sent(self) -> dict[str, Any]:
        return self.requests[-1]


def recording(name: str) -> Recorder:
    """A handler answering with the recorded event stream ``name`` (the first 12 hex digits of its hash)."""
    return Recorder((RECORDINGS / f"{name}.sse").read_bytes(), "text/event-stream")


def json_reply(body: str) -> Recorder:
    return Recorder(body.encode(), "application/json")


def sync_client(handler: Recorder) -> Mixroute:
    transport = httpx2.MockTransport(handler)
    return Mixroute(api_key="sk-test", base_url="http://sdk.test", http_client=httpx2.Client(transport=transport))


def async_client(handler: Recorder) -> AsyncMixroute:
    transport = httpx2.MockTransport(handler)
    http = httpx2.AsyncClient(transport=transport)
    return AsyncMixroute(api_key="sk-test", base_url="http://sdk.test", http_client=http)


def run(
    asynchronous: bool,
    handler: Recorder,
    sync: Callable[[Mixroute], T],
    asyn: Callable[[AsyncMixroute], Coroutine[Any, Any, T]],
) -> T:
    """``sync(client)`` on a ``Mixroute``, or ``asyn(client)`` on an ``AsyncMixroute``, over ``handler``."""
    if not asynchronous:
        with sync_client(handler) as client:
            return sync(client)

    async def main() -> T:
        async with async_client(handler) as client:
            return await asyn(client)

    return asyncio.run(main())
