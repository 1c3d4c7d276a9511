"""The network streams under the httpx2 clients this package builds: held to the attempt's overall deadline,
and never reused after an answer whose framing was wrong.

httpcore2 reads a phase's timeout once, when the phase starts, and then waits that long for every network
read of it: a server that sends ``100 Continue`` lines, or trickles its headers a byte at a time, kept one
phase going for as long as it liked, whatever the overall limit. Here every connect, read and write waits at
most what is left of the deadline ``_request`` sets for the attempt (``deadline``), and raises httpcore2's own
timeout once nothing is left, which httpx2 turns into ``httpx2.ReadTimeout`` and so on.

A ``Content-Length`` shorter than the body leaves the extra bytes in httpcore2's buffer, where they became the
next call's answer. Each stream counts the bytes after the last response head it read; more than the head's
``Content-Length`` marks the connection unusable, and httpcore2, which asks an idle connection whether it is
readable before reusing it, closes it instead.

httpx2 takes no network backend as an argument: ``wrapped`` puts one in the place httpcore2 keeps it, and leaves
a transport of any other kind (a ``MockTransport``, the caller's own) as it is.

``deadline`` and ``wrapped`` are all the rest of the runtime uses; the streams and backends themselves live in
``_network_backends``, loaded with the first pool, so that importing the package does not import httpcore2 (which
httpx2 itself loads only when it builds a transport).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TypeVar

import httpx2

from ._deadline import END

__all__ = ["deadline", "wrapped"]


def deadline(end: float | None) -> AbstractContextManager[None]:
    """Hold every network wait of the code inside to ``end`` (``time.monotonic()`` seconds), when given."""
    return _UNBOUNDED if end is None else _held(end)


# Most attempts have no overall limit (the default timeout is per phase): no context variable is set for them.
_UNBOUNDED = nullcontext()


@contextmanager
def _held(end: float) -> Iterator[None]:
    token = END.set(end)
    try:
        yield
    finally:
        END.reset(token)


HttpT = TypeVar("HttpT", httpx2.Client, httpx2.AsyncClient)


def wrapped(http: HttpT) -> HttpT:
    """``http`` with the bounded backend under each of its own transports (its proxies' included)."""
    from ._network_backends import bound_backends  # noqa: PLC0415 (httpcore2 loaded with the first pool)

    bound_backends(http)
    return http
