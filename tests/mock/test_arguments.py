"""Values drawn from JSON Schemas for tool-call arguments."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from mixroute_mock.arguments import Unsatisfiable, arguments_for, conforms, value_for

SCHEMAS: list[dict[str, Any]] = [
    {"type": "object", "properties": {"unit": {"enum": ["celsius", "fahrenheit"]}}, "required": ["unit"]},
    {"type": "object", "properties": {"n": {"type": "integer", "exclusiveMinimum": 5}}, "required": ["n"]},
    {"type": "object", "properties": {"x": {"type": "number", "maximum": -3}}},
    {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}, "minItems": 2}}},
    {"type": "object", "properties": {"code": {"type": "string", "pattern": "^[a-z]{3}$"}}, "required": ["code"]},
    {"type": "object", "properties": {"when": {"anyOf": [{"type": "null"}, {"type": "boolean"}]}}},
    {"type": "object", "properties": {"v": {"type": ["null", "string"], "minLength": 2}}, "required": ["v"]},
    {"type": "object", "properties": {"inner": {"properties": {"ok": {"const": True}}, "required": ["ok"]}}},
]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_arguments_are_valid_against_their_schema(schema: dict[str, Any]) -> None:
    arguments = arguments_for(schema)
    assert conforms(schema, arguments), arguments
    assert arguments_for(schema) == arguments


def test_a_hint_fills_strings_when_it_fits() -> None:
    schema = {"type": "object", "properties": {"city": {"type": "string", "maxLength": 10}}}
    assert value_for(schema, hint="Beijing") == {"city": "Beijing"}
    assert value_for(schema, hint="A hint far too long") == {"city": "city"}


@pytest.mark.parametrize("broken", [{"type": "object", "properties": {"s": {"minLength": "x"}}}, {"type": "string"}, 7])
def test_a_schema_that_cannot_be_walked_still_gives_an_object(broken: Any) -> None:
    assert isinstance(arguments_for(broken), dict)


def test_an_invalid_schema_conforms_to_nothing() -> None:
    assert not conforms({"type": 5}, {})


def test_a_reference_to_another_document_is_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"the mock looked up a host: {args[0]!r}")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    schema = {"type": "string", "$ref": "https://example.invalid/never-fetched.json"}
    with pytest.raises(Unsatisfiable, match="outside the schema"):
        value_for(schema)
    assert not conforms(schema, "anything")
