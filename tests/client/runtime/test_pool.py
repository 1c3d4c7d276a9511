"""One client shared by many threads and tasks builds one connection pool, and close() leaves no socket open."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from mixroute_client import AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, chat_request, completion
from .loopback import http_response, keep_alive, loopback

THREADS = 16
REPLY = http_response(200, json.dumps(completion()).encode(), "Content-Type: application/json")


def race(function: Callable[[], object]) -> list[object]:
    """Call ``function`` from THREADS threads released at the same moment."""
    barrier = threading.Barrier(THREADS)

    def run() -> object:
        barrier.wait(timeout=10)
        return function()

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(lambda _: run(), range(THREADS)))


@pytest.mark.parametrize("getter", ["get_httpx_client", "get_async_httpx_client"])
def test_threads_racing_on_first_use_share_one_pool(getter: str) -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:1", token=API_KEY)
    built = race(getattr(client, getter))
    assert len({id(http) for http in built}) == 1


def test_close_leaves_no_socket_open_after_calls_from_many_threads() -> None:
    with loopback(keep_alive(lambda request: REPLY)) as server:
        client = AuthenticatedClient(base_url=server.url, token=API_KEY)
        replies = race(lambda: create_chat_completion.sync(client=client, body=chat_request()))
        assert len(replies) == THREADS
        assert server.open > 0
        client.close()
        assert server.wait_until(lambda s: s.open == 0)
        assert server.accepted <= THREADS


def test_aclose_leaves_no_socket_open_after_concurrent_tasks() -> None:
    async def main(client: AuthenticatedClient) -> None:
        calls = (create_chat_completion.asyncio(client=client, body=chat_request()) for _ in range(THREADS))
        await asyncio.gather(*calls)
        await client.aclose()

    with loopback(keep_alive(lambda request: REPLY)) as server:
        client = AuthenticatedClient(base_url=server.url, token=API_KEY)
        asyncio.run(main(client))
        assert server.accepted >= 1
        assert server.wait_until(lambda s: s.open == 0)


def test_a_closed_client_builds_a_fresh_pool_when_used_again() -> None:
    with loopback(keep_alive(lambda request: REPLY)) as server:
        client = AuthenticatedClient(base_url=server.url, token=API_KEY)
        first = client.get_httpx_client()
        client.close()
        assert first.is_closed
        assert create_chat_completion.sync(client=client, body=chat_request()).id == "chatcmpl-1"
        assert client.get_httpx_client() is not first
        client.close()
