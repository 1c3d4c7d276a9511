"""Behind a LiteLLM proxy (1.108): the upstream's request id arrives in ``llm_provider-`` headers or inside
the message with LiteLLM's text after it, and ``error.code`` is the status as a string, so quota and
missing-model errors are known by their message and still not retried.

The bodies are shaped as LiteLLM's proxy writes them (``ProxyException``: ``code`` ``str(status)``,
``type`` and ``param`` null, the message ``litellm.<Class>: <Class>: OpenAIException - <upstream text>``
followed by its router's ``Received Model Group=...`` lines); the upstream texts are the mock's, which are
new-api's and OpenAI's.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from mixroute_client import errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_mock.errors import GATEWAY_ERRORS

from .conftest import Counting, SleepRecorder, chat_request, make_client

NEW_API_ID = "20261204231501123456789aBcD1234"
ROUTER_TAIL = " Received Model Group=glm-5\nAvailable Model Group Fallbacks=None"


def litellm_error(status: int, litellm_class: str, upstream: str, **headers: str) -> httpx2.Response:
    message = f"litellm.{litellm_class}: {litellm_class}: OpenAIException - {upstream}{ROUTER_TAIL}"
    body = {"error": {"message": message, "type": None, "param": None, "code": str(status)}}
    return httpx2.Response(status, json=body, headers=headers)


def upstream_text(code: str) -> str:
    """The mock's message for ``code`` (new-api's or OpenAI's), with new-api's request id suffix."""
    text = GATEWAY_ERRORS[code].message.format(model="glm-5")
    return f"{text} (request id: {NEW_API_ID})" if GATEWAY_ERRORS[code].new_api else text


QUOTA_TEXT = upstream_text("insufficient_quota")
USER_QUOTA_TEXT = upstream_text("insufficient_user_quota")
NO_CHANNEL_TEXT = upstream_text("model_not_found")
# Some LiteLLM versions put the upstream's whole JSON body in the message instead of its text.
RAW_BODY_TEXT = json.dumps(
    {"error": {"message": "quota", "type": "new_api_error", "param": "", "code": "pre_consume_token_quota_failed"}}
)


def call(server: Counting, sleeps: SleepRecorder) -> Any:
    return create_chat_completion.sync(client=make_client(server, sleeps), body=chat_request())


@pytest.mark.parametrize(
    ("answer", "status_class"),
    [
        (litellm_error(429, "RateLimitError", QUOTA_TEXT), errors.RateLimitError),
        (litellm_error(403, "PermissionDeniedError", USER_QUOTA_TEXT), errors.PermissionDeniedError),
        (litellm_error(403, "PermissionDeniedError", RAW_BODY_TEXT), errors.PermissionDeniedError),
    ],
)
def test_quota_is_known_by_its_message_when_the_code_is_the_status(
    answer: httpx2.Response, status_class: type[errors.APIStatusError], sleeps: SleepRecorder
) -> None:
    server = Counting(answer)
    with pytest.raises(errors.InsufficientQuotaError) as caught:
        call(server, sleeps)
    assert isinstance(caught.value, status_class)
    assert (server.calls, sleeps.delays) == (1, [])


def test_a_missing_model_is_known_by_its_message_and_not_retried(sleeps: SleepRecorder) -> None:
    server = Counting(litellm_error(503, "ServiceUnavailableError", NO_CHANNEL_TEXT))
    with pytest.raises(errors.NotFoundError) as caught:
        call(server, sleeps)
    assert (caught.value.status_code, server.calls, sleeps.delays) == (503, 1, [])


def test_an_ordinary_rate_limit_behind_litellm_is_still_retried(sleeps: SleepRecorder) -> None:
    server = Counting(litellm_error(429, "RateLimitError", "Rate limit reached for requests"))
    with pytest.raises(errors.RateLimitError) as caught:
        call(server, sleeps)
    assert not isinstance(caught.value, errors.InsufficientQuotaError)
    assert server.calls == 3


def test_a_code_that_is_not_the_status_is_not_second_guessed_by_the_message(sleeps: SleepRecorder) -> None:
    body = {"error": {"message": QUOTA_TEXT, "code": "rate_limit_exceeded"}}
    server = Counting(httpx2.Response(429, json=body))
    with pytest.raises(errors.RateLimitError) as caught:
        call(server, sleeps)
    assert not isinstance(caught.value, errors.InsufficientQuotaError)


def test_the_request_id_is_found_with_litellm_text_after_it(sleeps: SleepRecorder) -> None:
    server = Counting(litellm_error(403, "PermissionDeniedError", USER_QUOTA_TEXT))
    with pytest.raises(errors.APIStatusError) as caught:
        call(server, sleeps)
    assert caught.value.request_id == NEW_API_ID


@pytest.mark.parametrize("header", ["llm_provider-x-request-id", "llm_provider-x-oneapi-request-id"])
def test_the_upstream_request_id_header_litellm_passes_on_is_read(header: str, sleeps: SleepRecorder) -> None:
    answer = litellm_error(500, "InternalServerError", "upstream failed", **{header: "req-upstream-1"})
    with pytest.raises(errors.InternalServerError) as caught:
        call(Counting(answer), sleeps)
    assert caught.value.request_id == "req-upstream-1"


def test_litellm_s_call_id_is_the_last_resort(sleeps: SleepRecorder) -> None:
    call_id = "4f1c7d1e-2b7a-4f65-9a57-0d6c4f3b9e21"
    with_suffix = litellm_error(403, "PermissionDeniedError", USER_QUOTA_TEXT, **{"x-litellm-call-id": call_id})
    with pytest.raises(errors.APIStatusError) as caught:
        call(Counting(with_suffix), sleeps)
    assert caught.value.request_id == NEW_API_ID
    alone = litellm_error(500, "InternalServerError", "upstream failed", **{"x-litellm-call-id": call_id})
    with pytest.raises(errors.APIStatusError) as caught:
        call(Counting(alone), sleeps)
    assert caught.value.request_id == call_id
