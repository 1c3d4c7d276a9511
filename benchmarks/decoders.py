"""The JSON decoder the client uses while a side runs: as installed (orjson with the ``fast`` extra), or the
standard library's, so that every figure the extra changes is also shown without it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from mixroute_client._runtime import _json

STANDARD_LIBRARY = "the standard library"
INSTALLED = "orjson" if _json.loads is not _json.standard_loads else STANDARD_LIBRARY


@contextmanager
def standard_library_json() -> Iterator[None]:
    """Inside the block the client decodes replies and events as it does without orjson (``json``'s decoder),
    even where orjson is there."""
    installed = _json.loads
    _json.loads = _json.standard_loads
    try:
        yield
    finally:
        _json.loads = installed


def decoders() -> list[tuple[str, Callable[[], AbstractContextManager[None]]]]:
    """Every decoder to measure, as (label, context to run the side in): the installed one, and the standard
    library's when the installed one is orjson."""
    found: list[tuple[str, Callable[[], AbstractContextManager[None]]]] = [(INSTALLED, nullcontext)]
    if INSTALLED != STANDARD_LIBRARY:
        found.append((STANDARD_LIBRARY, standard_library_json))
    return found
