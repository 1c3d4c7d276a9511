"""Client configuration: environment, defaults, per-call overrides, and the API key kept out of sight."""

from __future__ import annotations

import json
import logging

import httpx2
import pytest

from mixroute_client import DEFAULT_BASE_URL, AuthenticatedClient, UsageError
from mixroute_client._runtime._config import settings_from_env
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, SleepRecorder, chat_request, completion, make_client


def test_from_env_reads_key_and_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIXROUTE_API_KEY", API_KEY)
    monkeypatch.setenv("MIXROUTE_BASE_URL", "http://127.0.0.1:4010")
    client = AuthenticatedClient.from_env()
    assert client.token == API_KEY
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:4010"


def test_from_env_defaults_the_url_and_arguments_win() -> None:
    assert settings_from_env(environ={"MIXROUTE_API_KEY": "k"}) == ("k", DEFAULT_BASE_URL)
    assert settings_from_env("a", "http://x", environ={"MIXROUTE_API_KEY": "k"}) == ("a", "http://x")


def test_no_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIXROUTE_API_KEY", raising=False)
    with pytest.raises(UsageError, match="MIXROUTE_API_KEY"):
        AuthenticatedClient.from_env()
    with pytest.raises(UsageError):
        settings_from_env(environ={"MIXROUTE_API_KEY": "  "})


def test_key_never_in_repr_or_str() -> None:
    client = AuthenticatedClient(base_url="https://api.test", token=API_KEY)
    client.get_httpx_client()
    client.get_async_httpx_client()
    for text in (repr(client), str(client), repr(client.get_httpx_client().headers)):
        assert API_KEY not in text
    assert client.get_httpx_client().headers["authorization"] == f"Bearer {API_KEY}"


def test_default_timeout_is_5s_connect_600s_overall() -> None:
    timeout = AuthenticatedClient(base_url="https://api.test", token="k").get_httpx_client().timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 600.0, 600.0, 600.0)


def test_per_call_timeout_and_client_timeout_reach_the_request(sleeps: SleepRecorder) -> None:
    seen: list[dict[str, float | None]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.extensions["timeout"])
        return httpx2.Response(200, json=completion())

    client = make_client(answer, sleeps, timeout=httpx2.Timeout(30.0))
    create_chat_completion.sync(client=client, body=chat_request())
    create_chat_completion.sync(client=client, body=chat_request(), timeout=2.5)
    assert seen[0]["read"] == 30.0
    # A number is an overall limit: every phase is held to the time left of it, never more.
    assert set(seen[1]) == {"connect", "read", "write", "pool"}
    assert all(value is not None and 0 < value <= 2.5 for value in seen[1].values())


def test_authorization_is_not_forwarded_to_another_host(sleeps: SleepRecorder) -> None:
    seen: dict[str, str | None] = {}

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen[request.url.host] = request.headers.get("authorization")
        if request.url.host == "api.test":
            return httpx2.Response(307, headers={"location": "https://elsewhere.test/v1/chat/completions"})
        return httpx2.Response(200, json=completion())

    client = make_client(answer, sleeps, follow_redirects=True)
    create_chat_completion.sync(client=client, body=chat_request())
    assert seen == {"api.test": f"Bearer {API_KEY}", "elsewhere.test": None}


def test_retry_logs_never_carry_the_key(sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([httpx2.Response(503), httpx2.Response(200, json=completion())])
    client = make_client(lambda request: next(answers), sleeps)
    with caplog.at_level(logging.DEBUG, logger="mixroute_client"):
        create_chat_completion.sync(client=client, body=chat_request())
    assert "Retrying POST https://api.test/v1/chat/completions" in caplog.text
    assert API_KEY not in caplog.text


@pytest.mark.parametrize(
    "base_url",
    [
        "https://console.mixroute.io",
        "https://console.mixroute.io/",
        "https://console.mixroute.io/v1",
        "https://console.mixroute.io/v1/",
    ],
)
def test_a_base_url_written_with_or_without_v1_reaches_the_same_path(base_url: str) -> None:
    seen: list[str] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(str(request.url))
        return httpx2.Response(200, json=completion())

    client = AuthenticatedClient(
        base_url=base_url, token=API_KEY, httpx_args={"transport": httpx2.MockTransport(answer)}
    )
    create_chat_completion.sync(client=client, body=chat_request())
    assert seen == ["https://console.mixroute.io/v1/chat/completions"]


def test_an_unusable_base_url_says_what_to_write() -> None:
    with pytest.raises(UsageError, match=r"such as https://console\.mixroute\.io \(with or without /v1\)"):
        AuthenticatedClient(base_url="console.mixroute.io/v1", token=API_KEY)


def test_the_request_names_its_json_content_type_once() -> None:
    sent: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json=completion())

    client = AuthenticatedClient(
        base_url="https://api.test", token=API_KEY, httpx_args={"transport": httpx2.MockTransport(answer)}
    )
    create_chat_completion.sync(client=client, body=chat_request())
    (request,) = sent
    assert request.headers.get_list("content-type") == ["application/json"]
    assert json.loads(request.content)["model"] == chat_request().model
