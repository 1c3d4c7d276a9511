"""The end of the current attempt (``time.monotonic()`` seconds), which every network wait under it is held to:
set by ``_network.deadline``, read by the streams of ``_network_backends``, so neither imports the other."""

from __future__ import annotations

import contextvars

__all__ = ["END"]

END: contextvars.ContextVar[float | None] = contextvars.ContextVar("mixroute_deadline", default=None)
