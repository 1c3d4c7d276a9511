"""The JSON Schemas a request carries (`response_format.json_schema.schema`, each tool's `parameters`) checked
the way OpenAI checks them: a schema that is not valid JSON Schema, or asks for more than can be built, is a
400 naming it (`Invalid schema for function 'get_weather': ...`), never a crash while drawing a reply.

The spec only says these are JSON objects (upstreams differ in which keywords they support), so this check
lives here and not in the spec's schemas.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

# jsonschema ships no type hints and types-jsonschema is not in the environment.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import SchemaError  # type: ignore[import-untyped]

from mixroute_mock.arguments import SchemaTooLarge, Unsatisfiable, value_for
from mixroute_mock.spec import Violation, param_path


class CarriedSchema(NamedTuple):
    """A JSON Schema in a request: where (`path`), what OpenAI calls it (`label`), and whether it describes tool
    arguments (which are always an object)."""

    path: list[str | int]
    label: str
    schema: Any
    arguments: bool


def carried_schemas(body: dict[str, Any]) -> Iterator[CarriedSchema]:
    """Each schema in the request; any JSON body is walked (a contract run steers bodies the spec refuses,
    too), where the mock itself asks only of bodies the spec allows."""
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        json_schema = response_format.get("json_schema")
        if isinstance(json_schema, dict) and "schema" in json_schema:
            label = f"response_format '{json_schema.get('name', '')}'"
            yield CarriedSchema(["response_format", "json_schema", "schema"], label, json_schema["schema"], False)
    tools = body.get("tools")
    for index, tool in enumerate(tools if isinstance(tools, list) else []):
        function = tool.get("function") if isinstance(tool, dict) else None
        if isinstance(function, dict) and "parameters" in function:
            label = f"function '{function.get('name', '')}'"
            path: list[str | int] = ["tools", index, "function", "parameters"]
            yield CarriedSchema(path, label, function["parameters"], True)


def schema_flaw(carried: CarriedSchema) -> tuple[list[str | int], str] | None:
    """Where inside the schema it is unusable (a path within it) and why, or None: not valid JSON Schema, a
    value bigger than the mock builds, no value at all (contradicting keywords, references that loop or lead
    outside it), or for tool arguments a value that is not an object."""
    try:
        Draft202012Validator.check_schema(carried.schema)
    except SchemaError as error:
        return list(error.absolute_path), error.message
    except RecursionError:
        # The body is at most 64 levels deep, but the meta-schema's own recursion costs many frames per level.
        return [], "it is nested too deeply to check"
    try:
        value = value_for(carried.schema, default_type="object" if carried.arguments else "string")
    except (SchemaTooLarge, Unsatisfiable) as error:
        return [], str(error)
    except RecursionError:
        return [], "it is nested too deeply to walk"
    if carried.arguments and not isinstance(value, dict):
        return [], "function arguments are a JSON object, and it describes something else"
    return None


def schema_violation(body: dict[str, Any]) -> Violation | None:
    """The first schema in the request that is unusable, as a 400's `param` and message, or None."""
    for carried in carried_schemas(body):
        flaw = schema_flaw(carried)
        if flaw is not None:
            inside, why = flaw
            param = param_path([*carried.path, *inside])
            return Violation(param, f"Invalid schema for {carried.label}: {why} (at '{param}').")
    return None


# A prompt's schema is found by decoding JSON at each `{` of the text: these bound what that costs.
_MAX_PROMPT = 200_000
_MAX_OPENINGS = 64
_SCHEMA_KEYWORDS = ("properties", "$defs", "definitions", "anyOf", "oneOf", "allOf")


def _looks_like_schema(found: Any) -> bool:
    return isinstance(found, dict) and (found.get("type") == "object" or any(key in found for key in _SCHEMA_KEYWORDS))


def schema_in_text(text: str) -> dict[str, Any] | None:
    """The first usable JSON Schema written out in `text`, as instructor's JSON modes and pydantic-ai's
    PromptedOutput write the one their answer must follow into a prompt; None when there is none."""
    if len(text) > _MAX_PROMPT:
        return None
    decoder = json.JSONDecoder()
    start = text.find("{")
    for _ in range(_MAX_OPENINGS):
        if start < 0:
            return None
        try:
            found, _end = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            found = None
        if _looks_like_schema(found) and schema_flaw(CarriedSchema([], "", found, arguments=False)) is None:
            return dict(found)
        start = text.find("{", start + 1)
    return None


def schema_in_prompts(texts: Iterable[str]) -> dict[str, Any] | None:
    """The schema written out in the latest of `texts` that has one."""
    return next((schema for schema in map(schema_in_text, texts) if schema is not None), None)


# What instructor's MD_JSON mode (and prompts written the same way) ask for: the answer inside a fenced block.
_JSON_BLOCK = "```json"


def asks_for_json_block(texts: Iterable[str]) -> bool:
    """Whether one of `texts` asks for the answer in a ```json code block."""
    return any(_JSON_BLOCK in text.lower() for text in texts)
