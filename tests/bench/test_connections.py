"""The loopback figure 'N sequential streams, connections opened', on tiny sizes against the mock."""

from __future__ import annotations

import httpx2

from benchmarks import connections
from benchmarks.results import Row
from benchmarks.table import figure, render

STREAMS = 3


def test_streams_read_to_the_end_open_one_connection(mock_url: str) -> None:
    row = connections.sequential_streams(mock_url, STREAMS)
    assert (row.ours, row.baseline, row.unit) == (1, 1, "connections")
    assert row.met is True
    assert row.checks["streams"] == STREAMS
    assert row.checks["chunks"] > 0
    assert "3 sequential streams, connections opened" in render([row])


def test_the_counter_sees_every_new_connection(mock_url: str) -> None:
    counter = connections.ConnectionCounter()
    for _ in range(2):
        with httpx2.Client(base_url=mock_url, event_hooks=counter.hooks()) as client:
            client.get("/health")
    assert counter.opened == 2


def test_counts_are_shown_with_their_unit() -> None:
    assert figure(3, "connections") == "3 connections"
    assert figure(0.002, "s") == "2 ms"
    row = Row("5 loopback", "n streams", 1, 1, "httpx2", unit="connections")
    assert "1 connections (httpx2)" in render([row])
