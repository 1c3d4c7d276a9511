"""The spec as the tests read it: parsed once, by the mock server's loader, for every test that needs it."""

from __future__ import annotations

import copy
from typing import Any

from tests.mock_server.spec import SPEC_PATH, Spec

__all__ = ["SPEC", "SPEC_PATH", "operation", "spec_document"]

LOADED = Spec.load(SPEC_PATH)
# Shared by every test: read it, never change it (spec_document() hands out a copy to change).
SPEC: dict[str, Any] = LOADED.document


def spec_document() -> dict[str, Any]:
    """A private copy of the parsed spec, for tests that mutate it."""
    return copy.deepcopy(SPEC)


def operation(path: str = "/v1/chat/completions", method: str = "post") -> dict[str, Any]:
    found: dict[str, Any] = SPEC["paths"][path][method]
    return found
