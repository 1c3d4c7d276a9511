"""The layout CONTRIBUTING.md describes holds: generated and hand-written code are told apart by the banner, and
every top-level folder of the repository is described there."""

from __future__ import annotations

import subprocess

from generator.generate import BANNER, DEFAULT_OUTPUT, DEFAULT_SPEC, HAND_WRITTEN_NAMES, PACKAGE, ROOT

PACKAGE_DIR = DEFAULT_OUTPUT / PACKAGE


def test_every_module_outside_the_hand_written_folders_is_generated_and_none_inside_them() -> None:
    banner = BANNER.format(spec=DEFAULT_SPEC.name)
    modules = sorted(PACKAGE_DIR.rglob("*.py"))
    folders = [PACKAGE_DIR / name for name in HAND_WRITTEN_NAMES]
    first_lines = {module: module.read_text(encoding="utf-8").split("\n", 1)[0] for module in modules}
    hand_written = [module for module in modules if any(module.is_relative_to(folder) for folder in folders)]
    rendered = [module for module in modules if module not in hand_written]
    assert rendered
    assert {module.relative_to(PACKAGE_DIR).parts[0] for module in hand_written} == set(HAND_WRITTEN_NAMES)
    assert [module for module in rendered if banner not in first_lines[module]] == []
    assert [module for module in hand_written if "Generated from" in first_lines[module]] == []


def test_contributing_describes_every_top_level_folder() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    folders = {line.split("/", 1)[0] for line in tracked.splitlines() if "/" in line and not line.startswith(".")}
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert [folder for folder in sorted(folders) if f"`{folder}/" not in contributing] == []
