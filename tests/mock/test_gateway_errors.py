"""`X-Mock-Fault: error=<code>` plays the errors real gateways answer with: new-api's and OpenAI's."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app

pytestmark = pytest.mark.anyio
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
PATH = "/v1/chat/completions"
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "hi"}]}
# new-api's ids: a timestamp to the second, nine digits, eight letters or digits (20251221215854405487233VkTsCSO2).
NEW_API_ID = re.compile(r"\d{23}[A-Za-z0-9]{8}")


@pytest.fixture
async def client() -> AsyncIterator[httpx2.AsyncClient]:
    transport = httpx2.ASGITransport(create_app(MockSettings(log=False)))
    async with httpx2.AsyncClient(transport=transport, base_url="http://mock") as mock:
        yield mock


async def ask_for(client: httpx2.AsyncClient, fault: str, **body: object) -> httpx2.Response:
    return await client.post(PATH, headers={**AUTH, "X-Mock-Fault": fault}, json={**ASK, **body})


@pytest.mark.parametrize(
    ("code", "status", "words"),
    [
        ("model_not_found", 503, "No available channel for model glm-5 under group default (distributor)"),
        ("insufficient_user_quota", 403, "user quota is not enough"),
        ("pre_consume_token_quota_failed", 403, "token quota is not enough"),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
async def test_new_api_errors_carry_its_request_id_in_the_header_and_the_message(
    client: httpx2.AsyncClient, code: str, status: int, words: str, stream: bool
) -> None:
    response = await ask_for(client, f"error={code}", stream=stream)
    assert response.status_code == status
    error = response.json()["error"]
    request_id = response.headers["x-oneapi-request-id"]
    assert NEW_API_ID.fullmatch(request_id)
    assert error["message"].startswith(words)
    assert error["message"].endswith(f" (request id: {request_id})")
    assert error | {"message": ""} == {"message": "", "type": "new_api_error", "param": "", "code": code}
    assert "x-request-id" not in response.headers  # new-api's own errors carry only its own id


async def test_openai_insufficient_quota_is_a_429_of_its_own_type(client: httpx2.AsyncClient) -> None:
    response = await ask_for(client, "error=insufficient_quota")
    assert response.status_code == 429
    assert response.json()["error"] | {"message": ""} == {
        "message": "",
        "type": "insufficient_quota",
        "param": None,
        "code": "insufficient_quota",
    }
    assert "exceeded your current quota" in response.json()["error"]["message"]
    assert response.headers["x-request-id"].startswith("req_")
    assert "x-oneapi-request-id" not in response.headers


async def test_the_model_in_the_message_is_the_requested_one(client: httpx2.AsyncClient) -> None:
    response = await ask_for(client, "error=model_not_found", model="gpt-4o")
    assert "for model gpt-4o under group default" in response.json()["error"]["message"]


async def test_every_request_gets_its_own_id(client: httpx2.AsyncClient) -> None:
    ids = {(await ask_for(client, "error=model_not_found")).headers["x-oneapi-request-id"] for _ in range(3)}
    assert len(ids) == 3


async def test_the_key_and_the_body_are_checked_first_as_a_gateway_does(client: httpx2.AsyncClient) -> None:
    wrong_key = {"Authorization": "Bearer sk-wrong", "X-Mock-Fault": "error=model_not_found"}
    assert (await client.post(PATH, headers=wrong_key, json=ASK)).status_code == 401
    assert (await ask_for(client, "error=model_not_found", temperature=9)).status_code == 400


async def test_a_gateway_error_obeys_times_and_then_serves(client: httpx2.AsyncClient) -> None:
    fault = "error=insufficient_user_quota; times=1; key=quota"
    assert [(await ask_for(client, fault)).status_code for _ in range(2)] == [403, 200]


async def test_a_server_wide_gateway_error() -> None:
    app = create_app(MockSettings(fault="error=model_not_found", log=False))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app), base_url="http://mock") as mock:
        assert (await mock.post(PATH, headers=AUTH, json=ASK)).status_code == 503
