"""Fresh venvs of every CPython the package supports, installed as the README says, with plain pip.

A venv is made by the interpreter's own ``venv`` module (so its pip is the one that Python ships), outside the
repository, and the README's install block (``pip install ./generated_client``, ``pip install ./mock``) runs in it
word for word from the repository root. The only difference from a reader's machine is where pip looks: no index,
only ``.wheelhouse/``, which ``make install`` fills for every supported version with the packages' dependencies, the
build backend plain pip fetches, and what the client's tests need (tests/pythons.in).

``python -m tests.pythons`` (``make pythons``, which ``.ci/run`` calls) does, in each version's venv, the versions
two at a time: imports every module of the package, runs the client's own tests, and runs every example of the
READMEs and the docs site (tests/readme.py: the client's two READMEs, the mock's, docs/) against the mock on
loopback, each in a fresh interpreter as a reader runs it (a block marked ``no-run`` excepted). It fails on a
supported version the machine lacks: a claim CI cannot back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.generate import ROOT
from generator.package import PYTHON_VERSIONS
from mixroute_mock import running_mock
from tests.conftest import TEST_MOCK_SETTINGS
from tests.readme import DOCUMENTS, fenced, python_blocks, run_example

__all__ = ["CLIENT_TESTS", "WHEELHOUSE", "find_interpreter", "install_block", "installed_venv", "pip_env"]

WHEELHOUSE = ROOT / ".wheelhouse"
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
# The client's and its runtime's own tests: everything under tests/ that needs neither the generator (3.11+) nor
# the development tools; the rest of the suite runs on the development Python only.
CLIENT_TESTS = (
    "tests/client/runtime",
    "tests/client/test_models.py",
    "tests/client/test_params.py",
    "tests/client/test_reading.py",
    "tests/client/test_request_surface.py",
    "tests/client/test_wire_corpus.py",
)


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


def install_block() -> str:
    """The README's block that installs both packages, as a reader copies it."""
    (block,) = [block for block in fenced("README", "bash") if "pip install ./mock" in block]
    return block


def pip_env(venv: Path) -> dict[str, str]:
    """The environment of a command run in ``venv``: its bin first, pip offline on the wheelhouse, nothing else of
    this process's environment or of the machine's pip configuration."""
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    for leaking in ("VIRTUAL_ENV", "PYTHONPATH", "PIP_FIND_LINKS", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL"):
        env.pop(leaking, None)
    return env | {"PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELHOUSE)}


def _run(command: list[str | Path], env: Mapping[str, str], timeout: float) -> str:
    """What went wrong running ``command`` from the repository root, '' when nothing did."""
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    return "" if done.returncode == 0 else f"{command} failed:\n{done.stdout}{done.stderr}"


def installed_venv(python: Path, directory: Path, *, requirements: Path | None = None) -> tuple[Path, str]:
    """A venv of ``python`` in ``directory`` with the README's install block run in it (and ``requirements``, from
    the wheelhouse too): its interpreter, and what went wrong ('' when nothing did)."""
    venv = directory / "venv"
    failed = _run([python, "-m", "venv", venv], os.environ, 120) or _run(
        ["bash", "-euc", install_block()], pip_env(venv), 300
    )
    if not failed and requirements is not None:
        failed = _run([venv / "bin" / "pip", "install", "--quiet", "-r", requirements], pip_env(venv), 300)
    return venv / "bin" / "python", failed


IMPORT_EVERYTHING = """
import importlib, pkgutil, sys
import mixroute_client
for module in pkgutil.walk_packages(mixroute_client.__path__, "mixroute_client."):
    importlib.import_module(module.name)
# Enums are (str, Enum) there, not 3.11's StrEnum: str() and format() still give the value.
from mixroute_client.models import KnownFinishReason
assert str(KnownFinishReason.STOP) == f"{KnownFinishReason.STOP}" == KnownFinishReason.STOP == "stop"
print(mixroute_client.__file__)
"""


def _try_version(version: str, python: Path, mock_url: str, directory: Path) -> tuple[str, list[str]]:
    """Everything on ``version`` in a fresh venv: a one-line report, and what went wrong ([] when nothing did)."""
    venv_python, failed = installed_venv(python, directory, requirements=WHEELHOUSE / "pins" / f"{version}.txt")
    if failed:
        return "not installed", [failed]
    imported = run_example(venv_python, IMPORT_EVERYTHING, mock_url, directory)
    if imported.returncode != 0 or str(directory) not in imported.stdout:
        return "not importable", [f"importing every module failed:\n{imported.stdout}{imported.stderr}"]
    command: list[str | Path] = [venv_python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *CLIENT_TESTS]
    env = pip_env(venv_python.parent.parent)
    tests = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    failures = [] if tests.returncode == 0 else [tests.stdout + tests.stderr]
    blocks = [block for document in DOCUMENTS for block in python_blocks(document) if block.runs]
    ran = [(block, run_example(venv_python, block.code, mock_url, directory)) for block in blocks]
    broken = [(block, result) for block, result in ran if result.returncode]
    failures += [f"{block.name} failed:\n{result.stderr}" for block, result in broken]
    closing = tests.stdout.strip().splitlines()[-1] if tests.stdout.strip() else "pytest printed nothing"
    return f"{closing}; documented examples: {len(blocks) - len(broken)} of {len(blocks)} ran", failures


def main() -> int:
    if not (WHEELHOUSE / ".complete").is_file():
        print(f"{WHEELHOUSE} is missing: `make install` prepares it", file=sys.stderr)
        return 1
    found = {version: find_interpreter(version) for version in PYTHON_VERSIONS}
    missing = [version for version, python in found.items() if python is None]
    if missing:  # a supported version that is not tested is a claim CI cannot back
        print(f"no CPython {', '.join(missing)} on this machine (looked in {PYENV_VERSIONS} and on PATH)")
        return 1
    with (
        tempfile.TemporaryDirectory(prefix="mixroute-pythons-") as scratch,
        running_mock(TEST_MOCK_SETTINGS) as mock_url,
        ThreadPoolExecutor(2) as pool,
    ):
        runs = {
            version: pool.submit(_try_version, version, python, mock_url, Path(scratch) / version)
            for version, python in found.items()
            if python is not None
        }
        results = {version: run.result() for version, run in runs.items()}
    for version, (report, failures) in results.items():
        print(f"CPython {version}: {report}")
        for failure in failures:
            print(f"CPython {version}: {failure}", file=sys.stderr)
    return 1 if any(failures for _, failures in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
