"""The key never leaks: checked at construction, scrubbed from every error whatever header carries it,
never sent to another host."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, Mixroute, errors
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, Counting, SleepRecorder, chat_request, completion, make_client, sse_body, sse_response

CUSTOM = {"auth_header_name": "X-Api-Key", "prefix": ""}


def leaks(error: BaseException) -> bool:
    return any(API_KEY in text for text in (str(error), repr(error), repr(error.args)))


@pytest.mark.parametrize(
    ("key", "position", "codepoint"),
    [
        (API_KEY[:5] + "\u200b" + API_KEY[5:], 6, "U+200B (ZERO WIDTH SPACE)"),
        (API_KEY + "\n", len(API_KEY) + 1, "U+000A"),
        ("é" + API_KEY, 1, "U+00E9"),
    ],
)
def test_a_key_http_cannot_carry_is_a_usage_error_at_construction(key: str, position: int, codepoint: str) -> None:
    with pytest.raises(errors.UsageError) as caught:
        AuthenticatedClient(base_url="https://api.test", token=key)
    assert f"character {position} is {codepoint}" in str(caught.value)
    assert API_KEY not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


@pytest.mark.parametrize(
    "settings",
    [
        {"auth_header_name": "X Api Key"},
        {"prefix": "Bearer\u00a0"},
        {"headers": {"X-Trace": "caf\u00e9"}},
        {"headers": {"Bad:Name": "v"}},
    ],
)
def test_bad_header_names_and_values_are_usage_errors(settings: dict[str, Any]) -> None:
    with pytest.raises(errors.UsageError, match="cannot be sent in an HTTP header"):
        AuthenticatedClient(base_url="https://api.test", token=API_KEY, **settings)


def test_with_headers_checks_before_touching_the_built_client() -> None:
    client = AuthenticatedClient(base_url="https://api.test", token=API_KEY)
    client.get_httpx_client()
    with pytest.raises(errors.UsageError):
        client.with_headers({"X-Trace": "\u200b"})
    assert "x-trace" not in client.get_httpx_client().headers


@pytest.mark.parametrize("url", ["api.test", "ftp://api.test", "http://", "http://[::1"])
def test_an_unusable_base_url_is_a_usage_error(url: str) -> None:
    with pytest.raises(errors.UsageError, match="base URL"):
        AuthenticatedClient(base_url=url, token=API_KEY)


@pytest.mark.parametrize("settings", [{}, CUSTOM, {"auth_header_name": "api-key", "prefix": "Token"}])
def test_an_echoed_key_is_scrubbed_whatever_header_and_prefix_carry_it(
    settings: dict[str, Any], sleeps: SleepRecorder
) -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        quoted = json.dumps(dict(request.headers))
        return httpx2.Response(401, json={"error": {"message": f"invalid key {API_KEY} in {quoted}"}})

    with pytest.raises(errors.AuthenticationError) as caught:
        create_chat_completion.sync(client=make_client(answer, sleeps, **settings), body=chat_request())
    assert "***" in str(caught.value)
    assert not leaks(caught.value)


def test_unexpected_status_scrubs_an_echoed_key(sleeps: SleepRecorder) -> None:
    server = Counting(httpx2.Response(418, content=f"teapot says {API_KEY}".encode()))
    client = make_client(server, sleeps, raise_on_unexpected_status=True, **CUSTOM)
    with pytest.raises(errors.UnexpectedStatus) as caught:
        create_chat_completion.sync_detailed(client=client, body=chat_request())
    assert "teapot says ***" in str(caught.value)
    assert not leaks(caught.value)


@pytest.mark.parametrize(
    "event", [f"not json {API_KEY}", json.dumps({"error": {"message": f"upstream rejected {API_KEY}"}})]
)
def test_sse_errors_scrub_an_echoed_key(event: str, sleeps: SleepRecorder) -> None:
    server = Counting(sse_response(sse_body([event])))
    stream = create_chat_completion.stream(client=make_client(server, sleeps, **CUSTOM), body=chat_request())
    with pytest.raises(errors.APIError) as caught, stream:
        list(stream)
    assert not leaks(caught.value)


def test_a_bad_chunk_error_scrubs_an_echoed_key(sleeps: SleepRecorder) -> None:
    server = Counting(sse_response(sse_body([{"id": 1, "choices": API_KEY}])))
    stream = create_chat_completion.stream(client=make_client(server, sleeps, **CUSTOM), body=chat_request())
    with pytest.raises(errors.APIResponseValidationError) as caught, stream:
        list(stream)
    assert not leaks(caught.value)


@pytest.mark.parametrize("settings", [{}, CUSTOM])
@pytest.mark.parametrize("target", ["https://elsewhere.test/v1/chat/completions", "http://api.test/v1/x"])
def test_a_redirect_off_the_api_origin_drops_the_credential(
    settings: dict[str, Any], target: str, sleeps: SleepRecorder
) -> None:
    header = settings.get("auth_header_name", "Authorization")
    seen: list[tuple[str, str | None]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append((str(request.url), request.headers.get(header)))
        if request.url.host == "api.test" and request.url.scheme == "https":
            return httpx2.Response(307, headers={"location": target})
        return httpx2.Response(200, json=completion())

    client = make_client(answer, sleeps, follow_redirects=True, **settings)
    create_chat_completion.sync(client=client, body=chat_request())
    assert seen[0][1] is not None
    assert API_KEY in seen[0][1]
    assert seen[1] == (target, None)


def test_a_same_origin_redirect_keeps_the_credential(sleeps: SleepRecorder) -> None:
    seen: list[str | None] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.headers.get("X-Api-Key"))
        if request.url.path == "/v1/chat/completions":
            return httpx2.Response(307, headers={"location": "/v2/chat/completions"})
        return httpx2.Response(200, json=completion())

    create_chat_completion.sync(
        client=make_client(answer, sleeps, follow_redirects=True, **CUSTOM), body=chat_request()
    )
    assert seen == [API_KEY, API_KEY]


def test_no_part_of_the_key_survives_when_a_long_message_is_cut(sleeps: SleepRecorder) -> None:
    message = "x" * 290 + API_KEY + "y" * 50
    server = Counting(httpx2.Response(400, json={"error": {"message": message}}))
    with pytest.raises(errors.BadRequestError) as caught:
        create_chat_completion.sync(client=make_client(server, sleeps), body=chat_request())
    assert API_KEY[:8] not in str(caught.value)


@pytest.mark.parametrize(
    "url", ["http://user:hunter22@api.test", "https://hunter22@api.test/v1", "http://:hunter22@api.test"]
)
def test_a_base_url_with_a_user_or_password_is_refused_without_showing_it(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx2 would send it as Basic auth in place of the key, and show it in reprs, errors and the retry log.
    with pytest.raises(errors.UsageError, match="user name or password") as caught:
        AuthenticatedClient(base_url=url, token=API_KEY)
    assert "hunter22" not in str(caught.value)
    with pytest.raises(errors.UsageError, match="user name or password"):
        Mixroute(api_key=API_KEY, base_url=url)
    monkeypatch.setenv("MIXROUTE_BASE_URL", url)
    with pytest.raises(errors.UsageError, match="user name or password"):
        AuthenticatedClient.from_env(api_key=API_KEY)
