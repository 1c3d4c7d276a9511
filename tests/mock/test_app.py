"""The mock app in-process (ASGI): OpenAI's errors, headers, streaming and injected faults."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
PATH = "/v1/chat/completions"
WEATHER_PARAMETERS = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
WEATHER_TOOL = {"type": "function", "function": {"name": "get_weather", "parameters": WEATHER_PARAMETERS}}
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "Tell me a story about a lighthouse keeper"}]}
ASK_WEATHER = {
    "model": "gpt-4o",
    "messages": [{"role": "user", "content": "What's the weather like in Beijing today?"}],
    "tools": [WEATHER_TOOL],
}


def client_for(settings: MockSettings) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=httpx2.ASGITransport(create_app(settings)), base_url="http://mock")


@pytest.fixture
async def client() -> AsyncIterator[httpx2.AsyncClient]:
    async with client_for(MockSettings(log=False)) as mock:
        yield mock


def events(response: httpx2.Response) -> list[str]:
    """The `data` of each server-sent event of a fully read response."""
    return [block.removeprefix("data: ") for block in response.text.split("\n\n") if block]


def assembled(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    """A streamed reply put back together into the shape of a non-streamed one."""
    first = chunks[0]
    result: dict[str, Any] = {key: first[key] for key in ("id", "created", "model", "system_fingerprint")}
    result["object"] = "chat.completion"
    choices: dict[int, dict[str, Any]] = {}
    for chunk in chunks:
        if chunk.get("usage"):
            result["usage"] = chunk["usage"]
        for part in chunk["choices"]:
            choice = choices.setdefault(part["index"], {"index": part["index"], "message": {}, "logprobs": None})
            _merge_delta(choice["message"], part["delta"])
            choice["finish_reason"] = part["finish_reason"]
    result["choices"] = [choices[index] for index in sorted(choices)]
    return result


def _merge_delta(message: dict[str, Any], delta: dict[str, Any]) -> None:
    for key in ("role", "content"):
        if key in delta:
            message[key] = delta[key] if message.get(key) is None else message[key] + (delta[key] or "")
    for call in delta.get("tool_calls", []):
        calls = message.setdefault("tool_calls", [])
        if call["index"] == len(calls):
            calls.append({"id": call["id"], "type": call["type"], "function": dict(call["function"])})
        else:
            calls[call["index"]]["function"]["arguments"] += call["function"]["arguments"]


def error_of(response: httpx2.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    error: dict[str, Any] = body["error"]
    return error


async def test_a_plain_completion_quotes_the_conversation(client: httpx2.AsyncClient) -> None:
    response = await client.post(PATH, headers=AUTH, json=ASK)
    assert response.status_code == 200
    body = response.json()
    assert "lighthouse keeper" in body["choices"][0]["message"]["content"]
    assert response.headers["x-request-id"].startswith("req_")
    assert int(response.headers["x-ratelimit-remaining-requests"]) >= 0


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer sk-wrong-key"}, {"Authorization": "Basic x"}])
async def test_a_missing_or_wrong_key_is_401(client: httpx2.AsyncClient, headers: dict[str, str]) -> None:
    response = await client.post(PATH, headers=headers, json=ASK)
    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_api_key"
    assert "sk-wrong-key" not in response.text  # the key is masked


async def test_an_unknown_model_is_404_model_not_found(client: httpx2.AsyncClient) -> None:
    response = await client.post(PATH, headers=AUTH, json={**ASK, "model": "gpt-99"})
    assert response.status_code == 404
    assert error_of(response) | {"message": ""} == {
        "message": "",
        "type": "invalid_request_error",
        "param": "model",
        "code": "model_not_found",
    }
    assert "gpt-99" in error_of(response)["message"]


@pytest.mark.parametrize(
    ("body", "param"),
    [({**ASK, "temperature": 5}, "temperature"), ({**ASK, "messages": []}, "messages"), ({"messages": []}, "model")],
)
async def test_a_schema_violation_is_400_naming_the_field(
    client: httpx2.AsyncClient, body: dict[str, Any], param: str
) -> None:
    response = await client.post(PATH, headers=AUTH, json=body)
    assert response.status_code == 400
    error = error_of(response)
    assert error["param"] == param
    assert param in error["message"]


@pytest.mark.parametrize(
    ("content", "content_type", "words"),
    [(b"{not json", "application/json", "could not parse the JSON"), (b"model=glm-5", "text/plain", "Content-Type")],
)
async def test_a_body_that_is_not_json_is_400(
    client: httpx2.AsyncClient, content: bytes, content_type: str, words: str
) -> None:
    response = await client.post(PATH, headers={**AUTH, "Content-Type": content_type}, content=content)
    assert response.status_code == 400
    assert words in error_of(response)["message"]


async def test_an_undeclared_method_is_405_with_allow(client: httpx2.AsyncClient) -> None:
    response = await client.get(PATH, headers=AUTH)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert "GET" in error_of(response)["message"]


async def test_an_unknown_path_is_404(client: httpx2.AsyncClient) -> None:
    response = await client.post("/v1/no-such-thing", headers=AUTH, json=ASK)
    assert response.status_code == 404
    assert error_of(response)["code"] == "unknown_url"


async def test_the_rate_limit_answers_429_with_retry_after() -> None:
    async with client_for(MockSettings(rate_limit_per_minute=1, log=False)) as mock:
        assert (await mock.post(PATH, headers=AUTH, json=ASK)).status_code == 200
        refused = await mock.post(PATH, headers=AUTH, json=ASK)
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.headers["x-ratelimit-remaining-requests"] == "0"
    assert error_of(refused)["code"] == "rate_limit_exceeded"


async def test_one_log_line_per_request(client: httpx2.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    async with client_for(MockSettings()) as mock:
        with caplog.at_level(logging.INFO, logger="mixroute.mock"):
            await mock.post(PATH, headers=AUTH, json=ASK)
            await mock.get("/nowhere")
    lines = [record.getMessage() for record in caplog.records if record.name == "mixroute.mock"]
    assert len(lines) == 2
    assert f"POST {PATH} 200" in lines[0]
    assert "GET /nowhere 404" in lines[1]


@pytest.mark.parametrize("request_body", [ASK, {**ASK, "n": 2, "max_tokens": 4}, ASK_WEATHER])
async def test_the_stream_adds_up_to_the_plain_reply(client: httpx2.AsyncClient, request_body: dict[str, Any]) -> None:
    plain = (await client.post(PATH, headers=AUTH, json=request_body)).json()
    streamed_body = {**request_body, "stream": True, "stream_options": {"include_usage": True}}
    response = await client.post(PATH, headers=AUTH, json=streamed_body)
    assert response.headers["content-type"].startswith("text/event-stream")
    data = events(response)
    assert data[-1] == "[DONE]"
    chunks = [json.loads(item) for item in data[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert chunks[-1]["choices"] == []
    assert assembled(chunks) == plain


async def test_tool_call_arguments_arrive_in_several_pieces(client: httpx2.AsyncClient) -> None:
    response = await client.post(PATH, headers=AUTH, json={**ASK_WEATHER, "stream": True})
    pieces = [
        call["function"]["arguments"]
        for item in events(response)[:-1]
        for choice in json.loads(item)["choices"]
        for call in choice["delta"].get("tool_calls", [])
        if call["function"]["arguments"]
    ]
    assert len(pieces) > 1
    assert json.loads("".join(pieces)) == {"city": "Beijing"}
    assert all("usage" not in json.loads(item) for item in events(response)[:-1])


@pytest.mark.parametrize(
    ("fault", "status", "headers"),
    [
        ("status=503", 503, {}),
        ("status=429; retry-after=7; retry-after-ms=7000", 429, {"retry-after": "7", "retry-after-ms": "7000"}),
        ("status=500; should-retry=false", 500, {"x-should-retry": "false"}),
    ],
)
async def test_a_status_fault_answers_in_the_error_envelope(
    client: httpx2.AsyncClient, fault: str, status: int, headers: dict[str, str]
) -> None:
    response = await client.post(PATH, headers={**AUTH, "X-Mock-Fault": fault}, json=ASK)
    assert response.status_code == status
    assert error_of(response)["message"]
    assert headers.items() <= response.headers.items()


async def test_html_and_malformed_json_faults(client: httpx2.AsyncClient) -> None:
    html = await client.post(PATH, headers={**AUTH, "X-Mock-Fault": "html"}, json=ASK)
    assert (html.status_code, html.headers["content-type"].split(";")[0]) == (502, "text/html")
    broken = await client.post(PATH, headers={**AUTH, "X-Mock-Fault": "malformed-json"}, json=ASK)
    assert broken.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        broken.json()


async def test_an_error_in_200_fault_reports_the_status_in_a_200_body(client: httpx2.AsyncClient) -> None:
    response = await client.post(PATH, headers={**AUTH, "X-Mock-Fault": "status=429; error-in-200"}, json=ASK)
    assert response.status_code == 200
    assert response.json() == {"error": {"code": 429, "message": "Injected fault: status 429."}}
    assert response.headers["retry-after"] == "1"


async def test_times_and_key_fail_the_first_requests_then_serve() -> None:
    async with client_for(MockSettings(log=False)) as mock:
        headers = {**AUTH, "X-Mock-Fault": "status=503; times=2; key=t1"}
        statuses = [(await mock.post(PATH, headers=headers, json=ASK)).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]


async def test_a_server_wide_fault_applies_to_every_request() -> None:
    async with client_for(MockSettings(fault="status=502", log=False)) as mock:
        assert (await mock.post(PATH, headers=AUTH, json=ASK)).status_code == 502
        assert (await mock.post(PATH, headers={**AUTH, "X-Mock-Fault": "status=500"}, json=ASK)).status_code == 500


async def test_an_error_event_ends_the_stream_without_done(client: httpx2.AsyncClient) -> None:
    headers = {**AUTH, "X-Mock-Fault": "error-event-after=2"}
    data = events(await client.post(PATH, headers=headers, json={**ASK, "stream": True}))
    assert len(data) == 3
    assert "error" in json.loads(data[-1])


async def test_an_unparseable_fault_header_is_400_naming_it(client: httpx2.AsyncClient) -> None:
    response = await client.post(PATH, headers={**AUTH, "X-Mock-Fault": "status=teapot"}, json=ASK)
    assert response.status_code == 400
    assert error_of(response)["param"] == "X-Mock-Fault"
    assert "teapot" in error_of(response)["message"]


@pytest.mark.parametrize(
    ("models", "model", "status"),
    [
        (None, "glm-5", 200),
        (("my-model", "other"), "my-model", 200),
        (("my-model",), "glm-5", 404),
        (("*",), "anything-at-all:free", 200),
    ],
)
async def test_the_models_served_are_the_settings_or_the_spec_catalogue(
    models: tuple[str, ...] | None, model: str, status: int
) -> None:
    async with client_for(MockSettings(models=models, log=False)) as mock:
        response = await mock.post(PATH, headers=AUTH, json={**ASK, "model": model})
    assert response.status_code == status
    if status == 200:
        assert response.json()["model"] == model


async def test_api_keys_are_compared_in_constant_time_every_one_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real_compare = hmac.compare_digest

    def spy(sent: bytes, known: bytes) -> bool:
        compared.append((sent, known))
        return real_compare(sent, known)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    async with client_for(MockSettings(api_keys=(DEFAULT_API_KEY, "sk-other"), log=False)) as mock:
        assert (await mock.post(PATH, headers=AUTH, json=ASK)).status_code == 200
    # The first key matched, and the second was compared all the same.
    assert compared == [(DEFAULT_API_KEY.encode(), DEFAULT_API_KEY.encode()), (DEFAULT_API_KEY.encode(), b"sk-other")]


async def test_a_key_that_is_not_ascii_is_a_401_not_a_crash(client: httpx2.AsyncClient) -> None:
    response = await client.post(PATH, headers={b"Authorization": "Bearer sk-café".encode()}, json=ASK)
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("drawer", "body", "label"),
    [
        ("arguments_for", {**ASK_WEATHER, "tool_choice": "required"}, "the parameters of function 'get_weather'"),
        (
            "value_for",
            {
                **ASK,
                "response_format": {"type": "json_schema", "json_schema": {"name": "w", "schema": WEATHER_PARAMETERS}},
            },
            "the response_format 'w'",
        ),
    ],
)
async def test_a_drawn_value_that_breaks_its_schema_is_a_500_not_sent(
    client: httpx2.AsyncClient, monkeypatch: pytest.MonkeyPatch, drawer: str, body: dict[str, Any], label: str
) -> None:
    monkeypatch.setattr(f"mixroute_mock.replies.{drawer}", lambda *args, **kwargs: {"city": 5})
    response = await client.post(PATH, headers=AUTH, json=body)
    assert response.status_code == 500
    message = error_of(response)["message"]
    assert message.startswith(f"Mock bug: the value it drew for {label} breaks that schema: ")
    assert '{"city": 5}' in message
