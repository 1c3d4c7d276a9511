"""Benchmark 5b: N sequential streams, each read to the end, and the TCP connections every client opened.

A stream read to ``[DONE]`` should hand its connection back to the pool as a plain call does; against the
real API each extra connection is a TCP and TLS handshake. Counted from httpcore2's ``trace`` extension
(one ``connection.connect_tcp`` per new connection), set on every request by an httpx2 event hook.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx2
import openai

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.results import Row
from benchmarks.streaming import Outcome, stream_sides
from mixroute_client import AuthenticatedClient

FAMILY = "5 loopback"
TARGET = 1.0


class ConnectionCounter:
    """Counts the TCP connections httpcore2 opens for the requests it is hooked into."""

    def __init__(self) -> None:
        self.opened = 0

    def hooks(self) -> dict[str, list[Callable[[httpx2.Request], None]]]:
        return {"request": [self._mark]}

    def _mark(self, request: httpx2.Request) -> None:
        request.extensions["trace"] = self._trace

    def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            self.opened += 1


def _counted_sides(base_url: str, counters: Mapping[str, ConnectionCounter]) -> dict[str, Callable[[], Outcome]]:
    ours = AuthenticatedClient(
        base_url=base_url, token=clients.API_KEY, httpx_args={"event_hooks": counters["ours"].hooks()}
    )
    auth = {"Authorization": f"Bearer {clients.API_KEY}"}
    raw = httpx2.Client(base_url=base_url, headers=auth, event_hooks=counters["raw"].hooks())
    sdk_http = httpx2.Client(event_hooks=counters["openai"].hooks())
    sdk = openai.OpenAI(api_key=clients.API_KEY, base_url=f"{base_url}/v1", http_client=sdk_http)
    return stream_sides(ours, raw, sdk, read_to_end=True)


def sequential_streams(base_url: str, streams: int) -> Row:
    """The row: connections opened by each side for ``streams`` streams in a row, all read to the end."""
    counters = {side: ConnectionCounter() for side in ("raw", "ours", "openai")}
    sides = _counted_sides(base_url, counters)
    # Every stream of every side must carry the same chunks, or the counts compare different work.
    first = agreed({f"{side} #{n}": call() for side, call in sides.items() for n in range(streams)})
    return Row(
        family=FAMILY,
        name=f"{streams} sequential streams, connections opened",
        ours=counters["ours"].opened,
        baseline=counters["raw"].opened,
        baseline_label="httpx2",
        openai=counters["openai"].opened,
        target=TARGET,
        checks={"streams": streams, "chunks": first[0]},
        unit="connections",
    )
