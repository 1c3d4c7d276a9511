"""`pydantic-ai` agents against the mock: plain and streamed runs, an agent loop with a tool, each output mode
(ToolOutput, NativeOutput, PromptedOutput) with a nested model, a tool plus structured output, the output
validator's retry, errors and scripted replies."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import openai
import pytest
from pydantic_ai import Agent, AgentRunResult, ModelRetry, NativeOutput, PromptedOutput, RunContext, ToolOutput
from pydantic_ai.exceptions import ModelHTTPError
from pydantic_ai.models.openai import OpenAIChatModel, OpenAIChatModelSettings
from pydantic_ai.providers.openai import OpenAIProvider
from shapes import MODEL, RATE_LIMITED, WRONG_KEY, Forecast, check_forecast

from mixroute_mock.plugin import MixrouteMock

QUESTION = "What is the weather in Oslo?"


def model(mock: MixrouteMock, **settings: Any) -> OpenAIChatModel:
    settings = {"api_key": mock.api_key, **settings}
    sdk = openai.AsyncOpenAI(base_url=f"{mock.base_url}/v1", max_retries=0, **settings)
    return OpenAIChatModel(MODEL, provider=OpenAIProvider(openai_client=sdk))


def test_plain_run(mixroute_mock: MixrouteMock) -> None:
    result = Agent(model(mixroute_mock)).run_sync(QUESTION)
    assert QUESTION in result.output
    assert result.usage.total_tokens > 0


def test_streamed_run(mixroute_mock: MixrouteMock) -> None:
    agent = Agent(model(mixroute_mock))

    async def streamed() -> list[str]:
        async with agent.run_stream(QUESTION) as run:
            return [text async for text in run.stream_text(delta=True, debounce_by=None)]

    pieces = asyncio.run(streamed())
    assert len(pieces) > 1
    assert "".join(pieces) == agent.run_sync(QUESTION).output


def weather_agent(mock: MixrouteMock, output_type: Any = str) -> Agent[None, Any]:
    agent: Agent[None, Any] = Agent(model(mock), output_type=output_type)

    @agent.tool_plain
    def get_weather(city: str) -> str:
        """The weather in a city."""
        return json.dumps({"city": city, "celsius": 4})

    return agent


def parts(result: AgentRunResult[Any], kind: str) -> list[Any]:
    """The parts of `kind` (`tool-call`, `tool-return`, ...) in the run's messages, in order."""
    return [part for message in result.all_messages() for part in message.parts if part.part_kind == kind]


def test_agent_loop_with_a_tool(mixroute_mock: MixrouteMock) -> None:
    result = weather_agent(mixroute_mock).run_sync(QUESTION)
    assert '"celsius": 4' in result.output
    calls = parts(result, "tool-call")
    assert [call.tool_name for call in calls] == ["get_weather"]
    assert calls[0].args_as_dict() == {"city": "Oslo"}


@pytest.mark.parametrize("output", [ToolOutput(Forecast), NativeOutput(Forecast), PromptedOutput(Forecast)])
def test_structured_output(mixroute_mock: MixrouteMock, output: Any) -> None:
    forecast = Agent(model(mixroute_mock), output_type=output).run_sync(QUESTION).output
    assert isinstance(forecast, Forecast)
    check_forecast(forecast)


@pytest.mark.parametrize("output", [ToolOutput(Forecast), NativeOutput(Forecast), PromptedOutput(Forecast)])
def test_a_tool_then_structured_output(mixroute_mock: MixrouteMock, output: Any) -> None:
    result = weather_agent(mixroute_mock, output).run_sync(QUESTION)
    check_forecast(result.output)
    assert "get_weather" in [call.tool_name for call in parts(result, "tool-call")]


def test_output_validator_retry(mixroute_mock: MixrouteMock) -> None:
    agent: Agent[None, str] = Agent(model(mixroute_mock), retries={"output": 1})
    seen: list[str] = []

    @agent.output_validator
    def polite(_context: RunContext[None], output: str) -> str:
        seen.append(output)
        if "please" not in output:
            raise ModelRetry("Say please.")
        return output

    mixroute_mock.script("No.", "Yes, please.")
    assert agent.run_sync(QUESTION).output == "Yes, please."
    assert seen == ["No.", "Yes, please."]


def test_logprobs(mixroute_mock: MixrouteMock) -> None:
    settings = OpenAIChatModelSettings(openai_logprobs=True, openai_top_logprobs=2)
    result = Agent(model(mixroute_mock)).run_sync(QUESTION, model_settings=settings)
    response = result.all_messages()[-1]
    assert response.kind == "response"
    assert response.provider_details is not None
    assert "".join(entry["token"] for entry in response.provider_details["logprobs"]) == result.output


@pytest.mark.parametrize(
    ("settings", "status"), [({"api_key": WRONG_KEY}, 401), ({"default_headers": RATE_LIMITED}, 429)]
)
def test_an_error_reaches_the_caller(mixroute_mock: MixrouteMock, settings: dict[str, Any], status: int) -> None:
    with pytest.raises(ModelHTTPError) as raised:
        Agent(model(mixroute_mock, **settings)).run_sync(QUESTION)
    assert raised.value.status_code == status


def test_scripted_tool_call(mixroute_mock: MixrouteMock) -> None:
    mixroute_mock.script({"tool_calls": [{"name": "get_weather", "arguments": {"city": "Bergen"}}]}, "Cold in Bergen.")
    result = weather_agent(mixroute_mock).run_sync(QUESTION)
    assert result.output == "Cold in Bergen."
    returns = parts(result, "tool-return")
    assert [json.loads(part.model_response_str()) for part in returns] == [{"city": "Bergen", "celsius": 4}]


def test_two_tools_in_one_turn(mixroute_mock: MixrouteMock) -> None:
    agent = weather_agent(mixroute_mock)

    @agent.tool_plain
    def local_time(city: str) -> str:
        """The local time in a city."""
        return f"09:30 in {city}"

    result = agent.run_sync("The weather and local time in Oslo?")
    turns = [message for message in result.all_messages() if message.kind == "response"]
    first = [part.tool_name for part in turns[0].parts if part.part_kind == "tool-call"]
    assert first == ["get_weather", "local_time"]
    assert "09:30 in Oslo" in result.output


@pytest.mark.parametrize("output", [ToolOutput(Forecast), NativeOutput(Forecast), PromptedOutput(Forecast)])
def test_streamed_structured_output_after_a_tool(mixroute_mock: MixrouteMock, output: Any) -> None:
    agent = weather_agent(mixroute_mock, output)

    async def streamed() -> Any:
        async with agent.run_stream(QUESTION) as run:
            return await run.get_output()

    check_forecast(asyncio.run(streamed()))
