"""What the runtime needs to know of the spec, handed to it by the generated package rather than imported.

The generated ``_spec_facts`` module builds one ``SpecFacts`` and ``install``s it; the package's ``__init__``
imports that module first, and every runtime module is imported after its package's ``__init__``, so the facts
are in place before any runtime code runs. The runtime reads them with ``spec_facts()`` when it needs them, never
at import time, and so depends on no generated module.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SpecFacts", "install", "spec_facts"]


@dataclass(frozen=True, slots=True)
class SpecFacts:
    """The facts of one spec: where it is served, the prefix every path has, the telemetry names of operations."""

    version: str
    default_base_url: str
    path_prefix: str
    # (METHOD, path template, gen_ai.operation.name) of every operation.
    genai_operations: tuple[tuple[str, str, str], ...] = ()


class _Installed:
    facts: SpecFacts | None = None


def install(facts: SpecFacts) -> None:
    """Make ``facts`` the spec's facts (the generated ``_spec_facts`` calls it once, on import)."""
    _Installed.facts = facts


def spec_facts() -> SpecFacts:
    """The installed facts; a ``RuntimeError`` when the runtime is used without its generated package."""
    facts = _Installed.facts
    if facts is None:
        raise RuntimeError("The runtime's spec facts were not installed: import the generated package first.")
    return facts
