"""Deterministic JSON values drawn from a JSON Schema: tool-call arguments and `json_schema` replies.

Our own small walker instead of a data generator such as hypothesis-jsonschema: the mock must give the same
value for the same schema every time, and a plausible one (`"Beijing"` for a city the user named), not a random one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

# jsonschema ships no type hints and types-jsonschema is not in the environment.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import SchemaError, UnknownType  # type: ignore[import-untyped]
from referencing.exceptions import Unresolvable

_COMBINATORS = ("anyOf", "oneOf", "allOf")


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


def _string_candidates(schema: dict[str, Any], name: str, hint: str | None) -> Iterator[str]:
    """The user's word, the property name, then runs of one character, which satisfy most simple `pattern`s
    (`^[a-z]{3}$`, `^\\d+$`). A pattern none of these match gets a string that breaks it: this is a mock."""
    if hint is not None:
        yield hint
    yield name
    shortest = max(1, int(schema.get("minLength", 1)))
    for length in range(shortest, shortest + 8):
        yield from ("a" * length, "0" * length, "A" * length)


def _string(schema: dict[str, Any], name: str, hint: str | None) -> str:
    check = Draft202012Validator(schema)
    return next((text for text in _string_candidates(schema, name, hint) if check.is_valid(text)), "")


def _object(schema: dict[str, Any], hint: str | None) -> dict[str, Any]:
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return {}
    required = [name for name in schema.get("required", []) if name in properties]
    chosen = required or list(properties)
    return {name: value_for(properties[name], name=name, hint=hint) for name in chosen}


def _array(schema: dict[str, Any], name: str, hint: str | None) -> list[Any]:
    items = schema.get("items", {})
    count = max(1, int(schema.get("minItems", 0)))
    if schema.get("maxItems") == 0:
        count = 0
    return [value_for(items, name=name, hint=hint) for _ in range(count)]


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


_BY_TYPE: dict[str, Callable[[dict[str, Any], str, str | None], Any]] = {
    "object": lambda schema, _name, hint: _object(schema, hint),
    "array": _array,
    "integer": lambda schema, _name, _hint: _number(schema, integer=True),
    "number": lambda schema, _name, _hint: _number(schema, integer=False),
    "boolean": lambda _schema, _name, _hint: True,
    "string": _string,
}


def value_for(schema: Any, *, name: str = "value", hint: str | None = None) -> Any:
    """A value for `schema`; `name` is the property it fills, `hint` a word the user said, for strings."""
    if not isinstance(schema, dict):
        return None
    found, value = _declared(schema)
    if found:
        return value
    for keyword in _COMBINATORS:
        options = schema.get(keyword)
        if isinstance(options, list) and options:
            return value_for(options[0], name=name, hint=hint)
    make = _BY_TYPE.get(_schema_type(schema))
    return None if make is None else make(schema, name, hint)


def conforms(schema: Any, value: Any) -> bool:
    """Whether `value` is valid against `schema`; a schema that is not valid JSON Schema accepts nothing."""
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError:
        return False
    return bool(Draft202012Validator(schema).is_valid(value))


def arguments_for(parameters: Any, hint: str | None = None) -> dict[str, Any]:
    """Tool-call arguments (always a JSON object) for a function's `parameters` schema."""
    try:
        value = value_for(parameters, name="value", hint=hint)
    except (TypeError, ValueError, LookupError, SchemaError, UnknownType, Unresolvable):
        # A schema too broken to walk (e.g. `minLength: "x"`) still gets an answer, as a lenient gateway would.
        value = {}
    return value if isinstance(value, dict) else {}
