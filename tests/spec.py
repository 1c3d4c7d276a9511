"""The spec as the tests read it: openapi/mixroute.yaml parsed once, with the mock's validators, for every test
that needs it. (The mock itself reads the copy mixroute-client ships, which `make check-generated` keeps equal.)"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from mixroute_mock.spec import Spec

__all__ = ["CHAT_PATH", "SPEC", "SPEC_PATH", "operation", "spec_document"]

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "mixroute.yaml"
CHAT_PATH = "/v1/chat/completions"
LOADED = Spec(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
# Shared by every test: read it, never change it (spec_document() hands out a copy to change).
SPEC: dict[str, Any] = LOADED.document


def spec_document() -> dict[str, Any]:
    """A private copy of the parsed spec, for tests that mutate it."""
    return copy.deepcopy(SPEC)


def operation(path: str = CHAT_PATH, method: str = "post") -> dict[str, Any]:
    found: dict[str, Any] = SPEC["paths"][path][method]
    return found
