"""The package on every CPython it supports that this machine has: one wheel, built here, installed into a fresh
venv of each, imports whole and runs its README's examples (the page users read first) against the mock on loopback.
The repository README's examples run on the development Python (tests/test_readme.py). The versions are tried at
the same time, each in a thread of its own, so the time is about that of the slowest.

Offline: the dependencies come from `.wheelhouse/`, which `make install` fills for every supported version (see the
Makefile), and are installed with `--no-index`. Interpreters are looked for under pyenv's versions and on PATH; a
supported version the machine lacks is skipped, naming it, so the report says what was tested.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from generator.generate import ROOT
from generator.package import PYTHON_VERSIONS
from tests.packaging import UV, build_package, the_wheel
from tests.readme import READMES, python_blocks, run_example

WHEELHOUSE = ROOT / ".wheelhouse"
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
# Each in a fresh interpreter, as a reader runs it.
BLOCKS = python_blocks("package-README")
IMPORT_EVERYTHING = """
import importlib, pkgutil, sys
import mixroute_client
for module in pkgutil.walk_packages(mixroute_client.__path__, "mixroute_client."):
    importlib.import_module(module.name)
# Enums are (str, Enum) there, not 3.11's StrEnum: str() and format() still give the value.
from mixroute_client.models import KnownFinishReason
assert str(KnownFinishReason.STOP) == f"{KnownFinishReason.STOP}" == KnownFinishReason.STOP == "stop"
print(sys.version_info[:2], mixroute_client.__file__, mixroute_client.__version__)
"""


def interpreters(version: str) -> Iterator[Path]:
    """CPython ``version`` (``3.10``) as pyenv installs it (newest patch release first), then on PATH."""
    for installed in sorted(PYENV_VERSIONS.glob(f"{version}.*"), key=_patch_release, reverse=True):
        yield installed / "bin" / f"python{version}"
    on_path = shutil.which(f"python{version}")
    if on_path:
        yield Path(on_path)


def _patch_release(path: Path) -> int:
    patch = path.name.split(".")[2]
    return int(patch) if patch.isdigit() else -1


def find_interpreter(version: str) -> Path | None:
    return next((python for python in interpreters(version) if python.is_file()), None)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (WHEELHOUSE / ".complete").is_file():
        pytest.fail(f"{WHEELHOUSE} is missing: `make install` prepares it (the one step that needs the network)")
    out_dir = tmp_path_factory.mktemp("wheel")
    build_package(out_dir, wheel_only=True)
    return the_wheel(out_dir)


def uv(*args: str | Path) -> str:
    """uv's error output when it failed, else ''."""
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "UV_OFFLINE": "1"}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run([UV, *args], env=env, capture_output=True, text=True, timeout=120, check=False)
    return "" if done.returncode == 0 else f"uv {' '.join(map(str, args))} failed:\n{done.stderr}"


def try_version(python: Path, wheel: Path, mock_url: str, directory: Path) -> list[str]:
    """Install the wheel (with its extras, dependencies from the wheelhouse only) into a fresh venv of ``python``,
    import every module and run every example: what went wrong, [] when nothing did."""
    venv = directory / "venv"
    requirement = f"mixroute-client[fast,strict] @ {wheel.as_uri()}"
    install = (
        "pip",
        "install",
        "--quiet",
        "--python",
        venv / "bin" / "python",
        "--no-index",
        "--find-links",
        WHEELHOUSE,
    )
    failed = uv("venv", "--quiet", "--python", python, venv) or uv(*install, requirement)
    if failed:
        return [failed]
    imported = run_example(venv / "bin" / "python", IMPORT_EVERYTHING, mock_url, directory)
    if imported.returncode != 0 or str(venv) not in imported.stdout:
        return [f"importing every module from {venv} failed:\n{imported.stdout}{imported.stderr}"]
    results = ((block, run_example(venv / "bin" / "python", block.code, mock_url, directory)) for block in BLOCKS)
    return [f"{block.name} failed on {python}:\n{result.stderr}" for block, result in results if result.returncode]


@pytest.fixture(scope="module")
def outcomes(wheel: Path, mock_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Each supported version the machine has, tried in a thread of its own: its failures."""
    found = {version: python for version in PYTHON_VERSIONS if (python := find_interpreter(version))}
    with ThreadPoolExecutor(max(len(found), 1)) as pool:
        futures = {
            version: pool.submit(try_version, python, wheel, mock_url, tmp_path_factory.mktemp(f"python{version}"))
            for version, python in found.items()
        }
        return {version: future.result() for version, future in futures.items()}


def test_the_readmes_name_the_versions_tested() -> None:
    # The mock's README is not about the client package.
    for readme in ("README", "package-README"):
        text = READMES[readme].read_text(encoding="utf-8")
        assert ", ".join(PYTHON_VERSIONS) in text, f"{readme} does not name the Pythons the package is tested on"


def test_there_are_examples_to_run() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("version", PYTHON_VERSIONS)
def test_the_package_installs_imports_and_runs_its_readme_on(version: str, outcomes: dict[str, list[str]]) -> None:
    if version not in outcomes:
        pytest.skip(f"no CPython {version} on this machine (looked in {PYENV_VERSIONS} and on PATH)")
    assert outcomes[version] == []
