"""How both contract runs steer generated bodies: catalogue models, usable JSON Schemas."""

from __future__ import annotations

from typing import Any

import pytest

from mixroute_mock.user_schemas import schema_violation
from tests.contract.catalogue import (
    MODELS,
    USABLE_SCHEMA,
    models_of,
    steered,
    steered_path,
    with_catalogue_model,
    with_usable_schemas,
)


def test_most_unknown_models_become_catalogue_models_and_some_stay_unknown() -> None:
    mapped = [with_catalogue_model({"model": f"random-{index}", "messages": []})["model"] for index in range(200)]
    in_catalogue = sum(model in MODELS for model in mapped)
    assert 150 <= in_catalogue < 200
    assert mapped == [with_catalogue_model({"model": f"random-{index}"})["model"] for index in range(200)]


def test_invalid_models_and_other_bodies_are_left_alone() -> None:
    leave_alone: list[object] = [{"model": ""}, {"model": 5}, {"messages": []}, [1], "text", None]
    for body in leave_alone:
        assert with_catalogue_model(body) == body
    assert with_catalogue_model({"model": "glm-5", "n": 1}) == {"model": "glm-5", "n": 1}


def test_a_schema_the_mock_would_refuse_is_replaced_and_a_usable_one_kept() -> None:
    usable = {"type": "object", "properties": {"city": {"type": "string"}}}
    body: dict[str, Any] = {
        "model": "glm-5",
        "tools": [
            {"type": "function", "function": {"name": "a", "parameters": {"if": [1.5]}}},
            {"type": "function", "function": {"name": "b", "parameters": usable}},
        ],
        "response_format": {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": 3}}},
    }
    assert schema_violation(body) is not None
    steered_body = steered(body)
    assert schema_violation(steered_body) is None
    assert steered_body["tools"][0]["function"]["parameters"] == USABLE_SCHEMA
    assert steered_body["tools"][1]["function"]["parameters"] == usable
    assert steered_body["response_format"]["json_schema"]["schema"] == USABLE_SCHEMA
    assert body["tools"][0]["function"]["parameters"] == {"if": [1.5]}  # the generated body is not changed
    assert with_usable_schemas(steered_body) is steered_body


@pytest.mark.parametrize("schema", [5, "object", True, None, [{"type": "object"}]])
def test_a_schema_that_is_no_object_stays_a_negative_case(schema: object) -> None:
    # The spec says an object: the mock answers 400 to any of these, as a negative case expects.
    body = {"model": "glm-5", "tools": [{"type": "function", "function": {"name": "a", "parameters": schema}}]}
    assert steered(body)["tools"][0]["function"]["parameters"] == schema


@pytest.mark.parametrize(
    "body",
    [
        {"tools": True},
        {"tools": [1, {"function": []}, {"function": {"parameters": {"if": 1}}}]},
        {"response_format": {"type": "json_schema", "json_schema": "schema"}},
        {"response_format": {"type": "json_schema", "json_schema": None}},
        [],
        None,
    ],
)
def test_bodies_the_spec_refuses_are_steered_without_failing(body: Any) -> None:
    # A negative case goes through the same hook: its shape is anything JSON can be.
    steered_body = steered(body)
    if isinstance(body, dict) and isinstance(body.get("tools"), list):
        assert steered_body["tools"][2]["function"]["parameters"] == USABLE_SCHEMA
    else:
        assert steered_body == body


def test_each_operation_s_bodies_get_a_model_of_its_own_catalogue() -> None:
    embedding_models = models_of("/v1/embeddings", "post")
    assert "text-embedding-3-small" in embedding_models
    assert "glm-5" not in embedding_models
    bodies = [steered({"model": f"random-{index}", "input": "x"}, "/v1/embeddings", "POST") for index in range(50)]
    assert {body["model"] for body in bodies} - {f"random-{index}" for index in range(50)} <= set(embedding_models)
    assert models_of("/v1/models", "get") == MODELS  # no body, no catalogue of its own


def test_a_dimension_above_the_model_s_is_brought_down_to_it() -> None:
    asked = {"model": "text-embedding-3-small", "input": "x", "dimensions": 10_000}
    assert steered(asked, "/v1/embeddings", "post")["dimensions"] == 1536
    within = {**asked, "dimensions": 8}
    assert steered(within, "/v1/embeddings", "post") == within
    negative = {**asked, "dimensions": "many"}
    assert steered(negative, "/v1/embeddings", "post") == negative


def test_a_model_id_in_the_path_is_steered_like_a_body_s_model() -> None:
    assert steered_path({"model": "glm-5"}) == {"model": "glm-5"}
    swapped = [steered_path({"model": f"random-{index}"})["model"] for index in range(100)]
    assert sum(model in MODELS for model in swapped) > 50
