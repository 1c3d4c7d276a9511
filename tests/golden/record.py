"""The golden record: the committed render of the feature-rich fixture spec ``tests/golden/fixture.yaml``.

openapi/mixroute.yaml leaves many template branches unrendered (path and query parameters, several tags, a
second streaming operation, ``allOf``, formatted strings); the fixture renders them, and the golden record makes
every change to what they produce a reviewed diff, as openapi-python-client's ``end_to_end_tests/`` do.
The record holds what the generator renders, not the hand-written files (``_runtime/``, ``lib/``, the
changelog): those are reviewed at their source.

``make golden`` (``python -m tests.golden``) re-records after an intended change.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.generate import (
    GENERATOR_DIR,
    RENDER_CACHE,
    GenerationError,
    add_hand_written,
    files_diff,
    render,
    tree_files,
)

FIXTURE_DIR = Path(__file__).resolve().parent
FIXTURE_SPEC = FIXTURE_DIR / "fixture.yaml"
FIXTURE_CONFIG = FIXTURE_DIR / "config.yaml"
GOLDEN_RECORD = FIXTURE_DIR / "golden-record"
FIXTURE_PACKAGE = "golden_client"
RECORD_COMMAND = "make golden"


def render_fixture(destination: Path, *, cache: Path | None = RENDER_CACHE) -> None:
    """Render the fixture, with the hand-written subpackages (so that it imports), into ``destination``."""
    render(FIXTURE_SPEC, destination, cache=cache, config_file=FIXTURE_CONFIG)
    add_hand_written(destination / FIXTURE_PACKAGE)


def recorded_files(render_root: Path) -> dict[str, bytes]:
    """The files of a fixture render that belong in the golden record: the render minus the changelog, reviewed
    at its source (``tree_files`` already leaves out the hand-written subpackages)."""
    changelog = f"{FIXTURE_PACKAGE}/{(GENERATOR_DIR / 'CHANGELOG.md').name}"
    return {name: data for name, data in tree_files(render_root).items() if name != changelog}


def mismatch(render_root: Path, golden: Path = GOLDEN_RECORD) -> str:
    """'' when the render matches the golden record; else a unified diff and the command that re-records."""
    difference = files_diff(recorded_files(render_root), tree_files(golden), _label(golden), ("recorded", "rendered"))
    if not difference:
        return ""
    return (
        f"{difference}\nThe fixture's render differs from the golden record {_label(golden)}. If the change is "
        f"intended, run `{RECORD_COMMAND}` and commit the record's diff with it."
    )


def record(render_root: Path, golden: Path = GOLDEN_RECORD) -> None:
    """Replace ``golden`` with the recorded files of ``render_root``."""
    shutil.rmtree(golden, ignore_errors=True)
    for name, data in recorded_files(render_root).items():
        path = golden / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _label(path: Path) -> str:
    try:
        return path.relative_to(FIXTURE_DIR.parent.parent).as_posix()
    except ValueError:  # a record outside the repository (the tests' scratch copies)
        return path.as_posix()


def main(argv: Sequence[str] | None = None) -> int:
    del argv  # no options: re-recording is the only thing this command does
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "golden-record"
        try:
            render_fixture(fresh)
        except GenerationError as exc:
            print(f"error: {exc}\n{GOLDEN_RECORD} was left unchanged.", file=sys.stderr)
            return 1
        changed = bool(mismatch(fresh))
        record(fresh)
    print(f"{'re-recorded' if changed else 'unchanged:'} {_label(GOLDEN_RECORD)}")
    return 0
