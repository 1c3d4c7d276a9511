"""Errors by meaning: body codes over statuses, no retry of a 2xx or of what no retry can cure, request ids
where gateways put them, and exceptions that survive a pickle round trip."""

from __future__ import annotations

import pickle
from typing import Any

import httpx2
import pytest

from mixroute_client import errors
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, Counting, SleepRecorder, chat_request, completion, make_client

NEW_API_MESSAGE = (
    "No available channel for model glm-9 under group default (distributor) (request id: 20251127064233123456)"
)


def new_api_error(status: int, code: str | int, message: str = "nope", **headers: str) -> httpx2.Response:
    body = {"error": {"code": code, "message": message, "type": "new_api_error"}}
    return httpx2.Response(status, json=body, headers=headers)


def call(server: Counting, sleeps: SleepRecorder) -> Any:
    return create_chat_completion.sync(client=make_client(server, sleeps), body=chat_request())


@pytest.mark.parametrize("status", [200, 202])
def test_a_2xx_is_never_retried_whatever_x_should_retry_says(status: int, sleeps: SleepRecorder) -> None:
    # Retrying a POST the server accepted would bill the completion twice.
    server = Counting(httpx2.Response(status, json=completion(), headers={"x-should-retry": "true"}))
    response = create_chat_completion.sync_detailed(client=make_client(server, sleeps), body=chat_request())
    assert (response.status_code, server.calls, sleeps.delays) == (status, 1, [])


@pytest.mark.parametrize("status", [503, 404, 400])
def test_model_not_found_is_not_found_whatever_the_status_and_not_retried(status: int, sleeps: SleepRecorder) -> None:
    server = Counting(new_api_error(status, "model_not_found", NEW_API_MESSAGE))
    with pytest.raises(errors.NotFoundError) as caught:
        call(server, sleeps)
    assert (caught.value.status_code, caught.value.code, server.calls) == (status, "model_not_found", 1)
    assert sleeps.delays == []


@pytest.mark.parametrize(
    ("status", "code", "status_class"),
    [
        (429, "insufficient_quota", errors.RateLimitError),
        (403, "insufficient_user_quota", errors.PermissionDeniedError),
        (403, "pre_consume_token_quota_failed", errors.PermissionDeniedError),
        (500, "insufficient_user_quota", errors.InternalServerError),
        (402, "insufficient_quota", errors.APIStatusError),
    ],
)
def test_quota_exhaustion_is_its_own_type_within_the_status_class(
    status: int, code: str, status_class: type[errors.APIStatusError], sleeps: SleepRecorder
) -> None:
    server = Counting(new_api_error(status, code), httpx2.Response(200, json=completion()))
    with pytest.raises(errors.InsufficientQuotaError) as caught:
        call(server, sleeps)
    assert isinstance(caught.value, status_class)
    assert (caught.value.code, server.calls, sleeps.delays) == (code, 1, [])


def test_an_ordinary_429_is_still_retried(sleeps: SleepRecorder) -> None:
    server = Counting(new_api_error(429, "rate_limit_exceeded"), httpx2.Response(200, json=completion()))
    call(server, sleeps)
    assert server.calls == 2


@pytest.mark.parametrize(
    ("headers", "message", "expected"),
    [
        ({"x-request-id": "req_a", "X-Oneapi-Request-Id": "one_b"}, NEW_API_MESSAGE, "req_a"),
        ({"X-Oneapi-Request-Id": "one_b"}, NEW_API_MESSAGE, "one_b"),
        ({}, NEW_API_MESSAGE, "20251127064233123456"),
        ({}, "plain message", None),
    ],
)
def test_request_id_from_headers_then_the_message_suffix(
    headers: dict[str, str], message: str, expected: str | None, sleeps: SleepRecorder
) -> None:
    server = Counting(new_api_error(400, "", message, **headers))
    with pytest.raises(errors.BadRequestError) as caught:
        call(server, sleeps)
    assert caught.value.request_id == expected
    if expected is not None:
        assert str(caught.value).count(expected) == 1


def test_the_request_id_suffix_is_found_even_when_the_message_is_shortened(sleeps: SleepRecorder) -> None:
    server = Counting(new_api_error(400, "", "x" * 400 + " (request id: rid_long)"))
    with pytest.raises(errors.BadRequestError) as caught:
        call(server, sleeps)
    assert caught.value.request_id == "rid_long"


def round_trip(error: BaseException) -> Any:
    return pickle.loads(pickle.dumps(error))


@pytest.mark.parametrize(
    "answer",
    [
        new_api_error(429, "slow", "wait"),
        new_api_error(429, "insufficient_quota", "no money", **{"x-request-id": "req_q", "retry-after": "1"}),
        new_api_error(503, "model_not_found", NEW_API_MESSAGE),
        httpx2.Response(200, content=b"{not json"),
    ],
)
def test_exceptions_survive_pickle_without_the_key(answer: httpx2.Response, sleeps: SleepRecorder) -> None:
    with pytest.raises((errors.APIStatusError, errors.APIResponseValidationError)) as caught:
        call(Counting(answer), sleeps)
    error = caught.value
    assert isinstance(error, errors.APIStatusError | errors.APIResponseValidationError)
    copy = round_trip(error)
    assert type(copy) is type(error)
    assert (str(copy), copy.body, copy.code, copy.status_code) == (
        str(error),
        error.body,
        error.code,
        error.status_code,
    )
    assert copy.response.content == error.response.content
    assert copy.response.request.url == error.response.request.url
    assert "authorization" not in copy.response.request.headers
    assert API_KEY.encode() not in pickle.dumps(error)


def test_connection_timeout_and_usage_errors_survive_pickle() -> None:
    request = httpx2.Request("POST", "https://api.test/v1/chat/completions", headers={"Authorization": API_KEY})
    for error in (
        errors.APIConnectionError("Connection error: reset", request=request),
        errors.APITimeoutError(request=request, limit="overall", seconds=1.0, attempts=3),
        errors.UsageError("no key"),
        errors.UnexpectedStatus(418, b"teapot"),
    ):
        copy = round_trip(error)
        assert (type(copy), str(copy)) == (type(error), str(error))
    assert round_trip(errors.APITimeoutError(limit="read", attempts=2)).attempts == 2
