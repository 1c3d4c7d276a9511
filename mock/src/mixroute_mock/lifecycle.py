"""How a response learns that the server is stopping or that its client has gone away, and how long a stop takes.

A stop (SIGTERM, Ctrl-C) runs in stages that all fit in uvicorn's graceful shutdown, so that it never has to
cancel a request (each cancelled one used to print a traceback):

- at once, streams drop their delays and send the rest of their events, so most end whole;
- DRAIN seconds later, streams still sending stop and end with one final error event (`cut`);
- ABORT_AFTER seconds after the stop, connections still open are aborted: their clients read nothing;
- SHUTDOWN_GRACE seconds after the stop, uvicorn would cancel whatever is left.
"""

from __future__ import annotations

import math
from typing import Any

import anyio
from starlette.types import Receive, Scope

SHUTDOWN_GRACE = 2
DRAIN = 0.5
# Until ABORT_AFTER: the time a cut stream has to send its final event to a client that reads slowly.
LAST_EVENT_WAIT = 1.0
ABORT_AFTER = 1.75
# Where a response notes why it ended early, for the request's log line (Starlette's `request.state`).
_ENDED = "ended_early"


def _wake(waiters: set[anyio.Event]) -> None:
    for waiter in list(waiters):
        waiter.set()


async def _wait(waiters: set[anyio.Event], seconds: float) -> None:
    """Wait until woken through `waiters`, or `seconds`. One event per wait, made inside the running loop: an
    in-process app may serve several loops."""
    woken = anyio.Event()
    waiters.add(woken)
    try:
        with anyio.move_on_after(seconds):
            await woken.wait()
    finally:
        waiters.discard(woken)


class Stopping:
    """Set when the server is told to stop, cut when its streams have had their time (see the stages above).
    Call `set` and `cut` from the event loop's thread."""

    def __init__(self) -> None:
        self.requested = False
        self.cut_off = False
        self._pausing: set[anyio.Event] = set()
        # One per stream in flight, each waiting for the cut.
        self._streaming: set[anyio.Event] = set()

    def set(self) -> None:
        self.requested = True
        _wake(self._pausing)

    def cut(self) -> int:
        """End the streams still sending (each with a final event); returns how many there were."""
        self.set()
        self.cut_off = True
        streams = len(self._streaming)
        _wake(self._streaming)
        return streams

    async def pause(self, seconds: float) -> None:
        """Wait `seconds`, or less if the server is stopping."""
        if seconds > 0 and not self.requested:
            await _wait(self._pausing, seconds)

    async def await_cut(self) -> None:
        """Return once the streams in flight must end; a stream waits for this beside its sending."""
        if not self.cut_off:
            await _wait(self._streaming, math.inf)


async def await_disconnect(receive: Receive) -> None:
    """Return once the client has gone; to be run beside a response whose body is already read."""
    while (await receive())["type"] != "http.disconnect":
        pass


def note_ended_early(scope: Scope, why: str) -> None:
    """Say why the request ended early, for its log line; the first reason given is the one kept."""
    state: dict[str, Any] = scope.setdefault("state", {})
    state.setdefault(_ENDED, why)


def ended_early(scope: Scope) -> str | None:
    why = scope.get("state", {}).get(_ENDED)
    return str(why) if why is not None else None
