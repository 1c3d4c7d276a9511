"""The generator pipeline: reproducible output, a loud check, and broken specs that change nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.generate import DEFAULT_OUTPUT, ROOT, rendered, tree_diff
from tests.spec import SPEC_PATH


def run_generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.fixture
def committed_copy(tmp_path: Path) -> Path:
    """A scratch copy of the committed generated_client/ to point the generator at."""
    copy = tmp_path / "generated_client"
    shutil.copytree(DEFAULT_OUTPUT, copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return copy


def test_committed_client_is_what_the_spec_generates() -> None:
    result = run_generator("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_fails_with_a_diff_when_a_generated_file_is_edited(committed_copy: Path) -> None:
    edited = committed_copy / "mixroute_client" / "models" / "chat_completion.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    result = run_generator("check", "--output", str(committed_copy))
    assert result.returncode == 1
    assert "mixroute_client/models/chat_completion.py" in result.stdout
    assert "-# a hand edit" in result.stdout
    assert "never edited by hand" in result.stderr


def test_check_notices_an_added_file(committed_copy: Path) -> None:
    (committed_copy / "mixroute_client" / "extra.py").write_text("x = 1\n")
    result = run_generator("check", "--output", str(committed_copy))
    assert result.returncode == 1
    assert "mixroute_client/extra.py" in result.stdout


def test_rendering_is_byte_identical_and_free_of_local_traces(tmp_path: Path) -> None:
    with (
        rendered(SPEC_PATH, tmp_path / "first" / "generated_client") as first,
        rendered(SPEC_PATH, tmp_path / "second" / "generated_client") as second,
    ):
        assert tree_diff(first, second) == ""
        files = [path for path in first.rglob("*") if path.is_file()]
        assert not [path for path in files if ".ruff_cache" in path.parts]
        leaks = [path for path in files if str(tmp_path).encode() in path.read_bytes()]
        assert leaks == []


def _replace(old: str, new: str) -> Callable[[str], str]:
    def mutate(spec: str) -> str:
        assert old in spec, f"the mutation no longer applies: {old!r}"
        return spec.replace(old, new, 1)

    return mutate


BROKEN_SPECS = {
    "invalid YAML": (_replace("paths:\n", "paths:\n  - [unclosed\n"), "invalid YAML"),
    "unresolvable $ref": (
        _replace("$ref: '#/components/schemas/ChatCompletionChoice'", "$ref: '#/components/schemas/Nope'"),
        "Nope",
    ),
    "invalid schema": (_replace("type: [integer, 'null']\n          minimum: 1\n", "type: integr\n"), "integr"),
    "construct the generator cannot represent": (
        _replace("        content:\n          application/json:", "        content:\n          application/xml:"),
        "Unsupported content type application/xml",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_SPECS), ids=list(BROKEN_SPECS))
def test_a_broken_spec_fails_loudly_and_leaves_the_client_untouched(
    case: str, committed_copy: Path, tmp_path: Path
) -> None:
    mutate, expected_message = BROKEN_SPECS[case]
    broken = tmp_path / "broken.yaml"
    broken.write_text(mutate(SPEC_PATH.read_text()))
    result = run_generator("generate", "--spec", str(broken), "--output", str(committed_copy))
    assert result.returncode == 1
    assert expected_message in result.stderr
    assert "left unchanged" in result.stderr
    assert tree_diff(DEFAULT_OUTPUT, committed_copy) == ""
    # No scratch directory is left behind either.
    assert {p.name for p in committed_copy.parent.iterdir()} == {"generated_client", "broken.yaml"}


def test_generate_replaces_the_output_on_success(committed_copy: Path) -> None:
    stale = committed_copy / "mixroute_client" / "stale.py"
    stale.write_text("")
    result = run_generator("generate", "--output", str(committed_copy))
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert tree_diff(DEFAULT_OUTPUT, committed_copy) == ""
