"""The JSON decoder the client uses while a side runs: as installed (orjson with the ``fast`` extra), or the
standard library's, so that every figure the extra changes is also shown without it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from mixroute_client._runtime import _json, _sse

INSTALLED = "orjson" if _json.loads is not json.loads else "json.loads"


@contextmanager
def standard_library_json() -> Iterator[None]:
    """Inside the block the client decodes replies and events with ``json.loads``, even where orjson is there."""
    # _sse binds the decoder at import, replies look it up in _json on every call: both are replaced.
    modules = (_json, _sse)
    saved = [vars(module)["loads"] for module in modules]
    for module in modules:
        vars(module)["loads"] = json.loads
    try:
        yield
    finally:
        for module, loads in zip(modules, saved, strict=True):
            vars(module)["loads"] = loads


def decoders() -> list[tuple[str, Callable[[], AbstractContextManager[None]]]]:
    """Every decoder to measure, as (label, context to run the side in): the installed one, and ``json.loads``
    when the installed one is orjson."""
    found: list[tuple[str, Callable[[], AbstractContextManager[None]]]] = [(INSTALLED, nullcontext)]
    if INSTALLED != "json.loads":
        found.append(("json.loads", standard_library_json))
    return found
