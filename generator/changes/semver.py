"""Which version bump a change needs, and which one a pair of versions makes (semantic versioning).

Before 1.0 (``0.y.z``) the major number says nothing, so the rules shift one place down, as semver's FAQ and
common practice (Cargo, uv) have it: a breaking change needs a minor bump and a compatible addition a patch
bump. From 1.0 on: breaking -> major, compatible addition -> minor. A change with no effect needs none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from generator.changes.kinds import Severity

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


class VersionError(ValueError):
    """A version string is not ``MAJOR.MINOR.PATCH`` or the versions go backwards."""


class Bump(IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _VERSION.fullmatch(text.strip())
        if match is None:
            raise VersionError(f"{text!r} is not a MAJOR.MINOR.PATCH version (info.version of the spec)")
        return cls(*(int(part) for part in match.groups()))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    def bumped(self, bump: Bump) -> Version:
        if bump is Bump.MAJOR:
            return Version(self.major + 1, 0, 0)
        if bump is Bump.MINOR:
            return Version(self.major, self.minor + 1, 0)
        if bump is Bump.PATCH:
            return Version(self.major, self.minor, self.patch + 1)
        return self


def required_bump(version: Version, severity: Severity) -> Bump:
    """The smallest bump from ``version`` that a change of ``severity`` needs."""
    if severity is Severity.NONE:
        return Bump.NONE
    breaking = severity is Severity.BREAKING
    if version.major == 0:
        return Bump.MINOR if breaking else Bump.PATCH
    return Bump.MAJOR if breaking else Bump.MINOR


def bump_between(old: Version, new: Version) -> Bump:
    """The bump that takes ``old`` to ``new``; going backwards is an error."""
    if new < old:
        raise VersionError(f"the version went backwards: {old} -> {new}")
    if new.major != old.major:
        return Bump.MAJOR
    if new.minor != old.minor:
        return Bump.MINOR
    return Bump.PATCH if new.patch != old.patch else Bump.NONE
