"""``loads`` for replies and event payloads: orjson when it is installed (the ``fast`` extra), else the standard
library; ``acyclic``, which builds models from decoded JSON without the cycle collector walking them; and
``request_body``, which encodes a request body or refuses it with a ``UsageError`` naming the JSON path.

Chosen once, at import. orjson decodes stream chunks and replies in a fraction of what ``json.loads`` costs
(docs/performance.md, benchmarks/PROFILE.md). Where orjson refuses what ``json.loads`` reads (``NaN``,
``Infinity``, a body that is not UTF-8), the standard library decides, so both give the same result, with one
exception no chat completion field comes near: orjson reads an integer beyond 64 bits as a float (as
JavaScript does), the standard library as an exact ``int``.
"""

from __future__ import annotations

import gc
import json
import math
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ._exceptions import UsageError
from ._wire import article, json_type

__all__ = ["acyclic", "loads", "request_body"]

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
    collector to find. Left running, it walks the growing tree again and again, and the whole heap once
    enough objects survive: for a large reply, most of the time of building the models (docs/performance.md).
    Paused, it runs once afterwards, over the finished tree. A collector someone else disabled is left alone;
    one that another thread disables while this runs is enabled again by it (the collector has one switch for
    the whole process).
    """
    if not gc.isenabled():
        return build()
    gc.disable()
    try:
        return build()
    finally:
        gc.enable()


def request_body(body: object) -> bytes:
    """``body`` as the JSON httpx2 would send, or ``UsageError`` naming the first value JSON cannot carry.

    httpx2 would raise a bare ``ValueError`` for NaN or infinity and ``TypeError`` for a key such as a tuple,
    and would silently turn an integer key into a string, sending ``{1: ..., "1": ...}`` as two ``"1"``
    keys. Keys are checked by a walk over the containers (only the walk's first pass runs for a sound body);
    numbers by the encoder itself.
    """
    if not _string_keys(body):
        raise _unsendable(body)
    try:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except (ValueError, TypeError, RecursionError):
        raise _unsendable(body) from None


def _string_keys(value: object) -> bool:
    """Whether every key of every object in ``value`` is a string."""
    kind = value.__class__
    if kind is dict:
        for key, item in value.items():  # type: ignore[attr-defined]
            if not isinstance(key, str):
                return False
            if (item.__class__ is dict or item.__class__ is list) and not _string_keys(item):
                return False
    elif kind is list or kind is tuple:
        for item in value:  # type: ignore[attr-defined]
            if (item.__class__ is dict or item.__class__ is list) and not _string_keys(item):
                return False
    return True


def _unsendable(body: object) -> UsageError:
    path, reason = next(_flaws(body, []), ([], "it cannot be encoded as JSON"))
    # Named by the top-level argument only: keys deeper down are the caller's own (metadata, token ids).
    where = f"in {path[0]}" if path and isinstance(path[0], str) else "in the body"
    return UsageError(f"The request cannot be sent as JSON, {where}: {reason}.")


def _flaws(value: object, path: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    """Where ``value`` has something JSON cannot carry, and what; values and keys are never quoted."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                yield path, f"every key must be a string, one is {article(json_type(key))} {json_type(key)}"
            yield from _flaws(item, [*path, key])
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _flaws(item, [*path, index])
    elif isinstance(value, float) and not math.isfinite(value):
        yield path, "NaN and infinity are not JSON numbers"
    elif not isinstance(value, str | int | float | bool) and value is not None:
        yield path, f"{article(type(value).__name__)} {type(value).__name__} is not a JSON value"
