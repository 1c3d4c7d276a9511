"""The documents cannot rot: every Python block runs against the mock and passes `mypy --strict` and `pyright
--strict`, every shell command is checked, and the docs site builds with no warning.

Python blocks, of README.md, of the client package's own README (generated_client/README.md, the index's page), of
the mock package's (mock/README.md) and of every page under docs/ (tests/readme.py finds them), run each in a fresh
interpreter with MIXROUTE_BASE_URL and MIXROUTE_API_KEY pointing at the mock server on loopback, exactly as a reader
would run them against the real API, and are type-checked as modules, strictly, for the oldest Python the package
supports. A block marked `<!-- no-run: why -->` is type-checked only.

Shell blocks of README.md, CONTRIBUTING.md and docs/ other than `make` run for real, word for word, in a fresh
virtualenv with plain pip and no network: pip reads only the wheelhouse `make install` fills (tests/pythons.py),
which holds the build backend too. `make` commands are resolved with `make -n` and must be listed by `make help`,
because running them here would recurse into `make test` (which CI runs anyway) or start servers that never stop
(`make mock`)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.generate import ROOT
from generator.package import PYTHON_VERSIONS
from tests.pythons import install_block, pip_env
from tests.readme import CLIENT_DOCUMENTS, DOCUMENTS, NO_RUN, Block, fenced, fences, python_blocks, run_example

pytestmark = pytest.mark.heavy

# Type-checked as the oldest supported Python reads them: an example using a newer feature fails here.
OLDEST_PYTHON = PYTHON_VERSIONS[0]


PYTHON_BLOCKS = [block for document in DOCUMENTS for block in python_blocks(document)]
RUN_BLOCKS = [block for block in PYTHON_BLOCKS if block.runs]
# The shell blocks of this repository's own documents (the packages' READMEs install from the index instead).
SHELL_DOCUMENTS = [document for document in DOCUMENTS if document in ("README", "CONTRIBUTING") or "/" in document]
SHELL_TEXT = [block for document in SHELL_DOCUMENTS for block in fenced(document, "bash", "sh", "shell")]
SHELL_COMMANDS = list(
    dict.fromkeys(
        line.strip()
        for block in SHELL_TEXT
        for line in block.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
)
MAKE_COMMANDS = [command for command in SHELL_COMMANDS if command.startswith("make ")]
# The blocks a reader copies into a shell (not `make`), each run whole, in order, as the reader runs it; once each.
SHELL_BLOCKS = list(dict.fromkeys(block for block in SHELL_TEXT if not block.lstrip().startswith(("make", "#"))))
# What a fence may be marked as: a misspelt language (`Python`, `py`) would hide a block from these tests.
LANGUAGES = {"python", "bash", "text", "diff", "yaml", "json", "toml"}


def test_the_readmes_name_the_versions_tested() -> None:
    for readme in CLIENT_DOCUMENTS:
        text = DOCUMENTS[readme].read_text(encoding="utf-8")
        assert ", ".join(PYTHON_VERSIONS) in text, f"{readme} does not name the Pythons `make pythons` tests"


def test_the_install_block_installs_both_packages_with_plain_pip() -> None:
    assert install_block().splitlines() == ["pip install ./generated_client", "pip install ./mock"]


def test_the_readmes_have_examples_to_check() -> None:
    assert len(python_blocks("README")) >= 3
    assert len(python_blocks("package-README")) >= 3
    assert len(python_blocks("mock-README")) >= 2
    assert {"make demo", "make test", "make docs"} <= set(MAKE_COMMANDS)
    assert any(document.startswith("docs/") for document in DOCUMENTS), "tests/readme.py found no page in docs/"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_fence_names_a_known_language_and_every_marker_a_reason(document: str) -> None:
    for fence in fences(document):
        assert fence.lang in LANGUAGES, f"{document}: a block fenced as {fence.lang!r}, not one of {sorted(LANGUAGES)}"
        if fence.marker is not None:
            assert (fence.marker, fence.lang) == (NO_RUN, "python"), f"{document}: unknown marker {fence.marker!r}"
            assert fence.reason, f"{document}: a `{NO_RUN}` block must say why it does not run"


def test_the_marker_keeps_a_block_from_running_only() -> None:
    page = "<!-- no-run: it needs the real API -->\n```python\nprint(1)\n```\n\n  ```python\n  print(2)\n  ```\n"
    assert [(block.code, block.runs) for block in python_blocks("docs/page", page)] == [
        ("print(1)\n", False),
        ("print(2)\n", True),
    ]


@pytest.mark.parametrize("block", RUN_BLOCKS, ids=[block.name for block in RUN_BLOCKS])
def test_python_block_runs(block: Block, mock_url: str, tmp_path: Path) -> None:
    result = run_example(sys.executable, block.code, mock_url, tmp_path)
    assert result.returncode == 0, f"{block.document} block failed:\n{block.code}\n--- stderr ---\n{result.stderr}"


def type_check(command: list[str | Path], directory: Path, env: dict[str, str] | None = None) -> str:
    """A checker's output over ``directory``; exit 1 means it found errors, anything else beyond 0 that it broke."""
    checked = subprocess.run(command, cwd=directory, env=env, capture_output=True, text=True, timeout=240, check=False)
    assert checked.returncode in (0, 1), checked.stdout + checked.stderr
    return checked.stdout


