"""``parse()`` and ``stream()`` against the mock server, sync and async: the mock answers ``json_schema`` requests
with a value valid against the schema sent, and calls a tool when ``tool_choice`` names it, with arguments valid
against its parameters; so whatever the mock draws, it reads into the types asked for."""

from __future__ import annotations

import asyncio
from typing import assert_type

import pytest

from mixroute_client import AsyncMixroute, Mixroute, pydantic_function_tool
from mixroute_client.params import ChatMessageParam, NamedToolChoiceParam
from mixroute_client.resources import AsyncChatResource, ChatResource
from mixroute_mock import DEFAULT_API_KEY
from tests.client.sdk_parity import GetWeatherArgs, Location

MESSAGES: list[ChatMessageParam] = [{"role": "user", "content": "What's the weather like in Edinburgh?"}]


def test_parse_and_stream_read_the_mocks_replies_into_the_types(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        completion = client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, response_format=Location)
        parsed = completion.choices[0].message.parsed
        # mypy --strict (make lint) holds the types: the type given comes back, None for a refusal.
        assert_type(parsed, Location | None)
        assert isinstance(parsed, Location)
        assert Location.model_validate_json(completion.choices[0].message.content or "") == parsed

        with client.chat.completions.stream(model="gpt-4o", messages=MESSAGES, response_format=Location) as stream:
            kinds = []
            for event in stream:
                kinds.append(event.type)
                if event.type == "content.done":
                    assert_type(event.parsed, Location | None)
            final = stream.get_final_completion()
        assert_type(final.choices[0].message.parsed, Location | None)
        assert kinds[0] == "chunk"
        assert kinds.count("content.done") == 1
        assert isinstance(final.choices[0].message.parsed, Location)


def test_a_named_pydantic_tool_is_called_with_arguments_of_its_model(mock_url: str) -> None:
    tool = pydantic_function_tool(GetWeatherArgs)
    choice: NamedToolChoiceParam = {"type": "function", "function": {"name": "GetWeatherArgs"}}
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        completion = client.chat.completions.parse(model="gpt-4o", messages=MESSAGES, tools=[tool], tool_choice=choice)
        with client.chat.completions.stream(
            model="gpt-4o", messages=MESSAGES, tools=[tool], tool_choice=choice
        ) as stream:
            done = [event for event in stream if event.type == "tool_calls.function.arguments.done"]
    calls = completion.choices[0].message.tool_calls or []
    assert [type(call.function.parsed_arguments) for call in calls] == [GetWeatherArgs]
    assert [type(event.parsed_arguments) for event in done] == [GetWeatherArgs]


def test_the_async_client_parses_and_streams(mock_url: str) -> None:
    async def main() -> tuple[object, object, list[str]]:
        async with AsyncMixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
            completion = await client.chat.completions.parse(model="glm-5", messages=MESSAGES, response_format=Location)
            async with client.chat.completions.stream(
                model="glm-5", messages=MESSAGES, response_format=Location
            ) as stream:
                kinds: list[str] = [event.type async for event in stream]
                final = await stream.get_final_completion()
        return completion.choices[0].message.parsed, final.choices[0].message.parsed, kinds

    parsed, streamed, kinds = asyncio.run(main())
    assert isinstance(parsed, Location)
    assert isinstance(streamed, Location)
    assert "content.delta" in kinds


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_error_status_raises_when_the_stream_opens(mock_url: str, asynchronous: bool) -> None:
    from mixroute_client import NotFoundError  # noqa: PLC0415

    if not asynchronous:
        with (
            Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client,
            pytest.raises(NotFoundError),
            client.chat.completions.stream(model="no-such-model", messages=MESSAGES, response_format=Location),
        ):
            pass
        return

    async def main() -> None:
        client = AsyncMixroute(api_key=DEFAULT_API_KEY, base_url=mock_url)
        async with client, client.chat.completions.stream(model="no-such-model", messages=MESSAGES):
            pass

    with pytest.raises(NotFoundError):
        asyncio.run(main())


def test_the_json_object_fallback_reads_the_reply_into_the_type(mock_url: str) -> None:
    """The mock, as a model that follows the system message, answers json_object with the schema found there."""
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        completion = client.chat.completions.parse(
            model="deepseek-v3", messages=MESSAGES, response_format=Location, response_format_mode="json_object"
        )
    assert isinstance(completion.choices[0].message.parsed, Location)


def test_client_beta_is_the_sdks_older_path_to_the_same_chat_resource() -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url="https://gateway.test/v1") as client:
        assert_type(client.beta.chat, ChatResource)
        assert client.beta.chat is client.chat

    async def main() -> None:
        async with AsyncMixroute(api_key=DEFAULT_API_KEY, base_url="https://gateway.test/v1") as client:
            assert_type(client.beta.chat, AsyncChatResource)
            assert client.beta.chat.completions is client.chat.completions

    asyncio.run(main())
