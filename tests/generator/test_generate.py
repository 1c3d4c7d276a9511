"""The generator pipeline: reproducible output, a loud check, and broken specs that change nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import generate
from generator.generate import (
    BANNER,
    DEFAULT_OUTPUT,
    DEFAULT_SPEC,
    GENERATOR_DIR,
    LIB,
    RENDER_CACHE,
    ROOT,
    RUNTIME,
    GenerationError,
    render,
    render_inputs_key,
    rendered,
    tree_diff,
    tree_files,
)
from tests.spec import SPEC_PATH


def run_generator(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in a subprocess, as `make` runs it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def call_generator(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """The same command in this process: the entry point is proven once above, the rest skip an interpreter start."""
    status = generate.main(list(args))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["python", "-m", "generator", *args], status, out, err)


@pytest.fixture
def committed_copy(tmp_path: Path) -> Path:
    """A scratch copy of the committed generated_client/ to point the generator at."""
    copy = tmp_path / "generated_client"
    shutil.copytree(DEFAULT_OUTPUT, copy, symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return copy


def test_committed_client_is_what_the_spec_generates() -> None:
    result = run_generator("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_fails_with_a_diff_when_a_generated_file_is_edited(
    committed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = committed_copy / "mixroute_client" / "models" / "chat_completion.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    result = call_generator(capsys, "check", "--output", str(committed_copy))
    assert result.returncode == 1
    assert "mixroute_client/models/chat_completion.py" in result.stdout
    assert "-# a hand edit" in result.stdout
    assert "never edited by hand" in result.stderr


def test_check_notices_an_added_file(committed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (committed_copy / "mixroute_client" / "extra.py").write_text("x = 1\n")
    result = call_generator(capsys, "check", "--output", str(committed_copy))
    assert result.returncode == 1
    assert "mixroute_client/extra.py" in result.stdout


def test_check_notices_the_licence_link_replaced_by_a_copy(
    committed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = committed_copy / "LICENSE"
    link.unlink()
    link.write_bytes((ROOT / "LICENSE").read_bytes())
    result = call_generator(capsys, "check", "--output", str(committed_copy))
    assert result.returncode == 1
    assert "+symlink -> ../LICENSE" in result.stdout


def test_rendering_is_byte_identical_and_free_of_local_traces(tmp_path: Path) -> None:
    """A fresh render equals the cached one, which was made at another time in another directory."""
    with (
        rendered(SPEC_PATH, tmp_path / "first" / "generated_client") as first,
        rendered(SPEC_PATH, tmp_path / "second" / "generated_client", cache=RENDER_CACHE) as second,
    ):
        assert tree_diff(first, second) == ""
        files = [path for path in first.rglob("*") if path.is_file()]
        assert not [path for path in files if ".ruff_cache" in path.parts]
        local = (str(tmp_path).encode(), str(RENDER_CACHE).encode())
        leaks = [path for path in files if any(trace in path.read_bytes() for trace in local)]
        assert leaks == []


class FakeRenderer:
    """Stands in for a real render: writes the spec's text into the destination and counts the calls."""

    def __init__(self, fail: bool = False) -> None:
        self.calls = 0
        self.fail = fail

    def __call__(self, spec: Path, destination: Path, config_file: Path) -> None:
        self.calls += 1
        destination.mkdir()
        (destination / "spec.txt").write_bytes(spec.read_bytes())
        if self.fail:
            raise GenerationError("the generator failed")


@pytest.fixture
def fake_renderer(monkeypatch: pytest.MonkeyPatch) -> FakeRenderer:
    fake = FakeRenderer()
    monkeypatch.setattr(generate, "_render_fresh", fake)
    return fake


