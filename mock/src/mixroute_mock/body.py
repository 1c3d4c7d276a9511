"""Reading a request body as strict JSON (RFC 8259) that the rest of the mock can handle without surprises.

Python's json module accepts `NaN` and `Infinity`, turns `1e400` into infinity, gives up on a 5,000-digit
integer with a bare ValueError, and overflows the stack on deep nesting. Its hooks let us catch each case while
parsing; a marker left in place of the bad number lets the answer name the field it sits in.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mixroute_mock.spec import Violation, param_path

# Deeper than any real request (a tool schema ten objects deep is about 25 levels) and far below the stack limit.
MAX_DEPTH = 64
# CPython's own cap on converting digits to an int (sys.int_info.default_max_str_digits), a guard against the
# quadratic cost of the conversion (CVE-2020-10735); json.loads breaks on longer integers with a bare ValueError.
# Shorter ones are kept as they are: the spec bounds the fields where size matters (`n`), and extension fields
# may carry any integer.
_MAX_DIGITS = 4_300
_SHOWN_DIGITS = 20


class BodyError(ValueError):
    """The body is not JSON the mock accepts; `violation` says why and, where it can, in which field."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(violation.message)
        self.violation = violation


@dataclass(frozen=True)
class _BadNumber:
    """Stands in for a number JSON cannot carry faithfully, until its path is known."""

    text: str
    why: str


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_DIGITS else f"{text[:_SHOWN_DIGITS]}... ({len(text)} characters)"


def _integer(text: str) -> int | _BadNumber:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        return _BadNumber(text, f"has more digits than the {_MAX_DIGITS} the mock reads")
    return int(text)


def _float(text: str) -> float | _BadNumber:
    value = float(text)
    return value if math.isfinite(value) else _BadNumber(text, "is out of range (it overflows a double)")


def _constant(text: str) -> _BadNumber:
    return _BadNumber(text, "is not a JSON value (RFC 8259 has no NaN or Infinity)")


def _nodes(body: Any) -> Iterator[tuple[Any, list[str | int]]]:
    """Every value and dictionary key of the parsed body with its path, depth first, without recursion."""
    stack: list[tuple[Any, list[str | int]]] = [(body, [])]
    while stack:
        value, path = stack.pop()
        yield value, path
        if len(path) >= MAX_DEPTH:
            continue
        if isinstance(value, dict):
            for key, item in value.items():
                yield key, path
                stack.append((item, [*path, key]))
        elif isinstance(value, list):
            stack.extend((item, [*path, index]) for index, item in enumerate(value))


def _is_text(value: str) -> bool:
    """Whether a string is Unicode text; a lone surrogate (`"\\ud800"`) is not and cannot be sent back."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _problem(value: Any, path: list[str | int]) -> Violation | None:
    where = param_path(path)
    named = f"'{where}'" if where else "the request body"
    if isinstance(value, _BadNumber):
        return Violation(where, f"Invalid value for {named}: the number {_shown(value.text)} {value.why}.")
    if isinstance(value, str) and not value.isascii() and not _is_text(value):
        return Violation(where, f"Invalid value for {named}: a string holds a lone UTF-16 surrogate.")
    if len(path) >= MAX_DEPTH and isinstance(value, dict | list) and value:
        return Violation(where, f"Invalid value for {named}: JSON nested deeper than {MAX_DEPTH} levels.")
    return None


def parse_body(raw: bytes) -> Any:
    """The body as Python values, or BodyError: not JSON, not UTF-8, a bad number, too deep, a lone surrogate."""
    try:
        body = json.loads(raw, parse_int=_integer, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        message = f"We could not parse the JSON body of your request: nested deeper than {MAX_DEPTH} levels."
        raise BodyError(Violation(None, message)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BodyError(Violation(None, f"We could not parse the JSON body of your request: {error}.")) from None
    for value, path in _nodes(body):
        violation = _problem(value, path)
        if violation is not None:
            raise BodyError(violation)
    return body
