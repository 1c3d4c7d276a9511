"""The generated models against the spec: its examples, role dispatch, minimal requests, forward compatibility."""

from __future__ import annotations

import copy
from typing import Any, Protocol

import pytest

from mixroute_client import models
from mixroute_client._runtime._compat import Self
from tests.spec import SPEC, operation


class Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Any) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


def model_for(media: dict[str, Any]) -> type[Model]:
    """The generated class of a media type object's schema: the spec names the model, we never repeat it."""
    schema_name = media["schema"]["$ref"].rsplit("/", 1)[-1]
    model: type[Model] = getattr(models, schema_name)
    return model


def spec_examples() -> list[tuple[str, type[Model], dict[str, Any]]]:
    op = operation()
    found = []
    json_media = [("request", op["requestBody"]["content"]["application/json"])]
    for status, response in op["responses"].items():
        json_media.extend((status, media) for kind, media in response.get("content", {}).items() if "json" in kind)
    for where, media in json_media:
        for name, example in media.get("examples", {}).items():
            found.append((f"{where}:{name}", model_for(media), example["value"]))
    return found


EXAMPLES = spec_examples()


def test_the_spec_carries_the_documented_examples() -> None:
    names = {name for name, _, _ in EXAMPLES}
    assert {"request:glm5_introduce_ai", "request:gpt4o_get_weather"} <= names
    assert {"200:glm5_introduce_ai", "200:gpt4o_get_weather"} <= names


@pytest.mark.parametrize(("name", "model", "example"), EXAMPLES, ids=[name for name, _, _ in EXAMPLES])
def test_every_spec_example_parses_and_round_trips(name: str, model: type[Model], example: dict[str, Any]) -> None:
    parsed = model.from_dict(copy.deepcopy(example))
    assert type(parsed) is model
    assert parsed.to_dict() == example


def test_a_request_of_model_and_messages_serializes_to_exactly_those_keys() -> None:
    request = models.CreateChatCompletionRequest(
        model="glm-5",
        messages=[models.UserMessage(role="user", content="Briefly introduce artificial intelligence")],
    )
    assert request.to_dict() == {
        "model": "glm-5",
        "messages": [{"role": "user", "content": "Briefly introduce artificial intelligence"}],
    }


ROLE_MESSAGES: list[tuple[type[Model], dict[str, Any]]] = [
    (models.SystemMessage, {"role": "system", "content": "You are terse.", "name": "rules"}),
    (
        models.UserMessage,
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
            ],
        },
    ),
    (
        models.AssistantMessage,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
                }
            ],
        },
    ),
    (models.ToolMessage, {"role": "tool", "tool_call_id": "call_1", "content": '{"temperature_c": 3}'}),
]


@pytest.mark.parametrize(("model", "message"), ROLE_MESSAGES, ids=[m.__name__ for m, _ in ROLE_MESSAGES])
def test_each_role_parses_into_its_own_class_and_round_trips(model: type[Model], message: dict[str, Any]) -> None:
    request = models.CreateChatCompletionRequest.from_dict({"model": "gpt-4o", "messages": [message]})
    (parsed,) = request.messages
    assert type(parsed) is model
    assert request.to_dict()["messages"] == [message]


def test_content_parts_dispatch_on_their_type() -> None:
    _, user = ROLE_MESSAGES[1]
    parsed = models.UserMessage.from_dict(user)
    assert isinstance(parsed.content, list)
    assert [type(part) for part in parsed.content] == [models.TextContentPart, models.ImageContentPart]


def gateway_reply() -> dict[str, Any]:
    """A reply as an upstream behind the gateway sends it: fields and values no spec lists."""
    return {
        "id": "chatcmpl-r1",
        "object": "chat.completion",
        "created": 1764000000,
        "model": "deepseek-r1",
        "provider": "deepseek",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "42",
                    "reasoning_content": "The user wants the answer.",
                    "audio_meta": {"voice": "alloy"},
                    "tool_calls": None,
                },
                "finish_reason": "insufficient_system_resource",
                "native_finish_reason": "MAX_TOKENS",
            }
        ],
        "usage": {
            "prompt_tokens": 5,
            "completion_tokens": 7,
            "total_tokens": 12,
            "completion_tokens_details": {"reasoning_tokens": 6, "cache_write_tokens": 0},
            "cost": 0.00012,
        },
    }


def test_unknown_fields_and_enum_values_survive_a_round_trip() -> None:
    reply = gateway_reply()
    completion = models.ChatCompletion.from_dict(copy.deepcopy(reply))
    choice = completion.choices[0]
    assert choice.finish_reason == "insufficient_system_resource"
    assert choice.message.reasoning_content == "The user wants the answer."
    assert choice.message.tool_calls is None
    assert completion.additional_properties == {"provider": "deepseek"}
    assert choice.message.additional_properties == {"audio_meta": {"voice": "alloy"}}
    assert choice.finish_reason is models.KnownFinishReason.INSUFFICIENT_SYSTEM_RESOURCE
    assert completion.to_dict() == reply


def test_known_finish_reasons_are_typed() -> None:
    reply = gateway_reply()
    reply["choices"][0]["finish_reason"] = "length"
    completion = models.ChatCompletion.from_dict(reply)
    assert completion.choices[0].finish_reason is models.KnownFinishReason.LENGTH
    assert completion.to_dict() == reply


def test_the_spec_declares_no_default_on_any_request_field() -> None:
    """A default in the spec is sent by the generated client on its own and overrides the upstream's."""
    offenders = [path for path, _ in _walk(SPEC["components"]["schemas"], "") if path.endswith("/default")]
    assert offenders == []


def _walk(node: Any, path: str) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((f"{path}/{key}", value))
            found.extend(_walk(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_walk(value, f"{path}/{index}"))
    return found


def test_public_model_names_read_well() -> None:
    """No `...Type0` / `...Item` classes: every union member and list item is a named component."""
    awkward = [name for name in models.__all__ if ("Type" in name and name[-1].isdigit()) or name.endswith("Item")]
    assert awkward == []
