"""Strings that a JSON Schema `pattern` accepts, built from the pattern's parse tree.

Not exrex or rstr's xeger, though they walk the same parse tree: both build their whole string before anything
can bound it, so a request's `a{1000000000}` would take the mock's memory, and they pick characters at random.
This walker takes the first branch and the first character of each class, gives each repeat its minimum (plus
`stretch`, to reach a `minLength`), and refuses to grow past a limit as it builds.
"""

from __future__ import annotations

import importlib
import string
import sys
from collections.abc import Callable
from typing import Any

# The parse tree of Python's own `re` (whose `re.search` jsonschema runs a `pattern` with); the module is private
# and moved in 3.11, its tree has been the same since long before.
_PARSER: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_UNBOUNDED = int(_PARSER.MAXREPEAT)
# Characters tried, in order, for a negated class (`[^abc]`) or a not-literal.
_PLAIN = "a0A _-.x"
_CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": " ",
}
_CATEGORY_TESTS: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_NOT_DIGIT": lambda ch: not ch.isdigit(),
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_NOT_SPACE": lambda ch: not ch.isspace(),
    "CATEGORY_WORD": lambda ch: ch.isalnum() or ch == "_",
    "CATEGORY_NOT_WORD": lambda ch: not (ch.isalnum() or ch == "_"),
}


class PatternTooLong(ValueError):
    """The shortest string the pattern accepts is longer than the limit."""


class Unbuildable(ValueError):
    """The pattern uses a construct this walker does not build."""


def _in_item(ch: str, op: str, argument: Any) -> bool:
    if op == "LITERAL":
        return ch == chr(argument)
    if op == "RANGE":
        return bool(argument[0] <= ord(ch) <= argument[1])
    if op == "CATEGORY":
        test = _CATEGORY_TESTS.get(str(argument))
        return test is not None and test(ch)
    return False


def _member(items: list[tuple[Any, Any]]) -> str:
    """A character of a class `[...]`."""
    if items and str(items[0][0]) == "NEGATE":
        rest = items[1:]
        candidates = _PLAIN + string.ascii_letters + string.digits
        for ch in candidates:
            if not any(_in_item(ch, str(op), argument) for op, argument in rest):
                return ch
        raise Unbuildable("a negated class that excludes every plain character")
    op, argument = items[0]
    if str(op) == "LITERAL":
        return chr(argument)
    if str(op) == "RANGE":
        return chr(argument[0])
    if str(op) == "CATEGORY" and str(argument) in _CATEGORY_SAMPLES:
        return _CATEGORY_SAMPLES[str(argument)]
    raise Unbuildable(f"the class item {op}")


class _Builder:
    def __init__(self, stretch: int, limit: int, lookaheads: bool) -> None:
        self.stretch = stretch
        self.limit = limit
        self.lookaheads = lookaheads
        self.groups: dict[int, str] = {}

    def _assert(self, argument: Any) -> str:
        """A look-around needs no character; with `lookaheads`, a lookahead's own match is written where it
        stands, so that `(?=.*\\d)[a-z\\d]{8,}` gives `0aaaaaaaa`."""
        direction, inner = argument
        return self.build(inner) if self.lookaheads and direction == 1 else ""

    def build(self, items: Any) -> str:
        built = "".join(self._one(str(op), argument) for op, argument in items)
        if len(built) > self.limit:
            raise PatternTooLong(f"longer than {self.limit} characters")
        return built

    def _repeat(self, argument: Any) -> str:
        low, high, inner = argument
        count: int = low + self.stretch if high == _UNBOUNDED else min(high, low + self.stretch)
        piece = self.build(inner)
        if len(piece) * count > self.limit:
            raise PatternTooLong(f"longer than {self.limit} characters")
        return piece * count

    def _group(self, argument: Any) -> str:
        group, _add_flags, _del_flags, inner = argument
        text = self.build(inner)
        if group is not None:
            self.groups[group] = text
        return text

    def _group_exists(self, argument: Any) -> str:
        group, yes, no = argument
        return self.build(yes if group in self.groups else (no or []))

    def _one(self, op: str, argument: Any) -> str:
        builders: dict[str, Any] = {
            "LITERAL": chr,
            "NOT_LITERAL": lambda code: next(ch for ch in _PLAIN if ch != chr(code)),
            "ANY": lambda _argument: _PLAIN[0],
            "IN": _member,
            "MAX_REPEAT": self._repeat,
            "MIN_REPEAT": self._repeat,
            "POSSESSIVE_REPEAT": self._repeat,
            "SUBPATTERN": self._group,
            "BRANCH": lambda branches: self.build(branches[1][0]),
            "ATOMIC_GROUP": self.build,
            "GROUPREF": lambda group: self.groups.get(group, ""),
            "GROUPREF_EXISTS": self._group_exists,
            # Anchors need no character; a negative look-around is left to the caller's check.
            "AT": lambda _argument: "",
            "ASSERT": self._assert,
            "ASSERT_NOT": lambda _argument: "",
        }
        if op not in builders:
            raise Unbuildable(f"the construct {op}")
        return str(builders[op](argument))


def matching(pattern: str, *, stretch: int = 0, limit: int, lookaheads: bool = False) -> str:
    """A string built to match `pattern`, each repeat `stretch` longer than its minimum where it may be; with
    `lookaheads`, what each lookahead asks for is written where it stands (a password's `(?=.*[A-Z])`).

    The caller checks it with `re.search`: a look-around or a flag can still make it miss. Raises
    PatternTooLong past `limit` characters, Unbuildable for what this walker does not build, and re.error
    for a pattern Python cannot parse."""
    return _Builder(stretch, limit, lookaheads).build(_PARSER.parse(pattern))
