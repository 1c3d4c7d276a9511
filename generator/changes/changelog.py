"""The changelog of the generated package: one entry per version, written from the change report.

Its source is ``generator/CHANGELOG.md``, a generator input: ``render()`` copies it into the package, so the
committed ``generated_client/mixroute_client/CHANGELOG.md`` stays what the generator produces
(``make check-generated``).
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.changes.kinds import Change, Severity
from generator.changes.report import Report
from generator.generate import GENERATOR_DIR

CHANGELOG = GENERATOR_DIR / "CHANGELOG.md"
HEADER = """# Changelog of mixroute-client

Newest first. The version is the spec's `info.version`; before 1.0 a breaking change bumps the minor number
and a compatible one the patch number. Entries are written by `make changelog` from the change report
(`make diff`): *wire* changes are what the gateway accepts and returns, *Python API* changes are what code
importing `mixroute_client` sees.
"""
_ENTRY = re.compile(r"^## (\S+)\s*$", re.MULTILINE)


def _items(changes: list[Change], severity: Severity) -> list[str]:
    return [f"- `{change.where}`: {change.what}" for change in changes if change.severity is severity]


def entry(report: Report) -> str:
    """The changelog entry of ``report.new_version``."""
    lines = [f"## {report.new_version}", "", f"Compared with {report.base_version}: {report.why()}."]
    for severity, title in ((Severity.BREAKING, "Breaking"), (Severity.COMPATIBLE, "Compatible")):
        for kind, changes in (("wire", report.wire), ("Python API", report.python)):
            if items := _items(changes, severity):
                lines += ["", f"### {title} ({kind})", "", *items]
    return "\n".join(lines) + "\n"


def initial_entry(version: str) -> str:
    return f"## {version}\n\nInitial release.\n"


def versions(text: str) -> list[str]:
    return _ENTRY.findall(text)


def with_entry(text: str, version: str, new_entry: str) -> str:
    """``text`` with the entry of ``version`` replaced by ``new_entry``, or added above the newest one."""
    if not text.strip():
        text = HEADER
    matches = list(_ENTRY.finditer(text))
    for index, match in enumerate(matches):
        if match.group(1) == version:
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            return text[: match.start()] + new_entry + ("\n" if end < len(text) else "") + text[end:]
    if matches:
        start = matches[0].start()
        return text[:start] + new_entry + "\n" + text[start:]
    return text.rstrip("\n") + "\n\n" + new_entry


def write(path: Path, version: str, new_entry: str) -> None:
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(with_entry(current, version, new_entry), encoding="utf-8")
