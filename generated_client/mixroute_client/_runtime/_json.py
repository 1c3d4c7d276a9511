"""``loads`` for replies and event payloads: orjson when it is installed (the ``fast`` extra), else the standard
library; and ``acyclic``, which builds models from decoded JSON without the cycle collector walking them.

Chosen once, at import. orjson decodes a stream chunk in about a third of the instructions ``json.loads``
needs, which is half a raw httpx2 stream's whole cost per chunk, and a plain call's reply in a quarter of the
time (benchmarks/PROFILE.md). Where orjson refuses what ``json.loads`` reads (``NaN``, ``Infinity``, a body
that is not UTF-8), the standard library decides, so both give the same result, with one exception no chat
completion field comes near: orjson reads an integer beyond 64 bits as a float (as JavaScript does), the
standard library as an exact ``int``.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["acyclic", "loads"]

T = TypeVar("T")


def _with_orjson() -> Callable[[str | bytes], Any] | None:
    try:
        import orjson  # noqa: PLC0415 (optional: the import is the test of whether the extra is installed)
    except ImportError:
        return None
    orjson_loads = orjson.loads
    refused = orjson.JSONDecodeError

    def loads(data: str | bytes) -> Any:
        try:
            return orjson_loads(data)
        except refused:
            return json.loads(data)

    return loads


loads: Callable[[str | bytes], Any] = _with_orjson() or json.loads


def acyclic(build: Callable[[], T]) -> T:
    """``build()`` with the cycle collector paused: for decoding a reply and building its models.

    JSON decodes to a tree and models built from it are a tree: no reference cycles, nothing for the
    collector to find. Left running, it walks the growing tree again every 700 allocations, and the whole
    heap once the survivors pass a quarter of it: for a 64-choice reply (4,544 models) that was more than
    half the wall time of building the models (benchmarks/PROFILE.md). Paused, it runs once afterwards, over
    the finished tree. A collector someone else disabled is left alone; one that another thread disables
    while this runs is enabled again by it (the collector has one switch for the whole process).
    """
    if not gc.isenabled():
        return build()
    gc.disable()
    try:
        return build()
    finally:
        gc.enable()
