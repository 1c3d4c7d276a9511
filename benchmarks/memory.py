"""Benchmark 7: peak memory while reading a long stream, at two lengths, so that growth per chunk shows.

tracemalloc's peak of Python allocations while one stream is read, the stream's bytes being made beforehand
(they are the network's, not the client's). Without the final completion: ours, raw httpx2 + ``json.loads``
and the SDK's ``create(stream=True)``. With it: ours with ``get_final_completion()``, the same raw loop and
the SDK's accumulating ``.stream()`` helper.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from benchmarks.results import Row
from benchmarks.streaming import paired_rows, readers
from benchmarks.timing import Budget

FAMILY = "7 memory"


def peak_bytes(read: Callable[[], object]) -> float:
    """Peak bytes Python allocated while ``read`` ran."""
    tracemalloc.start()
    try:
        read()
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


def rows_for(chunks: int) -> list[Row]:
    peaks = {side: peak_bytes(read) for side, read in readers(chunks)[0].items()}
    return paired_rows(FAMILY, chunks, ", peak", peaks, unit="B", checks={"chunks": chunks})


def run(budget: Budget) -> list[Row]:
    # What every side builds on first use (the SDK's lazily built models, our lazily imported stream module)
    # is not what a long stream costs: a short stream first, unmeasured.
    for read in readers(5)[0].values():
        read()
    return [row for chunks in budget.memory_chunks for row in rows_for(chunks)]
