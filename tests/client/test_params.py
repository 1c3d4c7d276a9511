"""Request parameters as dicts (issue 11 item 3): the request models' constructors take the dict form of every
nested model and the values of every enum, build the models at once, or refuse with a ``UsageError`` naming the
argument and the JSON path; ``mixroute_client.params`` types those dicts for type checkers."""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import anyio
import attrs
import openai.types.chat
import pydantic
import pytest

import mixroute_client
from mixroute_client import RetryPolicy, UsageError
from mixroute_client._runtime import _params
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import (
    AssistantMessage,
    ChatCompletionMessage,
    CreateChatCompletionRequest,
    ImageContentPart,
    ImageDetail,
    ImageUrl,
    LogitBias,
    NamedToolChoice,
    OtherMessage,
    SystemMessage,
    TextContentPart,
    Tool,
    ToolChoiceMode,
    ToolMessage,
    UserMessage,
)
from mixroute_mock import DEFAULT_API_KEY
from tests.client.test_request_surface import SHAPES
from tests.conftest import InProcessClient

FIELDS = {field.name for field in attrs.fields(CreateChatCompletionRequest) if field.init}
# Every request shape a user of the gateway sends whose keys are all constructor arguments (provider
# pass-through keys go in additional_properties, not in the constructor).
DICT_SHAPES = {name: wire for name, wire in SHAPES.items() if set(wire) <= FIELDS}


@pytest.mark.parametrize("shape", list(DICT_SHAPES), ids=list(DICT_SHAPES))
def test_a_request_built_from_dicts_is_the_one_from_dict_builds(shape: str) -> None:
    wire = DICT_SHAPES[shape]
    built = CreateChatCompletionRequest(**copy.deepcopy(wire))
    assert built == CreateChatCompletionRequest.from_dict(copy.deepcopy(wire))
    assert built.to_dict() == wire


def test_the_shapes_cover_nested_params_enums_and_every_role() -> None:
    roles = {m["role"] for wire in DICT_SHAPES.values() for m in wire["messages"]}
    assert {"system", "developer", "user", "assistant", "function"} <= roles  # tool: the next test
    assert any("tools" in wire for wire in DICT_SHAPES.values())  # tool_choice: the next test


def test_dicts_become_the_models_their_literal_keys_name() -> None:
    request = CreateChatCompletionRequest(
        model="gpt-4o",
        messages=[
            SystemMessage(role="system", content="Be brief."),  # a model among dicts stays as it is
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Look:"},
                    {"type": "image_url", "image_url": {"url": "u", "detail": "low"}},
                ],
            },
            # A role the spec does not name is passed on as it is; a type checker (rightly) takes it only as an
            # OtherMessage, since a TypedDict cannot say "any other keys".
            {"role": "critic", "content": "Check."},  # type: ignore[list-item]
            {"role": "tool", "content": "42", "tool_call_id": "call_1"},
        ],
        tool_choice="auto",
        logit_bias={"50256": -100},
    )
    system, user, other, tool = request.messages
    assert isinstance(tool, ToolMessage)
    assert isinstance(system, SystemMessage)
    assert isinstance(user, UserMessage)
    assert isinstance(user.content, list)
    text, image = user.content
    assert isinstance(text, TextContentPart)
    assert isinstance(image, ImageContentPart)
    assert isinstance(image.image_url, ImageUrl)
    assert image.image_url.detail is ImageDetail.LOW
    assert isinstance(other, OtherMessage)
    assert other.additional_properties == {"content": "Check."}
    assert request.tool_choice is ToolChoiceMode.AUTO
    assert isinstance(request.logit_bias, LogitBias)


