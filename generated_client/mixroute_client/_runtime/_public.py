"""Public classes shown under the package's own name, as httpx2 shows its own.

A traceback, a ``repr`` or a pickle names a class by its ``__module__``: without this, users read
``mixroute_client._runtime._exceptions.RateLimitError`` for what they import as ``mixroute_client.RateLimitError``.
Only classes the package exports at its top level are renamed so (``tests/client/test_exported_members.py`` holds
that every one is), so the name shown is always one that imports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["PACKAGE", "shown_from_package"]

PACKAGE = __name__.partition(".")[0]


def shown_from_package(namespace: Mapping[str, object], names: Iterable[str]) -> None:
    """Show each class among ``namespace[name]`` as a member of the package itself."""
    for name in names:
        value = namespace[name]
        if isinstance(value, type):
            value.__module__ = PACKAGE
