"""Deterministic JSON values drawn from a JSON Schema: tool-call arguments and `json_schema` replies.

Our own small walker instead of a data generator such as hypothesis-jsonschema: the mock must give the same
value for the same schema every time, and a plausible one (`"Beijing"` for a city the user named), not a random one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

# jsonschema ships no type hints and types-jsonschema is not in the environment.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import SchemaError, UnknownType  # type: ignore[import-untyped]
from referencing import Registry
from referencing.exceptions import Unresolvable

_COMBINATORS = ("anyOf", "oneOf", "allOf")
# What a value drawn for one schema may cost: a request's schema can ask for far more (`minItems` nested ten
# deep, `minLength: 1e9`), and the mock must refuse that up front rather than build it.
MAX_VALUES = 10_000
MAX_STRING = 4_096
# A long string costs as much as this many characters' worth of small values.
_CHARACTERS_PER_PART = 64
# A `pattern` is run against user-chosen words; a long word could make a badly written pattern backtrack for
# minutes (Python's `re` has no time limit), so hints longer than this are not tried.
_MAX_HINT = 64
# What a schema that is valid JSON Schema can still throw at a validator: a `$ref` that loops or points
# nowhere, a pattern Python's `re` cannot compile, a format checker choking on a value.
_LOCAL_ONLY: Registry[Any] = Registry()
_UNUSABLE_SCHEMA = (RecursionError, re.error, Unresolvable, SchemaError, UnknownType, TypeError, ValueError)


class SchemaTooLarge(ValueError):
    """A schema asks for a value bigger than the mock makes; the message says which keyword and limit."""


def _schema_type(schema: dict[str, Any]) -> str:
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((kind for kind in declared if kind != "null"), "null")
    if isinstance(declared, str):
        return declared
    if "properties" in schema:
        return "object"
    return "array" if "items" in schema else "string"


def _number(schema: dict[str, Any], *, integer: bool) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low = schema.get("exclusiveMinimum")
    value: int | float = 0
    if isinstance(low, int | float):
        value = low
    elif isinstance(exclusive_low, int | float):
        value = exclusive_low + 1
    elif isinstance(high, int | float) and high < 0:
        value = high
    return int(value) if integer else float(value)


def _count(schema: dict[str, Any], keyword: str, limit: int) -> int:
    """A size keyword's value (0 when absent or not a whole number), refused above `limit`."""
    value = schema.get(keyword, 0)
    if not isinstance(value, int | float) or isinstance(value, bool) or value != int(value):
        return 0
    if value > limit:
        raise SchemaTooLarge(f"'{keyword}' of {int(value)} is above the mock's limit of {limit}")
    return int(value)


def _string_candidates(schema: dict[str, Any], name: str, hint: str | None) -> Iterator[str]:
    """The user's word, the property name, then runs of one character, which satisfy most simple `pattern`s
    (`^[a-z]{3}$`, `^\\d+$`). A pattern none of these match gets a string that breaks it: this is a mock."""
    if hint is not None and len(hint) <= _MAX_HINT:
        yield hint
    yield name
    shortest = max(1, _count(schema, "minLength", MAX_STRING))
    for length in range(shortest, shortest + 8):
        yield from ("a" * length, "0" * length, "A" * length)


def _fits(check: Draft202012Validator, value: Any) -> bool:
    try:
        return bool(check.is_valid(value))
    except _UNUSABLE_SCHEMA:
        return False


def _validator(schema: Any) -> Draft202012Validator:
    """A validator of a schema from a request that resolves references inside it only: without a registry of
    its own, jsonschema fetches any other `$ref` URL over the network (the mock would make requests for its
    callers, and wait on them)."""
    return Draft202012Validator(schema, registry=_LOCAL_ONLY)


def _string(schema: dict[str, Any], name: str, hint: str | None) -> str:
    check = _validator(schema)
    return next((text for text in _string_candidates(schema, name, hint) if _fits(check, text)), "")


def _declared(schema: dict[str, Any]) -> tuple[bool, Any]:
    """A value the schema spells out itself (`const`, `default`, first of `enum` or `examples`), if any."""
    for keyword in ("const", "default"):
        if keyword in schema:
            return True, schema[keyword]
    for keyword in ("enum", "examples"):
        options = schema.get(keyword)
        if isinstance(options, list) and options:
            return True, options[0]
    return False, None


_SCALARS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "integer": lambda schema: _number(schema, integer=True),
    "number": lambda schema: _number(schema, integer=False),
    "boolean": lambda _schema: True,
}


class _Walk:
    """One draw of a value, counting what it builds so that no schema makes it build more than MAX_VALUES."""

    def __init__(self, hint: str | None) -> None:
        self.hint = hint
        self.left = MAX_VALUES

    def _spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise SchemaTooLarge(f"the value it describes has more than {MAX_VALUES} parts")

    def value(self, schema: Any, name: str) -> Any:
        self._spend(1)
        if not isinstance(schema, dict):
            return None
        found, value = _declared(schema)
        if found:
            return value
        for keyword in _COMBINATORS:
            options = schema.get(keyword)
            if isinstance(options, list) and options:
                return self.value(options[0], name)
        return self._by_type(schema, name, _schema_type(schema))

    def _by_type(self, schema: dict[str, Any], name: str, kind: str) -> Any:
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return self._array(schema, name)
        if kind != "string":
            return _SCALARS[kind](schema) if kind in _SCALARS else None
        text = _string(schema, name, self.hint)
        self._spend(len(text) // _CHARACTERS_PER_PART)
        return text

    def _object(self, schema: dict[str, Any]) -> dict[str, Any]:
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return {}
        required = [name for name in schema.get("required", []) if name in properties]
        chosen = required or list(properties)
        return {name: self.value(properties[name], name) for name in chosen}

    def _array(self, schema: dict[str, Any], name: str) -> list[Any]:
        count = 0 if schema.get("maxItems") == 0 else max(1, _count(schema, "minItems", MAX_VALUES))
        self._spend(count)  # before building, so that a huge `minItems` costs nothing
        return [self.value(schema.get("items", {}), name) for _ in range(count)]


def value_for(schema: Any, *, name: str = "value", hint: str | None = None) -> Any:
    """A value for `schema`; `name` is the property it fills, `hint` a word the user said, for strings.

    Raises SchemaTooLarge when the value would be too big to build; see user_schemas.py, which refuses such
    a schema before a reply is drawn."""
    return _Walk(hint).value(schema, name)


def conforms(schema: Any, value: Any) -> bool:
    """Whether `value` is valid against `schema`; a schema that is not valid JSON Schema, or refers to what it
    does not hold, accepts nothing."""
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError:
        return False
    return _fits(_validator(schema), value)


def arguments_for(parameters: Any, hint: str | None = None) -> dict[str, Any]:
    """Tool-call arguments (always a JSON object) for a function's `parameters` schema."""
    try:
        value = value_for(parameters, name="value", hint=hint)
    except (*_UNUSABLE_SCHEMA, LookupError):
        # A schema too broken to walk (e.g. `minLength: "x"`) still gets an answer, as a lenient gateway would.
        value = {}
    return value if isinstance(value, dict) else {}
