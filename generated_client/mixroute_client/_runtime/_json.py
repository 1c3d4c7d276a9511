"""``loads`` for event payloads: orjson when it is installed (the ``fast`` extra), else the standard library.

Chosen once, at import. orjson decodes a stream chunk in about a third of the instructions ``json.loads``
needs, which is half a raw httpx stream's whole cost per chunk (benchmarks/PROFILE.md). Where orjson refuses
what ``json.loads`` reads (``NaN``, ``Infinity``), the standard library decides, so both give the same
result, with one exception no chat completion field comes near: orjson reads an integer beyond 64 bits as
a float (as JavaScript does), the standard library as an exact ``int``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads"]


def _with_orjson() -> Callable[[str], Any] | None:
    try:
        import orjson  # noqa: PLC0415 (optional: the import is the test of whether the extra is installed)
    except ImportError:
        return None
    orjson_loads = orjson.loads
    refused = orjson.JSONDecodeError

    def loads(data: str) -> Any:
        try:
            return orjson_loads(data)
        except refused:
            return json.loads(data)

    return loads


loads: Callable[[str], Any] = _with_orjson() or json.loads
