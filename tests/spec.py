"""The spec, loaded once for tests that derive their expectations from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "mixroute.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def operation(path: str = "/v1/chat/completions", method: str = "post") -> dict[str, Any]:
    found: dict[str, Any] = SPEC["paths"][path][method]
    return found
