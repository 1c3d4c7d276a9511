"""Fault injection: the `X-Mock-Fault` grammar and the per-key budget of `times=N; key=K`.

Grammar: `;`-separated items, each `name=value` or a bare flag, whitespace ignored. mock/README.md ("Faults")
lists them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

from mixroute_mock.errors import GATEWAY_ERRORS

FAULT_HEADER = "x-mock-fault"
# The budgets `times=N` keeps, the least recently used forgotten first (its fault then applies afresh), and the
# longest `key`: together they bound what a stream of new keys can make the mock hold.
MAX_FAULT_BUDGETS = 4_096
MAX_KEY_LENGTH = 256
# The largest count or number of seconds a fault takes: more than any test needs, and one that every use takes
# (itertools.islice, a sleep, a header); a larger one, or infinity, is refused with a 400 like any bad item.
MAX_FAULT_NUMBER = 1_000_000_000


class FaultSyntaxError(ValueError):
    """The fault text cannot be parsed; the message says which item is wrong and why."""


@dataclass(frozen=True)
class Fault:
    latency: float | None = None
    status: int | None = None
    retry_after: int | None = None
    retry_after_ms: int | None = None
    should_retry: bool | None = None
    html: bool = False
    malformed_json: bool = False
    drop_after: int | None = None
    error_event_after: int | None = None
    event_delay: float | None = None
    error: str | None = None
    empty_role: bool = False
    no_done: bool = False
    error_in_200: bool = False
    times: int | None = None
    key: str | None = None

    @property
    def is_empty(self) -> bool:
        return self == Fault()


def _non_negative_float(text: str) -> float:
    value = float(text)
    if not 0 <= value <= MAX_FAULT_NUMBER:  # also rejects NaN and infinity
        raise ValueError(f"must be a number from 0 to {MAX_FAULT_NUMBER:,}")
    return value


def _non_negative_int(text: str) -> int:
    return _int_within(text, 0)


def _positive_int(text: str) -> int:
    return _int_within(text, 1)


def _int_within(text: str, least: int) -> int:
    value = int(text)
    if not least <= value <= MAX_FAULT_NUMBER:
        raise ValueError(f"must be an integer from {least} to {MAX_FAULT_NUMBER:,}")
    return value


def _error_status(text: str) -> int:
    value = int(text)
    if not 400 <= value <= 599:
        raise ValueError("must be an HTTP error status between 400 and 599")
    return value


def _boolean(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise ValueError("must be true or false")
    return text.lower() == "true"


def _gateway_error(text: str) -> str:
    if text not in GATEWAY_ERRORS:
        raise ValueError(f"must be one of {', '.join(GATEWAY_ERRORS)}")
    return text


def _key(text: str) -> str:
    if not text:
        raise ValueError("must not be empty")
    if len(text) > MAX_KEY_LENGTH:
        raise ValueError(f"must be at most {MAX_KEY_LENGTH} characters")
    return text


_VALUED: dict[str, tuple[str, Callable[[str], Any]]] = {
    "latency": ("latency", _non_negative_float),
    "status": ("status", _error_status),
    "retry-after": ("retry_after", _non_negative_int),
    "retry-after-ms": ("retry_after_ms", _non_negative_int),
    "should-retry": ("should_retry", _boolean),
    "drop-after": ("drop_after", _non_negative_int),
    "error-event-after": ("error_event_after", _non_negative_int),
    "event-delay": ("event_delay", _non_negative_float),
    "error": ("error", _gateway_error),
    "times": ("times", _positive_int),
    "key": ("key", _key),
}
_FLAGS = {
    "html": "html",
    "malformed-json": "malformed_json",
    "empty-role": "empty_role",
    "no-done": "no_done",
    "error-in-200": "error_in_200",
}


def _parse_item(item: str) -> tuple[str, Any]:
    name, has_value, raw = (part.strip() for part in item.partition("="))
    name = name.lower()
    if name in _FLAGS:
        if has_value:
            raise FaultSyntaxError(f"fault {name!r} is a flag and takes no value")
        return _FLAGS[name], True
    if name not in _VALUED:
        known = ", ".join(sorted([*_VALUED, *_FLAGS]))
        raise FaultSyntaxError(f"unknown fault {name!r} (known: {known})")
    if not has_value:
        raise FaultSyntaxError(f"fault {name!r} needs a value: {name}=...")
    field, convert = _VALUED[name]
    try:
        return field, convert(raw)
    except ValueError as error:
        raise FaultSyntaxError(f"bad value {raw!r} for fault {name!r}: {error}") from None


def parse_fault(text: str) -> Fault:
    """Parse a fault spec; an empty text is no fault. Raises FaultSyntaxError."""
    values: dict[str, Any] = {}
    for item in (part.strip() for part in text.split(";")):
        if item:
            field, value = _parse_item(item)
            if field in values:
                raise FaultSyntaxError(f"fault {item.partition('=')[0].strip()!r} is given twice")
            values[field] = value
    fault = Fault(**values)
    if fault.key is not None and fault.times is None:
        raise FaultSyntaxError("fault 'key' only makes sense with 'times'")
    if fault.error_in_200 and fault.status is None:
        raise FaultSyntaxError("fault 'error-in-200' needs 'status', the code its error reports")
    return fault


def combine(server: Fault, request: Fault) -> Fault:
    """The request's own fault items override the server-wide ones, item by item."""
    overrides = {f.name: getattr(request, f.name) for f in fields(Fault) if getattr(request, f.name) != f.default}
    return replace(server, **overrides)


class FaultBudget:
    """Counts requests per `key` (or per fault when no key is given) so `times=N` applies to the first N only.

    At most `size` counts are kept, in least-recently-used order: an OrderedDict is the standard library's own
    building block for that, and a counter that is read and bumped under one lock fits no cache library's API."""

    def __init__(self, size: int = MAX_FAULT_BUDGETS) -> None:
        self.size = size
        self._used: OrderedDict[object, int] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._used)

    def admit(self, fault: Fault) -> Fault:
        """The fault to apply to this request: `fault` itself, or no fault once its budget is spent."""
        if fault.times is None:
            return fault
        counter: object = fault.key if fault.key is not None else fault
        with self._lock:
            used = self._used.get(counter, 0)
            self._used[counter] = used + 1
            self._used.move_to_end(counter)
            if len(self._used) > self.size:
                self._used.popitem(last=False)
        return fault if used < fault.times else Fault()
