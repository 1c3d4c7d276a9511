"""Medians, percentiles and ratios: the only arithmetic the report does."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(samples: Sequence[float]) -> float:
    if not samples:
        raise ValueError("no samples to take a median of")
    return statistics.median(samples)


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in (0, 1]): always one of the samples, never interpolated."""
    if not samples:
        raise ValueError("no samples to take a percentile of")
    if not 0 < fraction <= 1:
        raise ValueError(f"percentile fraction must be in (0, 1], got {fraction}")
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def ratio(value: float | None, baseline: float | None) -> float | None:
    """``value / baseline``, or None when either is missing or the baseline is not positive."""
    if value is None or baseline is None or baseline <= 0:
        return None
    return value / baseline