def _spec(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / f"{text}.yaml"
    spec.write_text(text)
    return spec


def test_a_render_of_the_same_inputs_comes_from_the_cache(tmp_path: Path, fake_renderer: FakeRenderer) -> None:
    cache, spec = tmp_path / "cache", _spec(tmp_path, "a")
    render(spec, tmp_path / "one" / "generated_client", cache=cache)
    render(spec, tmp_path / "two" / "generated_client", cache=cache)
    assert fake_renderer.calls == 1
    assert (tmp_path / "two" / "generated_client" / "spec.txt").read_text() == "a"

    render(_spec(tmp_path, "b"), tmp_path / "three" / "generated_client", cache=cache)
    assert fake_renderer.calls == 2
    assert (tmp_path / "three" / "generated_client" / "spec.txt").read_text() == "b"


def test_a_failed_render_caches_nothing(tmp_path: Path, fake_renderer: FakeRenderer) -> None:
    fake_renderer.fail = True
    cache = tmp_path / "cache"
    with pytest.raises(GenerationError):
        render(_spec(tmp_path, "a"), tmp_path / "out" / "generated_client", cache=cache)
    assert list(cache.iterdir()) == []
    with pytest.raises(GenerationError):
        render(_spec(tmp_path, "a"), tmp_path / "out" / "generated_client", cache=cache)
    assert fake_renderer.calls == 2


def test_the_cache_keeps_only_the_newest_entries(
    tmp_path: Path, fake_renderer: FakeRenderer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate, "CACHE_ENTRIES", 2)
    cache = tmp_path / "cache"
    for text in ("a", "b", "c"):
        render(_spec(tmp_path, text), tmp_path / text / "generated_client", cache=cache)
    kept = {(entry / "spec.txt").read_text() for entry in cache.iterdir()}
    assert kept == {"b", "c"}


def test_an_entry_another_worker_pruned_meanwhile_does_not_fail_a_render(
    tmp_path: Path, fake_renderer: FakeRenderer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate, "CACHE_ENTRIES", 2)
    cache = tmp_path / "cache"
    for text in ("a", "b"):
        render(_spec(tmp_path, text), tmp_path / text / "generated_client", cache=cache)
    # Listed, then gone before its age is read: what a concurrent prune does to this one.
    ghost = cache / "pruned-by-another-worker"
    listed, is_dir = Path.iterdir, Path.is_dir
    monkeypatch.setattr(Path, "iterdir", lambda path: iter([*listed(path), ghost]) if path == cache else listed(path))
    monkeypatch.setattr(Path, "is_dir", lambda path: path == ghost or is_dir(path))
    render(_spec(tmp_path, "c"), tmp_path / "c" / "generated_client", cache=cache)
    assert (tmp_path / "c" / "generated_client" / "spec.txt").read_text() == "c"


def test_the_cache_key_covers_every_render_input_and_nothing_else(tmp_path: Path) -> None:
    generator_dir = tmp_path / "generator"
    shutil.copytree(GENERATOR_DIR, generator_dir, ignore=shutil.ignore_patterns("__pycache__"))
    spec = _spec(tmp_path, "a")

    def key() -> str:
        return render_inputs_key(spec, "generated_client", generator_dir)

    original = key()
    (generator_dir / "changes" / "note.py").write_text("# the change report is no render input\n")
    (generator_dir / "__pycache__").mkdir()
    (generator_dir / "__pycache__" / "generate.cpython-311.pyc").write_bytes(b"\0")
    assert key() == original
    assert render_inputs_key(spec, "elsewhere", generator_dir) != original

    changed = []
    for edited in ("templates/model.py.jinja", "wire.py", "config.yaml", "CHANGELOG.md", "generate.py"):
        path = generator_dir / edited
        path.write_bytes(path.read_bytes() + b"\n")
        changed.append(key())
    spec.write_text("b")
    changed.append(key())
    other_config = tmp_path / "config.yaml"
    other_config.write_text("package_name_override: other\n")
    changed.append(render_inputs_key(spec, "generated_client", generator_dir, other_config))
    assert len({original, *changed}) == len(changed) + 1


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
    case: str, committed_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, expected_message = BROKEN_SPECS[case]
    broken = tmp_path / "broken.yaml"
    broken.write_text(mutate(SPEC_PATH.read_text()))
    result = call_generator(capsys, "generate", "--spec", str(broken), "--output", str(committed_copy))
    assert result.returncode == 1
    assert expected_message in result.stderr
    assert "left unchanged" in result.stderr
    assert tree_diff(DEFAULT_OUTPUT, committed_copy) == ""
    # No scratch directory is left behind either.
    assert {p.name for p in committed_copy.parent.iterdir()} == {"generated_client", "broken.yaml"}


def test_generate_replaces_the_output_on_success(committed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = committed_copy / "mixroute_client" / "stale.py"
    stale.write_text("")
    result = call_generator(capsys, "generate", "--output", str(committed_copy))
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert tree_diff(DEFAULT_OUTPUT, committed_copy) == ""


def _hand_written_files(client: Path) -> dict[str, bytes]:
    return {
        path.relative_to(client).as_posix(): path.read_bytes()
        for folder in (RUNTIME, LIB)
        for path in sorted((client / folder).glob("*.py"))
    }


def test_generate_carries_the_hand_written_subpackages_over(
    committed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for edited in (committed_copy / RUNTIME / "_retry.py", committed_copy / LIB / "_parsing.py"):
        edited.write_text(edited.read_text() + "# an edit of the hand-written code's one home\n")
    before = _hand_written_files(committed_copy)
    result = call_generator(capsys, "generate", "--output", str(committed_copy))
    assert result.returncode == 0, result.stderr
    assert _hand_written_files(committed_copy) == before
    assert {Path(name).parts[1] for name in before} == {RUNTIME.name, LIB.name}


@pytest.mark.parametrize("folder", [RUNTIME, LIB], ids=["runtime", "lib"])
def test_check_leaves_the_hand_written_subpackages_out(
    folder: Path, committed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (committed_copy / folder / "_new_helper.py").write_text("x = 1\n")
    assert call_generator(capsys, "check", "--output", str(committed_copy)).returncode == 0


def test_the_cli_uses_the_cache_unless_told_not_to(
    tmp_path: Path, fake_renderer: FakeRenderer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cache, spec = tmp_path / "cache", _spec(tmp_path, "a")
    monkeypatch.setattr(generate, "RENDER_CACHE", cache)
    output = tmp_path / "generated_client"
    output.mkdir()
    (output / "spec.txt").write_text("a")
    arguments = ["check", "--spec", str(spec), "--output", str(output)]

    assert call_generator(capsys, *arguments, "--no-cache").returncode == 0
    assert not cache.exists()
    assert call_generator(capsys, *arguments).returncode == 0
    assert call_generator(capsys, *arguments).returncode == 0
    assert (fake_renderer.calls, len(list(cache.iterdir()))) == (2, 1)


def test_every_rendered_file_that_can_carry_a_comment_starts_with_the_banner() -> None:
    banner = BANNER.format(spec=DEFAULT_SPEC.name)
    commented = (".py", ".toml", ".md")
    stamped = {path: content for path, content in tree_files(DEFAULT_OUTPUT).items() if path.endswith(commented)}
    unstamped = [
        path
        for path, content in stamped.items()
        if not path.endswith("CHANGELOG.md")
        and banner not in content.decode("utf-8").split("\n", 1)[0]
        and not content.startswith(b"symlink -> ")
    ]
    assert unstamped == []
    assert any(path.endswith("resources.py") for path in stamped)
    assert "Generated from" not in (DEFAULT_OUTPUT / RUNTIME / "_request.py").read_text()
    assert "Generated from" not in (DEFAULT_OUTPUT / LIB / "_parsing.py").read_text()
