"""The official OpenAI SDK against the mock on loopback: the mock is a drop-in double for any OpenAI client."""

from __future__ import annotations

import datetime
import enum
import json
import uuid

import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam
from pydantic import BaseModel, Field

from mixroute_mock import DEFAULT_API_KEY

QUESTION: list[ChatCompletionMessageParam] = [{"role": "user", "content": "What's the weather like in Beijing today?"}]
WEATHER_TOOL: ChatCompletionToolParam = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def sdk(url: str, key: str = DEFAULT_API_KEY) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=30)


def test_a_plain_completion(mock_url: str) -> None:
    completion = sdk(mock_url).chat.completions.create(
        model="glm-5", messages=[{"role": "user", "content": "Briefly introduce AI"}]
    )
    assert completion.choices[0].message.content is not None
    assert "Briefly introduce AI" in completion.choices[0].message.content
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_a_stream_with_usage(mock_url: str) -> None:
    client = sdk(mock_url)
    plain = client.chat.completions.create(model="deepseek-v3", messages=[{"role": "user", "content": "Count"}])
    stream = client.chat.completions.create(
        model="deepseek-v3",
        messages=[{"role": "user", "content": "Count"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == plain.choices[0].message.content
    assert chunks[-1].choices == []
    assert chunks[-1].usage == plain.usage


def test_a_tool_call(mock_url: str) -> None:
    completion = sdk(mock_url).chat.completions.create(
        model="gpt-4o",
        messages=QUESTION,
        tools=[WEATHER_TOOL],
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert call.type == "function"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Beijing"}


def test_a_bad_key_is_an_authentication_error(mock_url: str) -> None:
    with pytest.raises(openai.AuthenticationError) as raised:
        sdk(mock_url, key="sk-wrong").chat.completions.create(model="glm-5", messages=QUESTION)
    assert raised.value.status_code == 401
    assert raised.value.code == "invalid_api_key"
    assert raised.value.request_id is not None


def test_an_unknown_model_is_not_found(mock_url: str) -> None:
    with pytest.raises(openai.NotFoundError) as raised:
        sdk(mock_url).chat.completions.create(model="gpt-99", messages=QUESTION)
    assert raised.value.code == "model_not_found"
    assert raised.value.param == "model"


def test_an_invalid_temperature_is_a_bad_request(mock_url: str) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        sdk(mock_url).chat.completions.create(model="glm-5", messages=QUESTION, temperature=5)
    assert raised.value.param == "temperature"
    assert "temperature" in raised.value.message


def test_the_sdks_full_set_of_chat_parameters_is_accepted(mock_url: str) -> None:
    """Every parameter the official SDK's `create` takes, with `developer` and every content part, gets a 200."""
    messages: list[ChatCompletionMessageParam] = [
        {"role": "developer", "content": "Answer briefly."},
        {"role": "system", "content": [{"type": "text", "text": "You are helpful."}]},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Describe these."},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}},
                {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
                {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBERg==", "filename": "a.pdf"}},
            ],
            "name": "ada",
        },
        {"role": "assistant", "content": [{"type": "text", "text": "Earlier answer."}], "refusal": None},
        {"role": "user", "content": "And now?"},
    ]
    completion = sdk(mock_url).chat.completions.create(
        model="gpt-4o",
        messages=messages,
        audio={"voice": "alloy", "format": "wav"},
        frequency_penalty=0.5,
        logit_bias={"50256": -100},
        logprobs=True,
        max_completion_tokens=64,
        max_tokens=64,
        metadata={"team": "contract"},
        modalities=["text"],
        n=1,
        parallel_tool_calls=True,
        prediction={"type": "content", "content": "Earlier answer."},
        presence_penalty=0.5,
        prompt_cache_key="conversation-1",
        reasoning_effort="low",
        response_format={"type": "text"},
        safety_identifier="user-1",
        seed=7,
        service_tier="auto",
        stop=[f"STOP{i}" for i in range(16)],
        store=False,
        stream_options=None,
        temperature=0.2,
        tool_choice="auto",
        tools=[WEATHER_TOOL, {"type": "function", "function": {"name": "mcp.search_docs"}}],
        top_logprobs=2,
        top_p=0.9,
        user="user-1",
        verbosity="low",
        web_search_options={"search_context_size": "low"},
        extra_body={"top_k": 20, "enable_thinking": False, "thinking": {"type": "enabled", "budget_tokens": 1024}},
    )
    # `auto` calls the first tool not called since the user's last message (mixroute_mock/replies.py).
    calls = completion.choices[0].message.tool_calls
    assert calls is not None
    assert [call.function.name for call in calls if call.type == "function"] == ["get_weather"]


class Mood(enum.Enum):
    CALM = "calm"
    STORMY = "stormy"


class Reading(BaseModel):
    taken_at: datetime.datetime
    celsius: float = Field(ge=-90, le=60)


class Forecast(BaseModel):
    id: uuid.UUID
    city: str
    mood: Mood
    day: datetime.date
    readings: list[Reading] = Field(min_length=2)
    warning: str | None


def test_parse_with_a_nested_model_an_enum_and_dates(mock_url: str) -> None:
    completion = sdk(mock_url).chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "The forecast for Lisbon"}], response_format=Forecast
    )
    forecast = completion.choices[0].message.parsed
    assert forecast is not None
    assert "Lisbon" in forecast.city  # the answer text fills the strings
    assert forecast.mood is Mood.CALM
    assert len(forecast.readings) == 2
    assert forecast.readings[0].taken_at.tzinfo is not None


def test_parse_with_a_strict_function_tool(mock_url: str) -> None:
    completion = sdk(mock_url).chat.completions.parse(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Record the forecast for Oslo"}],
        tools=[openai.pydantic_function_tool(Forecast)],
    )
    calls = completion.choices[0].message.tool_calls
    assert calls is not None
    parsed = calls[0].function.parsed_arguments
    assert isinstance(parsed, Forecast)
    assert parsed.city == "Oslo"


def test_an_agent_loop_with_a_required_output_tool_ends(mock_url: str) -> None:
    """The loop pydantic-ai runs for a tool and a structured output: `required` until the output tool is called."""
    client = sdk(mock_url)
    tools = [WEATHER_TOOL, openai.pydantic_function_tool(Forecast, name="final_result")]
    messages: list[ChatCompletionMessageParam] = list(QUESTION)
    for _turn in range(5):
        message = (
            client.chat.completions.create(model="gpt-4o", messages=messages, tools=tools, tool_choice="required")
            .choices[0]
            .message
        )
        assert message.tool_calls
        names = [call.function.name for call in message.tool_calls if call.type == "function"]
        if "final_result" in names:
            break
        messages.append(message.model_dump(exclude_none=True))  # type: ignore[arg-type]
        for call in message.tool_calls:
            messages.append({"role": "tool", "tool_call_id": call.id, "content": '{"temperature_c": 21}'})
    assert names == ["final_result"]
    assert len(messages) == 3  # the question, the weather call and its result: the output tool came second


def test_logprobs_through_the_sdk(mock_url: str) -> None:
    completion = sdk(mock_url).chat.completions.create(
        model="glm-5", messages=[{"role": "user", "content": "Say hi"}], logprobs=True, top_logprobs=2
    )
    choice = completion.choices[0]
    assert choice.logprobs is not None
    assert choice.logprobs.content is not None
    assert "".join(entry.token for entry in choice.logprobs.content) == choice.message.content
    assert all(len(entry.top_logprobs) == 2 for entry in choice.logprobs.content)
