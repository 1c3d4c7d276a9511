"""The spec's earlier versions, from git: what ``make diff`` compares with, and the last release baseline.

``make diff``'s default base, in this order:
1. the latest tag reachable from HEAD, when there is one (a tag marks a release);
2. when the working spec differs from HEAD's: the last commit that changed the spec (HEAD's spec), so the
   report shows exactly the edit being worked on;
3. otherwise the spec-changing commit before that one, so that on a clean clone the report shows what the
   last spec change did.

The release baseline that ``check-version`` holds the version number to is the spec as it was last under a
different ``info.version``: the newest commit whose spec carries another version than the working one.
Everything changed since then must fit the bump between those two versions. When the whole history carries
the working version (the first release), the baseline is the oldest commit of the spec: that version was
published then, so any later change needs a bump. No history at all (not a git checkout, the spec never
committed) or a shallow clone that does not reach the previous version means nothing to compare.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.generate import DEFAULT_SPEC, ROOT, load_yaml


class HistoryError(Exception):
    """git failed in a way that is not "no such history", or an old spec cannot be read."""


@dataclass(frozen=True)
class Snapshot:
    """The spec as of one commit."""

    ref: str
    text: str

    @property
    def version(self) -> str:
        return spec_version(self.text)


def spec_version(text: str) -> str:
    try:
        document: Any = load_yaml(text)
        return str(document["info"]["version"])
    except (yaml.YAMLError, TypeError, KeyError) as exc:
        raise HistoryError(f"cannot read info.version of the spec: {exc}") from exc


@dataclass(frozen=True)
class History:
    """The git history of one spec file in one repository."""

    repo: Path = ROOT
    spec: Path = DEFAULT_SPEC

    def _git(self, *args: str) -> str | None:
        completed = subprocess.run(["git", *args], cwd=self.repo, capture_output=True, text=True, check=False)
        return completed.stdout if completed.returncode == 0 else None

    @property
    def _relative(self) -> str:
        return self.spec.resolve().relative_to(self.repo.resolve()).as_posix()

    def at(self, ref: str) -> Snapshot:
        text = self._git("show", f"{ref}:{self._relative}")
        if text is None:
            raise HistoryError(f"{ref}: no such commit, or no {self._relative} in it")
        return Snapshot(ref, text)

    def commits(self) -> list[str]:
        """Commits that changed the spec, newest first ([] outside git or before the first commit)."""
        output = self._git("log", "--format=%h", "--", self._relative)
        return output.split() if output else []

    def latest_tag(self) -> str | None:
        output = self._git("describe", "--tags", "--abbrev=0")
        return output.strip() if output else None

    def default_base(self, working_text: str) -> str | None:
        """What ``make diff`` compares with when no BASE is given (see the module docstring)."""
        tag = self.latest_tag()
        if tag is not None:
            return tag
        commits = self.commits()
        if not commits:
            return None
        if self.at(commits[0]).text != working_text:
            return commits[0]
        return commits[1] if len(commits) > 1 else None

    def release_baseline(self, working_version: str) -> Snapshot | None:
        """The spec ``check-version`` compares with (see the module docstring); None without history."""
        commits = self.commits()
        for commit in commits:
            snapshot = self.at(commit)
            if snapshot.version != working_version:
                return snapshot
        if not commits or self.is_shallow():
            # A shallow clone's oldest commit is not where the version was introduced: no fair baseline.
            return None
        return self.at(commits[-1])

    def is_shallow(self) -> bool:
        return (self._git("rev-parse", "--is-shallow-repository") or "").strip() == "true"
