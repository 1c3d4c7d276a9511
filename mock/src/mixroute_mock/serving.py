"""Serving the app with uvicorn: the HTTP protocol, the listening socket, and a server in a thread of this
process for the fixture."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import h11
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from mixroute_mock.lifecycle import ABORT_AFTER, SHUTDOWN_GRACE, note_ended_early

START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
# How often the start is checked while waiting for it (a poll, bounded by START_TIMEOUT).
_POLL = 0.01


logger = logging.getLogger("mixroute.mock")
# uvicorn's own lines that the mock reports in a line of its own (the request's, or MockProtocol's), under a
# logger of uvicorn's so that they go where uvicorn's go.
_SERVER_LOG = logging.getLogger("uvicorn.error.mixroute_mock")
_REPORTED = frozenset({"ASGI callable returned without completing response.", "Invalid HTTP request received."})
_SERVER_LOG.addFilter(lambda record: record.msg not in _REPORTED)
# The states in which h11 lets a server still answer the request in hand.
_ANSWERABLE = (h11.IDLE, h11.SEND_RESPONSE)


class MockProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol (h11), each of whose endings is one log line:

    - a malformed request is answered 400 as before, unless a response was already sent: uvicorn then tried to
      send a second one, and h11's refusal was logged as a traceback; the connection is closed instead;
    - a response left unfinished on purpose (a `drop-after` fault) is reported on the request's own line;
    - at shutdown, a connection still open after lifecycle.ABORT_AFTER is aborted: its client reads nothing,
      and it would hold the server until uvicorn cancelled the request, with a traceback."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.logger = _SERVER_LOG

    def send_400_response(self, msg: str) -> None:
        answerable = self.conn.our_state in _ANSWERABLE
        if answerable:
            super().send_400_response(msg)
        else:
            self.transport.close()
        self._report(f"malformed request, {'answered 400' if answerable else 'connection closed'}")

    def shutdown(self) -> None:
        super().shutdown()
        self.loop.call_later(ABORT_AFTER, self._abort)

    def _abort(self) -> None:
        if self in self.connections:
            self._report(f"closed at shutdown, still open after {ABORT_AFTER} s")
            self.transport.abort()

    def _report(self, why: str) -> None:
        """On the line of the request in hand if there is one, else on a line of its own."""
        if self.cycle is not None and not self.cycle.response_complete:
            note_ended_early(cast("Scope", self.scope), why)
        else:
            host, port = self.client or ("a client", 0)
            logger.warning("%s:%d %s", host, port, why)


def listener(host: str, port: int) -> socket.socket:
    """A listening socket, bound here rather than by uvicorn so that with port 0 the real port is known at once."""
    bound = socket.create_server((host, port))
    # Without TCP_NODELAY every answer on a kept-alive connection waits for a delayed ACK (Nagle).
    bound.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return bound


def url_of(bound: socket.socket) -> str:
    host, port = bound.getsockname()[:2]
    return f"http://{host}:{port}"


class SwappableApp:
    """An ASGI app that hands every request to `app`, which can be replaced between requests: one server then
    serves a fresh app (settings, rate buckets, fault budgets) per test."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def server_config(app: ASGIApp, **options: Any) -> uvicorn.Config:
    """How the mock is served, by the command and in a thread alike: quiet, and quick to shut down."""
    return uvicorn.Config(
        app,
        http=MockProtocol,
        access_log=False,
        log_level="warning",
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
        **options,
    )


class ThreadedServer:
    """uvicorn on a loopback port in a daemon thread; `url` is where it listens."""

    def __init__(self, app: ASGIApp, host: str = "127.0.0.1") -> None:
        self.router = SwappableApp(app)
        self._socket = listener(host, 0)
        self.url = url_of(self._socket)
        self._server = uvicorn.Server(server_config(self.router, lifespan="off"))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="mixroute-mock", daemon=True
        )

    def serve(self, app: ASGIApp) -> None:
        """Send the following requests to `app`."""
        self.router.app = app

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the mock server's thread ended before it was ready")
            if time.monotonic() >= deadline:
                raise TimeoutError(f"the mock server did not start within {START_TIMEOUT} s")
            self._thread.join(_POLL)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(STOP_TIMEOUT)
        self._socket.close()


@contextmanager
def serving_in_thread(app: ASGIApp, host: str = "127.0.0.1") -> Iterator[ThreadedServer]:
    """`app` served on a free port of `host` by a thread of this process until the block ends."""
    server = ThreadedServer(app, host)
    server.start()
    try:
        yield server
    finally:
        server.stop()
