from __future__ import annotations

import pytest

from generator.changes.kinds import Severity
from generator.changes.semver import Bump, Version, VersionError, bump_between, required_bump


@pytest.mark.parametrize(
    ("version", "severity", "bump"),
    [
        ("0.1.0", Severity.BREAKING, Bump.MINOR),
        ("0.1.0", Severity.COMPATIBLE, Bump.PATCH),
        ("0.1.0", Severity.NONE, Bump.NONE),
        ("1.2.3", Severity.BREAKING, Bump.MAJOR),
        ("1.2.3", Severity.COMPATIBLE, Bump.MINOR),
        ("1.2.3", Severity.NONE, Bump.NONE),
    ],
)
def test_required_bump(version: str, severity: Severity, bump: Bump) -> None:
    assert required_bump(Version.parse(version), severity) is bump


@pytest.mark.parametrize(
    ("old", "new", "bump"),
    [
        ("0.1.0", "0.1.0", Bump.NONE),
        ("0.1.0", "0.1.1", Bump.PATCH),
        ("0.1.3", "0.2.0", Bump.MINOR),
        ("0.9.0", "1.0.0", Bump.MAJOR),
        ("1.2.3", "2.0.0", Bump.MAJOR),
    ],
)
def test_bump_between(old: str, new: str, bump: Bump) -> None:
    assert bump_between(Version.parse(old), Version.parse(new)) is bump


def test_bumped_resets_lower_numbers() -> None:
    version = Version.parse("1.2.3")
    assert [str(version.bumped(bump)) for bump in Bump] == ["1.2.3", "1.2.4", "1.3.0", "2.0.0"]


def test_backwards_and_malformed_versions_are_errors() -> None:
    with pytest.raises(VersionError, match="backwards"):
        bump_between(Version.parse("0.2.0"), Version.parse("0.1.9"))
    with pytest.raises(VersionError, match=r"MAJOR\.MINOR\.PATCH"):
        Version.parse("0.1")
