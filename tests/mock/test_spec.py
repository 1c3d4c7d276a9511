"""The mock reads its rules from the spec mixroute-client ships: validation messages, catalogue, operations."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mixroute_mock.spec import Spec, Violation, catalogue, param_path
from tests.spec import CHAT_PATH, LOADED

SPEC = Spec.packaged()
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


def _model_property(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["model"]
    return found


def test_the_packaged_spec_is_the_repository_spec_parsed_once() -> None:
    assert SPEC.document == LOADED.document
    assert Spec.packaged() is SPEC


def _embedding_models(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]["CreateEmbeddingRequest"]["properties"]["model"]
    listed: dict[str, Any] = found["x-mixroute-models"]
    return listed


def test_the_catalogue_is_the_vendor_extension_of_the_spec() -> None:
    chat = tuple(_model_property(SPEC.document)["x-mixroute-models"])
    assert SPEC.models == (*chat, *_embedding_models(SPEC.document))
    assert "glm-5" in SPEC.models
    assert "text-embedding-3-small" in SPEC.models
    assert "examples" not in _model_property(SPEC.document)
    document = copy.deepcopy(SPEC.document)
    _model_property(document)["x-mixroute-models"] = ["only-this-one"]
    assert catalogue(document)[0] == "only-this-one"
    assert "glm-5" not in Spec(document).models


def test_each_operation_has_the_catalogue_of_its_request_with_each_model_s_facts() -> None:
    operations = SPEC.operations
    assert operations["createEmbedding"].catalogue == _embedding_models(SPEC.document)
    assert operations["createEmbedding"].catalogue["text-embedding-3-large"] == {"dimensions": 3072}
    chat_catalogue = operations["createChatCompletion"].catalogue
    assert chat_catalogue is not None
    assert chat_catalogue["glm-5"] == {}
    assert operations["listModels"].catalogue is None  # no request body, no model property


def test_a_spec_without_a_catalogue_has_none() -> None:
    document = copy.deepcopy(SPEC.document)
    del _model_property(document)["x-mixroute-models"]
    assert "glm-5" not in catalogue(document)
    assert Spec(document).operations["createChatCompletion"].catalogue == {}


def test_operations_come_from_the_spec() -> None:
    chat = SPEC.operations["createChatCompletion"]
    assert (chat.path, chat.method, chat.request_schema) == (CHAT_PATH, "POST", "CreateChatCompletionRequest")
    assert chat.pointer == "/paths/~1v1~1chat~1completions/post"
    assert set(SPEC.operations) == {"createChatCompletion", "listModels", "retrieveModel", "createEmbedding"}
    assert SPEC.at(SPEC.operations["retrieveModel"].pointer)["operationId"] == "retrieveModel"


def test_an_unknown_schema_name_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="NoSuchSchema"):
        SPEC.validator("NoSuchSchema")


def test_param_paths_use_dots_and_brackets() -> None:
    assert param_path(["messages", 0, "content", 1, "text"]) == "messages[0].content[1].text"
    assert param_path([]) is None
    assert Violation("a", "b").param == "a"
