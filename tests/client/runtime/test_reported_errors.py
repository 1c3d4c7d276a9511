"""A 2xx answer whose body reports an error instead of the reply raises that error, typed, with the answer kept.

OpenRouter answers an upstream failure with 200 and ``{"error": {"code": 502, ...}}`` (and gateways in front of
it pass that on); older vLLM servers answer ``{"object": "error", "code": 404, ...}`` with 200. Read tolerantly,
such a body would be an empty completion: the error would be lost.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2
import pytest

from mixroute_client import APIResponseValidationError, APIStatusError, AsyncMixroute, Mixroute, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest
from mixroute_client.params import ChatMessageParam

from .conftest import API_KEY

MESSAGES: list[ChatMessageParam] = [{"role": "user", "content": "Hi"}]
OPENROUTER_429 = {"error": {"code": 429, "message": "Rate limit exceeded upstream"}, "user_id": "user_1"}
REPORTED = [
    (OPENROUTER_429, errors.RateLimitError, "(code 429)"),
    ({"error": {"code": 502, "message": "Provider returned error"}}, errors.InternalServerError, "(code 502)"),
    (
        {"error": {"code": "model_not_found", "message": "No available channel for model x", "type": "new_api_error"}},
        errors.NotFoundError,
        "200 answer -",
    ),
    (
        {"object": "error", "message": "The model `x` does not exist.", "type": "NotFoundError", "code": 404},
        errors.NotFoundError,
        "(code 404)",
    ),
    ({"error": {"message": "Something failed"}}, APIStatusError, "200 answer -"),
]


def answering(body: Any, *, content_type: str = "application/json") -> httpx2.MockTransport:
    content = json.dumps(body).encode()
    return httpx2.MockTransport(lambda _: httpx2.Response(200, content=content, headers={"content-type": content_type}))


def client_for(body: Any, **options: Any) -> Mixroute:
    http = httpx2.Client(transport=answering(body))
    return Mixroute(api_key=API_KEY, base_url="https://gateway.test/v1", http_client=http, **options)


@pytest.mark.parametrize(("body", "cls", "heading"), REPORTED)
def test_a_reported_error_raises_its_typed_error(body: Any, cls: type[APIStatusError], heading: str) -> None:
    with client_for(body) as client, pytest.raises(APIStatusError) as raised:
        client.chat.completions.create(model="x", messages=MESSAGES)
    error = raised.value
    assert type(error) is cls
    assert error.message.startswith("Error reported in the body of a 200 answer")
    assert heading in error.message
    assert error.status_code == 200  # the answer's own status: what the wire said
    assert json.loads(error.response.content) == body  # nothing lost


def test_the_async_client_raises_it_too() -> None:
    async def main() -> None:
        http = httpx2.AsyncClient(transport=answering(OPENROUTER_429))
        async with AsyncMixroute(api_key=API_KEY, base_url="https://gateway.test/v1", http_client=http) as client:
            with pytest.raises(errors.RateLimitError):
                await client.chat.completions.create(model="x", messages=MESSAGES)

    asyncio.run(main())


def test_a_raw_response_keeps_the_answer_and_raises_on_parse() -> None:
    with client_for(OPENROUTER_429) as client:
        raw = client.chat.completions.with_raw_response.create(model="x", messages=MESSAGES)
        assert raw.status_code == 200
        with pytest.raises(errors.RateLimitError):
            raw.parse()


def test_the_detailed_call_reports_no_parsed_reply_and_keeps_the_body() -> None:
    http = httpx2.Client(transport=answering(OPENROUTER_429))
    with Mixroute(api_key=API_KEY, base_url="https://gateway.test/v1", http_client=http) as client:
        body = CreateChatCompletionRequest.from_dict({"model": "x", "messages": MESSAGES})
        detailed = create_chat_completion.sync_detailed(client=client._client, body=body)
    assert detailed.parsed is None
    assert json.loads(detailed.content) == OPENROUTER_429


def test_a_strict_client_raises_the_reported_error_not_a_validation_error() -> None:
    with client_for(OPENROUTER_429, strict=True) as client, pytest.raises(errors.RateLimitError):
        client.chat.completions.create(model="x", messages=MESSAGES)


def test_a_json_error_answer_to_a_stream_request_raises_the_reported_error() -> None:
    with client_for(OPENROUTER_429) as client, pytest.raises(errors.RateLimitError) as raised:
        client.chat.completions.create(model="x", messages=MESSAGES, stream=True)
    assert json.loads(raised.value.response.content) == OPENROUTER_429


def test_a_json_reply_to_a_stream_request_is_still_no_event_stream() -> None:
    with client_for({"id": "c1", "choices": []}) as client, pytest.raises(APIResponseValidationError):
        client.chat.completions.create(model="x", messages=MESSAGES, stream=True)


@pytest.mark.parametrize("error", [None, "a string", []])
def test_a_reply_whose_error_is_no_object_is_read_as_the_reply(error: object) -> None:
    body = {"id": "c1", "object": "chat.completion", "created": 1, "model": "x", "choices": [], "error": error}
    with client_for(body) as client:
        completion = client.chat.completions.create(model="x", messages=MESSAGES)
    assert completion.id == "c1"


def test_an_echoed_api_key_never_shows() -> None:
    body = {"error": {"code": 401, "message": f"Invalid key {API_KEY}"}}
    with client_for(body) as client, pytest.raises(errors.AuthenticationError) as raised:
        client.chat.completions.create(model="x", messages=MESSAGES)
    assert API_KEY not in str(raised.value)
    assert API_KEY not in repr(raised.value)


def test_every_operation_of_the_spec_with_a_model_reply_reads_reported_errors() -> None:
    with client_for({"error": {"code": 404, "message": "gone"}}) as client:
        with pytest.raises(errors.NotFoundError):
            client.models.list()
        with pytest.raises(errors.NotFoundError):
            client.models.retrieve("x")
        with pytest.raises(errors.NotFoundError):
            client.embeddings.create(model="x", input="hi")
