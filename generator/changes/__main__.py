"""``python -m generator.changes diff|check-version|changelog``: what a spec change means for importers.

- ``diff [--base REF] [--json]``: the change report from the spec at REF (default: see ``history``) to the
  working spec. Informational: exits 0 whatever it finds.
- ``check-version``: fails when ``info.version`` was not bumped enough since the release baseline, or when
  the changelog has no entry for it.
- ``changelog``: writes the working version's entry into ``generator/CHANGELOG.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.changes import changelog
from generator.changes.comparison import compare_specs
from generator.changes.history import History, HistoryError, spec_version
from generator.changes.report import as_json, as_text
from generator.changes.semver import Version, VersionError
from generator.changes.wire import WireDiffError
from generator.generate import DEFAULT_SPEC, ROOT, GenerationError


def _diff(history: History, spec: Path, base: str | None, as_machine: bool) -> int:
    working = spec.read_text(encoding="utf-8")
    base = base or history.default_base(working)
    if base is None:
        note = f"nothing to compare: {spec.name} has no earlier version in this checkout's history"
        print(json.dumps({"base": None, "note": note}) if as_machine else note)
        return 0
    report = compare_specs(history.at(base).text, base, spec)
    sys.stdout.write(as_json(report) if as_machine else as_text(report))
    return 0


def _check_changelog(path: Path, version: str) -> int:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if version in changelog.versions(text):
        return 0
    print(f"error: {path} has no entry for {version}: run `make changelog`.", file=sys.stderr)
    return 1


def _check_version(history: History, spec: Path, changelog_path: Path) -> int:
    working = spec.read_text(encoding="utf-8")
    version = spec_version(working)
    Version.parse(version)
    baseline = history.release_baseline(version)
    if baseline is None:
        print(f"version check: no earlier version of {spec.name} in this checkout's history; nothing to compare")
    elif baseline.text != working:
        report = compare_specs(baseline.text, baseline.ref, spec)
        if not report.version_ok:
            sys.stderr.write(as_text(report))
            print(
                f"\nerror: info.version {version} is not bumped enough since {report.base_version} (the spec at "
                f"{baseline.ref}): {report.why()}. Set info.version to {report.suggested_version}, then run "
                "`make generate` and `make changelog`.",
                file=sys.stderr,
            )
            return 1
        print(f"version check: {baseline.version} -> {version} ({report.actual_bump.label}): {report.why()}")
    return _check_changelog(changelog_path, version)


def _changelog(history: History, spec: Path, changelog_path: Path) -> int:
    version = spec_version(spec.read_text(encoding="utf-8"))
    baseline = history.release_baseline(version)
    if baseline is None or baseline.version == version:
        entry = changelog.initial_entry(version)
    else:
        entry = changelog.entry(compare_specs(baseline.text, baseline.ref, spec))
    changelog.write(changelog_path, version, entry)
    print(f"wrote the {version} entry of {changelog_path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.changes", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["diff", "check-version", "changelog"])
    parser.add_argument("--base", help="git ref to compare with (diff only; default: see generator/changes)")
    parser.add_argument("--json", action="store_true", help="machine-readable report (diff only)")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--repo", type=Path, default=ROOT)
    parser.add_argument("--changelog", type=Path, default=changelog.CHANGELOG)
    args = parser.parse_args(argv)
    history = History(args.repo, args.spec)
    try:
        if args.command == "diff":
            return _diff(history, args.spec, args.base, args.json)
        if args.command == "check-version":
            return _check_version(history, args.spec, args.changelog)
        return _changelog(history, args.spec, args.changelog)
    except (HistoryError, VersionError, WireDiffError, GenerationError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
