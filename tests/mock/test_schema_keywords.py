"""JSON Schema keywords beyond what pydantic writes: `contains`, `dependentRequired` are built from; the keywords
the walker does not build from are refused by name when the value drawn without them does not satisfy them,
never sent unchecked."""

from __future__ import annotations

from typing import Any

import pytest

from mixroute_mock.arguments import Unsatisfiable, conforms, value_for
from mixroute_mock.replies import build_reply
from mixroute_mock.user_schemas import schema_violation

POINT = {"type": "object", "properties": {"n": {"type": "integer", "minimum": 3}}, "required": ["n"]}


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "contains": {"type": "integer", "minimum": 5}},
        {"type": "array", "items": {"type": "string"}, "contains": {"const": "x"}, "minItems": 2},
        {"type": "array", "items": {"type": "integer"}, "contains": {"minimum": 3}, "minContains": 2},
        {
            "$defs": {"Point": POINT},
            "type": "array",
            "items": {"$ref": "#/$defs/Point"},
            "contains": {"properties": {"n": {"const": 7}}},
            "minContains": 2,
            "minItems": 3,
        },
        {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "required": ["a"],
            "dependentRequired": {"a": ["b"]},
        },
        {"type": "object", "required": ["a"], "dependentRequired": {"a": ["b"], "b": ["c"]}},
        {"type": "object", "properties": {"a": {"type": "integer", "not": {"const": 0}}}, "required": ["a"]},
        {"not": {"type": "string"}},
        {"type": "object", "properties": {"a": {"type": "string"}}, "unevaluatedProperties": False},
    ],
)
def test_the_value_satisfies_the_keyword(schema: dict[str, Any]) -> None:
    assert conforms(schema, value_for(schema, default_type="object"))


@pytest.mark.parametrize(
    ("schema", "named"),
    [
        (
            {"type": "object", "patternProperties": {"^x": {}}, "additionalProperties": False, "minProperties": 1},
            "'patternProperties'",
        ),
        ({"type": "object", "propertyNames": {"pattern": "^[A-Z]+$"}, "minProperties": 1}, "'propertyNames'"),
        (
            {
                "type": "object",
                "properties": {"a": {"const": "a"}},
                "required": ["a"],
                "if": {"properties": {"a": {"const": "a"}}},
                "then": {"required": ["b"]},
                "else": {"required": ["c"]},
            },
            "'if', 'then', 'else' but does not build values from them",
        ),
    ],
)
def test_an_unbuilt_keyword_the_value_misses_is_named(schema: dict[str, Any], named: str) -> None:
    with pytest.raises(Unsatisfiable, match=f"it checks {named}"):
        value_for(schema, default_type="object")


def answering(schema: dict[str, Any]) -> dict[str, Any]:
    response_format = {"type": "json_schema", "json_schema": {"name": "caps", "schema": schema}}
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}], "response_format": response_format}


def test_a_request_with_such_a_schema_is_a_400_naming_the_keyword() -> None:
    schema = {"type": "object", "propertyNames": {"pattern": "^[A-Z]+$"}, "minProperties": 1}
    violation = schema_violation(answering(schema))
    assert violation is not None
    assert "'propertyNames'" in violation.message
    # The same keyword, with a value drawn without it that satisfies it: answered.
    satisfiable = answering({**schema, "minProperties": 0})
    assert schema_violation(satisfiable) is None
    assert build_reply(satisfiable).choices[0].content == "{}"


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?=.*[A-Z])(?=.*\d)[A-Za-z\d]{8,}$",
        r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[@$!%*?&])[A-Za-z\d@$!%*?&]{8,}$",
    ],
)
def test_a_pattern_with_lookaheads_gets_a_matching_string(pattern: str) -> None:
    schema = {"type": "string", "pattern": pattern}
    assert conforms(schema, value_for(schema))


def test_negative_look_arounds_the_value_misses_are_named() -> None:
    schema = {"type": "string", "pattern": r"^(?!value)(?!a)(?!0)(?!A)\w+$"}
    with pytest.raises(Unsatisfiable, match="negative lookaheads are checked but not built from"):
        value_for(schema)
