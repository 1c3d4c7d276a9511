"""How a response learns that the server is stopping or that its client has gone away, and how long a stop takes.

A stop (SIGTERM, Ctrl-C) runs in stages that all fit in uvicorn's graceful shutdown, so that it never has to
cancel a request (each cancelled one used to print a traceback):

- at once, streams drop their delays and send the rest of their events, so most end whole;
- DRAIN seconds later, streams still sending stop and end with one final error event (`cut`);
- ABORT_AFTER seconds after the stop, connections still open are aborted: their clients read nothing;
- SHUTDOWN_GRACE seconds after the stop, uvicorn would cancel whatever is left.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio
from starlette.types import Receive, Scope

SHUTDOWN_GRACE = 2
DRAIN = 0.5
# The time a cut stream has to send its final event to a client that reads slowly, ending before ABORT_AFTER.
LAST_EVENT_WAIT = 1.0
ABORT_AFTER = 1.75
# Where a response notes why it ended early, for the request's log line (Starlette's `request.state`).
_ENDED = "ended_early"


class Stopping:
    """Set when the server is told to stop, cut when its streams have had their time (see the stages above).
    Call `set` and `cut` from the event loop's thread."""

    def __init__(self) -> None:
        self.requested = False
        self.cut_off = False
        # One event per waiting stream, made inside the running loop: an in-process app may serve several loops.
        self._waiters: set[anyio.Event] = set()
        # The sending of each stream in flight, cancelled by the cut.
        self._streams: set[anyio.CancelScope] = set()

    def set(self) -> None:
        self.requested = True
        for waiter in list(self._waiters):
            waiter.set()

    def cut(self) -> int:
        """End the streams still sending (each then sends its final event); returns how many there were."""
        self.set()
        self.cut_off = True
        streams = list(self._streams)
        for sending in streams:
            sending.cancel()
        return len(streams)

    async def pause(self, seconds: float) -> None:
        """Wait `seconds`, or less if the server is stopping."""
        if seconds <= 0 or self.requested:
            return
        woken = anyio.Event()
        self._waiters.add(woken)
        try:
            with anyio.move_on_after(seconds):
                await woken.wait()
        finally:
            self._waiters.discard(woken)

    @contextmanager
    def stream(self) -> Iterator[anyio.CancelScope]:
        """A scope for a stream's sending, which the cut cancels; `cancelled_caught` tells whether it did."""
        with anyio.CancelScope() as sending:
            if self.cut_off:
                sending.cancel()
            self._streams.add(sending)
            try:
                yield sending
            finally:
                self._streams.discard(sending)


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
