"""Simulated log probabilities: one entry per emitted token, plain and streamed, valid against the spec."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.logprobs import token_logprob
from mixroute_mock.tokens import each_token
from tests.spec import LOADED

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
PATH = "/v1/chat/completions"
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "Name three rivers"}]}


@pytest.fixture
async def client() -> AsyncIterator[httpx2.AsyncClient]:
    transport = httpx2.ASGITransport(create_app(MockSettings(log=False)))
    async with httpx2.AsyncClient(transport=transport, base_url="http://mock") as mock:
        yield mock


async def completion(client: httpx2.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(PATH, headers=AUTH, json=body)
    assert response.status_code == 200, response.text
    reply: dict[str, Any] = response.json()
    assert LOADED.violation("ChatCompletion", reply) is None
    return reply


async def chunks(client: httpx2.AsyncClient, body: dict[str, Any]) -> list[dict[str, Any]]:
    response = await client.post(PATH, headers=AUTH, json={**body, "stream": True})
    data = [block.removeprefix("data: ") for block in response.text.split("\n\n") if block]
    assert data[-1] == "[DONE]"
    parsed = [json.loads(item) for item in data[:-1]]
    assert all(LOADED.violation("ChatCompletionChunk", chunk) is None for chunk in parsed)
    return parsed


@pytest.mark.parametrize("top", [0, 3, 20])
async def test_each_token_of_the_content_has_its_logprob_plain_and_streamed(
    client: httpx2.AsyncClient, top: int
) -> None:
    body = {**ASK, "logprobs": True, "top_logprobs": top, "max_tokens": 5}
    choice = (await completion(client, body))["choices"][0]
    entries = choice["logprobs"]["content"]
    assert [entry["token"] for entry in entries] == list(each_token(choice["message"]["content"]))
    assert len(entries) == 5  # the truncated content, not the whole answer
    for entry in entries:
        assert entry["logprob"] <= 0
        assert entry["bytes"] == list(entry["token"].encode())
        assert len(entry["top_logprobs"]) == top
        assert [alternative["logprob"] for alternative in entry["top_logprobs"]] == sorted(
            (alternative["logprob"] for alternative in entry["top_logprobs"]), reverse=True
        )
        assert entry["top_logprobs"][:1] in ([], [{key: entry[key] for key in ("token", "logprob", "bytes")}])
    streamed = [
        item
        for chunk in await chunks(client, body)
        for part in chunk["choices"]
        if part["logprobs"]
        for item in part["logprobs"]["content"]
    ]
    assert streamed == entries
    assert (await completion(client, body))["choices"][0]["logprobs"] == choice["logprobs"]


async def test_logprobs_are_null_unless_asked_for_and_for_a_tool_call(client: httpx2.AsyncClient) -> None:
    assert (await completion(client, ASK))["choices"][0]["logprobs"] is None
    assert all(part["logprobs"] is None for chunk in await chunks(client, ASK) for part in chunk["choices"])
    tool = {"type": "function", "function": {"name": "rivers", "parameters": {"type": "object"}}}
    calling = {**ASK, "tools": [tool], "logprobs": True}
    assert (await completion(client, calling))["choices"][0]["logprobs"] == {"content": None, "refusal": None}


def test_a_tokens_logprob_depends_on_the_token_and_its_position_only() -> None:
    assert token_logprob("river ", 3, 2) == token_logprob("river ", 3, 2)
    assert token_logprob("river ", 3, 2) != token_logprob("river ", 4, 2)
    assert len({entry["token"] for entry in token_logprob("the ", 0, 20)["top_logprobs"]}) == 20
