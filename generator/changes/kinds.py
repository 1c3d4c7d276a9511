"""What a change is: where it is, what it does, and how hard it hits code written against the old version."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    """Ordered, so that the verdict of many changes is their ``max``."""

    NONE = 0
    COMPATIBLE = 1
    BREAKING = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Change:
    """One change, found either on the wire (spec) or in the generated package's Python API."""

    severity: Severity
    where: str
    what: str

    def as_dict(self) -> dict[str, str]:
        return {"severity": self.severity.label, "where": self.where, "what": self.what}


def verdict(changes: list[Change]) -> Severity:
    """The severity of a set of changes: that of its worst one, ``NONE`` for no change."""
    return max((change.severity for change in changes), default=Severity.NONE)
