from __future__ import annotations

from generator.changes import changelog
from generator.changes.history import spec_version
from generator.changes.kinds import Change, Severity
from generator.changes.report import Report
from generator.generate import DEFAULT_SPEC

REPORT = Report(
    "abc123",
    "0.1.0",
    "0.2.0",
    wire=[Change(Severity.BREAKING, "Req.project", "request: required field added")],
    python=[Change(Severity.COMPATIBLE, "mixroute_client.models.Req.project", "attribute added")],
)


def test_entry_lists_changes_by_severity_and_says_why() -> None:
    entry = changelog.entry(REPORT)
    assert entry.startswith("## 0.2.0\n\nCompared with 0.1.0: 1 breaking wire change(s) need a minor bump")
    assert "### Breaking (wire)\n\n- `Req.project`: request: required field added" in entry
    assert "### Compatible (Python API)\n\n- `mixroute_client.models.Req.project`: attribute added" in entry


def test_new_entry_goes_above_the_newest_and_a_rewrite_replaces_it() -> None:
    text = changelog.with_entry("", "0.1.0", changelog.initial_entry("0.1.0"))
    assert text.startswith(changelog.HEADER)
    text = changelog.with_entry(text, "0.2.0", "## 0.2.0\n\nfirst draft\n")
    text = changelog.with_entry(text, "0.2.0", "## 0.2.0\n\nfinal\n")
    assert changelog.versions(text) == ["0.2.0", "0.1.0"]
    assert "first draft" not in text
    assert text.endswith("## 0.2.0\n\nfinal\n\n## 0.1.0\n\nInitial release.\n")


def test_committed_changelog_has_an_entry_for_the_spec_version() -> None:
    version = spec_version(DEFAULT_SPEC.read_text(encoding="utf-8"))
    assert version in changelog.versions(changelog.CHANGELOG.read_text(encoding="utf-8"))
