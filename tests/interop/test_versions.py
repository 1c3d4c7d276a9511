"""The mock's README names the versions of the clients this suite runs: those its lock installs."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

HERE = Path(__file__).parent
README = HERE.parent.parent / "mock" / "README.md"
CLIENTS = ("openai", "langchain-openai", "pydantic-ai-slim", "instructor", "litellm")


def test_the_readme_names_the_locked_versions() -> None:
    lock = tomllib.loads((HERE / "uv.lock").read_text(encoding="utf-8"))
    locked = {package["name"]: package.get("version") for package in lock["package"]}
    section = README.read_text(encoding="utf-8").split("## Tested with these clients", 1)[1]
    named = dict(re.findall(r"^\| `([a-z-]+)(?:\[[a-z]+\])?` \| ([0-9.]+) \|", section, flags=re.MULTILINE))
    assert named == {client: locked[client] for client in CLIENTS}
