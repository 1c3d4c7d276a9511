"""`litellm`'s completion() against the mock, as `openai/...` models with the mock as `api_base`: plain,
streamed with usage, a tool loop, `n`, structured outputs, logprobs, errors and scripted replies."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import litellm
import pytest
from litellm.exceptions import AuthenticationError, RateLimitError
from litellm.types.utils import ChatCompletionMessageToolCall, ChoiceLogprobs, Choices, Message, ModelResponse, Usage
from shapes import MODEL, RATE_LIMITED, WRONG_KEY, Forecast, check_forecast

from mixroute_mock.plugin import MixrouteMock

QUESTION = [{"role": "user", "content": "What is the weather in Oslo?"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def complete(mock: MixrouteMock, messages: list[dict[str, Any]] = QUESTION, **settings: Any) -> ModelResponse:
    settings = {"api_key": mock.api_key, **settings}
    response = litellm.completion(
        model=f"openai/{MODEL}", messages=messages, api_base=f"{mock.base_url}/v1", num_retries=0, **settings
    )
    assert isinstance(response, ModelResponse)
    return response


def message(response: object, index: int = 0) -> Message:
    assert isinstance(response, ModelResponse)
    choice = response.choices[index]
    assert isinstance(choice, Choices)
    return choice.message


def content(response: object, index: int = 0) -> str:
    return str(message(response, index).content)


def total_tokens(response: ModelResponse) -> int:
    usage = getattr(response, "usage", None)
    assert isinstance(usage, Usage)
    return usage.total_tokens


def test_plain(mixroute_mock: MixrouteMock) -> None:
    response = complete(mixroute_mock)
    assert "What is the weather in Oslo?" in content(response)
    assert total_tokens(response) > 0


def test_stream_with_usage(mixroute_mock: MixrouteMock) -> None:
    chunks = list(
        litellm.completion(
            model=f"openai/{MODEL}",
            messages=QUESTION,
            api_base=f"{mixroute_mock.base_url}/v1",
            api_key=mixroute_mock.api_key,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    whole = litellm.stream_chunk_builder(chunks, messages=QUESTION)
    assert isinstance(whole, ModelResponse)
    assert content(whole) == content(complete(mixroute_mock))
    assert total_tokens(whole) > 0


def test_tool_loop(mixroute_mock: MixrouteMock) -> None:
    messages: list[dict[str, Any]] = list(QUESTION)
    for _ in range(3):
        response = complete(mixroute_mock, messages, tools=[WEATHER_TOOL])
        reply = message(response)
        if not reply.tool_calls:
            break
        messages.append(reply.model_dump(exclude_none=True))
        for call in reply.tool_calls:
            assert isinstance(call, ChatCompletionMessageToolCall)
            assert json.loads(call.function.arguments) == {"city": "Oslo"}
            messages.append({"role": "tool", "tool_call_id": call.id, "content": '{"celsius": 4}'})
    assert response.choices[0].finish_reason == "stop"
    assert '{"celsius": 4}' in content(response)


def test_n_choices(mixroute_mock: MixrouteMock) -> None:
    response = complete(mixroute_mock, n=2)
    assert len(response.choices) == 2
    assert content(response, 0) != content(response, 1)


def test_structured_output(mixroute_mock: MixrouteMock) -> None:
    response = complete(mixroute_mock, response_format=Forecast)
    check_forecast(Forecast.model_validate_json(content(response)))


def test_logprobs(mixroute_mock: MixrouteMock) -> None:
    response = complete(mixroute_mock, logprobs=True, top_logprobs=2)
    choice = response.choices[0]
    assert isinstance(choice, Choices)
    assert isinstance(choice.logprobs, ChoiceLogprobs)
    assert choice.logprobs.content is not None
    assert "".join(entry.token for entry in choice.logprobs.content) == content(response)
    assert all(len(entry.top_logprobs) == 2 for entry in choice.logprobs.content)


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"api_key": WRONG_KEY}, AuthenticationError),
        ({"extra_headers": RATE_LIMITED}, RateLimitError),
    ],
)
def test_an_error_reaches_the_caller(
    mixroute_mock: MixrouteMock, settings: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        complete(mixroute_mock, **settings)


def test_scripted_replies(mixroute_mock: MixrouteMock) -> None:
    mixroute_mock.script("Sunny.", key="litellm")
    assert content(complete(mixroute_mock, extra_headers={"X-Mock-Script": "litellm"})) == "Sunny."


def test_async_completion_and_embedding(mixroute_mock: MixrouteMock) -> None:
    settings = {"api_base": f"{mixroute_mock.base_url}/v1", "api_key": mixroute_mock.api_key}

    async def both() -> tuple[Any, Any]:
        completion = await litellm.acompletion(model=f"openai/{MODEL}", messages=QUESTION, **settings)
        embedding = await litellm.aembedding(model="openai/text-embedding-3-small", input=["Oslo"], **settings)
        return completion, embedding

    completion, embedding = asyncio.run(both())
    assert "Oslo" in content(completion)
    assert len(embedding.data[0]["embedding"]) == 1536


def test_streamed_tool_call(mixroute_mock: MixrouteMock) -> None:
    chunks = list(
        litellm.completion(
            model=f"openai/{MODEL}",
            messages=QUESTION,
            api_base=f"{mixroute_mock.base_url}/v1",
            api_key=mixroute_mock.api_key,
            tools=[WEATHER_TOOL],
            stream=True,
        )
    )
    calls = message(litellm.stream_chunk_builder(chunks, messages=QUESTION)).tool_calls or []
    assert [
        json.loads(call.function.arguments) for call in calls if isinstance(call, ChatCompletionMessageToolCall)
    ] == [{"city": "Oslo"}]


def test_a_json_schema_response_format(mixroute_mock: MixrouteMock) -> None:
    schema = {"name": "forecast", "schema": Forecast.model_json_schema(), "strict": False}
    response = complete(mixroute_mock, response_format={"type": "json_schema", "json_schema": schema})
    check_forecast(Forecast.model_validate_json(content(response)))
