"""The memory benchmark on tiny streams: every side is measured, and peaks are real allocations."""

from __future__ import annotations

from dataclasses import replace

from benchmarks import memory
from benchmarks.timing import QUICK


def test_peak_bytes_sees_what_the_reader_allocates() -> None:
    small = memory.peak_bytes(lambda: bytearray(1_000))
    large = memory.peak_bytes(lambda: bytearray(1_000_000))
    assert large - small >= 990_000


def test_rows_at_two_lengths_with_and_without_the_final_completion() -> None:
    rows = memory.run(replace(QUICK, memory_chunks=(5, 50)))
    assert [row.name for row in rows] == [
        "5-chunk stream, peak",
        "5-chunk stream + final, peak",
        "50-chunk stream, peak",
        "50-chunk stream + final, peak",
    ]
    for row in rows:
        assert row.unit == "B"
        assert row.ours is not None
        assert row.ours > 0
        assert row.baseline is not None
        assert row.baseline > 0
        assert row.openai is not None
        assert row.openai > 0
