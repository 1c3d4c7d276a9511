"""``with_raw_response`` and ``with_streaming_response`` on every resource, sync and async, against the mock, as
the OpenAI SDK publishes them: the answer's status, headers, request, elapsed time and request id, ``parse()`` for
the typed reply, and a streaming response whose body is read only when asked. mypy --strict (make lint) holds the
types (``assert_type``)."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import datetime
import json
import pickle
from typing import assert_type

import httpx2
import pytest

from mixroute_client import (
    APIResponse,
    AsyncAPIResponse,
    AsyncMixroute,
    AsyncStream,
    Mixroute,
    NotFoundError,
    ParsedChatCompletion,
    Stream,
)
from mixroute_client.models import ChatCompletion, ChatCompletionChunk, CreateEmbeddingResponse, Model, ModelList
from mixroute_client.params import ChatMessageParam
from mixroute_mock import DEFAULT_API_KEY

MESSAGES: list[ChatMessageParam] = [{"role": "user", "content": "Hi"}]


def test_a_raw_response_has_the_answer_and_parses_into_the_reply(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        raw = client.chat.completions.with_raw_response.create(model="glm-5", messages=MESSAGES)
        assert_type(raw, APIResponse[ChatCompletion])
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        assert raw.http_request.method == "POST"
        assert raw.http_request.url.path == "/v1/chat/completions"
        assert isinstance(raw.elapsed, datetime.timedelta)
        assert raw.request_id is not None
        assert raw.request_id == raw.headers["x-request-id"]
        completion = raw.parse()
        assert_type(completion, ChatCompletion)
        assert isinstance(completion, ChatCompletion)
        assert raw.parse() is completion  # parsed once
        assert json.loads(raw.read())["id"] == completion.id


def test_every_resource_has_raw_responses(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        models = client.models.with_raw_response.list()
        assert_type(models, APIResponse[ModelList])
        first = models.parse().data[0].id
        assert first is not None
        one = client.models.with_raw_response.retrieve(first).parse()
        assert_type(one, Model)
        assert one.id == first
        embedding = client.embeddings.with_raw_response.create(model="text-embedding-3-small", input="hi").parse()
        assert_type(embedding, CreateEmbeddingResponse)
        assert isinstance(embedding, CreateEmbeddingResponse)


def test_a_raw_stream_parses_into_the_open_stream(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        raw = client.chat.completions.with_raw_response.create(model="glm-5", messages=MESSAGES, stream=True)
        assert raw.headers["content-type"].startswith("text/event-stream")
        stream = raw.parse()
        assert isinstance(stream, Stream)
        with stream:
            chunks = list(stream)
        assert chunks
        assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)


def test_an_error_status_raises_as_without_raw_access(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url, max_retries=0) as client:
        with pytest.raises(NotFoundError):
            client.models.with_raw_response.retrieve("no-such-model")
        with pytest.raises(NotFoundError), client.models.with_streaming_response.retrieve("no-such-model"):
            pass


def test_a_streaming_response_reads_the_body_only_when_asked(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        manager = client.chat.completions.with_streaming_response.create(model="glm-5", messages=MESSAGES)
        with manager as response:
            assert_type(response, APIResponse[ChatCompletion])
            assert response.status_code == 200
            assert not response.http_response.is_stream_consumed
            lines = [line for line in response.iter_lines() if line]
        assert response.is_closed
        assert json.loads("".join(lines))["object"] == "chat.completion"
        with client.chat.completions.with_streaming_response.create(model="glm-5", messages=MESSAGES) as response:
            completion = response.parse()
            assert_type(completion, ChatCompletion)
        assert isinstance(completion, ChatCompletion)
        with client.models.with_streaming_response.list() as listed:
            assert b"".join(listed.iter_bytes()).startswith(b"{")


def test_the_async_client_has_raw_and_streaming_responses(mock_url: str) -> None:
    async def main() -> tuple[ChatCompletion, ChatCompletion, list[str], int]:
        async with AsyncMixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
            raw = await client.chat.completions.with_raw_response.create(model="glm-5", messages=MESSAGES)
            assert_type(raw, AsyncAPIResponse[ChatCompletion])
            assert raw.request_id is not None
            completion = await raw.parse()
            async with client.chat.completions.with_streaming_response.create(
                model="glm-5", messages=MESSAGES
            ) as response:
                assert not response.http_response.is_stream_consumed
                streamed = await response.parse()
            async with client.chat.completions.with_streaming_response.create(
                model="glm-5", messages=MESSAGES, stream=True
            ) as events:
                lines = [line async for line in events.iter_lines() if line]
            stream = await (
                await client.chat.completions.with_raw_response.create(model="glm-5", messages=MESSAGES, stream=True)
            ).parse()
            assert isinstance(stream, AsyncStream)
            async with stream:
                chunks = [chunk async for chunk in stream]
            return completion, streamed, lines, len(chunks)

    completion, streamed, lines, chunks = asyncio.run(main())
    assert isinstance(completion, ChatCompletion)
    assert isinstance(streamed, ChatCompletion)
    assert lines[-1] == "data: [DONE]"
    assert chunks > 0


def test_a_raw_response_is_only_the_wrapped_call() -> None:
    # The wrapper marks the one call it makes: the same client's next plain call returns the model again.
    answer = {"object": "list", "data": [{"id": "m", "object": "model", "created": 0, "owned_by": "o"}]}
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json=answer))
    with Mixroute(api_key="sk-test", http_client=httpx2.Client(transport=transport)) as client:
        assert isinstance(client.models.with_raw_response.list(), APIResponse)
        assert isinstance(client.models.list(), ModelList)


def test_every_reply_carries_the_request_id_of_its_answer(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        raw = client.chat.completions.with_raw_response.create(model="glm-5", messages=MESSAGES)
        assert raw.parse()._request_id == raw.request_id == raw.headers["x-request-id"]
        completion = client.chat.completions.create(model="glm-5", messages=MESSAGES)
        assert completion._request_id is not None
        assert completion._request_id != raw.request_id
        assert client.models.list()._request_id is not None
        assert client.embeddings.create(model="text-embedding-3-small", input="hi")._request_id is not None
        parsed = client.chat.completions.parse(model="glm-5", messages=MESSAGES)
        assert parsed._request_id is not None
        assert parsed._request_id != completion._request_id


def test_a_request_id_is_kept_by_copies_and_ignored_by_equality(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        completion = client.chat.completions.create(model="glm-5", messages=MESSAGES)
    assert pickle.loads(pickle.dumps(completion))._request_id == completion._request_id
    assert copy.copy(completion)._request_id == completion._request_id
    rebuilt = ChatCompletion.from_dict(completion.to_dict())
    assert rebuilt._request_id is None  # not read from an answer
    assert rebuilt == completion
    assert completion.choices[0].message._request_id is None  # only the reply itself, as in the SDK
    assert "_request_id" not in completion.model_dump()
    assert "x-request-id" not in completion.to_json()


@dataclasses.dataclass
class Weather:
    city: str
    temperature_c: int


def test_a_raw_parse_answers_with_the_parsed_reply_read_when_asked(mock_url: str) -> None:
    with Mixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
        raw = client.chat.completions.with_raw_response.parse(model="glm-5", messages=MESSAGES, response_format=Weather)
        assert raw.status_code == 200
        assert json.loads(raw.http_request.content)["response_format"]["type"] == "json_schema"
        assert_type(raw, APIResponse[ParsedChatCompletion[Weather]])
        completion = raw.parse()
        assert isinstance(completion, ParsedChatCompletion)
        assert isinstance(completion.choices[0].message.parsed, Weather)
        assert completion._request_id == raw.request_id
        with client.chat.completions.with_streaming_response.parse(
            model="glm-5", messages=MESSAGES, response_format=Weather
        ) as streaming:
            assert not streaming.http_response.is_stream_consumed
            assert isinstance(streaming.parse().choices[0].message.parsed, Weather)


def test_the_async_raw_parse_answers_with_the_parsed_reply(mock_url: str) -> None:
    async def main() -> object:
        async with AsyncMixroute(api_key=DEFAULT_API_KEY, base_url=mock_url) as client:
            raw = await client.chat.completions.with_raw_response.parse(
                model="glm-5", messages=MESSAGES, response_format=Weather
            )
            return (await raw.parse()).choices[0].message.parsed

    assert isinstance(asyncio.run(main()), Weather)