def mypy_errors(directory: Path) -> list[str]:
    """`mypy --strict` of every module in ``directory``: its error lines, each starting with the file name."""
    output = type_check(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--python-version", OLDEST_PYTHON, "--no-error-summary"),
            # Outside the repository, so its configuration plays no part; its cache still makes a rerun quick.
            *("--cache-dir", str(ROOT / ".mypy_cache" / "readme"), "."),
        ],
        directory,
    )
    return [line for line in output.splitlines() if ": error: " in line]


def pyright_errors(directory: Path) -> list[str]:
    """`pyright` in strict mode over ``directory``, resolving imports in this environment: its errors as
    ``file:line: message``. pyright[nodejs] runs it on a Node shipped as a wheel: nothing is downloaded."""
    config = {"typeCheckingMode": "strict", "pythonVersion": OLDEST_PYTHON}
    (directory / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    # A proxy that refuses every connection: pyright must not need the network (no Node or pyright download).
    offline = {**os.environ, "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}
    command: list[str | Path] = [
        Path(sys.executable).parent / "pyright",
        "--outputjson",
        "--pythonpath",
        sys.executable,
    ]
    output = type_check(command, directory, offline)
    return [
        f"{Path(found['file']).name}:{found['range']['start']['line'] + 1}: {found['message']}"
        for found in json.loads(output)["generalDiagnostics"]
        if found["severity"] == "error"
    ]


@pytest.fixture(scope="module")
def type_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Both checkers' errors for all blocks at once (each checker starts once), by checker."""
    directory = tmp_path_factory.mktemp("readme-blocks")
    for block in PYTHON_BLOCKS:
        (directory / f"{block.name}.py").write_text(block.code, encoding="utf-8")
    return {"mypy": mypy_errors(directory), "pyright": pyright_errors(directory)}


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[block.name for block in PYTHON_BLOCKS])
def test_python_block_type_checks_strictly(block: Block, checker: str, type_errors: dict[str, list[str]]) -> None:
    errors = [error for error in type_errors[checker] if error.startswith(f"{block.name}.py:")]
    assert errors == [], f"{checker} --strict on:\n{block.code}"


def test_the_type_checkers_report_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "wrong.py").write_text(
        "from mixroute_client.models import ChatCompletion\n\n"
        "def total(completion: ChatCompletion) -> int:\n    return completion.usage.total_tokens\n",
        encoding="utf-8",
    )
    assert [error for error in mypy_errors(tmp_path) if "total_tokens" in error]
    assert [error for error in pyright_errors(tmp_path) if "total_tokens" in error]


def _make_targets() -> set[str]:
    listing = subprocess.run(["make", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return set(re.findall(r"make (\S+)", listing))


@pytest.mark.parametrize("command", MAKE_COMMANDS, ids=MAKE_COMMANDS)
def test_make_command_exists_and_resolves(command: str) -> None:
    target = command.split()[1]
    assert target in _make_targets(), f"`{command}` is documented but `make help` does not list it"
    dry_run = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=False)
    assert dry_run.returncode == 0, dry_run.stderr


@pytest.mark.parametrize("block", SHELL_BLOCKS, ids=[block.replace("\n", "; ").strip("; ") for block in SHELL_BLOCKS])
def test_shell_block_runs_as_written_with_plain_pip(block: str, tmp_path: Path) -> None:
    """Each block in a fresh venv of this Python, word for word; pip reads only the wheelhouse (tests/pythons.py)."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=120)
    result = subprocess.run(
        ["bash", "-euc", block], cwd=ROOT, env=pip_env(venv), capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"`{block}` failed:\n{result.stdout}\n{result.stderr}"
    located = subprocess.run(
        [venv / "bin" / "python", "-c", "import mixroute_client; print(mixroute_client.__file__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(located.stdout.strip()).is_relative_to(venv), "pip installed into another environment"
