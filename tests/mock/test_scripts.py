"""Scripted replies (the fixture's `script`, the `X-Mock-Script` header, `POST /_mock/scripts`) and a JSON reply
shaped by a schema written out in the prompt."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai
import pytest
from pydantic import BaseModel

from mixroute_mock.plugin import MixrouteMock
from mixroute_mock.scripts import MAX_QUEUED_REPLIES, MAX_SCRIPT_KEY_LENGTH, ScriptedReply, ScriptError, Scripts
from tests.spec import LOADED

ASK: list[Any] = [{"role": "user", "content": "Extract the user: Ada, 36"}]


class User(BaseModel):
    name: str
    age: int


def sdk(mock: MixrouteMock) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{mock.base_url}/v1", api_key=mock.api_key, max_retries=0, timeout=30)


def post(mock: MixrouteMock, path: str, body: Any, **headers: str) -> httpx2.Response:
    return httpx2.post(
        f"{mock.base_url}{path}", json=body, headers={"Authorization": f"Bearer {mock.api_key}", **headers}
    )


def test_scripted_replies_come_in_order_then_the_deterministic_reply(mixroute_mock: MixrouteMock) -> None:
    mixroute_mock.script(
        "not json at all",
        {"content": '{"name": "Ada", "age": 36}', "usage": {"prompt_tokens": 7, "completion_tokens": 3}},
    )
    client = sdk(mixroute_mock)
    first = client.chat.completions.create(model="gpt-4o", messages=ASK)
    second = client.chat.completions.create(model="gpt-4o", messages=ASK)
    third = client.chat.completions.create(model="gpt-4o", messages=ASK)
    assert first.choices[0].message.content == "not json at all"
    assert first.choices[0].finish_reason == "stop"
    assert User.model_validate_json(second.choices[0].message.content or "") == User(name="Ada", age=36)
    assert second.usage is not None
    assert (second.usage.prompt_tokens, second.usage.completion_tokens, second.usage.total_tokens) == (7, 3, 10)
    assert "Extract the user" in (third.choices[0].message.content or "")


def test_a_scripted_tool_call_refusal_and_finish_reason_plain_and_streamed(mixroute_mock: MixrouteMock) -> None:
    broken = {"tool_calls": [{"name": "User", "arguments": '{"name": "Ada", "age": '}], "finish_reason": "length"}
    refusing = {"refusal": "I can't help with that.", "content": None}
    for _ in range(2):
        mixroute_mock.script(broken, refusing)
    client = sdk(mixroute_mock)
    call = client.chat.completions.create(model="gpt-4o", messages=ASK).choices[0]
    assert call.finish_reason == "length"
    assert call.message.tool_calls is not None
    first_call = call.message.tool_calls[0]
    assert first_call.type == "function"
    assert (first_call.function.name, first_call.function.arguments) == ("User", '{"name": "Ada", "age": ')
    refusal = client.chat.completions.create(model="gpt-4o", messages=ASK).choices[0]
    assert refusal.message.refusal == "I can't help with that."
    assert refusal.message.content is None

    streamed = list(client.chat.completions.create(model="gpt-4o", messages=ASK, stream=True))
    arguments = "".join(
        call.function.arguments or ""
        for chunk in streamed
        for call in chunk.choices[0].delta.tool_calls or []
        if call.function is not None
    )
    assert arguments == '{"name": "Ada", "age": '
    refused = list(client.chat.completions.create(model="gpt-4o", messages=ASK, stream=True))
    assert "".join(chunk.choices[0].delta.refusal or "" for chunk in refused) == "I can't help with that."


def test_a_key_keeps_its_own_queue_and_the_endpoint_serves_other_languages(mixroute_mock: MixrouteMock) -> None:
    queued = post(mixroute_mock, "/_mock/scripts", {"key": "test-42", "replies": ["for test 42"]})
    assert queued.status_code == 204
    body = {"model": "glm-5", "messages": ASK}
    plain = post(mixroute_mock, "/v1/chat/completions", body).json()
    assert "Extract the user" in plain["choices"][0]["message"]["content"]
    scripted = post(mixroute_mock, "/v1/chat/completions", body, **{"X-Mock-Script": "test-42"}).json()
    assert scripted["choices"][0]["message"]["content"] == "for test 42"
    assert LOADED.violation("ChatCompletion", scripted) is None
    post(mixroute_mock, "/_mock/scripts", {"key": "test-42", "replies": ["never sent"]})
    assert (
        httpx2.delete(
            f"{mixroute_mock.base_url}/_mock/scripts", headers={"Authorization": f"Bearer {mixroute_mock.api_key}"}
        ).status_code
        == 204
    )
    again = post(mixroute_mock, "/v1/chat/completions", body, **{"X-Mock-Script": "test-42"}).json()
    assert again["choices"][0]["message"]["content"] != "never sent"


@pytest.mark.parametrize(
    ("script", "words"),
    [
        ({"replies": [{"content": 5}]}, "at '.replies[0]'"),
        ({"replies": [{"tool_calls": [{"arguments": {}}]}]}, "at '.replies[0]'"),
        ({"replies": "hello"}, "is not of type 'array'"),
        ({"key": "k"}, "'replies' is a required property"),
        ({"key": "k" * (MAX_SCRIPT_KEY_LENGTH + 1), "replies": []}, "is too long"),
    ],
)
def test_a_malformed_script_is_a_400_naming_where(mixroute_mock: MixrouteMock, script: Any, words: str) -> None:
    response = post(mixroute_mock, "/_mock/scripts", script)
    assert response.status_code == 400
    assert words in response.json()["error"]["message"]
    if isinstance(script.get("replies"), list) and script["replies"]:  # the fixture names its own key
        with pytest.raises(ValueError, match="Invalid script"):
            mixroute_mock.script(*script["replies"])


def test_the_queues_are_bounded_and_forget_a_key_once_emptied() -> None:
    scripts = Scripts()
    scripts.add("a", [ScriptedReply(content="x")] * (MAX_QUEUED_REPLIES - 1))
    with pytest.raises(ScriptError, match=f"at most {MAX_QUEUED_REPLIES} scripted replies"):
        scripts.add("b", [ScriptedReply(content="y")] * 2)
    assert scripts.take("b") is None  # nothing of the refused script was queued
    scripts.add("b", [ScriptedReply(content="y")])
    assert scripts.take("b") == ScriptedReply(content="y")
    assert "b" not in scripts._queues


def test_the_script_endpoint_needs_a_key(mixroute_mock: MixrouteMock) -> None:
    response = httpx2.post(f"{mixroute_mock.base_url}/_mock/scripts", json={"replies": ["x"]})
    assert response.status_code == 401


INSTRUCTOR_PROMPT = """As a genius expert, your task is to understand the content and provide
the parsed objects in json that match the following json_schema:

