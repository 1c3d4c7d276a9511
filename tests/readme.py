"""The Python examples of the READMEs, for the tests that run and type-check them: the repository's README.md, the
client package's own (generated_client/README.md, the page the index shows) and the mock package's
(mock/README.md)."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.generate import DEFAULT_OUTPUT, ROOT
from mixroute_mock import DEFAULT_API_KEY

__all__ = ["CLIENT_READMES", "READMES", "Block", "fenced", "python_blocks", "run_example"]

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```", re.DOTALL | re.MULTILINE)
READMES = {
    "README": ROOT / "README.md",
    "package-README": DEFAULT_OUTPUT / "README.md",
    "mock-README": ROOT / "mock" / "README.md",
}
# The READMEs about the client package, which name the Pythons `make pythons` tests it on. Every README's examples
# run there, the mock's too, but the mock's own tests do not: its README makes no such claim.
CLIENT_READMES = ("README", "package-README")


@dataclass(frozen=True)
class Block:
    readme: str
    index: int
    code: str

    @property
    def name(self) -> str:
        """A test id, and a module name for the type checkers."""
        return f"{self.readme.replace('-', '_')}_python_{self.index}"


def fenced(readme: str, *languages: str) -> list[str]:
    """The bodies of ``readme``'s code blocks fenced as one of ``languages``, in order."""
    text = READMES[readme].read_text(encoding="utf-8")
    return [match["body"] for match in _FENCE.finditer(text) if match["lang"] in languages]


def python_blocks(readme: str) -> list[Block]:
    return [Block(readme, index, body) for index, body in enumerate(fenced(readme, "python"))]


def run_example(python: Path | str, code: str, mock_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh ``python`` as a reader would, with the key and base URL of the mock in the
    environment and nothing else of this test run's: it imports the package installed beside ``python``."""
    env = {**os.environ, "MIXROUTE_BASE_URL": mock_url, "MIXROUTE_API_KEY": DEFAULT_API_KEY}
    for leaking in ("PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(leaking, None)
    return subprocess.run(
        [python, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
