"""Names a package exports but loads only when first used.

The streaming machinery (costly to import: docs/performance.md), the OpenAI-style client (which imports every model) and
the request params are paid for only by a caller who names them, not by ``import mixroute_client``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, modules: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package`` that imports ``modules[name]`` (relative to it) on first use."""

    def __getattr__(name: str) -> object:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module, package), name)

    return __getattr__
