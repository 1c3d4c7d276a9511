"""A number as ``timeout`` bounds the whole non-streamed attempt, however slowly the body trickles; an
``httpx2.Timeout`` keeps httpx2's per-phase meaning."""

from __future__ import annotations

import asyncio
import json
import time

import httpx2
import pytest

from mixroute_client import AuthenticatedClient, errors
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, chat_request, completion
from .loopback import Connection, Serve, loopback

BODY = json.dumps(completion()).encode()


def trickle(pieces: int, interval: float) -> Serve:
    """Answer each request with BODY in ``pieces`` parts, ``interval`` seconds apart: every read is quick,
    the whole body slow."""
    size = -(-len(BODY) // pieces)

    def serve(connection: Connection) -> None:
        while connection.read_request() is not None:
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n"
            connection.send(head.encode())
            for start in range(0, len(BODY), size):
                time.sleep(interval)  # the misbehaviour under test, not a wait for the server
                connection.send(BODY[start : start + size])

    return serve


def client_for(url: str, **settings: object) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=url, token=API_KEY, max_retries=0, **settings)  # type: ignore[arg-type]


# 40 parts 0.1 s apart: about 4 s for the body, each read well under the 0.5 s limit.
SLOW = (40, 0.1)


def test_a_number_bounds_the_whole_attempt_while_the_body_trickles() -> None:
    with loopback(trickle(*SLOW)) as server, pytest.raises(errors.APITimeoutError) as caught:
        create_chat_completion.sync(client=client_for(server.url), body=chat_request(), timeout=0.5)
    assert (caught.value.limit, caught.value.seconds, caught.value.attempts) == ("overall", 0.5, 1)
    assert "(overall limit of 0.5 s) after 1 attempt" in str(caught.value)


def test_a_number_given_to_the_client_is_an_overall_limit_too() -> None:
    with loopback(trickle(*SLOW)) as server, pytest.raises(errors.APITimeoutError) as caught:
        create_chat_completion.sync(client=client_for(server.url, timeout=0.5), body=chat_request())
    assert caught.value.limit == "overall"


def test_async_a_number_bounds_the_whole_attempt() -> None:
    async def call(url: str) -> None:
        client = client_for(url)
        try:
            await create_chat_completion.asyncio(client=client, body=chat_request(), timeout=0.5)
        finally:
            await client.aclose()

    with loopback(trickle(*SLOW)) as server, pytest.raises(errors.APITimeoutError) as caught:
        asyncio.run(call(server.url))
    assert caught.value.limit == "overall"


def test_an_httpx_timeout_keeps_its_per_phase_meaning() -> None:
    # Each read takes 0.05 s, under the 0.5 s read limit; the body as a whole takes longer than 0.5 s.
    with loopback(trickle(20, 0.05)) as server:
        client = client_for(server.url)
        reply = create_chat_completion.sync(client=client, body=chat_request(), timeout=httpx2.Timeout(0.5))
    assert reply.choices[0].message.content == "Hello!"
