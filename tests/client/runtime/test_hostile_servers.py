"""Servers written with raw sockets that misbehave the way hostile or broken ones do: the client ends each
case in a typed error (or a correct answer), never re-sends work a server may have done, and never lets one
answer's bytes become another's."""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from pathlib import Path

import pytest

from mixroute_client import AuthenticatedClient, RetryPolicy, errors
from mixroute_client._runtime import _network_backends
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, chat_request, completion
from .loopback import Connection, LoopbackServer, Serve, loopback

BODY = json.dumps(completion()).encode()
OK_HEAD = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n".encode()


def client_for(server: LoopbackServer, **settings: object) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.url, token=API_KEY, **settings)  # type: ignore[arg-type]


class Requests:
    """Counts the requests the server read, across connections."""

    def __init__(self) -> None:
        self.count = 0

    def read(self, connection: Connection) -> bool:
        if connection.read_request() is None:
            return False
        self.count += 1
        return True


def test_a_reset_after_the_status_arrived_is_never_sent_again() -> None:
    seen = Requests()

    def serve(connection: Connection) -> None:
        while seen.read(connection):
            connection.send(OK_HEAD + BODY[:10])
            connection.reset()
            return

    with loopback(serve) as server, pytest.raises(errors.IncompleteResponseError) as caught:
        create_chat_completion.sync(client=client_for(server, max_retries=2), body=chat_request())
    assert seen.count == 1
    assert caught.value.status_code == 200
    assert "may have been processed" in str(caught.value)


def test_async_a_reset_after_the_status_arrived_is_never_sent_again() -> None:
    seen = Requests()

    def serve(connection: Connection) -> None:
        if seen.read(connection):
            connection.send(OK_HEAD + BODY[:10])
            connection.reset()

    async def call(server: LoopbackServer) -> None:
        client = client_for(server, max_retries=2)
        try:
            await create_chat_completion.asyncio(client=client, body=chat_request())
        finally:
            await client.aclose()

    with loopback(serve) as server, pytest.raises(errors.IncompleteResponseError):
        asyncio.run(call(server))
    assert seen.count == 1


def test_a_reset_before_any_status_is_retried() -> None:
    seen = Requests()

    def serve(connection: Connection) -> None:
        if seen.read(connection):
            if seen.count == 1:
                connection.reset()
            else:
                connection.send(OK_HEAD + BODY)

    with loopback(serve) as server:
        client = client_for(server, max_retries=2, retry_policy=RetryPolicy(initial_delay=0.0))
        assert create_chat_completion.sync(client=client, body=chat_request()).id == "chatcmpl-1"
    assert seen.count == 2


CERTS = Path(__file__).parent / "certs"


def test_a_certificate_that_fails_verification_is_not_retried() -> None:
    # A self-signed certificate (certs/, made for this test) cannot pass however often it is shown.
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(CERTS / "self_signed.pem", CERTS / "self_signed.key")
    with loopback(lambda connection: None, tls) as server:
        client = client_for(server, max_retries=2, retry_policy=RetryPolicy(initial_delay=0.0))
        with pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            create_chat_completion.sync(client=client, body=chat_request())
        assert server.wait_until(lambda s: s.open == 0)
    assert server.accepted == 1


def test_a_trusted_certificate_works() -> None:
    # The same server, trusted: the refusal above is the certificate's, not the TLS set-up's.
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(CERTS / "self_signed.pem", CERTS / "self_signed.key")
    trusted = ssl.create_default_context(cafile=str(CERTS / "self_signed.pem"))

    def serve(connection: Connection) -> None:
        if connection.read_request() is not None:
            connection.send(OK_HEAD + BODY)

    with loopback(serve, tls) as server:
        client = client_for(server, verify_ssl=trusted)
        assert create_chat_completion.sync(client=client, body=chat_request()).id == "chatcmpl-1"


def endless(piece: bytes, interval: float) -> Serve:
    """After reading the request, send ``piece`` every ``interval`` seconds until the client goes away."""

    def serve(connection: Connection) -> None:
        if connection.read_request() is not None:
            while True:
                connection.send(piece)
                time.sleep(interval)  # the misbehaviour under test, not a wait for the server

    return serve


