"""History, ``diff``, ``check-version`` and ``changelog`` against a throwaway git repository of the spec."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.changes.__main__ import main
from generator.changes.history import History
from tests.generator.changes.mutations import remove_tool_choice_value
from tests.spec import spec_document

pytestmark = pytest.mark.heavy


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.spec = root / "openapi" / "mixroute.yaml"
        self.changelog = root / "CHANGELOG.md"
        self.spec.parent.mkdir(parents=True)
        self.git("init", "-q")

    def git(self, *args: str) -> str:
        identity = ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
        done = subprocess.run(["git", *identity, *args], cwd=self.root, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    def write(self, spec: Any) -> None:
        self.spec.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("log", "-1", "--format=%h")

    def run(self, *args: str) -> int:
        options = ["--repo", str(self.root), "--spec", str(self.spec), "--changelog", str(self.changelog)]
        return main([*args, *options])

    @property
    def history(self) -> History:
        return History(self.root, self.spec)


def real_spec(version: str = "0.1.0") -> Any:
    spec = spec_document()
    spec["info"]["version"] = version
    return spec


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return Repo(tmp_path)


def test_default_base_follows_the_working_change(repo: Repo) -> None:
    repo.write(real_spec())
    first = repo.commit("spec")
    assert repo.history.default_base(repo.spec.read_text()) is None  # nothing earlier to compare with

    spec = real_spec()
    spec["info"]["description"] = "edited"
    repo.write(spec)
    assert repo.history.default_base(repo.spec.read_text()) == first  # uncommitted edit: compare with HEAD's
    second = repo.commit("edit")
    assert repo.history.default_base(repo.spec.read_text()) == first  # clean: what the last change did
    repo.git("tag", "v0.1.0", second)
    assert repo.history.default_base(repo.spec.read_text()) == "v0.1.0"


def test_release_baseline_is_the_last_spec_of_the_previous_version(repo: Repo) -> None:
    repo.write(real_spec())
    oldest = repo.commit("0.1.0")
    assert repo.history.release_baseline("0.1.0") == repo.history.at(oldest)

    spec = real_spec()
    spec["info"]["description"] = "still 0.1.0"
    repo.write(spec)
    last_of_previous = repo.commit("0.1.0 again")
    repo.write(real_spec("0.2.0"))
    repo.commit("0.2.0")
    baseline = repo.history.release_baseline("0.2.0")
    assert baseline is not None
    assert (baseline.ref, baseline.version) == (last_of_previous, "0.1.0")


def test_no_history_means_nothing_to_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "mixroute.yaml"
    spec.write_text(yaml.safe_dump(real_spec()), encoding="utf-8")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("## 0.1.0\n\nInitial release.\n", encoding="utf-8")
    options = ["--repo", str(tmp_path), "--spec", str(spec), "--changelog", str(changelog)]
    assert main(["check-version", *options]) == 0
    assert main(["diff", "--json", *options]) == 0
    out = capsys.readouterr().out
    assert "nothing to compare" in out
    assert json.loads(out.splitlines()[-1])["base"] is None


def test_breaking_change_without_bump_fails_then_bump_and_changelog_pass(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(real_spec())
    released = repo.commit("0.1.0")
    repo.changelog.write_text("## 0.1.0\n\nInitial release.\n", encoding="utf-8")
    spec = real_spec()
    remove_tool_choice_value(spec)
    repo.write(spec)

    assert repo.run("diff", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["base"], report["wire"]["verdict"], report["required_bump"]) == (released, "breaking", "minor")
    assert report["version_ok"] is False

    assert repo.run("check-version") == 1
    err = capsys.readouterr().err
    assert "need a minor bump" in err
    assert "Set info.version to 0.2.0" in err

    spec["info"]["version"] = "0.2.0"
    repo.write(spec)
    assert repo.run("changelog") == 0
    entry = repo.changelog.read_text(encoding="utf-8")
    assert entry.index("## 0.2.0") < entry.index("## 0.1.0")
    assert "ToolChoiceMode" in entry

    capsys.readouterr()
    assert repo.run("check-version") == 0
    assert "0.1.0 -> 0.2.0 (minor)" in capsys.readouterr().out


def test_version_without_changelog_entry_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "mixroute.yaml"
    spec.write_text(yaml.safe_dump(real_spec()), encoding="utf-8")
    options = ["--repo", str(tmp_path), "--spec", str(spec), "--changelog", str(tmp_path / "missing.md")]
    assert main(["check-version", *options]) == 1
    assert "no entry for 0.1.0" in capsys.readouterr().err
