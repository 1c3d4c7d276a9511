"""`mixroute-mock [--host H] [--port P] [--models M,...] ...` (or `python -m mixroute_mock`): serve the mock
until SIGTERM or Ctrl-C.

Every flag overrides the MOCK_* variable it stands for (listed below); `--port 0` picks a free port. Once it
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
from collections.abc import Mapping
from types import FrameType

import uvicorn

from mixroute_mock.app import create_app
from mixroute_mock.lifecycle import ABORT_AFTER, DRAIN, SHUTDOWN_GRACE, Stopping
from mixroute_mock.limits import MAX_CHOICES
from mixroute_mock.serving import listener, server_config, url_of
from mixroute_mock.settings import OPTIONS, Address, MockSettings

logger = logging.getLogger("mixroute.mock")


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that says where it listens once it is ready, and on a stop signal tells the app's
    streams to finish at once, then ends those that could not (lifecycle.DRAIN), so that each ends within
    uvicorn's graceful shutdown rather than being cancelled."""

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
            self.loop.call_soon_threadsafe(self._stop_app)

    def _stop_app(self) -> None:
        assert self.loop is not None  # called on it
        self.stopping.set()
        self.loop.call_later(DRAIN, self._cut_streams)

    def _cut_streams(self) -> None:
        streams = self.stopping.cut()
        if streams:
            logger.info("stopping: %d stream(s) still sending after %.1f s end with a final event", streams, DRAIN)


_EPILOG = f"""\
It logs one line per request on stderr (--log). A request may ask for at most {MAX_CHOICES} choices and a reply
of at most --max-reply-chars characters; beyond either, a 400 names the limit.

A stop (SIGTERM, Ctrl-C) takes at most {SHUTDOWN_GRACE} s and exits 0: streams in flight get the rest of their
events at once, those still sending after {DRAIN} s end with an error event, and connections whose clients read
nothing are closed after {ABORT_AFTER} s.
"""


def environment(argv: list[str] | None, environ: Mapping[str, str]) -> dict[str, str]:
    """`environ` with the given flags written over the variables they stand for, so that both are parsed and
    checked the same way, by the settings."""
    parser = argparse.ArgumentParser(
        prog="mixroute-mock",
        description=__doc__,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for option in OPTIONS:
        parser.add_argument(
            option.flag, dest=option.variable, metavar="VALUE", help=f"{option.help}; {option.variable}"
        )
    flags = {name: value for name, value in vars(parser.parse_args(argv)).items() if value is not None}
    return {**environ, **flags}


def _with_flags(message: str) -> str:
    """`message` with the flag of each variable it names, since the value may have come from either."""
    named = [f"{option.flag} or {option.variable}" for option in OPTIONS if option.variable in message]
    return f"{message} (set by {'; '.join(named)})" if named else message


def main(argv: list[str] | None = None) -> int:
    env = environment(argv, os.environ)
    try:
        settings = MockSettings.from_env(env)
        address = Address.from_env(env)
        app = create_app(settings)
    except ValueError as error:
        print(f"mixroute-mock: {_with_flags(str(error))}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s mock %(message)s", stream=sys.stderr)
    bound = listener(address.host, address.port)
    config = server_config(app)
    # uvicorn shuts down gracefully on SIGTERM/SIGINT, then re-raises the signal under the handlers it found.
    # Handlers that do nothing turn that into a plain return, so a requested stop exits with status 0.
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, lambda _signal, _frame: None)
    _AnnouncingServer(config, url_of(bound), app.state.stopping).run(sockets=[bound])
    return 0


if __name__ == "__main__":
    sys.exit(main())
