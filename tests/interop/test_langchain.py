"""`langchain-openai`'s ChatOpenAI against the mock: invoke, stream, tools, `n`, structured outputs in each of
its methods, logprobs, errors and scripted replies."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal

import openai
import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolMessage
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from pydantic import SecretStr
from shapes import MODEL, RATE_LIMITED, WRONG_KEY, Forecast, check_forecast

from mixroute_mock.plugin import MixrouteMock

QUESTION = "What is the weather in Oslo?"


@tool
def get_weather(city: str) -> str:
    """The weather in a city."""
    return json.dumps({"city": city, "celsius": 4})


def chat(mock: MixrouteMock, key: str | None = None, **settings: Any) -> ChatOpenAI:
    return ChatOpenAI(
        model=MODEL,
        base_url=f"{mock.base_url}/v1",
        api_key=SecretStr(key or mock.api_key),
        max_retries=0,
        timeout=30,
        **settings,
    )


def joined(chunks: Iterable[BaseMessage]) -> AIMessageChunk:
    """A stream's chunks added up, as langchain adds them."""
    whole: AIMessageChunk | None = None
    for chunk in chunks:
        assert isinstance(chunk, AIMessageChunk)
        whole = chunk if whole is None else whole + chunk
    assert whole is not None
    return whole


def test_invoke(mixroute_mock: MixrouteMock) -> None:
    answer = chat(mixroute_mock).invoke(QUESTION)
    assert QUESTION in str(answer.content)
    assert answer.usage_metadata is not None
    assert answer.usage_metadata["total_tokens"] > 0


def test_stream_with_usage(mixroute_mock: MixrouteMock) -> None:
    model = chat(mixroute_mock, stream_usage=True)
    whole = joined(model.stream(QUESTION))
    assert whole.content == model.invoke(QUESTION).content
    assert whole.usage_metadata is not None
    assert whole.usage_metadata["total_tokens"] > 0


def test_tool_loop(mixroute_mock: MixrouteMock) -> None:
    model = chat(mixroute_mock).bind_tools([get_weather])
    messages: list[BaseMessage] = [HumanMessage(QUESTION)]
    for _ in range(3):
        reply = model.invoke(messages)
        assert isinstance(reply, AIMessage)
        messages.append(reply)
        if not reply.tool_calls:
            break
        for call in reply.tool_calls:
            assert call["args"] == {"city": "Oslo"}
            messages.append(ToolMessage(get_weather.invoke(call["args"]), tool_call_id=call["id"]))
    assert not reply.tool_calls
    assert '"celsius": 4' in str(reply.content)


def test_n_choices(mixroute_mock: MixrouteMock) -> None:
    result = chat(mixroute_mock, n=2).generate([[HumanMessage(QUESTION)]])
    assert len(result.generations[0]) == 2


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_structured_output(mixroute_mock: MixrouteMock, method: Literal["json_schema", "function_calling"]) -> None:
    forecast = chat(mixroute_mock).with_structured_output(Forecast, method=method).invoke(QUESTION)
    assert isinstance(forecast, Forecast)
    check_forecast(forecast)


def test_structured_output_in_json_mode(mixroute_mock: MixrouteMock) -> None:
    schema = json.dumps(Forecast.model_json_schema())
    prompt = f"{QUESTION} Answer in JSON following this schema: {schema}"
    forecast = chat(mixroute_mock).with_structured_output(Forecast, method="json_mode").invoke(prompt)
    assert isinstance(forecast, Forecast)
    check_forecast(forecast)


def test_logprobs(mixroute_mock: MixrouteMock) -> None:
    answer = chat(mixroute_mock, logprobs=True, top_logprobs=2).invoke(QUESTION)
    entries = answer.response_metadata["logprobs"]["content"]
    assert "".join(entry["token"] for entry in entries) == answer.content


def test_a_wrong_key_is_401(mixroute_mock: MixrouteMock) -> None:
    with pytest.raises(openai.AuthenticationError):
        chat(mixroute_mock, WRONG_KEY).invoke(QUESTION)


def test_a_fault_is_429(mixroute_mock: MixrouteMock) -> None:
    with pytest.raises(openai.RateLimitError):
        chat(mixroute_mock, default_headers=RATE_LIMITED).invoke(QUESTION)


def test_scripted_replies(mixroute_mock: MixrouteMock) -> None:
    mixroute_mock.script("It is sunny.", key="langchain")
    model = chat(mixroute_mock, default_headers={"X-Mock-Script": "langchain"})
    assert model.invoke(QUESTION).content == "It is sunny."
    assert QUESTION in str(model.invoke(QUESTION).content)


def test_streamed_tool_call(mixroute_mock: MixrouteMock) -> None:
    whole = joined(chat(mixroute_mock).bind_tools([get_weather]).stream(QUESTION))
    assert [(call["name"], call["args"]) for call in whole.tool_calls] == [("get_weather", {"city": "Oslo"})]


def test_embeddings(mixroute_mock: MixrouteMock) -> None:
    # Without the context-length check, which would fetch tiktoken's encoding from the network.
    embeddings = OpenAIEmbeddings(
        model="text-embedding-3-small",
        base_url=f"{mixroute_mock.base_url}/v1",
        api_key=SecretStr(mixroute_mock.api_key),
        check_embedding_ctx_length=False,
    )
    assert [len(vector) for vector in embeddings.embed_documents(["Oslo", "Bergen"])] == [1536, 1536]


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_strict_structured_output_with_the_raw_message(
    mixroute_mock: MixrouteMock, method: Literal["json_schema", "function_calling"]
) -> None:
    structured = chat(mixroute_mock).with_structured_output(Forecast, method=method, strict=True, include_raw=True)
    answer = structured.invoke(QUESTION)
    assert isinstance(answer, dict)
    assert answer["parsing_error"] is None
    assert isinstance(answer["raw"], AIMessage)
    check_forecast(answer["parsed"])


# langchain dumps the SDK's streamed `parsed` model through a field typed None, whoever answers.
@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings:UserWarning")
def test_streamed_structured_output(mixroute_mock: MixrouteMock) -> None:
    parts = list(chat(mixroute_mock).with_structured_output(Forecast, method="json_schema").stream(QUESTION))
    assert isinstance(parts[-1], Forecast)
    check_forecast(parts[-1])
