"""generator/package.py: the package's metadata decided from the spec's ``info``, and the package printing it."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from typing import Any

import pytest
import trove_classifiers

import mixroute_client
from generator.generate import DEFAULT_OUTPUT, ROOT
from generator.package import (
    PYTHON_VERSIONS,
    classifiers,
    development_status,
    license_expression,
    package_metadata,
    project_urls,
    summary,
)
from tests.spec import SPEC

INFO: dict[str, Any] = SPEC["info"]


@pytest.mark.parametrize(
    ("licence", "expected"),
    [
        ({"name": "MIT", "identifier": "MIT"}, "MIT"),
        ({"name": "Apache License 2.0", "identifier": "Apache-2.0"}, "Apache-2.0"),
        ({"name": "BSD-3-Clause"}, "BSD-3-Clause"),
        ({"name": "All rights reserved"}, None),
        ({"name": "Our terms", "url": "https://example.com/terms"}, None),
        (None, None),
    ],
)
def test_the_licence_expression_is_the_spdx_identifier_or_an_spdx_name(
    licence: dict[str, str] | None, expected: str | None
) -> None:
    assert license_expression({"license": licence} if licence else {}) == expected


def test_classifiers_name_every_supported_python_and_typed_and_no_licence_classifier() -> None:
    found = classifiers("0.2.0", ("3.10", "3.13"))
    assert "Typing :: Typed" in found
    assert {"Programming Language :: Python :: 3.10", "Programming Language :: Python :: 3.13"} <= set(found)
    assert "Programming Language :: Python :: 3.11" not in found
    # With a License-Expression the index refuses a licence classifier beside it.
    assert not [classifier for classifier in found if classifier.startswith("License ::")]
    assert list(found) == sorted(found)


@pytest.mark.parametrize("version", ["0.2.0", "1.0.0"])
def test_every_classifier_is_one_the_index_accepts(version: str) -> None:
    found = set(classifiers(version, PYTHON_VERSIONS))
    assert found - trove_classifiers.classifiers == set()
    assert found & set(trove_classifiers.deprecated_classifiers) == set()


@pytest.mark.parametrize(
    ("version", "status"), [("0.2.0", "4 - Beta"), ("0.99.1", "4 - Beta"), ("1.0.0", "5 - Production/Stable")]
)
def test_the_development_status_follows_the_major_version(version: str, status: str) -> None:
    assert development_status(version) == f"Development Status :: {status}"


def test_project_urls_come_from_info_and_external_docs_and_only_web_links() -> None:
    document = {
        "info": {
            "contact": {"url": "https://example.com"},
            "termsOfService": "mailto:legal@example.com",
            "license": {"name": "MIT", "url": "https://example.com/licence"},
        },
        "externalDocs": {"url": "https://docs.example.com"},
    }
    assert project_urls(document) == {
        "Homepage": "https://example.com",
        "Documentation": "https://docs.example.com",
        "License": "https://example.com/licence",
    }
    assert project_urls({"info": {}}) == {}


def test_the_summary_is_one_line() -> None:
    assert "\n" not in summary("Mixroute\n  Gateway")
    assert "Mixroute Gateway API" in summary("Mixroute\n  Gateway")


def test_the_spec_gives_an_mit_package_for_python_3_10_on() -> None:
    package = package_metadata(SPEC)
    assert package.license == "MIT" == INFO["license"]["identifier"]
    assert package.version == INFO["version"]
    assert package.requires_python == ">=3.10"
    assert package.urls["Homepage"] == INFO["contact"]["url"]
    assert "\n" not in package.description
    assert package.description.startswith("Mixroute is a gateway")


def test_the_generated_pyproject_prints_the_decisions() -> None:
    project = tomllib.loads((DEFAULT_OUTPUT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    package = package_metadata(SPEC)
    assert project["version"] == package.version
    assert project["requires-python"] == package.requires_python
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert tuple(project["classifiers"]) == package.classifiers
    assert project["urls"] == dict(package.urls)
    assert project["description"] == package.summary


def test_the_package_version_is_the_spec_version() -> None:
    assert mixroute_client.__version__ == INFO["version"]
    assert metadata.version("mixroute-client") == INFO["version"]


def test_the_makefile_prepares_wheels_for_exactly_the_supported_pythons() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    declared = re.search(r"^PYTHON_VERSIONS := (.+)$", makefile, re.MULTILINE)
    assert declared is not None
    assert tuple(declared[1].split()) == PYTHON_VERSIONS


def test_the_licence_is_one_file_linked_into_the_package() -> None:
    link = DEFAULT_OUTPUT / "LICENSE"
    assert link.is_symlink()
    assert link.resolve() == (ROOT / "LICENSE").resolve()
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_a_spec_with_only_title_and_version_gives_no_licence_links_or_server() -> None:
    package = package_metadata({"info": {"title": "Bare", "version": "1.2.0"}})
    assert (package.license, dict(package.urls)) == (None, {})
    assert "Development Status :: 5 - Production/Stable" in package.classifiers
