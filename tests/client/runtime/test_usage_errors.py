"""Input that cannot be sent is a ``UsageError`` naming the argument, raised before anything is sent: numbers
JSON has no word for, keys that are not strings, timeouts no socket can wait; and ``null`` for an optional
request field reads as "not given", as the OpenAI API reads it."""

from __future__ import annotations

import math
from typing import Any

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, Mixroute, errors
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest

from .conftest import API_KEY, chat_request, completion

MESSAGES: Any = [{"role": "user", "content": "Hi"}]


class Refusing:
    """A transport that fails the test if anything reaches it."""

    def __init__(self) -> None:
        self.sent = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.sent += 1
        return httpx2.Response(200, json=completion())


def _self_containing() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["x"] = loop
    return loop


@pytest.fixture
def transport() -> Refusing:
    return Refusing()


@pytest.fixture
def client(transport: Refusing) -> Mixroute:
    return Mixroute(
        api_key=API_KEY,
        base_url="https://api.test",
        http_client=httpx2.Client(transport=httpx2.MockTransport(transport)),
    )


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"temperature": math.nan}, "in temperature: NaN and infinity"),
        ({"temperature": math.inf}, "in temperature: NaN and infinity"),
        ({"extra_body": {"x": {"y": [math.nan]}}}, "in x: NaN"),
        ({"extra_body": {1: "a", "1": "b"}}, "in the body: every key must be a string, one is an integer"),
        ({"extra_body": {"x": {(1, 2): 1}}}, "in x: every key must be a string, one is a tuple"),
        ({"extra_body": {"x": object()}}, "in x: an object is not a JSON value"),
        ({"extra_body": {"x": {(1, 2)}}}, "in x: a set is not a JSON value"),
        ({"extra_body": _self_containing()}, "in the body: it nests too deep, or contains itself"),
        ({"logit_bias": {"50256": -math.inf}}, "in logit_bias: NaN"),
        ({"timeout": math.inf}, "timeout must be a positive finite number"),
        ({"timeout": math.nan}, "timeout must be a positive finite number"),
        ({"timeout": -1.0}, "timeout must be a positive finite number"),
        ({"timeout": httpx2.Timeout(5.0, read=math.nan)}, "timeout.read must be a positive finite number"),
    ],
)
def test_unsendable_input_is_a_usage_error_before_anything_is_sent(
    client: Mixroute, transport: Refusing, options: dict[str, Any], named: str
) -> None:
    with pytest.raises(errors.UsageError) as caught:
        client.chat.completions.create(model="glm-5", messages=MESSAGES, **options)
    assert named in str(caught.value)
    assert transport.sent == 0


def test_a_key_is_never_quoted() -> None:
    body = {"metadata": {"secret-name": math.nan}}
    with pytest.raises(errors.UsageError) as caught:
        create_chat_completion.sync(
            client=AuthenticatedClient(base_url="https://api.test", token=API_KEY),
            body=chat_request(**body),
        )
    assert "secret-name" not in str(caught.value)


@pytest.mark.parametrize("timeout", [math.inf, math.nan, 0.0, httpx2.Timeout(1.0, connect=-1.0)])
def test_a_client_timeout_no_socket_can_wait_is_a_usage_error(timeout: Any) -> None:
    with pytest.raises(errors.UsageError, match="timeout"):
        AuthenticatedClient(base_url="https://api.test", token=API_KEY, timeout=timeout)
    with pytest.raises(errors.UsageError, match="timeout"):
        Mixroute(api_key=API_KEY, base_url="https://api.test", timeout=timeout)
    with pytest.raises(errors.UsageError, match="timeout"):
        AuthenticatedClient(base_url="https://api.test", token=API_KEY).with_timeout(timeout)


def test_none_and_a_finite_timeout_are_accepted(client: Mixroute, transport: Refusing) -> None:
    client.chat.completions.create(model="glm-5", messages=MESSAGES, timeout=None)
    client.chat.completions.create(model="glm-5", messages=MESSAGES, timeout=httpx2.Timeout(None, connect=2))
    assert transport.sent == 2


@pytest.mark.parametrize("field", ["tools", "tool_choice", "response_format", "web_search_options", "temperature"])
def test_null_optionals_in_a_request_are_accepted(field: str) -> None:
    request = CreateChatCompletionRequest.from_dict({"model": "glm-5", "messages": MESSAGES, field: None})
    assert request.to_dict()["messages"] == MESSAGES
