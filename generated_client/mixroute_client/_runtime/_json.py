"""``loads`` for replies and event payloads: orjson when it is installed (the ``fast`` extra), else the standard
library's decoder (``standard_loads``, which gives what ``json.loads`` gives); ``acyclic``, which builds models
from decoded JSON without the cycle collector walking them; and ``check_keys`` and ``refused_body``, which refuse
a request body JSON cannot carry with a ``UsageError`` naming the top-level argument.

Chosen once, at import. orjson decodes stream chunks and replies in a fraction of what ``json.loads`` costs
(docs/performance.md, benchmarks/PROFILE.md). Where orjson refuses what ``json.loads`` reads (``NaN``,
``Infinity``, a body that is not UTF-8), the standard library decides, so both give the same result, with one
exception no chat completion field comes near: orjson reads an integer beyond 64 bits as a float (as
JavaScript does), the standard library as an exact ``int``.
"""

from __future__ import annotations

import functools
import gc
import json
import math
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ._exceptions import UsageError
from ._wire import article, json_type

__all__ = ["acyclic", "check_keys", "loads", "refused_body", "standard_loads"]

T = TypeVar("T")


def _with_the_standard_library() -> Callable[[str | bytes], Any]:
    """``json.loads``, reading a text that is one JSON value from its first character to its last (an event's
    data, nearly always) with the scanner ``json.loads`` itself ends in, without the calls and the two
    whitespace matches ``json.loads`` wraps around it: they cost more than the scanning of a stream chunk
    (benchmarks/PROFILE.md). Anything else (bytes, whitespace at either end, what is not JSON) goes to
    ``json.loads``, which reads it or raises its own error. ``scan_once`` is the attribute ``json.loads``
    reads it through, undocumented: a Python without it gets ``json.loads`` itself."""
    scan = getattr(json.JSONDecoder(), "scan_once", None)
    if scan is None:
        return json.loads

    def loads(data: str | bytes) -> Any:
        if data.__class__ is str:
            try:
                value, end = scan(data, 0)
            except (StopIteration, ValueError):  # nothing at the start, or not JSON: json.loads decides
                return json.loads(data)
            if end == len(data):
                return value
        return json.loads(data)

    return loads


standard_loads = _with_the_standard_library()


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

    # Named as the decoder this falls back from, for a caller that handles the refusal itself (``_sse``).
    return functools.update_wrapper(loads, orjson_loads, assigned=(), updated=())


loads: Callable[[str | bytes], Any] = _with_orjson() or standard_loads


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


def check_keys(body: object) -> None:
    """``UsageError`` naming the first key of ``body`` that is not a string, before anything is sent.

    httpx2 encodes the body itself (``json=``, with ``allow_nan=False``), but it silently turns an integer key
    into a string, sending ``{1: ..., "1": ...}`` as two ``"1"`` keys, and raises a bare ``TypeError`` for a key
    such as a tuple. What it refuses while encoding (NaN, infinity, a value that is no JSON) is named by
    ``refused_body``. Encoding here instead, and passing the bytes, cost a second header merge per request.
    """
    try:
        sound = _string_keys(body)
    except RecursionError:
        sound = False
    if not sound:
        raise refused_body(body) or UsageError(_cannot("in the body", "it cannot be encoded as JSON"))


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


def refused_body(body: object) -> UsageError | None:
    """The ``UsageError`` naming the first value of ``body`` that JSON cannot carry; None when there is none
    (then what failed while building the request was not the body)."""
    try:
        found = next(_flaws(body, []), None)
    except RecursionError:
        found = [], "it nests too deep, or contains itself"
    if found is None:
        return None
    path, reason = found
    # Named by the top-level argument only: keys deeper down are the caller's own (metadata, token ids).
    return UsageError(_cannot(f"in {path[0]}" if path and isinstance(path[0], str) else "in the body", reason))


def _cannot(where: str, reason: str) -> str:
    return f"The request cannot be sent as JSON, {where}: {reason}."


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
