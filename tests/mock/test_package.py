"""mixroute-mock as someone else's CI gets it: wheels of mixroute-client and mixroute-mock built here, installed
offline into a fresh virtualenv outside the repository; its `mixroute-mock` command serves, and a sample test
project (the documented fixture examples) passes with the `mixroute_mock` fixture pytest finds on its own.

The virtualenv sees the dev environment's installed dependencies (starlette, uvicorn, pytest, openai, ...) through a
.pth file (tests/packaging.py), so pip needs no index; the two packages come from the wheels.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import httpx2
import pytest

from generator.generate import ROOT
from mixroute_mock.live import await_announced_url
from mixroute_mock.serving import START_TIMEOUT, STOP_TIMEOUT
from tests.packaging import build_package, offline_env, venv_on_the_locked_environment
from tests.readme import DOCUMENTS, fenced

pytestmark = pytest.mark.heavy

PROJECTS = ("generated_client", "mock")
# The documented examples of the fixture (docs/mock.md, the mock package's README): the sample project's test modules.
FIXTURE_EXAMPLES = [
    block
    for document in DOCUMENTS
    for block in fenced(document, "python")
    if "def test_" in block and "mixroute_mock" in block
]
# The sample project also checks that it ran the installed copy, not this repository's.
WHERE = """
import sys
from pathlib import Path

from mixroute_mock import plugin


def test_the_fixture_is_the_installed_one(mixroute_mock):
    assert Path(plugin.__file__).is_relative_to(sys.prefix)
    assert mixroute_mock.base_url.startswith("http://127.0.0.1:")
"""
INSTALL_TIMEOUT = 180
SAMPLE_TIMEOUT = 180


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin directory of a fresh virtualenv (in a temporary directory) with both wheels installed."""
    root = tmp_path_factory.mktemp("mock-package")
    wheels = root / "wheels"
    for project in PROJECTS:
        build_package(wheels, project=ROOT / project, wheel_only=True)
    bin_dir = venv_on_the_locked_environment(root)
    pip: list[str | Path] = [
        bin_dir / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        wheels,
    ]
    subprocess.run([*pip, *sorted(wheels.glob("*.whl"))], check=True, timeout=INSTALL_TIMEOUT, env=offline_env(bin_dir))
    assert not bin_dir.resolve().is_relative_to(ROOT.resolve())
    return bin_dir


def test_the_docs_show_fixture_examples_for_this_client_and_the_openai_sdk() -> None:
    assert any("mixroute_client" in example for example in FIXTURE_EXAMPLES)
    assert any("from openai import" in example for example in FIXTURE_EXAMPLES)


def test_the_installed_commands_serve_check_and_stop_cleanly(installed: Path, tmp_path: Path) -> None:
    command: list[str | Path] = [installed / "mixroute-mock", "--port", "0", "--log", "0", "--api-keys", "sk-ci"]
    command += ["--models", "glm-5=glm"]
    with subprocess.Popen(command, cwd=tmp_path, env=offline_env(installed), stdout=subprocess.PIPE, text=True) as mock:
        try:
            url = await_announced_url(mock, deadline=time.monotonic() + START_TIMEOUT)
            ask = {"model": "glm-5", "messages": [{"role": "user", "content": "from a fresh venv"}]}
            reply = httpx2.post(f"{url}/v1/chat/completions", headers={"Authorization": "Bearer sk-ci"}, json=ask)
            conformance = subprocess.run(
                [installed / "mixroute-conformance", "--base-url", url],
                env={**offline_env(installed), "MIXROUTE_API_KEY": "sk-ci"},
                capture_output=True,
                text=True,
                timeout=SAMPLE_TIMEOUT,
                check=False,
            )
        finally:
            mock.send_signal(signal.SIGTERM)
            status = mock.wait(timeout=STOP_TIMEOUT)
    assert reply.status_code == 200, reply.text
    assert "from a fresh venv" in reply.json()["choices"][0]["message"]["content"]
    assert status == 0
    assert conformance.returncode == 1, conformance.stderr
    assert '| `$.choices[0].delta.role` | `""` |' in conformance.stdout


def test_a_sample_project_passes_with_the_installed_fixture(installed: Path, tmp_path: Path) -> None:
    for number, example in enumerate([*FIXTURE_EXAMPLES, WHERE]):
        (tmp_path / f"test_sample_{number}.py").write_text(example, encoding="utf-8")
    run: list[str | Path] = [installed / "python", "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
    result = subprocess.run(
        run,
        cwd=tmp_path,
        env=offline_env(installed),
        capture_output=True,
        text=True,
        timeout=SAMPLE_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    tests = sum(example.count("\ndef test_") for example in [*FIXTURE_EXAMPLES, WHERE])
    assert f"{tests} passed" in result.stdout, result.stdout
