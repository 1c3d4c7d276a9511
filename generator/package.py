"""Decisions about the package as the index shows it, from the spec's ``info``: handed to the templates as ``package``.

The pyproject template prints the metadata (licence, classifiers, project URLs, supported Pythons), the package
README template the title, description, version and links, and ``__init__`` the version. Unit-tested in
``tests/generator/test_package.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["PYTHON_VERSIONS", "PackageMetadata", "package_metadata"]

# The CPython versions the package supports and `make pythons` installs it into (tests/pythons.py); the
# Makefile's PYTHON_VERSIONS prepares their wheelhouse. 3.10 is still the default of long-term-support systems.
PYTHON_VERSIONS = ("3.10", "3.11", "3.12", "3.13")

_FIXED_CLASSIFIERS = (
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Framework :: AsyncIO",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: Implementation :: CPython",
    "Typing :: Typed",
)
_SPDX_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+-]*")


@dataclass(frozen=True)
class PackageMetadata:
    """What the templates print about the package; every field derives from the spec's ``info``."""

    title: str
    version: str
    summary: str
    description: str
    license: str | None
    """An SPDX licence expression (``MIT``), or None when the spec names none that is one."""
    classifiers: tuple[str, ...]
    """The spec's first server: where the client goes when no base URL is given."""
    urls: Mapping[str, str] = field(default_factory=dict)
    python_versions: tuple[str, ...] = PYTHON_VERSIONS

    @property
    def requires_python(self) -> str:
        return f">={self.python_versions[0]}"


def package_metadata(document: Mapping[str, Any]) -> PackageMetadata:
    """The package's metadata for a spec parsed as plain data."""
    info: Mapping[str, Any] = document.get("info", {})
    title = str(info.get("title", "")).strip()
    return PackageMetadata(
        title=title,
        version=str(info.get("version", "")),
        summary=summary(title),
        description=" ".join(str(info.get("description", "")).split()),
        license=license_expression(info),
        classifiers=classifiers(str(info.get("version", "")), PYTHON_VERSIONS),
        urls=project_urls(document),
    )


def summary(title: str) -> str:
    """The one line the index shows under the name (a core-metadata ``Summary`` may not span lines)."""
    return f"Typed Python client for the {' '.join(title.split())} API, generated from its OpenAPI description"


def license_expression(info: Mapping[str, Any]) -> str | None:
    """``info.license.identifier`` (an SPDX expression in OpenAPI 3.1), else its ``name`` when that is an SPDX id.

    No ``License ::`` classifier goes with it: with a licence expression in the metadata (PEP 639) the index
    refuses uploads that also carry one, and the expression is what it shows.
    """
    licence = info.get("license") or {}
    for candidate in (licence.get("identifier"), licence.get("name")):
        if isinstance(candidate, str) and _SPDX_ID.fullmatch(candidate.strip()):
            return candidate.strip()
    return None


def development_status(version: str) -> str:
    """Beta before 1.0, where any minor release may break importers (the spec's semver rule), else stable."""
    major = version.split(".", 1)[0]
    if major.isdigit() and int(major) >= 1:
        return "Development Status :: 5 - Production/Stable"
    return "Development Status :: 4 - Beta"


def classifiers(version: str, python_versions: tuple[str, ...]) -> tuple[str, ...]:
    """Trove classifiers, sorted as the index lists them."""
    per_version = (f"Programming Language :: Python :: {python}" for python in python_versions)
    return tuple(sorted({development_status(version), *_FIXED_CLASSIFIERS, *per_version}))


def project_urls(document: Mapping[str, Any]) -> dict[str, str]:
    """The links the index shows beside the description, from the spec's ``info`` and ``externalDocs``."""
    info: Mapping[str, Any] = document.get("info", {})
    candidates = {
        "Homepage": (info.get("contact") or {}).get("url"),
        "Documentation": (document.get("externalDocs") or {}).get("url"),
        "Terms of service": info.get("termsOfService"),
        "License": (info.get("license") or {}).get("url"),
    }
    return {
        label: url
        for label, url in candidates.items()
        if isinstance(url, str) and url.startswith(("https://", "http://"))
    }
