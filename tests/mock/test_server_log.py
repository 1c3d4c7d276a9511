"""The real server's log (`mixroute-mock` in a process of its own): one line for each thing that happens, never a
traceback, even when clients misbehave or the server is stopped with streams in flight; and a stop exits 0.

Clients here are raw sockets (h11 frames the requests that must be well formed), so each test controls exactly
what reaches the server and when.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import h11

from mixroute_mock import DEFAULT_API_KEY
from mixroute_mock.delivery import SHUTDOWN_EVENT
from mixroute_mock.live import await_announced_url

PATH = "/v1/chat/completions"
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "ping"}]}
ROOT = Path(__file__).resolve().parents[2]
# How long any one step may take before the test fails: far more than a healthy server needs.
DEADLINE = 15.0
# What a quiet log never holds: a traceback, uvicorn's complaints about the app, a cancelled task.
NOISE = ("Traceback", "ASGI", "Error", "ERROR")


class LiveServer:
    """`mixroute-mock` on a free loopback port, its log (stderr) collected line by line as it comes."""

    def __init__(self) -> None:
        command = [sys.executable, "-m", "mixroute_mock", "--host", "127.0.0.1", "--port", "0"]
        env = {**os.environ, "MOCK_LOG": "1"}
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._collect, daemon=True)
        self._reader.start()
        url = await_announced_url(self.process, deadline=time.monotonic() + DEADLINE)
        host, port = url.removeprefix("http://").rsplit(":", 1)
        self.address = (host, int(port))

    def _collect(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def await_line(self, text: str) -> str:
        """The first log line holding `text`, waiting for it as long as DEADLINE."""
        with self._changed:
            found = self._changed.wait_for(lambda: any(text in line for line in self.lines), timeout=DEADLINE)
            assert found, f"no log line with {text!r} in {self.lines}"
            return next(line for line in self.lines if text in line)

    def stop(self) -> int:
        """SIGTERM, then the exit status once the process and its log have ended."""
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=DEADLINE)
        self._reader.join(DEADLINE)
        return status

    def request_lines(self) -> list[str]:
        return [line for line in self.lines if f"POST {PATH}" in line]


@contextmanager
def live_server() -> Iterator[LiveServer]:
    server = LiveServer()
    try:
        yield server
    finally:
        server.process.kill()
        server.process.wait()


def assert_quiet(server: LiveServer) -> None:
    noisy = [line for line in server.lines if any(word in line for word in NOISE)]
    assert not noisy, "\n".join(server.lines)


def head(*, fault: str = "", key: str = DEFAULT_API_KEY, length: int | None = None) -> bytes:
    """A request's head, its body framed by `length` or, without it, chunked."""
    lines = [f"POST {PATH} HTTP/1.1", "Host: mock", f"Authorization: Bearer {key}", "Content-Type: application/json"]
    lines += [f"X-Mock-Fault: {fault}"] if fault else []
    lines += [f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def connect(server: LiveServer) -> socket.socket:
    return socket.create_connection(server.address, timeout=DEADLINE)


def read_to_end(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (the socket's timeout is the deadline)."""
    received = bytearray()
    while data := sock.recv(65536):
        received += data
    return bytes(received)


class StreamClient:
    """A streamed request over a raw socket, its answer read with h11 only when the test says so."""

    def __init__(self, server: LiveServer, body: dict[str, Any], fault: str) -> None:
        self.sock = connect(server)
        self.http = h11.Connection(h11.CLIENT)
        data = json.dumps(body).encode()
        headers = [
            ("Host", "mock"),
            ("Authorization", f"Bearer {DEFAULT_API_KEY}"),
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(data))),
            ("X-Mock-Fault", fault),
        ]
        request = h11.Request(method="POST", target=PATH, headers=headers)
        self.sock.sendall(b"".join(self.http.send(part) or b"" for part in (request, h11.Data(data=data))))
        self.sock.sendall(self.http.send(h11.EndOfMessage()) or b"")
        self.body = bytearray()

    def _next(self) -> Any:
        while (event := self.http.next_event()) is h11.NEED_DATA:
            self.http.receive_data(self.sock.recv(65536))
        return event

    def read_first_event(self) -> None:
        while not isinstance(event := self._next(), h11.Data):
            assert isinstance(event, h11.Response), event
            assert event.status_code == 200
        self.body += event.data

    def read_to_end(self) -> bytes:
        """The body, once the server has closed the connection: the bytes are read first and parsed after, so
        that a slow parse cannot make the client a slow reader."""
        self.http.receive_data(read_to_end(self.sock))
        self.http.receive_data(b"")
        while not isinstance(event := self._next(), h11.EndOfMessage):
            self.body += event.data
        return bytes(self.body)


def test_a_client_leaving_during_latency_is_one_line() -> None:
    body = json.dumps(ASK).encode()
    with live_server() as server:
        with connect(server) as sock:
            sock.sendall(head(fault="latency=0.3", length=len(body)) + body)
        server.await_line(f"POST {PATH}")
        assert server.stop() == 0
    assert_quiet(server)
    assert len(server.request_lines()) == 1
    assert server.request_lines()[0].endswith("(client disconnected)")


def test_drop_after_is_one_line() -> None:
    body = json.dumps({**ASK, "stream": True}).encode()
    with live_server() as server:
        with connect(server) as sock:
            sock.sendall(head(fault="drop-after=2", length=len(body)) + body)
            received = read_to_end(sock)
        server.await_line(f"POST {PATH}")
        assert server.stop() == 0
    assert received.startswith(b"HTTP/1.1 200 ")
    assert not received.endswith(b"0\r\n\r\n")  # cut, not ended
    assert_quiet(server)
    assert server.request_lines() == [server.await_line("(connection dropped, as the fault asked)")]


def test_a_malformed_chunk_size_while_the_body_is_read_is_one_line() -> None:
    with live_server() as server:
        with connect(server) as sock:
            sock.sendall(head() + b"zz\r\n{}\r\n")
            received = read_to_end(sock)
        line = server.await_line("malformed request")
        assert server.stop() == 0
    assert received.startswith(b"HTTP/1.1 400 ")
    assert_quiet(server)
    assert server.request_lines() == [line]
    assert line.endswith("(malformed request, answered 400)")


def test_a_malformed_chunk_size_after_the_answer_is_one_line() -> None:
    with live_server() as server:
        with connect(server) as sock:
            # A wrong key is refused before the body is read; the malformed body comes after the 401.
            sock.sendall(head(key="sk-wrong"))
            answer = sock.recv(65536)
            sock.sendall(b"zz\r\n{}\r\n")
            read_to_end(sock)
        malformed = server.await_line("malformed request")
        assert server.stop() == 0
    assert answer.startswith(b"HTTP/1.1 401 ")
    assert_quiet(server)
    assert len(server.request_lines()) == 1
    assert [line for line in server.lines if "malformed" in line] == [malformed]
    assert malformed.endswith("malformed request, connection closed")


def test_sigterm_ends_the_streams_it_cannot_finish_with_a_final_event_and_exits_0() -> None:
    # Long streams (8 choices of 10,000 words: about 22 MB of events) kept in flight by their delays; two
    # clients read again only once the server has cut the streams, the third never reads again.
    body = {**ASK, "messages": [{"role": "user", "content": "word " * 10_000}], "n": 8, "stream": True}
    with live_server() as server:
        readers = [StreamClient(server, body, "event-delay=5") for _ in range(2)]
        silent = StreamClient(server, body, "event-delay=5")
        for client in [*readers, silent]:
            client.read_first_event()
        server.process.send_signal(signal.SIGTERM)
        server.await_line("stopping: 3 stream(s) still sending")
        received = [reader.read_to_end() for reader in readers]
        assert server.stop() == 0
    for events in received:
        assert events.endswith(SHUTDOWN_EVENT)
        assert b"data: [DONE]" not in events
    assert_quiet(server)
    lines = server.request_lines()
    assert len(lines) == 3
    assert sum(line.endswith("(cut short at shutdown; ended with a final event)") for line in lines) == 2
    assert sum(line.endswith("its client read too slowly to get a final event)") for line in lines) == 1
    assert len(server.lines) == 4  # one more: the stop itself
