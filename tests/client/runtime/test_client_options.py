"""Mixroute's settings after construction, as the OpenAI SDK offers them: readable, copied with changes onto the
same pool (with_options / copy), and a closed client that refuses instead of opening a new pool."""

from __future__ import annotations

import httpx2
import pytest

from mixroute_client import AsyncMixroute, Mixroute, UsageError
from mixroute_client.params import ChatMessageParam

from .conftest import API_KEY, completion

HELLO: list[ChatMessageParam] = [{"role": "user", "content": "Hi"}]


class Counting:
    """A transport handler that answers every request and keeps the headers and timeouts it saw."""

    def __init__(self) -> None:
        self.seen: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.seen.append(request)
        return httpx2.Response(200, json=completion())


def test_the_settings_are_readable_and_the_key_is_never_in_the_repr() -> None:
    client = Mixroute(api_key=API_KEY, base_url="https://api.test", timeout=12.0, max_retries=5)
    assert (client.api_key, client.timeout, client.max_retries) == (API_KEY, 12.0, 5)
    assert client.base_url == httpx2.URL("https://api.test")
    assert API_KEY not in repr(client)
    assert API_KEY not in repr(client.api_client)


def test_with_options_changes_what_it_names_and_shares_the_pool() -> None:
    handler = Counting()
    transport = httpx2.MockTransport(handler)
    with Mixroute(
        api_key=API_KEY, base_url="https://api.test", http_client=httpx2.Client(transport=transport)
    ) as client:
        copy = client.with_options(max_retries=0, timeout=3.0, default_headers={"X-Team": "b"})
        assert (copy.max_retries, copy.timeout, copy.api_key) == (0, 3.0, API_KEY)
        assert client.max_retries == 2
        assert client.copy(max_retries=1).max_retries == 1
        copy.chat.completions.create(model="m", messages=HELLO)
        client.chat.completions.create(model="m", messages=HELLO)
        assert copy.api_client.get_httpx_client()._transport is client.api_client.get_httpx_client()._transport
        copy.close()  # a copy closes nothing of the client it was made from
        assert handler.seen[0].headers["x-team"] == "b"
        assert "x-team" not in handler.seen[1].headers
        client.chat.completions.create(model="m", messages=HELLO)
    assert len(handler.seen) == 3


def test_a_closed_client_refuses_instead_of_opening_a_new_pool() -> None:
    client = Mixroute(api_key=API_KEY, http_client=httpx2.Client(transport=httpx2.MockTransport(Counting())))
    client.chat.completions.create(model="m", messages=HELLO)
    client.close()
    with pytest.raises(UsageError, match=r"close\(\) was called"):
        client.chat.completions.create(model="m", messages=HELLO)


@pytest.mark.anyio
async def test_a_closed_async_client_refuses_too_and_a_copy_shares_its_pool() -> None:
    handler = Counting()
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    client = AsyncMixroute(api_key=API_KEY, http_client=http)
    copy = client.with_options(max_retries=0)
    await copy.chat.completions.create(model="m", messages=HELLO)
    await copy.close()
    await client.chat.completions.create(model="m", messages=HELLO)
    await client.close()
    with pytest.raises(UsageError, match=r"close\(\) was called"):
        await client.chat.completions.create(model="m", messages=HELLO)
    assert len(handler.seen) == 2


def test_a_copy_keeps_every_setting_it_does_not_change() -> None:
    handler = Counting()
    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    with Mixroute(
        api_key=API_KEY, http_client=http, default_headers={"X-Team": "a"}, stream_idle_timeout=30.0
    ) as client:
        copy = client.with_options(max_retries=0)
        assert copy.api_client.stream_idle_timeout == 30.0
        copy.chat.completions.create(model="m", messages=HELLO)
    assert handler.seen[0].headers["x-team"] == "a"
