"""The package as the index receives it: built by `uv build` without a warning, accepted by `twine check --strict`,
with our README, the licence, the changelog and the metadata users filter on."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest

from generator.generate import DEFAULT_OUTPUT, ROOT
from tests.packaging import build_package, the_wheel
from tests.spec import SPEC


class Built:
    """The two distributions, read into memory: the wheel's files by name, the sdist's names."""

    def __init__(self, out_dir: Path, log: str) -> None:
        self.out_dir = out_dir
        self.log = log
        with zipfile.ZipFile(the_wheel(out_dir)) as wheel:
            self.wheel = {name: wheel.read(name) for name in wheel.namelist()}
        (sdist,) = out_dir.glob("*.tar.gz")
        with tarfile.open(sdist) as archive:
            self.sdist_names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}

    def wheel_file(self, suffix: str) -> bytes:
        (name,) = (name for name in self.wheel if name.endswith(suffix))
        return self.wheel[name]

    def metadata(self) -> Message:
        return HeaderParser().parsestr(self.wheel_file(".dist-info/METADATA").decode("utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out_dir = tmp_path_factory.mktemp("dist")
    return Built(out_dir, build_package(out_dir))


def test_uv_builds_both_without_a_warning(built: Built) -> None:
    assert "warning" not in built.log.lower(), built.log
    assert "Successfully built" in built.log


def test_twine_check_strict_passes(built: Built) -> None:
    twine = Path(sys.executable).parent / "twine"
    files = sorted(str(path) for pattern in ("*.whl", "*.tar.gz") for path in built.out_dir.glob(pattern))
    checked = subprocess.run(
        [twine, "check", "--strict", *files], capture_output=True, text=True, timeout=120, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2


def test_the_licence_and_the_changelog_ship_in_the_wheel_and_the_sdist(built: Built) -> None:
    licence = (ROOT / "LICENSE").read_bytes()
    changelog = (ROOT / "generator" / "CHANGELOG.md").read_bytes()
    assert built.wheel_file(".dist-info/licenses/LICENSE") == licence
    assert built.wheel["mixroute_client/CHANGELOG.md"] == changelog
    assert "mixroute_client/py.typed" in built.wheel
    assert {"LICENSE", "mixroute_client/CHANGELOG.md", "README.md"} <= built.sdist_names


def test_the_metadata_says_licence_pythons_typed_and_links(built: Built) -> None:
    found = built.metadata()
    assert found["Version"] == SPEC["info"]["version"]
    assert found["License-Expression"] == "MIT"
    assert found["Requires-Python"] == ">=3.10"
    classifiers = found.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert [c for c in classifiers if c.startswith("Programming Language :: Python :: 3.1")] == [
        f"Programming Language :: Python :: 3.{minor}" for minor in range(10, 14)
    ]
    assert f"Homepage, {SPEC['info']['contact']['url']}" in (found.get_all("Project-URL") or [])


def test_the_index_page_is_our_readme_not_the_stock_one(built: Built) -> None:
    found = built.metadata()
    page = found.get_payload()
    assert isinstance(page, str)
    assert found["Description-Content-Type"] == "text/markdown"
    assert page.strip() == (DEFAULT_OUTPUT / "README.md").read_text(encoding="utf-8").strip()
    assert "MyDataModel" not in page
    assert "api.example.com" not in page
    for section in ("## Install", "## Streaming", "## Errors", "## Links", "chat.completions.create", ".sync("):
        assert section in page
