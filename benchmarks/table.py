"""The printed table: one line per row, times in readable units, ratios against the baseline."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.results import Row

HEADER = ("benchmark", "ours", "baseline", "openai", "ours/base", "openai/base", "target", "met?")


def seconds(value: float | None) -> str:
    if value is None:
        return "n/a"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if value >= scale:
            return f"{value / scale:.3g} {unit}"
    return f"{value / 1e-9:.3g} ns"


def size(value: float | None) -> str:
    if value is None:
        return "n/a"
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if value >= scale:
            return f"{value / scale:.3g} {unit}"
    return f"{value:.3g} B"


def figure(value: float | None, unit: str) -> str:
    """A time or a size in a readable unit, or a count followed by what it counts."""
    if unit == "B":
        return size(value)
    if unit == "s" or value is None:
        return seconds(value)
    return f"{value:g} {unit}"


def times(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def _met(row: Row) -> str:
    if row.met is None:
        return "-" if row.target is None else "n/a"
    return "yes" if row.met else "NO"


def cells(row: Row) -> tuple[str, ...]:
    return (
        f"{row.family}: {row.name}",
        figure(row.ours, row.unit),
        f"{figure(row.baseline, row.unit)} ({row.baseline_label})",
        figure(row.openai, row.unit),
        times(row.ratio),
        times(row.openai_ratio),
        "-" if row.target is None else f"≤ {row.target:g}x",
        _met(row),
    )


def render(rows: Sequence[Row]) -> str:
    lines = [HEADER, *(cells(row) for row in rows)]
    widths = [max(len(line[column]) for line in lines) for column in range(len(HEADER))]
    text = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines]
    text.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {row.family}: {row.name}: {row.note}" for row in rows if row.note]
    return "\n".join(text + (["", "notes:", *notes] if notes else []))
