"""Serving the app with uvicorn: the listening socket, and a server in a thread of this process for the fixture."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
# How often the start is checked while waiting for it (a poll, bounded by START_TIMEOUT).
_POLL = 0.01


def listener(host: str, port: int) -> socket.socket:
    """A listening socket, bound here rather than by uvicorn so that with port 0 the real port is known at once."""
    bound = socket.create_server((host, port))
    # Without TCP_NODELAY every answer on a kept-alive connection waits ~40 ms for a delayed ACK (Nagle).
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
    return uvicorn.Config(app, access_log=False, log_level="warning", timeout_graceful_shutdown=2, **options)


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
