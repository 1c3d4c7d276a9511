"""README.md cannot rot: every Python block runs against the mock, every shell command is checked.

Python blocks run each in a fresh interpreter with MIXROUTE_BASE_URL and MIXROUTE_API_KEY pointing at the
mock server on loopback, exactly as a reader would run them against the real API. Shell commands other than
`make` run for real in a scratch virtualenv, with no network: `pip install <project directory>` installs a
wheel built here from that directory, with pip's `--no-index` (see `offline_pip_command`). `make` commands are
resolved with `make -n` and must be listed by `make help`, because running them here would recurse into
`make test` (which CI runs anyway) or start servers that never stop (`make mock`).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from generator.generate import ROOT
from mixroute_mock import DEFAULT_API_KEY

UV = ROOT / ".tools" / "bin" / "uv"

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```", re.DOTALL | re.MULTILINE)


def blocks(*languages: str) -> list[str]:
    return [m["body"] for m in FENCE.finditer(README) if m["lang"] in languages]


PYTHON_BLOCKS = blocks("python")
SHELL_COMMANDS = [
    line.strip()
    for block in blocks("bash", "sh", "shell")
    for line in block.splitlines()
    if line.strip() and not line.lstrip().startswith("#")
]
MAKE_COMMANDS = [command for command in SHELL_COMMANDS if command.startswith("make ")]
OTHER_COMMANDS = [command for command in SHELL_COMMANDS if not command.startswith("make ")]


def test_the_readme_has_examples_to_check() -> None:
    assert len(PYTHON_BLOCKS) >= 3
    assert {"make demo", "make test"} <= set(MAKE_COMMANDS)


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_block_runs(block: str, mock_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "MIXROUTE_BASE_URL": mock_url, "MIXROUTE_API_KEY": DEFAULT_API_KEY}
    result = subprocess.run(
        [sys.executable, "-c", block], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, f"README block failed:\n{block}\n--- stderr ---\n{result.stderr}"


def _make_targets() -> set[str]:
    listing = subprocess.run(["make", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return set(re.findall(r"make (\S+)", listing))


@pytest.mark.parametrize("command", MAKE_COMMANDS, ids=MAKE_COMMANDS)
def test_make_command_exists_and_resolves(command: str) -> None:
    target = command.split()[1]
    assert target in _make_targets(), f"`{command}` is in README.md but `make help` does not list it"
    dry_run = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=False)
    assert dry_run.returncode == 0, dry_run.stderr


@pytest.fixture(scope="module")
def scratch_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv whose dependencies can come only from this project's locked environment.

    The .pth file puts the locked site-packages on its path, after its own: pip then sees the locked
    dependencies as installed and checks the package's requirements against them, with no index to fetch
    from (uv's cache holds no wheel files pip could read). The editable mixroute_client of the locked
    environment stays invisible: editable installs are .pth files too, which Python reads only in site dirs.
    """
    venv = tmp_path_factory.mktemp("readme") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    site = venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    (site / "locked-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin"


def offline(command: str, wheelhouse: Path) -> str:
    """`pip install DIR` as an offline install of DIR's wheel, built by uv (whose build backend is built in)."""
    words = shlex.split(command)
    if words[:2] != ["pip", "install"] or len(words) != 3 or not (ROOT / words[2] / "pyproject.toml").is_file():
        return command
    build: list[str | Path] = [UV, "build", "--offline", "--wheel", "--quiet", "--out-dir", wheelhouse, ROOT / words[2]]
    subprocess.run(build, cwd=ROOT, check=True)
    (wheel,) = wheelhouse.glob("*.whl")
    return shlex.join(["pip", "install", "--no-index", "--find-links", str(wheelhouse), str(wheel)])


def run_in(scratch_venv: Path, command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{scratch_venv}{os.pathsep}{os.environ['PATH']}", "PIP_NO_INDEX": "1"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.parametrize("command", OTHER_COMMANDS, ids=OTHER_COMMANDS)
def test_shell_command_runs(command: str, scratch_venv: Path, tmp_path: Path) -> None:
    result = run_in(scratch_venv, offline(command, tmp_path / "wheels"))
    assert result.returncode == 0, f"`{command}` failed:\n{result.stdout}\n{result.stderr}"


def test_the_offline_install_of_the_client_lands_in_the_scratch_venv(scratch_venv: Path, tmp_path: Path) -> None:
    command = offline("pip install ./generated_client", tmp_path / "wheels")
    assert "--no-index" in command
    installed = run_in(scratch_venv, command)
    assert installed.returncode == 0, installed.stderr
    located = run_in(scratch_venv, "python -c 'import mixroute_client; print(mixroute_client.__file__)'")
    assert Path(located.stdout.strip()).is_relative_to(scratch_venv.parent), located
