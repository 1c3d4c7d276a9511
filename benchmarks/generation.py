"""Benchmark 6: wall time of the generator: a render into a temporary directory, and ``check``.

The baseline is openapi-python-client alone on the same spec: what our pipeline (spec validation,
runtime modules, ruff, the diff) adds on top of the generator it wraps.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.results import Row
from benchmarks.stats import median
from benchmarks.timing import Budget, time_once
from generator.generate import DEFAULT_OUTPUT, DEFAULT_SPEC, GENERATOR_DIR, ROOT, rendered

FAMILY = "6 generator"
BASELINE = "openapi-python-client alone"


def _bare_generator() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        command = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(DEFAULT_SPEC),
            "--config",
            str(GENERATOR_DIR / "config.yaml"),
            "--output-path",
            str(Path(scratch) / "out"),
            "--meta",
            "uv",
        ]
        subprocess.run(command, cwd=scratch, capture_output=True, check=True)


def _render() -> None:
    with (
        tempfile.TemporaryDirectory(prefix="bench-render-") as scratch,
        rendered(DEFAULT_SPEC, Path(scratch) / DEFAULT_OUTPUT.name),
    ):
        pass


def _check() -> int:
    """``python -m generator check`` as ``make check-generated`` runs it; its exit status is recorded, not judged
    (the tree may be mid-edit while the benchmark runs)."""
    done = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=ROOT, capture_output=True, check=False)
    return done.returncode


def run(budget: Budget) -> list[Row]:
    samples: dict[str, list[float]] = {"bare": [], "render": [], "check": []}
    statuses: list[int] = []
    for _ in range(budget.generation_runs):
        samples["bare"].append(time_once(_bare_generator))
        samples["render"].append(time_once(_render))
        samples["check"].append(time_once(lambda: statuses.append(_check())))
    bare = median(samples["bare"])
    checks = {"runs": budget.generation_runs}
    return [
        Row(FAMILY, "render (make generate)", median(samples["render"]), bare, BASELINE, checks=checks),
        Row(
            FAMILY,
            "make check-generated",
            median(samples["check"]),
            bare,
            BASELINE,
            checks={**checks, "exit_statuses": statuses},
        ),
    ]
