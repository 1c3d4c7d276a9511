"""Benchmark 4: import time of a package in a fresh interpreter, the interpreter's own start subtracted."""

from __future__ import annotations

import subprocess
import sys
from functools import partial

from benchmarks.results import Row
from benchmarks.stats import median
from benchmarks.timing import Budget, time_once

FAMILY = "4 import"
TARGET = 1.3
MODULES = {"bare": "", "ours": "mixroute_client", "httpx2": "httpx2", "openai": "openai"}


def _start(module: str) -> None:
    code = f"import {module}" if module else "pass"
    # -I would drop the editable install's path entry; -B keeps runs from writing bytecode mid-measurement.
    done = subprocess.run([sys.executable, "-B", "-c", code], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"python -c {code!r} failed: {done.stderr.strip().splitlines()[-1:]}")


def run(budget: Budget) -> list[Row]:
    if not budget.quick:  # a quick run only proves the harness works; it need not be steady
        for module in MODULES.values():
            _start(module)  # warm the bytecode and file caches once
    samples: dict[str, list[float]] = {side: [] for side in MODULES}
    for _ in range(budget.import_runs):
        for side, module in MODULES.items():
            samples[side].append(time_once(partial(_start, module)))
    bare = median(samples["bare"])
    cost = {side: max(0.0, median(values) - bare) for side, values in samples.items()}
    return [
        Row(
            family=FAMILY,
            name="import, fresh interpreter",
            ours=cost["ours"],
            baseline=cost["httpx2"],
            baseline_label="import httpx2",
            openai=cost["openai"],
            target=TARGET,
            checks={"interpreter_start": bare, "runs": budget.import_runs, "modules": MODULES},
        )
    ]
