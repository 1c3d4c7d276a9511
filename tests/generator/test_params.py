"""generator/params.py: the request params and the constructors' checks, on the real spec as parsed."""

from __future__ import annotations

from typing import Any

import pytest

from generator.params import ParamDecisions, param_name, parameter_annotation
from tests.generator.projects import code, decisions, model, prop


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, ParamDecisions]:
    return decisions(ParamDecisions, tmp_path_factory.mktemp("render") / "client")


def test_params_are_named_in_the_openai_sdk_style() -> None:
    assert param_name("UserMessage") == "UserMessageParam"


def test_every_request_side_schema_has_a_param_and_no_reply_only_one_does(parsed: tuple[Any, ParamDecisions]) -> None:
    _, params = parsed
    names = params.names()
    for name in ("CreateChatCompletionRequest", "UserMessage", "TextContentPart", "ToolCall", "NamedToolChoice"):
        assert param_name(name) in names
    for name in ("ChatCompletion", "ChatCompletionChunk", "CompletionUsage", "ErrorResponse"):
        assert param_name(name) not in names


def test_typed_dicts_mark_optional_keys_and_print_consts_as_literals(parsed: tuple[Any, ParamDecisions]) -> None:
    openapi, params = parsed
    text = code(params.typed_dict(model(openapi, "UserMessage")))
    assert text.startswith("class UserMessageParam(TypedDict):")
    assert "    role: Literal['user']\n" in text
    assert "    name: NotRequired[str]" in text
    content = code(params.param_type(prop(openapi, "UserMessage", "content")))
    assert content.startswith("str | list[TextContentPartParam | ImageContentPartParam")


def test_enums_are_literals_and_additional_only_objects_are_dict_aliases(parsed: tuple[Any, ParamDecisions]) -> None:
    openapi, params = parsed
    choice = code(params.param_type(prop(openapi, "CreateChatCompletionRequest", "tool_choice")))
    assert choice == "Literal['none', 'auto', 'required'] | NamedToolChoiceParam"
    assert ("LogitBiasParam", "dict[str, float]") in [(n, code(t)) for n, t in params.mapping_aliases()]


def test_parameters_take_the_model_or_its_param_in_lists_and_unions(parsed: tuple[Any, ParamDecisions]) -> None:
    openapi, _ = parsed
    messages = code(parameter_annotation(prop(openapi, "CreateChatCompletionRequest", "messages")))
    assert messages.startswith("Sequence[SystemMessage | SystemMessageParam | DeveloperMessage | DeveloperMessageParam")
    # Any pydantic model too, named once per union, after the models and before None (the runtime takes one).
    assert messages.endswith(" | OtherMessage | OtherMessageParam | SupportsModelDump]")
    assert messages.count("SupportsModelDump") == 1
    stream_options = code(parameter_annotation(prop(openapi, "CreateChatCompletionRequest", "stream_options")))
    assert stream_options == "StreamOptions | StreamOptionsParam | SupportsModelDump | None | Unset"
    choice = code(parameter_annotation(prop(openapi, "CreateChatCompletionRequest", "tool_choice")))
    assert choice == (
        "ToolChoiceMode | Literal['none', 'auto', 'required'] | NamedToolChoice | NamedToolChoiceParam"
        " | SupportsModelDump | Unset"
    )
    # Nothing to convert: the stock annotation, which the resource method declares as well.
    stop = prop(openapi, "CreateChatCompletionRequest", "stop")
    assert code(parameter_annotation(stop)) == code(stop.get_type_string())


def test_only_request_only_models_with_a_model_or_enum_inside_get_a_constructor(
    parsed: tuple[Any, ParamDecisions],
) -> None:
    openapi, params = parsed
    for name in ("CreateChatCompletionRequest", "UserMessage", "ImageUrl", "AssistantMessage"):
        assert params.converts(model(openapi, name)), name
    # RefusalContentPart holds only strings; ToolCall arrives in replies too, whose reading must not pay a check.
    for name in ("RefusalContentPart", "ToolCall", "ChatCompletion"):
        assert not params.converts(model(openapi, name)), name


def test_the_constructor_checks_each_convertible_parameter_cheapest_first(parsed: tuple[Any, ParamDecisions]) -> None:
    openapi, params = parsed
    request = model(openapi, "CreateChatCompletionRequest")
    init = code(params.init_method(request))
    assert init.startswith("def __init__(self, model: str, messages: Sequence[")
    assert (
        "    if not (stream_options is UNSET or stream_options is None or stream_options.__class__ is StreamOptions):\n"
        '        stream_options = _params.convert(stream_options, CreateChatCompletionRequest, "stream_options")\n'
    ) in init
    assert "    for _messages_item in messages:\n" in init
    assert "if not (_messages_item.__class__ in _MESSAGES_ITEM_CLASSES):" in init
    assert "temperature = _params.convert" not in init  # a float needs no conversion
    assert "    self.additional_properties = {}" in init
    assert code(params.init_constants(request)).startswith("_MESSAGES_ITEM_CLASSES = frozenset((SystemMessage, ")


def test_type_checking_imports_name_the_params_and_sequence_where_needed(parsed: tuple[Any, ParamDecisions]) -> None:
    openapi, params = parsed
    assert params.type_checking_imports(model(openapi, "ImageUrl")) == []
    imports = params.type_checking_imports(model(openapi, "AssistantMessage"))
    assert imports[0] == "from collections.abc import Sequence"
    assert "from ..params import ToolCallParam" in imports


def test_the_spec_named_unions_a_request_holds_are_aliases_of_their_members_params(
    parsed: tuple[Any, ParamDecisions],
) -> None:
    _, params = parsed
    aliases = {name: code(annotation) for name, annotation in params.union_aliases()}
    assert aliases["ChatMessageParam"].startswith("SystemMessageParam | DeveloperMessageParam | UserMessageParam")
    assert aliases["TextContentParam"] == "str | list[TextContentPartParam]"
    assert aliases["ToolChoiceParam"] == "Literal['none', 'auto', 'required'] | NamedToolChoiceParam"
    # Unions only replies hold (FinishReason) are no request's business.
    assert "FinishReasonParam" not in aliases
    assert "ChatMessageParam" in params.names()
