"""Building the generated package as a user or the index would get it, offline, with the pinned uv."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.generate import DEFAULT_OUTPUT, ROOT

__all__ = ["UV", "build_package", "the_wheel"]

UV = ROOT / ".tools" / "bin" / "uv"


def build_package(out_dir: Path, *, project: Path = DEFAULT_OUTPUT, wheel_only: bool = False) -> str:
    """Build ``project``'s sdist and wheel (or the wheel alone) into ``out_dir``; uv's stderr (progress, warnings)."""
    command: list[str | Path] = [UV, "build", "--offline", "--out-dir", out_dir, project]
    if wheel_only:
        command.insert(2, "--wheel")
    built = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert built.returncode == 0, f"uv build failed:\n{built.stderr}"
    return built.stderr


def the_wheel(out_dir: Path) -> Path:
    (wheel,) = out_dir.glob("*.whl")
    return wheel
