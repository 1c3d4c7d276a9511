"""Proof that every side of a comparison did the same work: their outcomes must be equal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")


class DisagreementError(AssertionError):
    """The sides of a comparison did not process the same data, so their timings cannot be compared."""


def agreed(outcomes: Mapping[str, T]) -> T:
    """The one outcome all sides produced; raises naming the sides when they differ."""
    if not outcomes:
        raise DisagreementError("no sides to compare")
    first_name, first = next(iter(outcomes.items()))
    for name, outcome in outcomes.items():
        if outcome != first:
            raise DisagreementError(f"{name} produced {outcome!r}, {first_name} produced {first!r}")
    return first
