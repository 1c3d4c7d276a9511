"""The change report: wire changes, Python API changes and the version bump, as text or as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from generator.changes.kinds import Change, Severity, verdict
from generator.changes.semver import Bump, Version, bump_between, required_bump


@dataclass(frozen=True)
class Report:
    base: str
    base_version: str
    new_version: str
    wire: list[Change]
    python: list[Change]
    # Names the new render still carries as deprecated aliases: what the next minor version removes.
    deprecated: list[Change] = field(default_factory=list)

    @property
    def severity(self) -> Severity:
        return max(verdict(self.wire), verdict(self.python))

    @property
    def required_bump(self) -> Bump:
        return required_bump(Version.parse(self.base_version), self.severity)

    @property
    def actual_bump(self) -> Bump:
        return bump_between(Version.parse(self.base_version), Version.parse(self.new_version))

    @property
    def suggested_version(self) -> Version:
        return Version.parse(self.base_version).bumped(self.required_bump)

    @property
    def version_ok(self) -> bool:
        return self.actual_bump >= self.required_bump

    def why(self) -> str:
        """One sentence: which bump the changes need and why."""
        if self.severity is Severity.NONE:
            return "no wire or Python API change: no version bump needed"
        reasons = [
            f"{len(changes)} {self.severity.label} {kind} change(s)"
            for kind, changes in (("wire", self.wire), ("Python API", self.python))
            if verdict(changes) is self.severity
        ]
        rule = "0.x: breaking -> minor, compatible -> patch" if self.base_version.startswith("0.") else "semver"
        return f"{' and '.join(reasons)} need a {self.required_bump.label} bump ({rule})"

    def as_dict(self) -> dict[str, object]:
        return {
            "base": self.base,
            "base_version": self.base_version,
            "new_version": self.new_version,
            "wire": {"verdict": verdict(self.wire).label, "changes": [change.as_dict() for change in self.wire]},
            "python_api": {
                "verdict": verdict(self.python).label,
                "changes": [change.as_dict() for change in self.python],
            },
            "deprecated": [change.as_dict() for change in self.deprecated],
            "severity": self.severity.label,
            "required_bump": self.required_bump.label,
            "actual_bump": self.actual_bump.label,
            "suggested_version": str(self.suggested_version),
            "version_ok": self.version_ok,
            "why": self.why(),
        }


def _section(title: str, changes: list[Change]) -> list[str]:
    lines = [f"{title}: {verdict(changes).label}"]
    lines += [f"  [{change.severity.label}] {change.where}: {change.what}" for change in changes]
    return lines


def as_text(report: Report) -> str:
    lines = [
        f"Changes from {report.base} ({report.base_version}) to the working spec ({report.new_version})",
        "",
        *_section("1. Wire", report.wire),
        "",
        *_section("2. Python API of mixroute_client", report.python),
        "",
        f"3. Version: {report.why()}.",
    ]
    if report.version_ok:
        step = "unchanged" if report.actual_bump is Bump.NONE else f"a {report.actual_bump.label} bump"
        lines.append(f"   {report.base_version} -> {report.new_version} is {step}: enough.")
    else:
        lines.append(
            f"   {report.base_version} -> {report.new_version} is not enough: set info.version to "
            f"{report.suggested_version} (or higher) in the spec."
        )
    if report.deprecated:
        lines += ["", "4. Deprecated names, to remove in the next minor version:"]
        lines += [f"  {change.where}: {change.what}" for change in report.deprecated]
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    return json.dumps(report.as_dict(), indent=2) + "\n"
