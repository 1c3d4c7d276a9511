"""The code blocks of the project's documents, for the tests that run and type-check them: the repository's README.md,
the client package's own (generated_client/README.md, the page the index shows), the mock package's
(mock/README.md), CONTRIBUTING.md and every page of the docs site (docs/**/*.md, found on its own: a page added
there is checked with no change here).

A Python block runs against the mock and is type-checked. One that must not run (it would need the real API, or show
code that is meant to fail) says so on the line just above its fence, with the reason, and is still type-checked::

    <!-- no-run: the reason -->
"""

from __future__ import annotations

import os
import re
import subprocess
import textwrap
from dataclasses import dataclass
from pathlib import Path

from generator.generate import DEFAULT_OUTPUT, ROOT
from mixroute_mock import DEFAULT_API_KEY

__all__ = [
    "CLIENT_DOCUMENTS",
    "DOCS",
    "DOCUMENTS",
    "Block",
    "Fence",
    "fenced",
    "fences",
    "parse_fences",
    "python_blocks",
    "run_example",
]

DOCS = ROOT / "docs"
# A fence, indented or not (inside an admonition), with its info string, and the marker line above it if any.
_FENCE = re.compile(
    r"(?:^<!-- *(?P<marker>[\w-]+): *(?P<reason>.*?) *-->\n)?"
    r"^(?P<indent>[ ]*)```(?P<lang>[\w-]*)(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.DOTALL | re.MULTILINE,
)
NO_RUN = "no-run"


def _documents() -> dict[str, Path]:
    readmes = {
        "README": ROOT / "README.md",
        "package-README": DEFAULT_OUTPUT / "README.md",
        "mock-README": ROOT / "mock" / "README.md",
        "CONTRIBUTING": ROOT / "CONTRIBUTING.md",
    }
    pages = {f"docs/{page.relative_to(DOCS).with_suffix('').as_posix()}": page for page in sorted(DOCS.rglob("*.md"))}
    return readmes | pages


DOCUMENTS = _documents()
# The documents about the client package, which name the Pythons `make pythons` tests it on. Every document's
# examples run there, the mock's too, but the mock's own tests do not: its README makes no such claim.
CLIENT_DOCUMENTS = ("README", "package-README")


@dataclass(frozen=True)
class Fence:
    """One fenced code block: its language, the marker above it (``no-run``) and its reason, and its text."""

    lang: str
    marker: str | None
    reason: str
    body: str


@dataclass(frozen=True)
class Block:
    document: str
    index: int
    code: str
    runs: bool = True

    @property
    def name(self) -> str:
        """A test id, and a module name for the type checkers."""
        return re.sub(r"\W", "_", f"{self.document}_python_{self.index}")


def parse_fences(text: str) -> list[Fence]:
    """Every fenced block of the Markdown ``text``, in order."""
    return [
        Fence(match["lang"], match["marker"], match["reason"] or "", textwrap.dedent(match["body"]))
        for match in _FENCE.finditer(text)
    ]


def fences(document: str) -> list[Fence]:
    return parse_fences(DOCUMENTS[document].read_text(encoding="utf-8"))


def fenced(document: str, *languages: str) -> list[str]:
    """The bodies of ``document``'s code blocks fenced as one of ``languages``, in order."""
    return [fence.body for fence in fences(document) if fence.lang in languages]


def python_blocks(document: str, text: str | None = None) -> list[Block]:
    """``document``'s Python blocks (``text`` in place of the file's, if given)."""
    found = fences(document) if text is None else parse_fences(text)
    python = [fence for fence in found if fence.lang == "python"]
    return [Block(document, index, fence.body, fence.marker != NO_RUN) for index, fence in enumerate(python)]


def run_example(python: Path | str, code: str, mock_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh ``python`` as a reader would, with the key and base URL of the mock in the
    environment and nothing else of this test run's: it imports the package installed beside ``python``."""
    env = {**os.environ, "MIXROUTE_BASE_URL": mock_url, "MIXROUTE_API_KEY": DEFAULT_API_KEY}
    for leaking in ("PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(leaking, None)
    return subprocess.run(
        [python, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
