"""Deterministic replies derived from the conversation."""

from __future__ import annotations

import json
from typing import Any

from mixroute_mock.arguments import conforms
from mixroute_mock.replies import Reply, build_reply
from mixroute_mock.tokens import token_count

WEATHER_PARAMETERS = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1, "maximum": 7}},
    "required": ["city", "days"],
}
WEATHER_TOOL = {"type": "function", "function": {"name": "get_weather", "parameters": WEATHER_PARAMETERS}}
TIME_TOOL = {"type": "function", "function": {"name": "current_time", "parameters": {"type": "object"}}}
# A tool named like a model class, as pydantic-ai and instructor name their output tools.
ANSWER_PARAMETERS = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
ANSWER_TOOL = {"type": "function", "function": {"name": "Answer", "parameters": ANSWER_PARAMETERS}}


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
    assert usage["completion_tokens"] == token_count(reply.choices[0].content or "")
    assert build_reply(ask("one two three four")).usage()["prompt_tokens"] == usage["prompt_tokens"] + 1


def test_max_tokens_truncates_with_finish_reason_length() -> None:
    reply = build_reply(ask("a b c d e f", max_tokens=3))
    assert token_count(reply.choices[0].content or "") == 3
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


def answered(request: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """`request` continued with the reply's message and a result for each tool it called."""
    message = reply.completion()["choices"][0]["message"]
    results = [
        {"role": "tool", "tool_call_id": call.id, "content": '{"ok": true}'} for call in reply.choices[0].tool_calls
    ]
    return {**request, "messages": [*request["messages"], message, *results]}


def called(reply: Reply) -> list[str]:
    return [call.name for call in reply.choices[0].tool_calls]


def test_required_calls_the_tools_the_user_names_then_one_not_called_yet() -> None:
    # Old behaviour, always tools[0] and text after a tool result, looped pydantic-ai's output-tool agents.
    request = ask("Weather in Paris, please", tools=[TIME_TOOL, WEATHER_TOOL, ANSWER_TOOL], tool_choice="required")
    first = build_reply(request)
    assert called(first) == ["get_weather"]
    assert first.choices[0].finish_reason == "tool_calls"
    assert first.choices[0].content is None
    second = build_reply(answered(request, first))
    assert called(second) == ["current_time"]
    third = build_reply(answered(answered(request, first), second))
    assert called(third) == ["Answer"]
    assert called(build_reply(ask("Hello", tools=[TIME_TOOL, WEATHER_TOOL], tool_choice="required"))) == [
        "current_time"
    ]


def test_a_named_tool_is_called_and_its_arguments_use_the_place_the_user_named() -> None:
    named = {"type": "function", "function": {"name": "get_weather"}}
    request = ask("How warm is it in Paris?", tools=[TIME_TOOL, WEATHER_TOOL], tool_choice=named)
    reply = build_reply(request)
    (call,) = reply.choices[0].tool_calls
    arguments = json.loads(call.arguments)
    assert call.name == "get_weather"
    assert arguments == {"city": "Paris", "days": 1}
    assert conforms(WEATHER_PARAMETERS, arguments)
    # Forcing holds after a tool result too, as at OpenAI: the agent has to lift it.
    assert called(build_reply(answered(request, reply))) == ["get_weather"]


def test_auto_calls_the_named_tools_at_once_then_the_others_then_answers() -> None:
    # Old behaviour: a tool whose name the user did not say (`Answer`) was never called.
    request = ask("What's the weather like in Beijing, and the time?", tools=[WEATHER_TOOL, ANSWER_TOOL, TIME_TOOL])
    first = build_reply(request)
    assert called(first) == ["get_weather", "current_time"]
    assert len({call.id for call in first.choices[0].tool_calls}) == 2
    second = build_reply(answered(request, first))
    assert called(second) == ["Answer"]
    third = build_reply(answered(answered(request, first), second))
    assert called(third) == []
    assert third.choices[0].finish_reason == "stop"
    assert third.choices[0].content == 'According to Answer: {"ok": true}'


def test_parallel_tool_calls_false_calls_one_tool_per_turn() -> None:
    request = ask("Weather and time?", tools=[WEATHER_TOOL, TIME_TOOL], parallel_tool_calls=False)
    first = build_reply(request)
    assert called(first) == ["get_weather"]
    assert called(build_reply(answered(request, first))) == ["current_time"]


def test_a_new_user_message_starts_the_tools_over_and_none_calls_no_tool() -> None:
    request = ask("Write me a haiku", tools=[WEATHER_TOOL])
    first = build_reply(request)
    assert called(first) == ["get_weather"]
    done = answered(request, first)
    assert called(build_reply(done)) == []
    again = {**done, "messages": [*done["messages"], {"role": "assistant", "content": "ok"}, *ask("More?")["messages"]]}
    assert called(build_reply(again)) == ["get_weather"]
    assert called(build_reply(ask("What's the weather?", tools=[WEATHER_TOOL], tool_choice="none"))) == []


def test_a_tool_result_is_answered_in_words_that_use_it() -> None:
    request = ask("What's the weather like in Beijing today?", tools=[WEATHER_TOOL])
    first = build_reply(request)
    call = first.choices[0].tool_calls[0]
    conversation = {**request}
    conversation["messages"] = [
        *request["messages"],
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
