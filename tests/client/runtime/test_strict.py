"""Strict mode: any deviation from the spec in a 2xx raises, naming its JSON path; the default tolerates it."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion
from tests.client.runtime.conftest import API_KEY, chat_request, chunk, completion, sse_body


def client_answering(body: bytes, content_type: str, *, strict: bool) -> AuthenticatedClient:
    transport = httpx2.MockTransport(
        lambda _: httpx2.Response(200, headers={"content-type": content_type}, content=body)
    )
    client = AuthenticatedClient(base_url="https://api.test", token=API_KEY, strict=strict, max_retries=0)
    return client.set_httpx_client(httpx2.Client(transport=transport, base_url="https://api.test"))


def plain(reply: dict[str, Any], *, strict: bool) -> Any:
    client = client_answering(json.dumps(reply).encode(), "application/json", strict=strict)
    return create_chat_completion.sync(client=client, body=chat_request())


def streamed(chunks: list[dict[str, Any]], *, strict: bool) -> list[Any]:
    client = client_answering(sse_body(chunks), "text/event-stream", strict=strict)
    with create_chat_completion.stream(client=client, body=chat_request()) as stream:
        return list(stream)


def with_empty_role() -> dict[str, Any]:
    reply = completion()
    reply["choices"][0]["message"]["role"] = ""
    return reply


def test_a_conforming_reply_passes_in_strict_mode() -> None:
    assert plain(completion("Hello!"), strict=True).choices[0].message.content == "Hello!"
    assert [c.choices[0].delta.content for c in streamed([chunk({"content": "Hi"})], strict=True)] == ["Hi"]


def test_a_deviation_is_tolerated_by_default() -> None:
    message = plain(with_empty_role(), strict=False).choices[0].message
    assert message.role is None
    assert message.to_dict()["role"] == ""


def test_strict_mode_names_the_json_path_of_a_deviation() -> None:
    with pytest.raises(errors.APIResponseValidationError, match=r"ChatCompletion at \$\.choices\[0\]\.message\.role"):
        plain(with_empty_role(), strict=True)


def test_strict_mode_checks_every_stream_chunk() -> None:
    glm_first_chunk = chunk({"role": "", "content": "Hi"})
    assert streamed([glm_first_chunk], strict=False)[0].choices[0].delta.role is None
    with pytest.raises(errors.APIResponseValidationError, match=r"\$\.choices\[0\]\.delta\.role"):
        streamed([glm_first_chunk], strict=True)


def test_strict_mode_reports_a_missing_required_field() -> None:
    reply = completion()
    del reply["created"]
    assert plain(reply, strict=False).created is None
    with pytest.raises(errors.APIResponseValidationError, match="'created' is a required property"):
        plain(reply, strict=True)


def test_a_strict_error_never_shows_the_key_the_server_echoed() -> None:
    reply = completion()
    reply["choices"][0]["message"]["role"] = API_KEY
    with pytest.raises(errors.APIResponseValidationError) as caught:
        plain(reply, strict=True)
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value.args)


def test_an_unusable_required_value_fails_even_a_tolerant_client_and_keeps_the_response() -> None:
    reply = completion()
    reply["id"] = {"oops": API_KEY}
    with pytest.raises(errors.APIResponseValidationError, match=r"\bid: an object cannot be used here") as caught:
        plain(reply, strict=False)
    assert caught.value.response.json() == reply
    assert API_KEY not in str(caught.value)
