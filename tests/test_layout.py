"""The layout CONTRIBUTING.md describes holds: generated and hand-written code are told apart by the banner, and
every top-level folder of the repository is described there."""

from __future__ import annotations

import subprocess

from generator.generate import BANNER, DEFAULT_OUTPUT, DEFAULT_SPEC, ROOT, RUNTIME

PACKAGE = DEFAULT_OUTPUT / RUNTIME.parent


def test_every_module_outside_the_runtime_is_generated_and_none_inside_it() -> None:
    banner = BANNER.format(spec=DEFAULT_SPEC.name)
    modules = sorted(PACKAGE.rglob("*.py"))
    runtime = DEFAULT_OUTPUT / RUNTIME
    first_lines = {module: module.read_text(encoding="utf-8").split("\n", 1)[0] for module in modules}
    rendered = [module for module in modules if not module.is_relative_to(runtime)]
    hand_written = [module for module in modules if module.is_relative_to(runtime)]
    assert rendered
    assert hand_written
    assert [module for module in rendered if banner not in first_lines[module]] == []
    assert [module for module in hand_written if "Generated from" in first_lines[module]] == []


def test_contributing_describes_every_top_level_folder() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    folders = {line.split("/", 1)[0] for line in tracked.splitlines() if "/" in line and not line.startswith(".")}
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert [folder for folder in sorted(folders) if f"`{folder}/" not in contributing] == []
