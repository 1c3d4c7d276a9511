"""The client against the live mock playing the gateway's errors: meaning by body code, no retry, request ids."""

from __future__ import annotations

import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_mock import DEFAULT_API_KEY
from tests.client.runtime.conftest import SleepRecorder, chat_request


def call_with_fault(mock_url: str, fault: str, sleeps: SleepRecorder) -> errors.APIStatusError:
    client = AuthenticatedClient(
        base_url=mock_url, token=DEFAULT_API_KEY, headers={"X-Mock-Fault": fault}, retry_policy=sleeps.policy()
    )
    with client, pytest.raises(errors.APIStatusError) as caught:
        create_chat_completion.sync(client=client, body=chat_request())
    return caught.value


@pytest.mark.parametrize(
    ("code", "status", "kind"),
    [
        ("model_not_found", 503, errors.NotFoundError),
        ("insufficient_quota", 429, errors.RateLimitError),
        ("insufficient_user_quota", 403, errors.PermissionDeniedError),
        ("pre_consume_token_quota_failed", 403, errors.PermissionDeniedError),
    ],
)
def test_a_gateway_error_is_typed_by_its_code_and_never_retried(
    mock_url: str, sleeps: SleepRecorder, code: str, status: int, kind: type[errors.APIStatusError]
) -> None:
    error = call_with_fault(mock_url, f"error={code}", sleeps)
    assert isinstance(error, kind)
    assert (error.status_code, error.code) == (status, code)
    assert isinstance(error, errors.InsufficientQuotaError) == (code != "model_not_found")
    assert sleeps.delays == []  # no retry can help: none was waited for
    assert error.request_id  # new-api's X-Oneapi-Request-Id / message suffix: there is no x-request-id


def test_a_stream_without_done_from_the_mock_is_complete_once_every_choice_finished(mock_url: str) -> None:
    client = AuthenticatedClient(base_url=mock_url, token=DEFAULT_API_KEY, headers={"X-Mock-Fault": "no-done"})
    with client, create_chat_completion.stream(client=client, body=chat_request()) as stream:
        chunks = list(stream)
        final = stream.get_final_completion()
    assert final.choices[0].finish_reason == "stop"
    assert final.choices[0].message.content == "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def test_an_error_reported_in_a_200_answer_is_typed_and_not_retried(mock_url: str, sleeps: SleepRecorder) -> None:
    error = call_with_fault(mock_url, "status=502; error-in-200", sleeps)
    assert isinstance(error, errors.InternalServerError)
    assert (error.status_code, error.code) == (200, 502)
    assert sleeps.delays == []
