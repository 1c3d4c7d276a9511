"""Proof that the contract suite validates streamed replies event by event, not only the content type."""

from __future__ import annotations

import datetime
import json

import anyio
import httpx2
import pytest
import schemathesis
from schemathesis.openapi.checks import JsonSchemaError

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from tests.spec import CHAT_PATH, SPEC_PATH

OPERATION = schemathesis.openapi.from_path(SPEC_PATH)[CHAT_PATH]["POST"]
STREAMED = {
    "model": "glm-5",
    "messages": [{"role": "user", "content": "stream me"}],
    "stream": True,
    "stream_options": {"include_usage": True},
}


async def _stream_body() -> str:
    transport = httpx2.ASGITransport(create_app(MockSettings(log=False)))
    async with httpx2.AsyncClient(transport=transport, base_url="http://mock") as client:
        headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
        return (await client.post(CHAT_PATH, headers=headers, json=STREAMED)).text


def _as_response(body: str) -> httpx2.Response:
    request = httpx2.Request("POST", f"http://mock{CHAT_PATH}")
    response = httpx2.Response(200, headers={"content-type": "text/event-stream"}, text=body, request=request)
    response.elapsed = datetime.timedelta(0)  # schemathesis reads it; a response built by hand has none
    return response


def _with_event_replaced(body: str, position: int, data: str) -> str:
    events = body.split("\n\n")
    events[position] = f"data: {data}"
    return "\n\n".join(events)


@pytest.fixture(scope="module")
def stream_body() -> str:
    return anyio.run(_stream_body)


def test_the_mock_stream_passes(stream_body: str) -> None:
    assert stream_body.count("data: ") > 4
    assert OPERATION.is_valid_response(_as_response(stream_body))
    OPERATION.validate_response(_as_response(stream_body))


@pytest.mark.parametrize(
    "broken",
    [
        lambda chunk: json.dumps({**chunk, "object": "chat.completion"}),
        lambda chunk: json.dumps({key: value for key, value in chunk.items() if key != "choices"}),
        lambda chunk: json.dumps({**chunk, "choices": [{"index": -1, "delta": {}}]}),
        lambda chunk: "{not json",
    ],
    ids=["wrong-object", "no-choices", "negative-index", "not-json"],
)
def test_one_broken_event_in_the_middle_fails_validation(stream_body: str, broken: object) -> None:
    assert callable(broken)
    second = json.loads(stream_body.split("\n\n")[1].removeprefix("data: "))
    response = _as_response(_with_event_replaced(stream_body, 1, broken(second)))
    assert not OPERATION.is_valid_response(response)
    with pytest.raises(JsonSchemaError, match=r"SSE event violates schema\s+Event #1"):
        OPERATION.validate_response(response)
