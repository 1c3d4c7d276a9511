"""The `mixroute-mock` command as a CI of another language runs it: a process of its own (started by
`running_mock`, which waits for it with a deadline), scripted over HTTP with `POST /_mock/scripts`, a fault
asked for with a header."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import litellm
import openai
import pytest
from langchain_openai import ChatOpenAI
from pydantic import SecretStr
from shapes import API_KEY, MODEL

from mixroute_mock import MockSettings, running_mock

QUESTION = "What is the weather in Oslo?"


@pytest.fixture(scope="module")
def command_url() -> Iterator[str]:
    with running_mock(MockSettings(log=False)) as url:
        yield url


def script(url: str, key: str, *replies: object) -> None:
    queued = httpx.post(
        f"{url}/_mock/scripts",
        json={"key": key, "replies": list(replies)},
        headers={"Authorization": f"Bearer {API_KEY}"},
        timeout=10,
    )
    queued.raise_for_status()


def test_the_sdk_and_langchain_get_scripted_replies_over_http(command_url: str) -> None:
    script(command_url, "over-http", "First.", "Second.")
    sdk = openai.OpenAI(base_url=f"{command_url}/v1", api_key=API_KEY, default_headers={"X-Mock-Script": "over-http"})
    chat = ChatOpenAI(
        model=MODEL,
        base_url=f"{command_url}/v1",
        api_key=SecretStr(API_KEY),
        default_headers={"X-Mock-Script": "over-http"},
    )
    first = sdk.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
    assert first.choices[0].message.content == "First."
    assert chat.invoke(QUESTION).content == "Second."
    assert QUESTION in str(chat.invoke(QUESTION).content)


def test_litellm_sees_a_fault_of_the_command(command_url: str) -> None:
    with pytest.raises(litellm.exceptions.ServiceUnavailableError):
        litellm.completion(
            model=f"openai/{MODEL}",
            messages=[{"role": "user", "content": QUESTION}],
            api_base=f"{command_url}/v1",
            api_key=API_KEY,
            num_retries=0,
            extra_headers={"X-Mock-Fault": "status=503"},
        )
