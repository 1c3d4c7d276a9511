"""The ``mixroute_client`` logger: a line per request and per answer at INFO, headers and bodies at DEBUG, and the
key nowhere, whatever the header's spelling; ``MIXROUTE_LOG`` is the only thing that adds a handler."""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable

import httpx2
import pytest

from mixroute_client import errors
from mixroute_client._runtime import _logs
from mixroute_client._runtime._logs import configure_from_env
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, SleepRecorder, chat_request, completion, make_client

ECHO = {"error": {"message": f"Incorrect API key provided: {API_KEY}", "type": "invalid_request_error"}}


def answering(*replies: httpx2.Response) -> Callable[[httpx2.Request], httpx2.Response]:
    queue = list(replies)
    return lambda request: queue.pop(0)


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "mixroute_client"]


def test_info_logs_one_line_per_request_and_per_answer(caplog: pytest.LogCaptureFixture, sleeps: SleepRecorder) -> None:
    replies = [httpx2.Response(503, json={"error": {"message": "busy"}}, headers={"retry-after": "0"})]
    replies.append(httpx2.Response(200, json=completion(), headers={"x-request-id": "req-42"}))
    caplog.set_level(logging.INFO, logger="mixroute_client")
    create_chat_completion.sync(client=make_client(answering(*replies), sleeps), body=chat_request())
    lines = messages(caplog)
    url = "https://api.test/v1/chat/completions"
    assert lines[0] == f"HTTP request: POST {url} (attempt 1)"
    assert re.fullmatch(rf"HTTP response: 503 POST {url} request_id=- \(attempt 1, \d+\.\d{{3}} s\)", lines[1])
    assert lines[2].startswith(f"Retrying POST {url} in 0.00 s (retry 1)")
    assert lines[3] == f"HTTP request: POST {url} (attempt 2)"
    assert re.fullmatch(rf"HTTP response: 200 POST {url} request_id=req-42 \(attempt 2, \d+\.\d{{3}} s\)", lines[4])
    assert len(lines) == 5
    assert all(record.levelno == logging.INFO for record in caplog.records)


def test_a_failed_attempt_is_a_line_too(caplog: pytest.LogCaptureFixture, sleeps: SleepRecorder) -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("connection refused", request=request)

    caplog.set_level(logging.INFO, logger="mixroute_client")
    with pytest.raises(errors.APIConnectionError):
        create_chat_completion.sync(client=make_client(refuse, sleeps, max_retries=0), body=chat_request())
    (_, failure) = messages(caplog)
    assert re.match(r"HTTP failure: APIConnectionError POST \S+ \(attempt 1, \d+\.\d{3} s\): Connection error", failure)


def test_debug_adds_headers_and_bodies(caplog: pytest.LogCaptureFixture, sleeps: SleepRecorder) -> None:
    caplog.set_level(logging.DEBUG, logger="mixroute_client")
    reply = httpx2.Response(200, json=completion("Bonjour"), headers={"x-request-id": "req-1"})
    create_chat_completion.sync(client=make_client(answering(reply), sleeps), body=chat_request())
    lines = messages(caplog)
    request_headers = next(line for line in lines if line.startswith("Request headers: "))
    assert "authorization: ***" in request_headers
    assert "content-type: application/json" in request_headers
    assert any(line.startswith("Request body: ") and '"content":"Hi"' in line.replace(" ", "") for line in lines)
    assert any(line.startswith("Response headers: ") and "x-request-id: req-1" in line for line in lines)
    assert any(line.startswith("Response body: ") and "Bonjour" in line for line in lines)


def test_a_long_body_is_cut(caplog: pytest.LogCaptureFixture, sleeps: SleepRecorder) -> None:
    caplog.set_level(logging.DEBUG, logger="mixroute_client")
    long = "x" * (_logs.BODY_LIMIT * 2)
    reply = httpx2.Response(200, json=completion(long))
    create_chat_completion.sync(client=make_client(answering(reply), sleeps), body=chat_request())
    body = next(line for line in messages(caplog) if line.startswith("Response body: "))
    assert len(body) < _logs.BODY_LIMIT + 100
    assert body.endswith("more characters)")


@pytest.mark.parametrize("header", ["Authorization", "X-Api-Key", "api-key", "X-MIXROUTE-KEY"])
def test_the_key_never_appears_at_any_level(
    header: str, caplog: pytest.LogCaptureFixture, sleeps: SleepRecorder
) -> None:
    caplog.set_level(logging.DEBUG, logger="mixroute_client")
    echoed = {"x-echo": f"Bearer {API_KEY}", header: API_KEY}
    replies = [
        httpx2.Response(503, json=ECHO, headers={"retry-after": "0", **echoed}),
        httpx2.Response(401, json=ECHO, headers=echoed),
    ]
    client = make_client(answering(*replies), sleeps, auth_header_name=header, prefix="")
    body = chat_request()
    body.messages[0].content = f"my key is {API_KEY}"  # type: ignore[union-attr]
    with pytest.raises(errors.AuthenticationError):
        create_chat_completion.sync(client=client, body=body)
    text = "\n".join(messages(caplog))
    assert f"{header.lower()}: ***" in text
    assert "my key is ***" in text
    assert API_KEY not in text


def test_nothing_is_configured_without_the_switch() -> None:
    assert configure_from_env({}) is None
    assert configure_from_env({"MIXROUTE_LOG": "verbose"}) is None
    logger = logging.getLogger("mixroute_client")
    assert [type(handler) for handler in logger.handlers] == [logging.NullHandler]


def test_a_second_import_adds_no_second_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIXROUTE_LOG", "info")
    logger = logging.getLogger("mixroute_client")
    before = (logger.level, list(logger.handlers))
    try:
        importlib.reload(_logs)
        importlib.reload(_logs)
        assert [type(handler) for handler in logger.handlers] == [logging.NullHandler, logging.StreamHandler]
    finally:
        logger.handlers[:] = before[1]
        logger.setLevel(before[0])


@pytest.mark.parametrize(("value", "level"), [("info", logging.INFO), (" DEBUG ", logging.DEBUG)])
def test_mixroute_log_adds_a_stderr_handler_at_its_level(value: str, level: int) -> None:
    logger = logging.getLogger("mixroute_client")
    before = logger.level
    handler = configure_from_env({"MIXROUTE_LOG": value})
    try:
        assert isinstance(handler, logging.StreamHandler)
        assert handler in logger.handlers
        assert configure_from_env({"MIXROUTE_LOG": value}) is handler
        assert logger.level == level
    finally:
        if handler is not None:
            logger.removeHandler(handler)
        logger.setLevel(before)
