"""The official `openai` SDK's everyday calls against the mock."""

from __future__ import annotations

import asyncio
import json

import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam
from shapes import MODEL, RATE_LIMITED, WRONG_KEY, Forecast, check_forecast

from mixroute_mock.plugin import MixrouteMock

WEATHER_TOOL: ChatCompletionToolParam = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
TIME_TOOL: ChatCompletionToolParam = {
    "type": "function",
    "function": {"name": "local_time", "parameters": {"type": "object", "properties": {}}},
}
QUESTION: list[ChatCompletionMessageParam] = [{"role": "user", "content": "What is the weather in Oslo?"}]


def client(mock: MixrouteMock, key: str | None = None) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{mock.base_url}/v1", api_key=key or mock.api_key, max_retries=0, timeout=30)


def test_plain(mixroute_mock: MixrouteMock) -> None:
    completion = client(mixroute_mock).chat.completions.create(model=MODEL, messages=QUESTION)
    assert "What is the weather in Oslo?" in (completion.choices[0].message.content or "")
    assert completion.usage is not None
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_stream_with_usage(mixroute_mock: MixrouteMock) -> None:
    sdk = client(mixroute_mock)
    plain = sdk.chat.completions.create(model=MODEL, messages=QUESTION)
    chunks = list(
        sdk.chat.completions.create(model=MODEL, messages=QUESTION, stream=True, stream_options={"include_usage": True})
    )
    assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices) == (
        plain.choices[0].message.content
    )
    assert chunks[-1].usage == plain.usage


def test_stream_helper_with_a_tool(mixroute_mock: MixrouteMock) -> None:
    with client(mixroute_mock).chat.completions.stream(model=MODEL, messages=QUESTION, tools=[WEATHER_TOOL]) as stream:
        final = stream.get_final_completion()
    calls = final.choices[0].message.tool_calls or []
    assert [call.function.name for call in calls if call.type == "function"] == ["get_weather"]


def test_tool_loop_ends_with_an_answer(mixroute_mock: MixrouteMock) -> None:
    sdk = client(mixroute_mock)
    messages = list(QUESTION)
    for _ in range(3):
        completion = sdk.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
        message = completion.choices[0].message
        if not message.tool_calls:
            break
        messages.append(message.model_dump(exclude_none=True))  # type: ignore[arg-type]
        for call in message.tool_calls:
            assert call.type == "function"
            assert json.loads(call.function.arguments) == {"city": "Oslo"}
            messages.append({"role": "tool", "tool_call_id": call.id, "content": '{"celsius": 4}'})
    assert completion.choices[0].finish_reason == "stop"
    assert '{"celsius": 4}' in (completion.choices[0].message.content or "")


def test_n_choices(mixroute_mock: MixrouteMock) -> None:
    completion = client(mixroute_mock).chat.completions.create(model=MODEL, messages=QUESTION, n=3)
    assert [choice.index for choice in completion.choices] == [0, 1, 2]
    assert len({choice.message.content for choice in completion.choices}) == 3


def test_parse_a_nested_model(mixroute_mock: MixrouteMock) -> None:
    completion = client(mixroute_mock).chat.completions.parse(model=MODEL, messages=QUESTION, response_format=Forecast)
    forecast = completion.choices[0].message.parsed
    assert forecast is not None
    check_forecast(forecast)


def test_json_object(mixroute_mock: MixrouteMock) -> None:
    completion = client(mixroute_mock).chat.completions.create(
        model=MODEL, messages=QUESTION, response_format={"type": "json_object"}
    )
    assert isinstance(json.loads(completion.choices[0].message.content or ""), dict)


def test_logprobs(mixroute_mock: MixrouteMock) -> None:
    completion = client(mixroute_mock).chat.completions.create(
        model=MODEL, messages=QUESTION, logprobs=True, top_logprobs=2
    )
    logprobs = completion.choices[0].logprobs
    assert logprobs is not None
    assert logprobs.content
    assert "".join(entry.token for entry in logprobs.content) == completion.choices[0].message.content
    assert all(len(entry.top_logprobs) == 2 for entry in logprobs.content)