def trickled_head() -> Serve:
    """The answer's head a byte at a time, 0.05 s apart (about 4 s for the head)."""

    def serve(connection: Connection) -> None:
        if connection.read_request() is not None:
            for byte in OK_HEAD:
                connection.send(bytes([byte]))
                time.sleep(0.05)  # the misbehaviour under test
            connection.send(BODY)

    return serve


HOSTILE_HEADS = {
    "100 Continue lines": endless(b"HTTP/1.1 100 Continue\r\n\r\n", 0.05),
    "a trickled head": trickled_head(),
}


@pytest.mark.parametrize("name", HOSTILE_HEADS)
def test_the_overall_timeout_holds_while_the_head_never_ends(name: str) -> None:
    with loopback(HOSTILE_HEADS[name]) as server:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError) as caught:
            create_chat_completion.sync(client=client_for(server, max_retries=0), body=chat_request(), timeout=0.5)
        elapsed = time.monotonic() - started
    assert caught.value.limit == "overall"
    assert elapsed < 1.5, elapsed


@pytest.mark.parametrize("name", HOSTILE_HEADS)
def test_async_the_overall_timeout_holds_while_the_head_never_ends(name: str) -> None:
    async def call(server: LoopbackServer) -> None:
        client = client_for(server, max_retries=0)
        try:
            await create_chat_completion.asyncio(client=client, body=chat_request(), timeout=0.5)
        finally:
            await client.aclose()

    with loopback(HOSTILE_HEADS[name]) as server:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            asyncio.run(call(server))
        elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed


def desync(first: bytes) -> Serve:
    """Answer the first request with ``first`` (a head, its body and bytes beyond it); every later request on
    any connection with the honest answer."""
    answered = Requests()

    def serve(connection: Connection) -> None:
        while answered.read(connection):
            connection.send(first if answered.count == 1 else OK_HEAD + BODY)

    return serve


# The Content-Length counts only "{}": the rest of the body is a whole forged answer, which a reused
# connection would hand to the next call as its own.
FORGED = json.dumps(completion("forged")).encode()
SHORT_LENGTH = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    + f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(FORGED)}\r\n\r\n".encode()
    + FORGED
)


def test_a_connection_whose_content_length_was_short_is_never_reused() -> None:
    with loopback(desync(SHORT_LENGTH)) as server:
        client = client_for(server, max_retries=0)
        create_chat_completion.sync_detailed(client=client, body=chat_request())
        second = create_chat_completion.sync(client=client, body=chat_request())
        client.close()
    assert second.choices[0].message.content == "Hello!"
    assert server.accepted == 2


def test_async_a_connection_whose_content_length_was_short_is_never_reused() -> None:
    async def calls(server: LoopbackServer) -> str | None:
        client = client_for(server, max_retries=0)
        try:
            await create_chat_completion.asyncio_detailed(client=client, body=chat_request())
            second = await create_chat_completion.asyncio(client=client, body=chat_request())
        finally:
            await client.aclose()
        return second.choices[0].message.content

    with loopback(desync(SHORT_LENGTH)) as server:
        assert asyncio.run(calls(server)) == "Hello!"
    assert server.accepted == 2


def test_honest_answers_share_one_connection() -> None:
    with loopback(desync(OK_HEAD + BODY)) as server:
        client = client_for(server, max_retries=0)
        for _ in range(3):
            create_chat_completion.sync(client=client, body=chat_request())
        client.close()
    assert server.accepted == 1


@pytest.mark.parametrize(
    ("reads", "wrong"),
    [
        ([OK_HEAD + BODY], False),
        ([OK_HEAD[:5], OK_HEAD[5:] + BODY[:3], BODY[3:]], False),
        ([b"HTTP/1.1 100 Continue\r\n\r\n", OK_HEAD + BODY], False),
        ([SHORT_LENGTH], True),
        ([OK_HEAD + BODY + b"x"], True),
        ([b"HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n"], False),
        ([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nextra"], False),  # chunked: h11's to frame
        ([b"\x00\x00\x12\x04\x00\x00\x00\x00\x00" + b"\r\n\r\n" * 4], False),  # HTTP/2 frames are not counted
    ],
)
def test_framing_counts_the_body_after_the_last_head(reads: list[bytes], wrong: bool) -> None:
    framing = _network_backends._Framing()
    for data in reads:
        framing.read(data)
    assert framing.wrong is wrong
