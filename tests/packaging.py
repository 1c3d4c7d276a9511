"""Building the generated package as a user or the index would get it, offline, with the pinned uv."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from generator.generate import DEFAULT_OUTPUT, ROOT

__all__ = ["UV", "build_package", "offline_env", "the_wheel", "venv_on_the_locked_environment"]

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


def venv_on_the_locked_environment(directory: Path) -> Path:
    """A fresh virtualenv in ``directory`` whose dependencies can come only from this project's locked
    environment; its bin directory.

    The .pth file puts the locked site-packages on its path, after its own: pip then sees the locked
    dependencies as installed and checks a package's requirements against them, with no index to fetch from
    (uv's cache holds no wheel files pip could read). The editable packages of the locked environment stay
    invisible: editable installs are .pth files too, which Python reads only in site dirs.
    """
    venv = directory / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    site = venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    (site / "locked-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin"


def offline_env(bin_dir: Path) -> dict[str, str]:
    """The environment for commands run in that virtualenv: its bin first, no index, nothing of this one's."""
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PIP_NO_INDEX": "1"}
    for leaking in ("VIRTUAL_ENV", "PYTHONPATH"):
        env.pop(leaking, None)
    return env
