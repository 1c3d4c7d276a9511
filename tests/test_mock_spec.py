"""The mock reads its rules from openapi/mixroute.yaml: validation messages, catalogue, routes."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.mock_server.spec import CHAT_PATH, Spec, Violation, catalogue, param_path

SPEC = Spec.load()
VALID = {"model": "glm-5", "messages": [{"role": "user", "content": "hi"}]}


@pytest.mark.parametrize(
    ("body", "param", "words"),
    [
        ({**VALID, "temperature": 5}, "temperature", "5 is greater than the maximum of 2"),
        ({**VALID, "messages": []}, "messages", "should be non-empty"),
        ({"messages": VALID["messages"]}, "model", "Missing required parameter: 'model'"),
        ({**VALID, "messages": [{"role": "tool", "content": "x"}]}, "messages[0].tool_call_id", "Missing required"),
        # Inside a union the message names the field of the variant the value was meant to be (by its const).
        ({**VALID, "messages": [{"role": 5, "content": "x"}]}, "messages[0].role", "5 is not of type"),
        ({**VALID, "messages": [{"role": "assistant", "content": 5}]}, "messages[0].content", "5 is not of type"),
        ({**VALID, "messages": [{"role": "user", "content": [{"type": "text"}]}]}, "messages[0].content[0].text", ""),
        ({**VALID, "response_format": {"type": "xml"}}, "response_format.type", "'json_schema'"),
        ({**VALID, "tool_choice": {"type": "function", "function": {}}}, "tool_choice.function.name", "Missing"),
        ({**VALID, "stop": ["a", 1]}, "stop[1]", "1 is not of type"),
        ({**VALID, "stream_options": {"include_usage": "yes"}}, "stream_options.include_usage", "not of type"),
        ([1, 2], None, "the request body"),
    ],
)
def test_a_violation_names_the_field_in_param_and_message(body: Any, param: str | None, words: str) -> None:
    violation = SPEC.violation("CreateChatCompletionRequest", body)
    assert violation is not None
    assert violation.param == param
    assert words in violation.message
    if param:
        assert f"'{param}'" in violation.message


def test_a_valid_body_has_no_violation() -> None:
    assert SPEC.violation("CreateChatCompletionRequest", VALID) is None


def test_the_catalogue_is_the_model_examples_of_the_spec() -> None:
    examples = SPEC.document["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["model"]
    assert SPEC.models == tuple(examples["examples"])
    assert "glm-5" in SPEC.models


def test_the_vendor_extension_is_the_catalogue_when_the_spec_has_one() -> None:
    document = copy.deepcopy(SPEC.document)
    model = document["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["model"]
    model["x-mixroute-models"] = ["only-this-one"]
    assert catalogue(document) == ("only-this-one",)
    assert Spec(document).models == ("only-this-one",)


def test_routes_come_from_the_spec() -> None:
    assert SPEC.routes == {CHAT_PATH: ("POST",)}


def test_an_unknown_schema_name_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="NoSuchSchema"):
        SPEC.validator("NoSuchSchema")


def test_param_paths_use_dots_and_brackets() -> None:
    assert param_path(["messages", 0, "content", 1, "text"]) == "messages[0].content[1].text"
    assert param_path([]) is None
    assert Violation("a", "b").param == "a"
