"""``python -m benchmarks.collector``: what the cycle collector adds to parsing a large reply, on both sides.

The ``make bench`` parse rows run as programs run, collector on; this prints the same parse with the collector
on and paused, so the models' own cost (both sides paused) is visible beside what pausing it saves. Medians
of interleaved repeats in one process with the SDK imported, so that the heap is the one ``make bench`` has.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import openai.types.chat  # noqa: F401 (imported for the size of the heap the collector walks, as in make bench)

from benchmarks.decoders import INSTALLED, standard_library_json
from benchmarks.parsing import client_parse
from benchmarks.payloads import large_response
from benchmarks.stats import median
from mixroute_client._runtime import _json

REPEATS, CALLS = 9, 20


def sides(body: bytes) -> dict[str, Callable[[], object]]:
    ours = client_parse(body)

    def ours_standard_library() -> object:
        with standard_library_json():
            return ours()

    def loads() -> Any:
        return json.loads(body)

    return {
        "json.loads, collector on": loads,
        "json.loads, collector paused": lambda: _json.acyclic(loads),
        "ours with json.loads (paused)": ours_standard_library,
        f"ours with {INSTALLED} (paused)": ours,
    }


def main() -> int:
    measured = sides(json.dumps(large_response(64)).encode())
    samples: dict[str, list[float]] = {name: [] for name in measured}
    for _ in range(REPEATS):
        for name, parse in measured.items():
            gc.collect()
            start = time.perf_counter()
            for _ in range(CALLS):
                parse()
            samples[name].append((time.perf_counter() - start) / CALLS)
    on, paused = (median(samples[name]) for name in ("json.loads, collector on", "json.loads, collector paused"))
    for name, values in samples.items():
        seconds = median(values)
        print(f"{name:<34} {seconds * 1e3:6.2f} ms  {seconds / on:.2f}x collector on  {seconds / paused:.2f}x paused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
