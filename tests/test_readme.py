"""README.md cannot rot: every Python block runs against the mock, every shell command is checked.

Python blocks run each in a fresh interpreter with MIXROUTE_BASE_URL and MIXROUTE_API_KEY pointing at the
mock server on loopback, exactly as a reader would run them against the real API. Shell commands other than
`make` run for real (in a scratch virtualenv, so `pip install` lands there); `make` commands are resolved
with `make -n` and must be listed by `make help`, because running them here would recurse into `make test`
(which CI runs anyway) or start servers that never stop (`make mock`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.generate import ROOT
from tests.mock_server import DEFAULT_API_KEY, running_mock

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


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock() as url:
        yield url


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
    venv = tmp_path_factory.mktemp("readme") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    return venv / "bin"


@pytest.mark.parametrize("command", OTHER_COMMANDS, ids=OTHER_COMMANDS)
def test_shell_command_runs(command: str, scratch_venv: Path) -> None:
    env = {**os.environ, "PATH": f"{scratch_venv}{os.pathsep}{os.environ['PATH']}"}
    env.pop("VIRTUAL_ENV", None)
    result = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"`{command}` failed:\n{result.stdout}\n{result.stderr}"
