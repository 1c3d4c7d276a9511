"""generator/operations.py: the resource tree, method names and arguments, checked on the spec as parsed, and a
spec with operations of its own rendered into a client that has their methods with no hand edit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from openapi_python_client.parser.responses import BYTES_SOURCE, NONE_SOURCE

from generator.generate import PACKAGE, RENDER_CACHE, add_hand_written, render
from generator.operations import (
    Argument,
    Operation,
    OperationDecisions,
    Structured,
    StructuredExports,
    beta_aliases,
    content_type_header,
    errors_in_body,
    genai_operation,
    genai_operations,
    keyword_name,
    method_name,
    operation,
    path_format,
    path_order,
    reader,
    resource_path,
    resource_tree,
    resources,
    structured_outputs,
    success_responses,
)
from mixroute_mock import MockSettings, create_app
from mixroute_mock.serving import serving_in_thread
from mixroute_mock.spec import Spec
from tests.generator.projects import decisions
from tests.spec import spec_document


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, OperationDecisions]:
    return decisions(OperationDecisions, tmp_path_factory.mktemp("render") / "client")


def chat_endpoint(openapi: Any) -> Any:
    return openapi.endpoint_collections_by_tag["chat"].endpoints[0]


@pytest.mark.parametrize(
    ("path", "prefix", "expected"),
    [
        ("/v1/chat/completions", "/v1", ("chat", "completions")),
        ("/v1/models/{model}", "/v1", ("models",)),
        ("/v1/fine-tuning/jobs/{id}/events", "/v1", ("fine_tuning", "jobs", "events")),
        ("/health", "", ("health",)),
    ],
)
def test_resource_path_drops_the_prefix_and_parameters(path: str, prefix: str, expected: tuple[str, ...]) -> None:
    assert resource_path(path, prefix) == expected


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("post", "/v1/chat/completions", "create"),
        ("get", "/v1/models", "list"),
        ("get", "/v1/models/{model}", "retrieve"),
        ("post", "/v1/models/{model}", "update"),
        ("patch", "/v1/models/{model}", "update"),
        ("delete", "/v1/models/{model}", "delete"),
        ("head", "/v1/models", "head"),
    ],
)
def test_method_names_follow_the_sdk(method: str, path: str, expected: str) -> None:
    assert method_name(method, path) == expected


def op(method: str, module: str) -> Operation:
    return Operation(method=method, module=f"api.default.{module}", summary="", returns="None")


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "expected"),
    [
        ("post", "/v1/chat/completions", "createChatCompletion", "chat"),
        ("post", "/v1/embeddings", "createEmbedding", "embeddings"),
        ("post", "/v1/completions", "createCompletion", "text_completion"),
        ("get", "/v1/models", "listModels", "list_models"),
        ("get", "/v1/models/{model}", "retrieveModel", "retrieve_model"),
        ("get", "/v1/models/{model}", "retrieve-model.v2", "retrieve_model_v2"),
        ("get", "/health", None, "GET /health"),
    ],
)
def test_genai_operation_names_use_the_conventions_values_else_the_operation_id(
    method: str, path: str, operation_id: str | None, expected: str
) -> None:
    assert genai_operation(method, path, operation_id) == expected


def test_every_operation_of_the_spec_has_a_genai_operation_name() -> None:
    assert genai_operations(spec_document()["paths"]) == [
        ("POST", "/v1/chat/completions", "chat"),
        ("GET", "/v1/models", "list_models"),
        ("GET", "/v1/models/{model}", "retrieve_model"),
        ("POST", "/v1/embeddings", "embeddings"),
    ]


def test_the_tree_nests_resources_and_names_their_classes() -> None:
    root, problems = resource_tree(
        [("/v1/chat/completions", "/v1", op("create", "a")), ("/v1/models", "/v1", op("list", "b"))]
    )
    assert problems == []
    assert list(root.children) == ["chat", "models"]
    completions = root.children["chat"].children["completions"]
    assert completions.class_name == "ChatCompletionsResource"
    assert [o.method for o in completions.operations] == ["create"]
    assert [r.class_name for r in root.nested()] == ["ChatCompletionsResource", "ChatResource", "ModelsResource"]


def test_two_operations_that_would_share_a_method_keep_their_module_names() -> None:
    root, _ = resource_tree([("/v1/models", "/v1", op("list", "list_models")), ("/v1/models", "/v1", op("list", "x"))])
    assert [o.method for o in root.children["models"].operations] == ["list_models", "x"]


def test_a_method_named_like_a_sub_resource_is_a_problem() -> None:
    _, problems = resource_tree([("/v1/a", "/v1", op("create", "a")), ("/v1/a/create", "/v1", op("create", "b"))])
    assert problems == ["AResource: ['create'] are both a method and a sub-resource"]


def test_the_chat_operation_streams_and_takes_the_request_properties(parsed: tuple[Any, OperationDecisions]) -> None:
    openapi, decisions = parsed
    chat = operation(chat_endpoint(openapi), "api.chat.create_chat_completion", decisions)
    assert (chat.method, chat.module_name, chat.returns) == ("create", "create_chat_completion", "ChatCompletion")
    assert (chat.chunk, chat.final, chat.stream_flag) == ("ChatCompletionChunk", "ChatCompletion", "stream")
    assert chat.body_class == "CreateChatCompletionRequest"
    # Required arguments first, without defaults; the optional ones default to UNSET (not sent).
    assert chat.keywords[0] == Argument("model", "str", None)
    assert (chat.keywords[1].name, chat.keywords[1].default) == ("messages", None)
    # Where a model goes, its TypedDict may go too.
    assert "| UserMessage | UserMessageParam |" in chat.keywords[1].annotation
    assert Argument("temperature", "float | None | Unset", "UNSET") in chat.keywords
    assert "stream" not in [argument.name for argument in chat.without_stream_flag()]
    assert (chat.positional, chat.query, chat.headers) == ((), (), ())


def test_only_2xx_responses_succeed(parsed: tuple[Any, OperationDecisions]) -> None:
    openapi, _ = parsed
    assert [r.status_code.range for r in success_responses(chat_endpoint(openapi))] == [(200, 200)]


def test_httpx_names_the_json_content_type_and_the_request_names_any_other(
    parsed: tuple[Any, OperationDecisions],
) -> None:
    openapi, _ = parsed
    (json_body,) = chat_endpoint(openapi).bodies
    assert content_type_header(json_body) is None
    patch = SimpleNamespace(body_type="json", content_type="application/merge-patch+json")
    assert content_type_header(patch) == "application/merge-patch+json"
    form = SimpleNamespace(body_type="data", content_type="application/x-www-form-urlencoded")
    assert content_type_header(form) == "application/x-www-form-urlencoded"
    files = SimpleNamespace(body_type="files", content_type="multipart/form-data")
    assert content_type_header(files) == "multipart/form-data; boundary=+++"


def test_a_reply_is_read_by_its_model_and_a_body_other_than_json_is_refused(
    parsed: tuple[Any, OperationDecisions],
) -> None:
    openapi, _ = parsed
    (reply,) = success_responses(chat_endpoint(openapi))
    assert reader(reply) == "ChatCompletion.from_dict"
    assert reader(SimpleNamespace(source=NONE_SOURCE)) == "None"
    with pytest.raises(ValueError, match="only JSON"):
        reader(SimpleNamespace(source=BYTES_SOURCE))


def test_path_parameters_fill_the_template_by_position_in_its_order() -> None:
    assert path_format("/v1/a/{second-name}/b/{first}") == "/v1/a/{}/b/{}"
    named = [
        SimpleNamespace(name="first", python_name="first"),
        SimpleNamespace(name="second-name", python_name="second_name"),
    ]
    assert path_order("/v1/a/{second-name}/b/{first}", named) == ("second_name", "first")


def test_the_chat_descriptor(parsed: tuple[Any, OperationDecisions]) -> None:
    openapi, decisions = parsed
    chat = decisions.descriptor(chat_endpoint(openapi))
    assert (chat.name, chat.method, chat.path, chat.path_parameters) == (
        "create_chat_completion",
        "POST",
        "/v1/chat/completions",
        (),
    )
    assert chat.replies == ((200, 200, "ChatCompletion.from_dict"),)
    assert {low for low, _, _ in chat.errors} >= {400, 401, 429}
    assert (chat.reply_type, chat.chunk_type, chat.final_type, chat.stream_flag) == (
        "ChatCompletion",
        "ChatCompletionChunk",
        "ChatCompletion",
        "stream",
    )
    assert chat.content_type is None  # httpx2 names application/json itself
    assert chat.errors_in_body


def test_a_2xx_error_object_is_an_error_only_where_the_reply_has_no_error_property_of_its_own(
    parsed: tuple[Any, OperationDecisions],
) -> None:
    openapi, _ = parsed
    responses = {response.status_code.range[0]: response for response in chat_endpoint(openapi).responses.patterns}
    assert errors_in_body([responses[200]])  # ChatCompletion has no ``error``
    assert not errors_in_body([responses[400]])  # ErrorResponse has one: as a reply it would be read, not raised
    assert not errors_in_body([responses[200], responses[400]])
    assert not errors_in_body([])


def test_the_client_beta_holds_the_sdks_beta_resources_the_spec_has(parsed: tuple[Any, OperationDecisions]) -> None:
    openapi, decisions = parsed
    root, _ = resources(openapi, decisions, "/v1", "field_")
    assert [resource.attribute for resource in beta_aliases(root)] == ["chat"]
    del root.children["chat"]
    assert beta_aliases(root) == []


def test_the_resources_of_the_spec(parsed: tuple[Any, OperationDecisions]) -> None:
    openapi, decisions = parsed
    root, imports = resources(openapi, decisions, "/v1", "field_")
    classes = ["ChatCompletionsResource", "ChatResource", "ModelsResource", "EmbeddingsResource"]
    assert [r.class_name for r in root.nested()] == classes
    assert "from .models.chat_completion_chunk import ChatCompletionChunk" in imports
    assert "from .models.user_message import UserMessage" in imports


def with_batches_operations() -> dict[str, Any]:
    """The spec plus ``GET /v1/batches`` (a query parameter) and ``GET /v1/batches/{batch}`` (a path parameter)."""
    spec = spec_document()
    spec["components"]["schemas"]["Batch"] = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "owned_by": {"type": "string"}},
    }
    spec["components"]["schemas"]["BatchList"] = {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Batch"}}},
    }

    def get(operation_id: str, schema: str, parameters: list[dict[str, Any]]) -> dict[str, Any]:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
        return {
            "get": {
                "operationId": operation_id,
                "tags": ["batches"],
                "summary": f"{operation_id} summary",
                "security": [{"bearerAuth": []}],
                "parameters": parameters,
                "responses": {"200": {"description": "OK", "content": content}},
            }
        }

    limit = {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}}
    batch = {"name": "batch", "in": "path", "required": True, "schema": {"type": "string"}}
    spec["paths"]["/v1/batches"] = get("listBatches", "BatchList", [limit])
    spec["paths"]["/v1/batches/{batch}"] = get("retrieveBatch", "Batch", [batch])
    return spec


# Runs in the rendered package: the new methods exist, send what they should and return the new models, each call
# traced under the operation's name from the spec.
NEW_METHODS = textwrap.dedent(
    """
    import httpx2
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from mixroute_client import Mixroute
    from mixroute_client.models import Batch, BatchList

    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    trace.set_tracer_provider(provider)
    sent = []

    def answer(request):
        sent.append(request)
        if request.url.path == "/v1/batches":
            return httpx2.Response(200, json={"data": [{"id": "glm-5"}]})
        return httpx2.Response(200, json={"id": request.url.raw_path.decode().rsplit("/", 1)[1]})

    client = Mixroute(api_key="sk-test", http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))
    listed = client.batches.list(limit=2)
    assert isinstance(listed, BatchList) and listed.data[0].id == "glm-5", listed
    assert sent[-1].url == "https://console.mixroute.io/v1/batches?limit=2", sent[-1].url
    one = client.batches.retrieve("glm 5")
    assert isinstance(one, Batch) and one.id == "glm%205", one
    assert client.chat.completions.create is not None
    traced = [(span.name, span.attributes["gen_ai.operation.name"]) for span in spans.get_finished_spans()]
    assert traced == [("list_batches", "list_batches"), ("retrieve_batch", "retrieve_batch")], traced
    print("ok")
    """
)


def test_a_new_operation_in_the_spec_is_a_new_method(tmp_path: Path) -> None:
    spec = tmp_path / "mixroute.yaml"
    spec.write_text(yaml.safe_dump(with_batches_operations(), sort_keys=False), encoding="utf-8")
    render(spec, tmp_path / "generated_client", cache=RENDER_CACHE)
    add_hand_written(tmp_path / "generated_client" / PACKAGE)
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "generated_client")}
    result = subprocess.run(
        [sys.executable, "-c", NEW_METHODS], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_chat_chunks_fold_with_the_chat_accumulator_and_other_models_with_none(
    parsed: tuple[Any, OperationDecisions],
) -> None:
    openapi, decisions = parsed
    models = {str(model.class_info.name): model for model in openapi.models}
    assert decisions.accumulator(models["ChatCompletionChunk"]) == "ChatCompletionAccumulator"
    # Choices carrying a whole message, not a delta, are no chunks to fold.
    assert decisions.accumulator(models["ChatCompletion"]) is None
    assert decisions.accumulator(models["ErrorResponse"]) is None


RESPONSE_FORMAT = Argument("response_format", "ResponseFormatText | Unset", "UNSET")


@pytest.mark.parametrize(
    ("body", "accumulator", "expected"),
    [
        # A chat operation: parse() and stream(), reading the tools' arguments, the schema fallback in messages.
        (
            (Argument("messages", "list[Any]", None), RESPONSE_FORMAT, Argument("tools", "list[Any] | Unset", "UNSET")),
            "ChatCompletionAccumulator",
            Structured(RESPONSE_FORMAT, "tools", "messages"),
        ),
        ((RESPONSE_FORMAT,), "ChatCompletionAccumulator", Structured(RESPONSE_FORMAT, None, None)),
        # No response_format to read the reply by, or a required one (which parse() could not fill): none.
        ((Argument("messages", "list[Any]", None),), "ChatCompletionAccumulator", None),
        ((Argument("response_format", "Any", None),), "ChatCompletionAccumulator", None),
        # Chunks that are no chat completion chunks (or no stream at all): none.
        ((RESPONSE_FORMAT,), None, None),
    ],
)
def test_structured_outputs_are_for_chat_operations_that_take_a_response_format(
    body: tuple[Argument, ...], accumulator: str | None, expected: Structured | None
) -> None:
    assert structured_outputs(body, accumulator) == expected


def test_the_chat_operation_gets_parse_and_stream(parsed: tuple[Any, OperationDecisions]) -> None:
    openapi, decisions = parsed
    chat = operation(chat_endpoint(openapi), "api.chat.create_chat_completion", decisions)
    assert chat.structured is not None
    assert (chat.structured.response_format.name, chat.structured.tools, chat.structured.messages) == (
        "response_format",
        "tools",
        "messages",
    )
    # parse() and stream() decide the stream flag and declare response_format with a type as well.
    assert {"stream", "response_format"}.isdisjoint(argument.name for argument in chat.structured_keywords())
    assert len(chat.structured_keywords()) == len(chat.keywords) - 2
    # Their body is create()'s without the stream flag, the response format and messages as the type asks.
    create, parse = dict(_keyword(passed) for passed in chat.passed_body()), dict(map(_keyword, chat.parse_body()))
    assert create.keys() - parse.keys() == {"stream"}
    assert {name: value for name, value in parse.items() if value != create[name]} == {
        "messages": "_parsing.schema_messages(messages, response_format, response_format_mode)",
        "response_format": "_parsing.response_format_param(response_format, response_format_mode)",
    }


def _keyword(passed: str) -> tuple[str, str]:
    name, _, value = passed.partition("=")
    return name, value


def test_the_exported_structured_output_names_are_the_runtimes(parsed: tuple[Any, OperationDecisions]) -> None:
    from mixroute_client.lib import _parsing, _stream_events  # noqa: PLC0415

    openapi, decisions = parsed
    endpoints = [
        endpoint for collection in openapi.endpoint_collections_by_tag.values() for endpoint in collection.endpoints
    ]
    assert decisions.structured_exports(endpoints) == StructuredExports()
    assert set(StructuredExports().parsing) == set(_parsing.__all__)
    assert set(StructuredExports().events) == set(_stream_events.__all__)
    assert decisions.structured_exports([]) is None


@pytest.mark.parametrize(
    ("wire_name", "taken", "expected"),
    [
        ("input", (), "input"),  # a builtin's name: the SDK's `embeddings.create(input=...)`
        ("type", (), "type"),
        ("from", (), "from_"),  # a keyword
        ("match", (), "match_"),  # a soft keyword
        ("x-trace", (), "x_trace"),  # no identifier
        ("timeout", (), "timeout_"),  # a call option
        ("self", (), "self_"),
        ("limit", ("limit",), "limit_"),  # another argument's
    ],
)
def test_keywords_keep_their_wire_names_where_python_allows(
    wire_name: str, taken: tuple[str, ...], expected: str
) -> None:
    fallback = {"x-trace": "x_trace"}.get(wire_name, f"{wire_name}_")
    assert keyword_name(wire_name, fallback, taken) == expected


def test_embeddings_take_input_by_its_wire_name(parsed: tuple[Any, OperationDecisions]) -> None:
    openapi, decisions = parsed
    endpoint = openapi.endpoint_collections_by_tag["embeddings"].endpoints[0]
    create = operation(endpoint, "api.embeddings.create_embedding", decisions)
    given = next(argument for argument in create.keywords if argument.name == "input")
    # The body model's attribute has the wire name too (generator/names.py): handed on as it is.
    assert (given.target, given.passed) == ("", "input=input")
    assert Argument("model", "str", None).passed == "model=model"


def with_usage_report() -> dict[str, Any]:
    """The spec plus ``GET /v1/usage?start=...&days=...`` (two required query parameters), whose reply nests
    objects in a list in an object, and which neither the client nor the mock has a line of its own for."""
    spec = spec_document()
    tokens = {
        "type": "object",
        "required": ["input", "output"],
        "properties": {"input": {"type": "integer", "minimum": 0}, "output": {"type": "integer", "minimum": 0}},
    }
    spec["components"]["schemas"]["UsageDay"] = {
        "type": "object",
        "required": ["date", "requests", "tokens"],
        "properties": {"date": {"type": "string"}, "requests": {"type": "integer", "minimum": 0}, "tokens": tokens},
    }
    spec["components"]["schemas"]["UsageReport"] = {
        "type": "object",
        "required": ["object", "days"],
        "properties": {
            "object": {"const": "usage.report"},
            "days": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/UsageDay"}},
        },
    }
    query = [
        {"name": "start", "in": "query", "required": True, "schema": {"type": "string", "minLength": 10}},
        {"name": "days", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 1, "maximum": 31}},
    ]
    report = {"application/json": {"schema": {"$ref": "#/components/schemas/UsageReport"}}}
    spec["paths"]["/v1/usage"] = {
        "get": {
            "operationId": "getUsage",
            "tags": ["usage"],
            "summary": "Usage per day",
            "security": [{"bearerAuth": []}],
            "parameters": query,
            "responses": {
                "200": {"description": "The usage", "content": report},
                "400": {"$ref": "#/components/responses/BadRequest"},
            },
        }
    }
    return spec


# Runs in the package rendered from that spec, against the mock started on it: prints the reply as JSON.
CALLS_THE_MOCK = textwrap.dedent(
    """
    import json
    import sys

    from mixroute_client import BadRequestError, Mixroute
    from mixroute_client.models import UsageReport

    with Mixroute(api_key="sk-mixroute-test", base_url=sys.argv[1], max_retries=0) as client:
        report = client.usage.list(start="2026-11-01", days=7)
        assert isinstance(report, UsageReport), report
        try:
            client.usage.list(start="2026-11-01", days=0)
        except BadRequestError as error:
            assert error.param == "days", error
        else:
            raise AssertionError("days=0 was accepted")
    print(json.dumps(report.to_dict()))
    """
)


def test_a_new_operation_is_a_method_that_the_mock_serves_from_the_spec_alone(tmp_path: Path) -> None:
    document = with_usage_report()
    spec = tmp_path / "mixroute.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    render(spec, tmp_path / "generated_client", cache=RENDER_CACHE)
    add_hand_written(tmp_path / "generated_client" / PACKAGE)
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "generated_client")}
    served = Spec(document)
    with serving_in_thread(create_app(MockSettings(log=False), spec=served)) as mock:
        result = subprocess.run(
            [sys.executable, "-c", CALLS_THE_MOCK, mock.url],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert served.violation("UsageReport", report) is None
    assert report["days"][0]["tokens"].keys() == {"input", "output"}
