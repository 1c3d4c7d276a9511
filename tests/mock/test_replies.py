"""Deterministic replies derived from the conversation."""

from __future__ import annotations

import json
from typing import Any

from mixroute_mock.arguments import conforms
from mixroute_mock.replies import build_reply, tokens

WEATHER_PARAMETERS = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1, "maximum": 7}},
    "required": ["city", "days"],
}
WEATHER_TOOL = {"type": "function", "function": {"name": "get_weather", "parameters": WEATHER_PARAMETERS}}
TIME_TOOL = {"type": "function", "function": {"name": "current_time", "parameters": {"type": "object"}}}


def ask(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "glm-5", "messages": [{"role": "user", "content": text}], **extra}


def test_the_reply_quotes_the_last_message_and_is_the_same_every_time() -> None:
    first = build_reply(ask("Tell me about otters")).completion()
    assert first == build_reply(ask("Tell me about otters")).completion()
    assert "Tell me about otters" in first["choices"][0]["message"]["content"]
    assert first["choices"][0]["finish_reason"] == "stop"
    assert first["id"] != build_reply(ask("Tell me about seals")).completion()["id"]


def test_usage_adds_up_and_counts_the_reply() -> None:
    reply = build_reply(ask("one two three"))
    usage = reply.usage()
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert usage["completion_tokens"] == len(tokens(reply.choices[0].content or ""))
    assert build_reply(ask("one two three four")).usage()["prompt_tokens"] == usage["prompt_tokens"] + 1


def test_max_tokens_truncates_with_finish_reason_length() -> None:
    reply = build_reply(ask("a b c d e f", max_tokens=3))
    assert len(tokens(reply.choices[0].content or "")) == 3
    assert reply.choices[0].finish_reason == "length"
    assert reply.usage()["completion_tokens"] == 3


def test_a_stop_sequence_ends_the_text_before_it() -> None:
    full = build_reply(ask("alpha beta gamma")).choices[0].content or ""
    stopped = build_reply(ask("alpha beta gamma", stop=["gamma", "beta"])).choices[0]
    assert stopped.content == full[: full.index("beta")]
    assert stopped.finish_reason == "stop"
    assert build_reply(ask("alpha", stop="")).choices[0].content == full.replace(" beta gamma", "")


def test_n_gives_n_distinct_choices() -> None:
    choices = build_reply(ask("hello", n=3)).choices
    assert [choice.index for choice in choices] == [0, 1, 2]
    assert len({choice.content for choice in choices}) == 3


def test_a_required_tool_is_called_with_arguments_valid_for_its_schema() -> None:
    reply = build_reply(ask("Weather in Paris, please", tools=[TIME_TOOL, WEATHER_TOOL], tool_choice="required"))
    (call,) = reply.choices[0].tool_calls
    assert call.name == "current_time"
    assert reply.choices[0].finish_reason == "tool_calls"
    assert reply.choices[0].content is None
    assert reply.completion()["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "current_time"


def test_a_named_tool_is_called_and_its_arguments_use_the_place_the_user_named() -> None:
    named = {"type": "function", "function": {"name": "get_weather"}}
    reply = build_reply(ask("How warm is it in Paris?", tools=[TIME_TOOL, WEATHER_TOOL], tool_choice=named))
    (call,) = reply.choices[0].tool_calls
    arguments = json.loads(call.arguments)
    assert call.name == "get_weather"
    assert arguments == {"city": "Paris", "days": 1}
    assert conforms(WEATHER_PARAMETERS, arguments)


def test_auto_calls_a_tool_only_when_the_user_asks_for_what_it_does() -> None:
    asked = build_reply(ask("What's the weather like in Beijing today?", tools=[WEATHER_TOOL]))
    assert asked.choices[0].tool_calls[0].name == "get_weather"
    not_asked = build_reply(ask("Write me a haiku", tools=[WEATHER_TOOL], tool_choice="auto"))
    assert not_asked.choices[0].tool_calls == ()
    refused = build_reply(ask("What's the weather?", tools=[WEATHER_TOOL], tool_choice="none"))
    assert refused.choices[0].tool_calls == ()


def test_a_tool_result_is_answered_in_words_that_use_it() -> None:
    first = build_reply(ask("What's the weather like in Beijing today?", tools=[WEATHER_TOOL]))
    call = first.choices[0].tool_calls[0]
    conversation = ask("What's the weather like in Beijing today?", tools=[WEATHER_TOOL], tool_choice="required")
    conversation["messages"] += [
        first.completion()["choices"][0]["message"],
        {"role": "tool", "tool_call_id": call.id, "content": '{"temperature_c": 21}'},
    ]
    answer = build_reply(conversation).choices[0]
    assert answer.tool_calls == ()
    assert answer.finish_reason == "stop"
    assert answer.content == 'According to get_weather: {"temperature_c": 21}'


def test_json_schema_response_format_gives_json_of_that_schema() -> None:
    schema = {"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"]}
    response_format = {"type": "json_schema", "json_schema": {"name": "doc", "schema": schema}}
    content = build_reply(ask("Name a book", response_format=response_format)).choices[0].content
    assert conforms(schema, json.loads(content or ""))


def test_text_parts_are_read_and_integral_floats_count_as_integers() -> None:
    request = {"model": "glm-5", "messages": [{"role": "user", "content": [{"type": "text", "text": "hi parts"}]}]}
    reply = build_reply({**request, "n": 2.0, "max_tokens": 100.0})
    assert len(reply.choices) == 2
    assert "hi parts" in (reply.choices[0].content or "")
