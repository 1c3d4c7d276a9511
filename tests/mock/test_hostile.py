"""Hostile input: nothing a client sends makes the mock answer 500; it answers 400 naming the field.

In-process (ASGI) for the many cases; tests/mock/test_live.py sends a few of them to the real server on loopback.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app
from mixroute_mock.arguments import MAX_STRING, MAX_VALUES, SchemaTooLarge, arguments_for, value_for
from mixroute_mock.body import MAX_DEPTH

pytestmark = pytest.mark.anyio
HEADERS = {"Authorization": f"Bearer {DEFAULT_API_KEY}", "Content-Type": "application/json"}
PATH = "/v1/chat/completions"
ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "What is the weather in Beijing?"}]}
# The ask as JSON text without its closing brace, so that raw JSON text can be appended to it.
OPEN_ASK = json.dumps(ASK)[:-1]


@pytest.fixture
async def client() -> AsyncIterator[httpx2.AsyncClient]:
    # raise_app_exceptions=False: an unhandled error must show up as the 500 a real client would see.
    transport = httpx2.ASGITransport(create_app(MockSettings(log=False)), raise_app_exceptions=False)
    async with httpx2.AsyncClient(transport=transport, base_url="http://mock") as mock:
        yield mock


def with_field(name: str, raw_json: str) -> bytes:
    return f'{OPEN_ASK}, "{name}": {raw_json}}}'.encode()


def nested(levels: int) -> str:
    return "[" * levels + "]" * levels


def answering_with(schema: Any) -> dict[str, Any]:
    return {**ASK, "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}}


def calling_with(parameters: Any) -> dict[str, Any]:
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": parameters}}
    return {**ASK, "tools": [tool], "tool_choice": "required"}


def with_property(schema: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"city": schema}, "required": ["city"]}


def arrays(levels: int, min_items: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "array", "items": schema, "minItems": min_items}
    return schema


async def refusal(client: httpx2.AsyncClient, content: bytes) -> dict[str, Any]:
    response = await client.post(PATH, headers=HEADERS, content=content)
    assert response.status_code == 400, response.text
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error"
    return error


@pytest.mark.parametrize(
    ("content", "param", "words"),
    [
        (with_field("temperature", "NaN"), "temperature", "NaN is not a JSON value"),
        (with_field("temperature", "-Infinity"), "temperature", "-Infinity is not a JSON value"),
        (with_field("top_p", "1e400"), "top_p", "overflows a double"),
        (with_field("seed", "9" * 5_000), "seed", "(5000 characters) has more digits than the 4300"),
        (with_field("seed", "-" + "1" * 4_301), "seed", "has more digits"),
        (with_field("metadata", nested(MAX_DEPTH + 5)), "metadata" + "[0]" * (MAX_DEPTH - 1), "deeper than 64"),
        (with_field("metadata", nested(100_000)), None, "nested deeper than 64 levels"),
        (json.dumps({**ASK, "messages": [{"role": "user", "content": "\ud800"}]}).encode(), "messages[0].content", ""),
    ],
)
async def test_json_that_python_would_mishandle_is_a_400_naming_the_field(
    client: httpx2.AsyncClient, content: bytes, param: str | None, words: str
) -> None:
    error = await refusal(client, content)
    assert error["param"] == param
    assert words in error["message"]
    assert len(error["message"]) < 500  # the 5,000 digits are not echoed back


async def test_the_longest_accepted_integer_still_works(client: httpx2.AsyncClient) -> None:
    response = await client.post(PATH, headers=HEADERS, content=with_field("seed", "-" + "9" * 4_300))
    assert response.status_code == 200


async def test_an_integer_beyond_any_machine_size_is_a_valid_max_tokens(client: httpx2.AsyncClient) -> None:
    # The spec bounds no integer: 2**63 is a max_tokens it allows, and no reply is that long.
    response = await client.post(PATH, headers=HEADERS, content=with_field("max_tokens", str(2**63)))
    assert response.status_code == 200
    assert response.json()["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize(
    ("schema", "inside", "words"),
    [
        (with_property({"type": "string", "pattern": "(unclosed"}), ".properties.city.pattern", "is not a 'regex'"),
        (with_property({"type": "string", "minLength": "3"}), ".properties.city.minLength", "is not of type"),
        ({"type": 5}, ".type", "not valid"),
        ({"type": "object", "patternProperties": {"[z-a]": {}}}, ".patternProperties", "is not a 'regex'"),
        (with_property({"type": "string", "minLength": 10**9}), "", f"limit of {MAX_STRING}"),
        (arrays(levels=4, min_items=100), "", f"more than {MAX_VALUES} parts"),
    ],
)
@pytest.mark.parametrize(
    "carrier",
    [
        (answering_with, "response_format.json_schema.schema", "response_format 'answer'"),
        (calling_with, "tools[0].function.parameters", "function 'get_weather'"),
    ],
)
async def test_an_unusable_schema_in_the_request_is_a_400_naming_it(
    client: httpx2.AsyncClient, schema: Any, inside: str, words: str, carrier: tuple[Any, str, str]
) -> None:
    carry, param, label = carrier
    error = await refusal(client, json.dumps(carry(schema)).encode())
    assert error["param"] == param + inside
    assert error["message"].startswith(f"Invalid schema for {label}: ")
    assert words in error["message"]


@pytest.mark.parametrize(
    ("schema", "words"),
    [
        # Valid JSON Schema that no value satisfies, or that the mock cannot follow: no reply can be checked.
        (
            {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, **with_property({"$ref": "#/$defs/a"})},
            "go on without end",
        ),
        (with_property({"type": "string", "$ref": "#"}), "of type 'string' and of type 'object'"),
        (with_property({"type": "string", "$ref": "https://example.invalid/never-fetched.json"}), "outside the schema"),
        (with_property({"type": "string", "minLength": 5, "maxLength": 2}), "finds no value for 'city'"),
        (with_property({"type": "integer", "exclusiveMinimum": 1, "exclusiveMaximum": 2}), "no integer lies"),
        (with_property({"enum": [1, 2], "type": "string"}), "no member of its enum"),
        (with_property({"type": "array", "minItems": 3, "maxItems": 1}), "at least 3 items and at most 1"),
        (with_property(False), "no value satisfies"),
    ],
)
async def test_a_valid_schema_that_no_value_satisfies_is_a_400_naming_why(
    client: httpx2.AsyncClient, schema: dict[str, Any], words: str
) -> None:
    for body in (answering_with(schema), calling_with(schema)):
        error = await refusal(client, json.dumps(body).encode())
        assert error["message"].startswith("Invalid schema for "), error
        assert words in error["message"]


async def test_tool_parameters_that_describe_no_object_are_a_400(client: httpx2.AsyncClient) -> None:
    error = await refusal(client, json.dumps(calling_with({"type": "string"})).encode())
    assert "function arguments are a JSON object" in error["message"]
    assert (await client.post(PATH, headers=HEADERS, json=answering_with({"type": "string"}))).status_code == 200


async def test_the_mock_keeps_serving_after_hostile_input(client: httpx2.AsyncClient) -> None:
    await refusal(client, with_field("metadata", nested(100_000)))
    await refusal(client, json.dumps(calling_with(with_property({"pattern": "("}))).encode())
    assert (await client.post(PATH, headers=HEADERS, json=ASK)).status_code == 200


def test_the_walk_refuses_to_build_a_huge_value_before_building_it() -> None:
    with pytest.raises(SchemaTooLarge, match="minItems"):
        value_for({"type": "array", "minItems": 10**12})
    with pytest.raises(SchemaTooLarge, match="parts"):
        value_for(arrays(levels=3, min_items=50))
    assert len(value_for(arrays(levels=2, min_items=50))) == 50


def test_a_pattern_is_never_run_against_a_long_hint() -> None:
    # A long user word is the input a backtracking pattern would take forever on; the property name is used.
    schema = with_property({"type": "string"})
    assert arguments_for(schema, hint="B" * 65) == {"city": "city"}
    assert arguments_for(schema, hint="Beijing") == {"city": "Beijing"}
