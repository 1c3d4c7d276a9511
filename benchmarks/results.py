"""One benchmark row, and the JSON file the whole run is written to (for tracking over time)."""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.stats import ratio


@dataclass(frozen=True)
class Row:
    """One line of the table. Figures are in ``unit``: seconds ("s"), peak bytes ("B") for the memory rows,
    or what a row counts (connections); ``None`` means that side could not be measured (see note).

    ``target`` is the highest acceptable ``ours / baseline``; ``checks`` records what every side processed,
    after the harness made sure they all processed the same.
    """

    family: str
    name: str
    ours: float | None
    baseline: float | None
    baseline_label: str
    openai: float | None = None
    target: float | None = None
    note: str = ""
    checks: dict[str, Any] = field(default_factory=dict)
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return ratio(self.ours, self.baseline)

    @property
    def openai_ratio(self) -> float | None:
        return ratio(self.openai, self.baseline)

    @property
    def met(self) -> bool | None:
        if self.target is None or self.ratio is None:
            return None
        return self.ratio <= self.target


def unavailable(family: str, name: str, baseline_label: str, why: str) -> Row:
    """A row for a benchmark that could not run at all, saying why instead of showing a figure."""
    return Row(family=family, name=name, ours=None, baseline=None, baseline_label=baseline_label, note=f"n/a ({why})")


def machine() -> dict[str, Any]:
    """Where the figures come from: they mean nothing without it."""
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": _cpu_model(),
        "cpus": os.cpu_count(),
    }


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def document(rows: Sequence[Row], *, quick: bool) -> dict[str, Any]:
    return {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "machine": machine(),
        "units": "seconds, unless a row's unit says otherwise",
        "results": [
            {**asdict(row), "ratio": row.ratio, "openai_ratio": row.openai_ratio, "met": row.met} for row in rows
        ],
    }


def write(path: Path, rows: Sequence[Row], *, quick: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document(rows, quick=quick), indent=2) + "\n", encoding="utf-8")
