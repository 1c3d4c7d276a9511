"""A prompt that asks for the answer in a ```json code block (instructor's MD_JSON mode, no `response_format`)
gets JSON of the schema the prompt writes out, inside that block, streamed or not."""

from __future__ import annotations

import json
import re
from typing import Any

import openai
from pydantic import BaseModel

from mixroute_mock.plugin import MixrouteMock
from mixroute_mock.replies import build_reply

# What instructor's MD_JSON mode sends: the schema in a system message, the ask for a block as the last message.
SYSTEM = """As a genius expert, your task is to understand the content and provide
the parsed objects in json that match the following json_schema:

{schema}

Make sure to return an instance of the JSON, not the schema itself"""
BLOCK_ASK = "Return the correct JSON response within a ```json codeblock. not the JSON_SCHEMA"
FENCED = re.compile(r"\A```json\n(?P<json>.*)\n```\Z", re.DOTALL)


class Station(BaseModel):
    name: str
    elevation: int


def md_json_request(*conversation: dict[str, Any]) -> dict[str, Any]:
    system = SYSTEM.format(schema=json.dumps(Station.model_json_schema(), indent=2))
    messages = [{"role": "system", "content": system}, {"role": "user", "content": "Oslo's station"}, *conversation]
    return {"model": "gpt-4o", "messages": [*messages, {"role": "user", "content": BLOCK_ASK}]}


def fenced_json(content: str | None) -> Any:
    found = FENCED.match(content or "")
    assert found is not None, content
    return json.loads(found["json"])


def test_the_answer_is_json_of_the_prompt_schema_in_a_block() -> None:
    content = build_reply(md_json_request()).choices[0].content
    Station.model_validate(fenced_json(content))


def test_a_re_ask_after_an_invalid_answer_gets_a_block_again() -> None:
    # instructor's re-ask: the invalid answer, then the validation error, after the original ask.
    failed = [{"role": "assistant", "content": "```json\n{}\n```"}, {"role": "user", "content": "Correct your JSON"}]
    content = build_reply(md_json_request(*failed)).choices[0].content
    Station.model_validate(fenced_json(content))


def test_a_block_asked_for_without_a_schema_holds_the_plain_json_answer() -> None:
    request = {"model": "gpt-4o", "messages": [{"role": "user", "content": f"Hi. {BLOCK_ASK}"}]}
    assert set(fenced_json(build_reply(request).choices[0].content)) == {"answer"}


def test_a_response_format_wins_and_other_prompts_get_text() -> None:
    with_format = {**md_json_request(), "response_format": {"type": "json_object"}}
    Station.model_validate_json(build_reply(with_format).choices[0].content or "")
    plain = {"model": "gpt-4o", "messages": [{"role": "user", "content": "What is JSON?"}]}
    assert (build_reply(plain).choices[0].content or "").startswith("gpt-4o (mock) heard")


def test_the_streamed_block_is_the_same(mixroute_mock: MixrouteMock) -> None:
    sdk = openai.OpenAI(base_url=f"{mixroute_mock.base_url}/v1", api_key=mixroute_mock.api_key, max_retries=0)
    request = md_json_request()
    plain = sdk.chat.completions.create(**request)
    chunks = list(sdk.chat.completions.create(**request, stream=True))
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert streamed == plain.choices[0].message.content
    Station.model_validate(fenced_json(streamed))