def test_nested_request_models_take_dicts_and_enum_values_too() -> None:
    assert ImageUrl(url="u", detail="high").detail is ImageDetail.HIGH
    message = UserMessage(role="user", content=({"type": "text", "text": "hi"},))  # any sequence
    assert message.content == [TextContentPart(type="text", text="hi")]
    tool = Tool(type="function", function={"name": "lookup", "parameters": {"type": "object"}})
    assert tool.to_dict() == {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    choice = CreateChatCompletionRequest(
        model="m", messages=[], tool_choice={"type": "function", "function": {"name": "f"}}
    )
    assert isinstance(choice.tool_choice, NamedToolChoice)


def test_every_optional_key_of_a_typed_dict_is_checked_against_its_own_type() -> None:
    """Python 3.10's get_type_hints keeps typing_extensions' NotRequired around an optional key's type: each of
    these was refused there ("expected , got an object"), and `make pythons` runs this test on 3.10."""
    request = CreateChatCompletionRequest(
        model="m",
        messages=[
            {"role": "user", "name": "ada", "content": "hi"},
            {"role": "assistant", "content": None},
        ],
        tools=[
            {
                "type": "function",
                "function": {"name": "f", "description": "d", "strict": True, "parameters": {"type": "object"}},
            }
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "x", "description": "d", "schema": {}}},
    )
    assert request.to_dict()["tools"][0]["function"]["description"] == "d"
    assert request.to_dict()["messages"][0]["name"] == "ada"


def test_a_type_without_a_json_description_is_named_in_the_refusal() -> None:
    class Opaque:
        pass

    assert _params._expected([Opaque], 1) == "expected Opaque, got an integer"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"messages": [{"role": "user", "contnet": "hi"}]},
            "(messages=...): messages[0]: the required key 'content' is missing (UserMessageParam)",
        ),
        (
            {"messages": [{"role": "user", "content": 5}]},
            "messages[0].content: expected a string or an array, got an integer",
        ),
        ({"messages": [{"content": "hi"}]}, "messages[0]: the required key 'role' is missing"),
        ({"messages": "hi"}, "messages: expected an array, got a string"),
        (
            {
                "messages": [
                    USER_OK := {"role": "user", "content": "ok"},
                    {"role": "user", "content": [{"type": "text", "txt": "x"}]},
                ]
            },
            "messages[1].content[0]: the required key 'text' is missing",
        ),
        (
            {
                "messages": [
                    {"role": "assistant", "tool_calls": [{"id": "1", "type": "function", "function": {"name": "f"}}]}
                ]
            },
            "messages[0].tool_calls[0].function: the required key 'arguments' is missing",
        ),
        (
            {"tool_choice": "automatic"},
            "(tool_choice=...): tool_choice: expected a NamedToolChoice or its dict or one of",
        ),
        (
            {"response_format": {"type": "yaml"}},
            "response_format.type: expected one of 'json_object', 'json_schema', 'text', got a string",
        ),
        ({"logit_bias": {"1": "x"}}, "logit_bias: a value is wrong: expected a number, got a string"),
        ({"stream_options": "yes"}, "stream_options: expected null or a StreamOptions or its dict, got a string"),
    ],
)
def test_a_bad_dict_is_refused_at_once_with_the_argument_and_json_path(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError) as refused:
        CreateChatCompletionRequest(**{"model": "m", "messages": [], **arguments})
    assert str(refused.value).startswith("CreateChatCompletionRequest(")
    assert message in str(refused.value)


def test_a_refusal_never_quotes_a_value_so_never_the_api_key() -> None:
    for arguments in (
        {"messages": [{"role": "user", "content": [DEFAULT_API_KEY]}]},
        {"messages": [{"role": DEFAULT_API_KEY}], "tool_choice": DEFAULT_API_KEY},
        {"messages": [], "metadata": {DEFAULT_API_KEY: 1}},
        {"messages": [], "logit_bias": {DEFAULT_API_KEY: "x"}},
    ):
        with pytest.raises(UsageError) as refused:
            CreateChatCompletionRequest(model="m", **arguments)
        assert DEFAULT_API_KEY not in str(refused.value)
        assert DEFAULT_API_KEY not in repr(refused.value)


def test_the_params_are_exported_from_the_package_and_load_with_the_first_use() -> None:
    from mixroute_client import params  # noqa: PLC0415

    assert mixroute_client.UserMessageParam is params.UserMessageParam
    assert "ChatCompletionParam" not in params.__all__  # replies have no params
    assert set(params.__all__) <= set(mixroute_client.__all__)


