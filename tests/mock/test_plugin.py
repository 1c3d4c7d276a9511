"""The pytest plugin mixroute-mock installs: the `mixroute_mock` fixture, with settings and faults per test.

The plugin is loaded here the way it is anywhere, by its `pytest11` entry point (the dev project installs the
package), so these tests use the fixture as a user's tests would.
"""

from __future__ import annotations

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest
from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.plugin import MixrouteMock, marked_settings
from mixroute_mock.serving import serving_in_thread

ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "hello fixture"}]}


def _ask(mock: MixrouteMock, model: str = "glm-5") -> str:
    with AuthenticatedClient(base_url=mock.base_url, token=mock.api_key, max_retries=0) as client:
        body = CreateChatCompletionRequest.from_dict({**ASK, "model": model})
        return str(create_chat_completion.sync(client=client, body=body).choices[0].message.content)


def test_the_fixture_serves_this_client_on_loopback(mixroute_mock: MixrouteMock) -> None:
    assert mixroute_mock.base_url.startswith("http://127.0.0.1:")
    assert mixroute_mock.api_key == DEFAULT_API_KEY
    assert "hello fixture" in _ask(mixroute_mock)


@pytest.mark.mixroute_mock(fault="status=503")
def test_a_marker_fault_applies_to_every_request_of_the_test(mixroute_mock: MixrouteMock) -> None:
    with pytest.raises(errors.APIStatusError) as raised:
        _ask(mixroute_mock)
    assert raised.value.status_code == 503


@pytest.mark.mixroute_mock(models=("house-model",), api_keys=("sk-own",))
def test_a_marker_sets_the_models_and_keys(mixroute_mock: MixrouteMock) -> None:
    assert mixroute_mock.api_key == "sk-own"
    assert "hello fixture" in _ask(mixroute_mock, "house-model")
    with pytest.raises(errors.NotFoundError):
        _ask(mixroute_mock, "glm-5")


@pytest.mark.anyio
async def test_the_app_serves_in_process_too(mixroute_mock: MixrouteMock) -> None:
    transport = httpx2.ASGITransport(mixroute_mock.app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://in-process") as client:
        headers = {"Authorization": f"Bearer {mixroute_mock.api_key}"}
        response = await client.post("/v1/chat/completions", headers=headers, json=ASK)
    assert response.status_code == 200


@pytest.mark.mixroute_mock(rate_limit_per_minute=0)
def test_bad_marker_settings_are_a_usage_error_naming_the_marker(request: pytest.FixtureRequest) -> None:
    with pytest.raises(pytest.UsageError, match=r"mark\.mixroute_mock\(rate_limit_per_minute=0\).*rate limit"):
        marked_settings(request.node)


@pytest.mark.mixroute_mock(models="glm-5")
def test_one_model_as_a_string_is_a_usage_error_not_a_set_of_letters(request: pytest.FixtureRequest) -> None:
    with pytest.raises(pytest.UsageError, match=r"tuples of names, not one string"):
        marked_settings(request.node)


@pytest.mark.mixroute_mock(no_such_setting=1)
def test_an_unknown_marker_setting_is_a_usage_error(request: pytest.FixtureRequest) -> None:
    with pytest.raises(pytest.UsageError, match="no_such_setting"):
        marked_settings(request.node)


def test_each_app_behind_the_server_starts_with_its_own_fault_budget() -> None:
    once = MockSettings(fault="status=500; times=1", log=False)
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
    with serving_in_thread(create_app(once)) as server:
        statuses = [httpx2.post(f"{server.url}/v1/chat/completions", headers=headers, json=ASK).status_code]
        statuses.append(httpx2.post(f"{server.url}/v1/chat/completions", headers=headers, json=ASK).status_code)
        server.serve(create_app(once))
        statuses.append(httpx2.post(f"{server.url}/v1/chat/completions", headers=headers, json=ASK).status_code)
    assert statuses == [500, 200, 500]