{schema}

Make sure to return an instance of the JSON, not the schema itself"""


def test_a_json_object_reply_follows_a_schema_written_in_the_prompt(mixroute_mock: MixrouteMock) -> None:
    prompt = INSTRUCTOR_PROMPT.format(schema=json.dumps(User.model_json_schema(), indent=2))
    messages: list[Any] = [{"role": "system", "content": prompt}, *ASK]
    completion = sdk(mixroute_mock).chat.completions.create(
        model="gpt-4o", messages=messages, response_format={"type": "json_object"}
    )
    User.model_validate_json(completion.choices[0].message.content or "")
    plain = sdk(mixroute_mock).chat.completions.create(
        model="gpt-4o", messages=ASK, response_format={"type": "json_object"}
    )
    assert set(json.loads(plain.choices[0].message.content or "")) == {"answer"}


@pytest.mark.parametrize(
    "text",
    [
        'Example: {"name": "Ada"} and {"not": "a schema"}',
        "{" * 10_000,
        '{"a": ' + "[" * 100_000,
        '{"type": "object", "minProperties": "x"}',
    ],
)
def test_text_without_a_usable_schema_gives_the_plain_json_answer(mixroute_mock: MixrouteMock, text: str) -> None:
    messages: list[Any] = [{"role": "system", "content": text}, *ASK]
    completion = sdk(mixroute_mock).chat.completions.create(
        model="gpt-4o", messages=messages, response_format={"type": "json_object"}
    )
    assert set(json.loads(completion.choices[0].message.content or "")) == {"answer"}