def test_a_reply_message_appended_to_the_next_request_becomes_an_assistant_message() -> None:
    reply = ChatCompletionMessage.from_dict(
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        }
    )
    request = CreateChatCompletionRequest(model="m", messages=[{"role": "user", "content": "Hi"}, reply])
    assert isinstance(request.messages[1], AssistantMessage)
    assert request.to_dict()["messages"][1] == reply.to_dict()


def test_a_request_built_from_dicts_is_sent_and_answered(in_process_client: InProcessClient) -> None:
    body = CreateChatCompletionRequest(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
        ],
        tools=[
            {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}}}
        ],
        tool_choice="auto",
    )
    client = in_process_client(retry_policy=RetryPolicy())

    async def send() -> Any:
        return await create_chat_completion.asyncio(client=client, body=body, max_retries=0)

    assert anyio.run(send).choices


GOOD = """
from mixroute_client.models import CreateChatCompletionRequest, UserMessage
from mixroute_client import ChatMessageParam, UserMessageParam

hello: UserMessageParam = {"role": "user", "content": "hi"}
history: list[ChatMessageParam] = [{"role": "system", "content": "Be brief."}, hello]
CreateChatCompletionRequest(
    model="gpt-4o",
    messages=[{"role": "system", "content": "Be brief."}, hello, UserMessage(role="user", content="hi")],
    tool_choice="auto",
    response_format={"type": "json_object"},
)
CreateChatCompletionRequest(model="gpt-4o", messages=history, tools=[{"type": "function", "function": {"name": "f"}}])
"""
# Each line that a type checker must refuse ends with its marker.
BAD = """
from mixroute_client.models import CreateChatCompletionRequest

CreateChatCompletionRequest(model="gpt-4o", messages=[{"role": "user", "contnet": "hi"}])  # misspelled key
CreateChatCompletionRequest(model="gpt-4o", messages=[{"role": "usr", "content": "hi"}])  # wrong role
CreateChatCompletionRequest(model="gpt-4o", messages=[], tool_choice="automatic")  # wrong enum value
"""


def test_mypy_strict_refuses_a_misspelled_key_or_role_in_a_dict_literal_and_passes_a_correct_one(
    tmp_path: Path,
) -> None:
    (tmp_path / "good.py").write_text(textwrap.dedent(GOOD), encoding="utf-8")
    (tmp_path / "bad.py").write_text(textwrap.dedent(BAD), encoding="utf-8")
    # A cache of the repository's own, as tests/test_readme.py keeps: the package is analysed again only once changed.
    # The repository's root from this file, not from generator/: `make pythons` runs these tests without it.
    cache = ["--cache-dir", str(Path(__file__).resolve().parents[2] / ".mypy_cache" / "params")]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *cache, "good.py", "bad.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("good.py")], result.stdout
    refused_lines = {int(line.split(":")[1]) for line in errors if line.startswith("bad.py")}
    marked = {number for number, line in enumerate(BAD.splitlines(), start=1) if "  # " in line}
    assert refused_lines == marked, result.stdout


class Note(pydantic.BaseModel):
    role: str
    content: str
    name: str | None = None


def test_messages_may_be_any_mapping_or_an_object_with_model_dump() -> None:
    """As the OpenAI SDK takes them: a pydantic model (its own ChatCompletionMessage among them) is sent as the
    fields that were set, in JSON mode; any mapping as the dict it holds. The models are typed as well (mypy checks
    this call: ``SupportsModelDump``); a mapping that is no dict literal is taken at run time only."""
    sdk_message = openai.types.chat.ChatCompletionMessage.model_validate(
        {"role": "assistant", "content": "Hi", "refusal": None}
    )
    frozen: Any = types.MappingProxyType({"role": "user", "content": ({"type": "text", "text": "hi"},)})
    request = CreateChatCompletionRequest(
        model="m", messages=[frozen, Note(role="system", content="Be brief."), sdk_message]
    )
    assert request.to_dict()["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "hi"}]},
        {"role": "system", "content": "Be brief."},
        {"role": "assistant", "content": "Hi", "refusal": None},
    ]
    assert isinstance(request.messages[1], SystemMessage)
    with pytest.raises(UsageError, match=r"messages\[0\]: the required key 'role' is missing"):
        CreateChatCompletionRequest(model="m", messages=[Note.model_construct(content="x")])
