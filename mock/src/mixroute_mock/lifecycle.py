"""How a response learns that the server is stopping or that its client has gone away."""

from __future__ import annotations

from typing import Any

import anyio
from starlette.types import Receive, Scope

# Where a response notes why it ended early, for the request's log line (Starlette's `request.state`).
_ENDED = "ended_early"


class Stopping:
    """Set when the server is told to stop. Streams in flight then send what is left without their delays, so
    every client gets a complete answer before the server exits. Call `set` from the event loop's thread."""

    def __init__(self) -> None:
        self.requested = False
        # One event per waiting stream, made inside the running loop: an in-process app may serve several loops.
        self._waiters: set[anyio.Event] = set()

    def set(self) -> None:
        self.requested = True
        for waiter in list(self._waiters):
            waiter.set()

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


async def await_disconnect(receive: Receive) -> None:
    """Return once the client has gone; to be run beside a response whose body is already read."""
    while (await receive())["type"] != "http.disconnect":
        pass


def note_ended_early(scope: Scope, why: str) -> None:
    state: dict[str, Any] = scope.setdefault("state", {})
    state[_ENDED] = why


def ended_early(scope: Scope) -> str | None:
    why = scope.get("state", {}).get(_ENDED)
    return str(why) if why is not None else None
