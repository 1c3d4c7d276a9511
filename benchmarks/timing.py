"""timeit-style measurement of several sides of a comparison, interleaved.

Sides run in turn within every repeat (A B C, A B C, ...), so a burst of load on the shared machine
slows all of them alike and their ratio stays stable even when the absolute times do not.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from benchmarks.stats import median


@dataclass(frozen=True)
class Budget:
    """How hard to measure: ``--quick`` for the tests, the full one for ``make bench``."""

    quick: bool
    repeat: int
    warmup: int
    seconds_per_repeat: float
    stream_chunks: int
    parse_choices: int
    import_runs: int
    e2e_calls: int
    concurrent_streams: int
    # How many plain calls run at once in the async concurrency rows.
    concurrent_calls: tuple[int, ...]
    generation_runs: int
    # Two stream lengths for the memory benchmark: growth per chunk is the difference of their peaks.
    memory_chunks: tuple[int, int]


FULL = Budget(
    quick=False,
    repeat=7,
    warmup=3,
    seconds_per_repeat=0.2,
    stream_chunks=5000,
    parse_choices=64,
    import_runs=9,
    e2e_calls=200,
    concurrent_streams=64,
    concurrent_calls=(20, 200),
    generation_runs=3,
    memory_chunks=(20_000, 200_000),
)
QUICK = Budget(
    quick=True,
    repeat=2,
    warmup=1,
    seconds_per_repeat=0.01,
    stream_chunks=50,
    parse_choices=4,
    import_runs=1,
    e2e_calls=5,
    concurrent_streams=4,
    concurrent_calls=(4, 16),
    generation_runs=1,
    memory_chunks=(50, 500),
)


def _run(call: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        call()
    return time.perf_counter() - start


def _calibrate(call: Callable[[], object], seconds: float) -> int:
    """How many calls make one repeat last about ``seconds`` (at least one)."""
    once = _run(call, 1)
    return max(1, round(seconds / once)) if once > 0 else 1


def compare(sides: Mapping[str, Callable[[], object]], budget: Budget) -> dict[str, float]:
    """The median seconds per call of every side, measured interleaved after a warm-up."""
    for call in sides.values():
        for _ in range(budget.warmup):
            call()
    numbers = {name: _calibrate(call, budget.seconds_per_repeat) for name, call in sides.items()}
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(budget.repeat):
        for name, call in sides.items():
            # Collect first so one side does not pay for the garbage another left behind.
            gc.collect()
            samples[name].append(_run(call, numbers[name]) / numbers[name])
    return {name: median(values) for name, values in samples.items()}


def time_once(call: Callable[[], object]) -> float:
    """Wall seconds of one call (for the slow things: interpreters, generator runs, requests)."""
    return _run(call, 1)
