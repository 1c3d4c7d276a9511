"""`python -m tests.mock_server [--host H] [--port P] [--models M,...]`: serve the mock until SIGTERM or Ctrl-C.

Defaults come from MOCK_HOST (127.0.0.1), MOCK_PORT (4010) and MOCK_MODELS (the spec's catalogue; `*` for
any model); `--port 0` picks a free port. Other settings come from MOCK_* variables (see settings.py). Once it
accepts connections it prints `listening on http://HOST:PORT` on stdout, which running_mock() waits for.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import sys
from types import FrameType

import uvicorn

from tests.mock_server.app import create_app
from tests.mock_server.lifecycle import Stopping
from tests.mock_server.settings import MockSettings


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that says where it listens once it is ready, and on a stop signal tells the app's
    streams to finish at once, so that they end within uvicorn's graceful shutdown rather than being cut."""

    def __init__(self, config: uvicorn.Config, url: str, stopping: Stopping) -> None:
        super().__init__(config)
        self.url = url
        self.stopping = stopping
        self.loop: asyncio.AbstractEventLoop | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self.loop = asyncio.get_running_loop()
        await super().startup(sockets=sockets)
        if self.started:
            print(f"listening on {self.url}", flush=True)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        if self.loop is not None:
            # A signal handler interrupts the loop's own code: hand the work to the loop instead.
            self.loop.call_soon_threadsafe(self.stopping.set)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.mock_server", description=__doc__)
    parser.add_argument("--host", default=os.environ.get("MOCK_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("MOCK_PORT", "4010")))
    parser.add_argument("--models", help="comma-separated model names served, * for any (overrides MOCK_MODELS)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = _arguments(argv)
    try:
        # The flag is read as the variable it stands for, so both are parsed and checked the same way.
        flags = {} if arguments.models is None else {"MOCK_MODELS": arguments.models}
        settings = MockSettings.from_env({**os.environ, **flags})
    except ValueError as error:
        print(f"mock server: {error}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s mock %(message)s", stream=sys.stderr)
    # Bound here rather than by uvicorn so that with --port 0 the real port is known before announcing it.
    listener = socket.create_server((arguments.host, arguments.port))
    # Without TCP_NODELAY every answer on a kept-alive connection waits ~40 ms for a delayed ACK (Nagle).
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    host, port = listener.getsockname()[:2]
    app = create_app(settings)
    config = uvicorn.Config(app, access_log=False, log_level="warning", timeout_graceful_shutdown=2)
    # uvicorn shuts down gracefully on SIGTERM/SIGINT, then re-raises the signal under the handlers it found.
    # Handlers that do nothing turn that into a plain return, so a requested stop exits with status 0.
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, lambda _signal, _frame: None)
    _AnnouncingServer(config, f"http://{host}:{port}", app.state.stopping).run(sockets=[listener])
    return 0


if __name__ == "__main__":
    sys.exit(main())
