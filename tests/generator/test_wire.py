"""generator/wire.py: the decisions the templates print, checked on the real spec as the generator parses it."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

from generator.wire import WireDecisions, default_base_url, shared_path_prefix, vector_schema
from tests.generator.projects import code, decisions, model, prop
from tests.golden.record import FIXTURE_CONFIG, FIXTURE_SPEC


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, WireDecisions]:
    return decisions(WireDecisions, tmp_path_factory.mktemp("render") / "client")


@pytest.fixture(scope="module")
def fixture_parsed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, WireDecisions]:
    """The golden-record fixture (tests/golden/), which has what openapi/mixroute.yaml lacks."""
    return decisions(WireDecisions, tmp_path_factory.mktemp("render") / "client", FIXTURE_SPEC, FIXTURE_CONFIG)


def test_models_that_arrive_in_responses_are_read_tolerantly_and_request_models_are_not(
    parsed: tuple[Any, WireDecisions],
) -> None:
    openapi, wire = parsed
    for name in ("ChatCompletion", "ChatCompletionChunk", "ChatCompletionDelta", "ToolCallDelta", "ErrorDetail"):
        assert wire.reads(model(openapi, name)), name
    for name in ("CreateChatCompletionRequest", "UserMessage", "TextContentPart", "FunctionDefinition"):
        assert not wire.reads(model(openapi, name)), name


def test_annotations_add_none_only_where_a_stand_in_can_be_none(parsed: tuple[Any, WireDecisions]) -> None:
    openapi, wire = parsed
    assert code(wire.annotation(prop(openapi, "ChatCompletionChunk", "id"))) == "str | None"
    # An optional property read from a reply is None when absent: never Unset.
    assert code(wire.annotation(prop(openapi, "ChatCompletionDelta", "role"))) == "Literal['assistant'] | None"
    assert code(wire.annotation(prop(openapi, "ChatCompletionChunk", "usage"))) == "CompletionUsage | None"
    # A required list or object stands in with [] or an empty model: the stock annotation stays.
    assert code(wire.annotation(prop(openapi, "ChatCompletionChunk", "choices"))) == "list[ChatCompletionChunkChoice]"
    # Request-only models keep their exact annotations.
    assert code(wire.annotation(prop(openapi, "CreateChatCompletionRequest", "model"))) == "str"
    assert code(wire.annotation(prop(openapi, "CreateChatCompletionRequest", "user"))) == "str | Unset"


def test_optional_properties_read_none_by_default_and_explicit_nulls_have_a_bit_each(
    parsed: tuple[Any, WireDecisions],
) -> None:
    openapi, wire = parsed
    choice = model(openapi, "ChatCompletionChunkChoice")
    assert wire.optional_names(choice) == ("finish_reason", "logprobs")
    flags = [wire.null_flag(choice, prop(openapi, "ChatCompletionChunkChoice", n)) for n in wire.optional_names(choice)]
    assert flags == [1, 2]
    assert code(wire.declaration(prop(openapi, "ChatCompletionDelta", "content"))) == "content: None | str = None"
    assert code(wire.declaration(prop(openapi, "CreateChatCompletionRequest", "user"))) == "user: str | Unset = UNSET"
    # What parses a present value is the stock code for a property that is there, which never meets Unset.
    usage = prop(openapi, "ChatCompletionChunk", "usage")
    assert not usage.required
    assert wire.as_read(usage).required
    assert "Unset" not in code(wire.as_read(usage).get_type_string())
    assert code(wire.json_names(model(openapi, "CompletionUsage"))).startswith("('prompt_tokens', ")


def test_a_request_property_as_present_is_written_without_a_second_unset_test(
    parsed: tuple[Any, WireDecisions],
) -> None:
    openapi, wire = parsed
    temperature = prop(openapi, "CreateChatCompletionRequest", "temperature")
    assert "Unset" in code(temperature.get_type_string())
    assert wire.as_present(temperature).required
    assert code(wire.as_present(temperature).get_type_string()) == "float | None"
    assert wire.as_read(temperature) is temperature  # a request property is not read tolerantly
    required = prop(openapi, "CreateChatCompletionRequest", "model")
    assert wire.as_present(required) is required


@pytest.mark.parametrize(
    ("spec", "model_name", "name", "fits"),
    [
        ("parsed", "ChatCompletionChunk", "id", "v.__class__ is str"),
        ("parsed", "ChatCompletionChunk", "created", "(v.__class__ is float or v.__class__ is int)"),
        # Optional: absence and null are tested after the check (the template), which leaves None out.
        ("parsed", "ChatCompletionDelta", "content", "v.__class__ is str"),
        ("parsed", "ChatCompletionDelta", "role", "v == 'assistant'"),
        # An enum beside strings: any string fits, the union parser maps the known ones to members.
        ("parsed", "ChatCompletionChunkChoice", "finish_reason", "v.__class__ is str"),
        # Required and nullable: null fits, and is tested first.
        ("parsed", "ChatCompletionChoice", "finish_reason", "v is None or v.__class__ is str"),
        ("fixture_parsed", "JobBase", "created_at", "v.__class__ is str"),
        ("fixture_parsed", "Job", "status", "v in ('done', 'queued', 'running')"),
        # ``True in (1, 2, 3)`` holds: a boolean must not pass for an integer value.
        ("fixture_parsed", "Run", "priority", "(v.__class__ is int and v in (1, 2, 3))"),
    ],
)
def test_fit_checks_are_the_json_types_absence_and_null_first(
    request: pytest.FixtureRequest, spec: str, model_name: str, name: str, fits: str
) -> None:
    openapi, wire = request.getfixturevalue(spec)
    assert code(wire.fits(prop(openapi, model_name, name), "v")) == fits


def test_the_schema_strict_mode_checks_is_a_python_literal(fixture_parsed: tuple[Any, WireDecisions]) -> None:
    _, wire = fixture_parsed
    assert code(wire.schema_literal("Job")) == "'Job'"
    # A success type that is no component schema (list_jobs, delete_job) is not checked, and must still compile.
    assert code(wire.schema_literal("list[Job]")) == code(wire.schema_literal("Any")) == "None"


def test_stand_ins_and_which_mistyped_values_are_unusable(parsed: tuple[Any, WireDecisions]) -> None:
    openapi, wire = parsed
    choices, delta = (
        prop(openapi, "ChatCompletionChunk", "choices"),
        prop(openapi, "ChatCompletionChunkChoice", "delta"),
    )
    assert (code(wire.stand_in(choices)), code(wire.stand_in(delta))) == ("[]", "ChatCompletionDelta.from_dict({})")
    assert wire.unusable_when_mistyped(prop(openapi, "ChatCompletionChunk", "id"))
    assert not wire.unusable_when_mistyped(prop(openapi, "ChatCompletionChunk", "object"))  # a const: informational
    assert not wire.unusable_when_mistyped(prop(openapi, "ChatCompletionDelta", "content"))  # optional
    assert wire.parses_models(choices)
    assert not wire.parses_models(prop(openapi, "ChatCompletionDelta", "content"))


def test_strict_mode_finds_each_class_s_schema(parsed: tuple[Any, WireDecisions]) -> None:
    _, wire = parsed
    assert wire.schema_name("ChatCompletionChunk") == "ChatCompletionChunk"
    assert wire.schema_name("NoSuchClass") is None


@pytest.mark.parametrize(
    ("paths", "prefix"),
    [
        (["/v1/chat/completions"], "/v1"),
        (["/v1/chat/completions", "/v1/models"], "/v1"),
        (["/v1/chat/completions", "/v2/models"], ""),
        (["/"], ""),
        ([], ""),
    ],
)
def test_the_shared_path_prefix_is_the_first_segment_every_path_has(paths: list[str], prefix: str) -> None:
    assert shared_path_prefix(paths) == prefix


@pytest.mark.parametrize(
    ("servers", "prefix", "base_url"),
    [
        ([{"url": "https://console.mixroute.io"}], "/v1", "https://console.mixroute.io"),
        ([{"url": "https://gw.example/v1/"}, {"url": "https://other.example"}], "/v1", "https://gw.example"),
        ([{"url": "https://gw.example/v1"}], "", "https://gw.example/v1"),
        ([], "/v1", ""),
    ],
)
def test_the_default_base_url_is_the_first_server_without_the_path_prefix(
    servers: list[dict[str, str]], prefix: str, base_url: str
) -> None:
    assert default_base_url(servers, prefix) == base_url


def test_an_optional_property_of_any_type_fits_only_when_present_and_not_null() -> None:
    # The spec has none today; the template tests absence and null after this check, so it must not take them.
    loose = AnyProperty.build(UntrustedString("x"), False, None, PythonIdentifier("x", ""), None, None)
    strict = AnyProperty.build(UntrustedString("x"), True, None, PythonIdentifier("x", ""), None, None)
    wire = WireDecisions([], [])
    assert code(wire.fits(loose, "v")) == "v is not UNSET and v is not None"
    assert code(wire.fits(strict, "v")) == "True"


def test_a_request_reads_null_as_absent_only_where_its_schema_allows_no_null(
    parsed: tuple[Any, WireDecisions],
) -> None:
    openapi, wire = parsed
    names = eval(code(wire.null_as_absent(model(openapi, "CreateChatCompletionRequest"))))  # a tuple literal
    assert {"tools", "tool_choice", "response_format", "web_search_options"} <= set(names)
    # temperature's schema has null: a null is sent as null.
    assert "temperature" not in names
    # Every property of NamedFunction is required: none to read as absent.
    assert code(wire.null_as_absent(model(openapi, "NamedFunction"))) == "()"


def test_from_dict_builds_the_object_in_a_name_no_property_has(parsed: tuple[Any, WireDecisions]) -> None:
    openapi, wire = parsed
    # Embedding.embedding: under the module's name, the object would be stored in itself (repr() recursed).
    assert wire.instance_name(model(openapi, "Embedding")) == "embedding_"
    assert wire.instance_name(model(openapi, "ChatCompletion")) == "chat_completion"


def test_an_openai_list_object_is_a_page_over_its_data(parsed: tuple[Any, WireDecisions]) -> None:
    openapi, wire = parsed
    items = wire.page_items(model(openapi, "ModelList"))
    assert items is not None
    assert items.python_name == "data"
    assert wire.page_items(model(openapi, "ChatCompletion")) is None
    assert wire.page_items(model(openapi, "Model")) is None


VECTOR = {"anyOf": [{"type": "array", "items": {"type": "number"}}, {"type": "string", "contentEncoding": "base64"}]}


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        (VECTOR, True),
        ({"oneOf": VECTOR["anyOf"]}, True),
        ({"anyOf": [VECTOR["anyOf"][0], {"type": "string"}]}, False),  # a plain string may be anything
        ({"anyOf": [{"type": "array", "items": {"type": "integer"}}, VECTOR["anyOf"][1]]}, False),
        ({"type": "array", "items": {"type": "number"}}, False),
        ("not a schema", False),
    ],
)
def test_a_vector_is_numbers_or_base64(schema: Any, expected: bool) -> None:
    assert vector_schema(schema) is expected


def test_the_embedding_vector_reads_as_floats_and_nothing_else_does(parsed: tuple[Any, WireDecisions]) -> None:
    openapi, wire = parsed
    vector = prop(openapi, "Embedding", "embedding")
    assert wire.decodes_vector(vector)
    assert code(wire.annotation(vector)) == "list[float] | None"
    assert wire.decodes_vectors(model(openapi, "Embedding"))
    assert not wire.decodes_vectors(model(openapi, "ChatCompletion"))