def test_a_wrong_key_is_401(mixroute_mock: MixrouteMock) -> None:
    with pytest.raises(openai.AuthenticationError) as raised:
        client(mixroute_mock, WRONG_KEY).chat.completions.create(model=MODEL, messages=QUESTION)
    assert WRONG_KEY not in str(raised.value)


def test_a_fault_is_429(mixroute_mock: MixrouteMock) -> None:
    with pytest.raises(openai.RateLimitError):
        client(mixroute_mock).chat.completions.create(model=MODEL, messages=QUESTION, extra_headers=RATE_LIMITED)


@pytest.mark.mixroute_mock(fault="status=429; times=1")
def test_the_sdk_retries_a_429_the_marker_injects(mixroute_mock: MixrouteMock) -> None:
    sdk = openai.OpenAI(base_url=f"{mixroute_mock.base_url}/v1", api_key=mixroute_mock.api_key, max_retries=1)
    completion = sdk.with_options(timeout=30).chat.completions.create(model=MODEL, messages=QUESTION)
    assert completion.choices[0].message.content


def test_scripted_replies(mixroute_mock: MixrouteMock) -> None:
    mixroute_mock.script("Sunny.", {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Bergen"}}]})
    sdk = client(mixroute_mock)
    first = sdk.chat.completions.create(model=MODEL, messages=QUESTION)
    second = sdk.chat.completions.create(model=MODEL, messages=QUESTION, tools=[WEATHER_TOOL])
    assert first.choices[0].message.content == "Sunny."
    calls = second.choices[0].message.tool_calls or []
    assert [json.loads(call.function.arguments) for call in calls if call.type == "function"] == [{"city": "Bergen"}]


def test_parallel_tool_calls(mixroute_mock: MixrouteMock) -> None:
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": "The weather and local time in Oslo?"}]
    completion = client(mixroute_mock).chat.completions.create(
        model=MODEL, messages=messages, tools=[WEATHER_TOOL, TIME_TOOL]
    )
    calls = completion.choices[0].message.tool_calls or []
    assert [call.function.name for call in calls if call.type == "function"] == ["get_weather", "local_time"]
    assert len({call.id for call in calls}) == 2


def test_a_scripted_refusal_reaches_parse(mixroute_mock: MixrouteMock) -> None:
    mixroute_mock.script({"refusal": "I can't forecast that.", "content": None})
    completion = client(mixroute_mock).chat.completions.parse(model=MODEL, messages=QUESTION, response_format=Forecast)
    assert completion.choices[0].message.refusal == "I can't forecast that."
    assert completion.choices[0].message.parsed is None


def test_embeddings_and_models(mixroute_mock: MixrouteMock) -> None:
    sdk = client(mixroute_mock)
    embeddings = sdk.embeddings.create(model="text-embedding-3-small", input=["Oslo", "Bergen"])
    assert [len(item.embedding) for item in embeddings.data] == [1536, 1536]
    assert MODEL in {model.id for model in sdk.models.list()}


def test_async_stream(mixroute_mock: MixrouteMock) -> None:
    async def streamed() -> str:
        sdk = openai.AsyncOpenAI(base_url=f"{mixroute_mock.base_url}/v1", api_key=mixroute_mock.api_key)
        async with sdk:
            stream = await sdk.chat.completions.create(model=MODEL, messages=QUESTION, stream=True)
            return "".join([chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices])

    assert (
        asyncio.run(streamed())
        == client(mixroute_mock).chat.completions.create(model=MODEL, messages=QUESTION).choices[0].message.content
    )


def test_a_strict_pydantic_function_tool(mixroute_mock: MixrouteMock) -> None:
    completion = client(mixroute_mock).chat.completions.parse(
        model=MODEL, messages=QUESTION, tools=[openai.pydantic_function_tool(Forecast)], tool_choice="required"
    )
    calls = completion.choices[0].message.tool_calls or []
    assert len(calls) == 1
    parsed = calls[0].function.parsed_arguments
    assert isinstance(parsed, Forecast)
    check_forecast(parsed)
