"""What the Makefile promises: only the spec linter needs Node, and a rebuild is decided by content, not mtimes.

Dry runs (`make -n`) only: running these targets here would start servers or recurse into `make test`.
"""

from __future__ import annotations

import subprocess

import pytest

from generator.generate import ROOT

NO_LINTER = "SPEC_LINTER=/nonexistent/redocly"


def dry_run(*targets: str) -> str:
    done = subprocess.run(["make", "-n", NO_LINTER, *targets], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.parametrize(
    "target", ["demo", "mock", "pytest", "generate", "check-generated", "contract", "interop", "docs"]
)
def test_python_targets_need_no_node(target: str) -> None:
    assert "npm" not in dry_run(target)


def test_the_spec_linter_does() -> None:
    assert "npm ci" in dry_run("lint-spec")


def test_demo_decides_on_content_and_relocks_only_when_the_lock_is_stale() -> None:
    demo = dry_run("demo")
    # `generator check` compares generated_client/ with the (cached) render: no mtime stamp is consulted.
    assert "-m generator check" in demo
    assert "uv lock --check --offline" in dry_run("generate")


def test_regenerating_the_client_does_not_fetch_the_wheelhouse_again() -> None:
    """`make generate` rewrites generated_client/ every time; the wheelhouse, which needs the network, follows
    uv.lock only, which changes when the package's dependencies do."""
    assert (ROOT / ".wheelhouse" / ".complete").is_file(), "`make install` prepares .wheelhouse"
    assert "pip download" not in dry_run("-W", "generated_client/pyproject.toml", ".wheelhouse/.complete")
    assert "pip download" in dry_run("-W", "uv.lock", ".wheelhouse/.complete")


def test_interop_installs_its_own_locked_environment_beside_dot_venv() -> None:
    interop = dry_run("-W", "tests/interop/uv.lock", "interop")
    assert "sync --locked" in interop
    assert "--project tests/interop" in interop
    assert "UV_PROJECT_ENVIRONMENT=" in interop
    assert ".venv-interop" in interop
