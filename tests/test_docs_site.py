"""The docs site (mkdocs.yml, docs/) builds with `--strict` and no warning: a broken link or anchor, a page left out
of the nav, a docstring the API reference cannot read fails here, as it fails `make docs`. Its code blocks are
tests/test_readme.py's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from generator.generate import ROOT
from tests.readme import DOCS

MKDOCS = Path(sys.executable).parent / "mkdocs"
# Material's banner about MkDocs 2.0 is advice to us, not a fault of the site.
QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    command: list[str | Path] = [MKDOCS, "build", "--strict", "--config-file", config, "--site-dir", site]
    return subprocess.run(command, cwd=ROOT, env=QUIET, capture_output=True, text=True, timeout=120, check=False)


def test_the_site_builds_strictly_with_no_warning(tmp_path: Path) -> None:
    built = build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert built.returncode == 0, built.stderr
    assert "WARNING" not in built.stderr, built.stderr
    assert (tmp_path / "site" / "reference" / "index.html").is_file()


def _pages(nav: object) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _pages(value)]
    assert isinstance(nav, list)
    return [page for item in nav for page in _pages(item)]


def test_every_page_is_in_the_nav_and_a_page_left_out_fails_the_build() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages = sorted(page.relative_to(DOCS).as_posix() for page in DOCS.rglob("*.md"))
    assert sorted(_pages(config["nav"])) == pages
    # With --strict, this makes a page added to docs/ and not to the nav a failed build.
    assert config["validation"]["omitted_files"] == "warn"
