"""OpenTelemetry GenAI spans and metrics of every call, read back through the SDK's in-memory exporter and reader.

Each test gets its own tracer and meter providers, handed to the runtime as if resolved from the global ones (which
a process can set only once); one test runs a fresh interpreter to show the global providers, ``MIXROUTE_OTEL=0``
and a process with no SDK set up.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx2
import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from mixroute_client import errors
from mixroute_client._runtime import _telemetry
from mixroute_client._runtime._telemetry import Instruments, operation_name
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.api.embeddings import create_embedding
from mixroute_client.api.models import list_models
from mixroute_client.models import CreateEmbeddingRequest

from .conftest import API_KEY, SleepRecorder, chat_request, chunk, completion, make_client, sse_body

USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
TOOL_CALL = {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}}
PARAMETERS = {"temperature": 0.3, "max_tokens": 64, "top_p": 0.9, "seed": 7, "stop": ["END"]}


@dataclass
class Telemetry:
    spans: InMemorySpanExporter
    reader: InMemoryMetricReader

    def span(self) -> ReadableSpan:
        (finished,) = self.spans.get_finished_spans()
        return finished

    def points(self, name: str) -> list[HistogramDataPoint]:
        data = self.reader.get_metrics_data()
        assert data is not None
        found = [
            point
            for resource in data.resource_metrics
            for scope in resource.scope_metrics
            for metric in scope.metrics
            if metric.name == name
            for point in metric.data.data_points
        ]
        return [point for point in found if isinstance(point, HistogramDataPoint)]

    def everything(self) -> str:
        """Every span (events included) and metric point, as JSON."""
        data = self.reader.get_metrics_data()
        spans = [span.to_json() for span in self.spans.get_finished_spans()]
        return "\n".join([*spans, data.to_json() if data is not None else ""])


def telemetry(monkeypatch: pytest.MonkeyPatch, *, capture: bool = False) -> Telemetry:
    spans, reader = InMemorySpanExporter(), InMemoryMetricReader()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    meter_provider = MeterProvider(metric_readers=[reader])
    instruments = Instruments(
        tracer_provider.get_tracer("mixroute_client"), meter_provider.get_meter("mixroute_client"), capture=capture
    )
    monkeypatch.setattr(_telemetry._Switch, "resolved", True)
    monkeypatch.setattr(_telemetry._Switch, "instruments", instruments)
    return Telemetry(spans, reader)


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Telemetry:
    return telemetry(monkeypatch)


def answering(*replies: httpx2.Response) -> Callable[[httpx2.Request], httpx2.Response]:
    """A server that gives ``replies`` in turn."""
    queue = list(replies)

    def handle(request: httpx2.Request) -> httpx2.Response:
        return queue.pop(0)

    return handle


def ok(body: dict[str, Any]) -> httpx2.Response:
    return httpx2.Response(200, json=body, headers={"x-request-id": "req-1"})


def rate_limited(**headers: str) -> httpx2.Response:
    body = {"error": {"message": "Rate limit reached", "type": "rate_limit_error", "code": "rate_limit_exceeded"}}
    return httpx2.Response(429, json=body, headers={"retry-after": "1", **headers})


def attributes(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def common(model: str = "glm-5") -> dict[str, Any]:
    return {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "mixroute",
        "gen_ai.request.model": model,
        "server.address": "api.test",
        "server.port": 443,
    }


def test_a_plain_call_is_a_client_span_with_the_request_and_the_answer(otel: Telemetry, sleeps: SleepRecorder) -> None:
    client = make_client(answering(ok(completion(usage=USAGE))), sleeps)
    create_chat_completion.sync(client=client, body=chat_request(**PARAMETERS))
    span = otel.span()
    assert span.name == "chat glm-5"
    assert span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.UNSET
    assert attributes(span) == {
        **common(),
        "gen_ai.request.stream": False,
        "gen_ai.request.temperature": 0.3,
        "gen_ai.request.max_tokens": 64,
        "gen_ai.request.top_p": 0.9,
        "gen_ai.request.seed": 7,
        "gen_ai.request.stop_sequences": ("END",),
        "gen_ai.response.id": "chatcmpl-1",
        "gen_ai.response.model": "glm-5",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.input_tokens": 11,
        "gen_ai.usage.output_tokens": 7,
        "http.response.status_code": 200,
    }
    assert not span.events


def test_a_plain_call_records_its_duration_and_tokens(otel: Telemetry, sleeps: SleepRecorder) -> None:
    client = make_client(answering(ok(completion(usage=USAGE))), sleeps)
    create_chat_completion.sync(client=client, body=chat_request())
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert dict(duration.attributes or {}) == {**common(), "gen_ai.response.model": "glm-5"}
    assert duration.count == 1
    assert 0 < duration.sum < 10
    tokens = {dict(p.attributes or {})["gen_ai.token.type"]: p.sum for p in otel.points("gen_ai.client.token.usage")}
    assert tokens == {"input": 11, "output": 7}
    assert not otel.points("gen_ai.client.operation.time_to_first_chunk")


def test_the_histograms_carry_the_conventions_buckets_and_units(otel: Telemetry, sleeps: SleepRecorder) -> None:
    create_chat_completion.sync(client=make_client(answering(ok(completion(usage=USAGE))), sleeps), body=chat_request())
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert tuple(duration.explicit_bounds) == _telemetry.DURATION_BUCKETS
    assert tuple(otel.points("gen_ai.client.token.usage")[0].explicit_bounds) == _telemetry.TOKEN_BUCKETS
    data = otel.reader.get_metrics_data()
    assert data is not None
    units = {m.name: m.unit for m in data.resource_metrics[0].scope_metrics[0].metrics}
    assert units == {"gen_ai.client.operation.duration": "s", "gen_ai.client.token.usage": "{token}"}


EVENT_STREAM = {"content-type": "text/event-stream"}


def stream_reply(*, usage: bool = True, done: bool = True) -> httpx2.Response:
    payloads = [
        chunk({"role": "assistant", "content": "Hel"}),
        chunk({"content": "lo"}, finish_reason="stop"),
    ]
    if usage:
        payloads.append(chunk(None, usage=USAGE))
    return httpx2.Response(200, content=sse_body(payloads, done=done), headers=EVENT_STREAM)


def test_a_stream_span_ends_when_the_stream_is_read_and_carries_what_the_chunks_add_up_to(
    otel: Telemetry, sleeps: SleepRecorder
) -> None:
    client = make_client(answering(stream_reply()), sleeps)
    with create_chat_completion.stream(client=client, body=chat_request(temperature=1)) as stream:
        assert not otel.spans.get_finished_spans()
        text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
        assert otel.spans.get_finished_spans()
    assert text == "Hello"
    span = otel.span()
    found = attributes(span)
    first_chunk = found.pop("gen_ai.response.time_to_first_chunk")
    assert 0 < first_chunk < 10
    assert found == {
        **common(),
        "gen_ai.request.stream": True,
        "gen_ai.request.temperature": 1,
        "gen_ai.response.id": "chatcmpl-1",
        "gen_ai.response.model": "glm-5",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.input_tokens": 11,
        "gen_ai.usage.output_tokens": 7,
    }
    (ttfc,) = otel.points("gen_ai.client.operation.time_to_first_chunk")
    assert ttfc.sum == pytest.approx(first_chunk)
    assert tuple(ttfc.explicit_bounds) == _telemetry.FIRST_CHUNK_BUCKETS
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert duration.sum >= first_chunk


def test_a_stream_closed_early_ends_its_span_without_an_error(otel: Telemetry, sleeps: SleepRecorder) -> None:
    client = make_client(answering(stream_reply()), sleeps)
    with create_chat_completion.stream(client=client, body=chat_request()) as stream:
        for _ in stream:
            break
    span = otel.span()
    assert span.status.status_code is StatusCode.UNSET
    assert "error.type" not in attributes(span)
    assert attributes(span)["gen_ai.response.id"] == "chatcmpl-1"


def test_a_stream_never_read_ends_its_span_when_closed(otel: Telemetry, sleeps: SleepRecorder) -> None:
    with create_chat_completion.stream(client=make_client(answering(stream_reply()), sleeps), body=chat_request()):
        pass
    assert "gen_ai.response.time_to_first_chunk" not in attributes(otel.span())


def test_a_stream_that_breaks_off_ends_its_span_with_the_error(otel: Telemetry, sleeps: SleepRecorder) -> None:
    cut = sse_body([chunk({"content": "Hel"})], done=False)
    client = make_client(answering(httpx2.Response(200, content=cut, headers=EVENT_STREAM)), sleeps)
    with (
        pytest.raises(errors.IncompleteStreamError),
        create_chat_completion.stream(client=client, body=chat_request()) as stream,
    ):
        list(stream)
    span = otel.span()
    assert span.status.status_code is StatusCode.ERROR
    assert attributes(span)["error.type"] == "IncompleteStreamError"
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert dict(duration.attributes or {})["error.type"] == "IncompleteStreamError"


def test_a_tool_call_reports_its_finish_reason_and_with_content_capture_the_call(
    monkeypatch: pytest.MonkeyPatch, sleeps: SleepRecorder
) -> None:
    otel = telemetry(monkeypatch, capture=True)
    message = {"role": "assistant", "content": None, "tool_calls": [TOOL_CALL]}
    reply = completion(usage=USAGE)
    reply["choices"] = [{"index": 0, "message": message, "finish_reason": "tool_calls"}]
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
    client = make_client(answering(ok(reply)), sleeps)
    create_chat_completion.sync(client=client, body=chat_request(tools=tools))
    found = attributes(otel.span())
    assert found["gen_ai.response.finish_reasons"] == ("tool_calls",)
    hi = {"type": "text", "content": "Hi"}
    assert json.loads(found["gen_ai.input.messages"]) == [{"role": "user", "parts": [hi]}]
    assert json.loads(found["gen_ai.output.messages"]) == [
        {
            "role": "assistant",
            "parts": [{"type": "tool_call", "id": "call_1", "name": "get_weather", "arguments": '{"city": "Paris"}'}],
            "finish_reason": "tool_calls",
        }
    ]


def test_message_contents_are_not_recorded_unless_asked_for(otel: Telemetry, sleeps: SleepRecorder) -> None:
    create_chat_completion.sync(client=make_client(answering(ok(completion())), sleeps), body=chat_request())
    assert "Hi" not in otel.everything()
    assert "Hello!" not in otel.everything()


def test_a_retried_429_is_a_span_event_and_the_call_succeeds(otel: Telemetry, sleeps: SleepRecorder) -> None:
    client = make_client(answering(rate_limited(), ok(completion(usage=USAGE))), sleeps)
    create_chat_completion.sync(client=client, body=chat_request())
    span = otel.span()
    assert span.status.status_code is StatusCode.UNSET
    assert "error.type" not in attributes(span)
    assert attributes(span)["http.request.resend_count"] == 1
    (event,) = span.events
    assert event.name == "mixroute.retry"
    assert dict(event.attributes or {}) == {
        "http.request.resend_count": 1,
        "mixroute.retry.delay": 1.0,
        "http.response.status_code": 429,
        "error.type": "RateLimitError",
    }
    assert sleeps.delays == [1.0]


def test_a_429_that_is_not_retried_ends_the_span_with_its_error(otel: Telemetry, sleeps: SleepRecorder) -> None:
    client = make_client(answering(rate_limited(**{"x-should-retry": "false"})), sleeps)
    with pytest.raises(errors.RateLimitError):
        create_chat_completion.sync(client=client, body=chat_request())
    span = otel.span()
    assert span.status.status_code is StatusCode.ERROR
    assert not span.events
    found = attributes(span)
    assert found["error.type"] == "RateLimitError"
    assert found["http.response.status_code"] == 429
    assert "gen_ai.response.id" not in found
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert dict(duration.attributes or {}) == {**common(), "error.type": "RateLimitError"}
    assert not otel.points("gen_ai.client.token.usage")


def test_retries_that_run_out_end_with_the_connection_error(otel: Telemetry, sleeps: SleepRecorder) -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("connection refused", request=request)

    with pytest.raises(errors.APIConnectionError):
        create_chat_completion.sync(client=make_client(refuse, sleeps, max_retries=2), body=chat_request())
    span = otel.span()
    assert attributes(span)["error.type"] == "APIConnectionError"
    assert [dict(e.attributes or {})["error.type"] for e in span.events] == ["APIConnectionError"] * 2


def test_the_key_never_reaches_a_span_event_or_metric(monkeypatch: pytest.MonkeyPatch, sleeps: SleepRecorder) -> None:
    otel = telemetry(monkeypatch, capture=True)
    echo = {"error": {"message": f"Incorrect API key provided: {API_KEY}", "type": "invalid_request_error"}}
    replies = [
        httpx2.Response(503, json=echo, headers={"retry-after": "0", "x-echo": f"Bearer {API_KEY}"}),
        httpx2.Response(401, json=echo, headers={"x-echo": API_KEY}),
    ]
    client = make_client(answering(*replies), sleeps, auth_header_name="X-Mixroute-Key", prefix="")
    body = chat_request()
    body.messages[0].content = f"my key is {API_KEY}"  # type: ignore[union-attr]
    with pytest.raises(errors.AuthenticationError):
        create_chat_completion.sync(client=client, body=body)
    everything = otel.everything()
    assert "my key is ***" in everything
    assert API_KEY not in everything


@pytest.mark.anyio
async def test_async_calls_and_streams_get_the_same_spans(otel: Telemetry, sleeps: SleepRecorder) -> None:
    client = make_client(answering(ok(completion(usage=USAGE)), stream_reply()), sleeps)
    await create_chat_completion.asyncio(client=client, body=chat_request())
    async with create_chat_completion.asyncio_stream(client=client, body=chat_request()) as stream:
        async for _ in stream:
            pass
    plain, streamed = otel.spans.get_finished_spans()
    assert attributes(plain)["gen_ai.usage.output_tokens"] == 7
    assert attributes(streamed)["gen_ai.request.stream"] is True
    assert attributes(streamed)["gen_ai.usage.output_tokens"] == 7
    assert "gen_ai.response.time_to_first_chunk" in attributes(streamed)


def test_a_2xx_that_is_no_stream_ends_the_stream_span_with_the_error(otel: Telemetry, sleeps: SleepRecorder) -> None:
    client = make_client(answering(ok(completion())), sleeps)
    with pytest.raises(errors.APIResponseValidationError):
        create_chat_completion.stream(client=client, body=chat_request()).__enter__()
    assert attributes(otel.span())["error.type"] == "APIResponseValidationError"


def test_the_new_operations_are_traced_under_their_own_names(otel: Telemetry, sleeps: SleepRecorder) -> None:
    vector = {"object": "embedding", "index": 0, "embedding": [0.5, -0.25]}
    embedded = {"object": "list", "data": [vector], "model": "text-embedding-v4", "usage": {"prompt_tokens": 3}}
    models = {"object": "list", "data": [{"id": "glm-5", "object": "model", "created": 1, "owned_by": "zhipu"}]}
    client = make_client(answering(ok(embedded), ok(models)), sleeps)
    body = {"model": "text-embedding-v4", "input": "Hi", "dimensions": 2, "encoding_format": "float"}
    create_embedding.sync(client=client, body=CreateEmbeddingRequest.from_dict(body))
    list_models.sync(client=client)
    embedding, listing = otel.spans.get_finished_spans()
    assert embedding.name == "embeddings text-embedding-v4"
    assert attributes(embedding) == {
        **common("text-embedding-v4"),
        "gen_ai.operation.name": "embeddings",
        "gen_ai.embeddings.dimension.count": 2,
        "gen_ai.request.encoding_formats": ("float",),
        "gen_ai.response.model": "text-embedding-v4",
        "gen_ai.usage.input_tokens": 3,
        "http.response.status_code": 200,
    }
    assert listing.name == "list_models"
    assert attributes(listing)["gen_ai.operation.name"] == "list_models"
    assert "gen_ai.request.model" not in attributes(listing)


@pytest.mark.parametrize(
    ("method", "url", "expected"),
    [
        ("POST", "/v1/chat/completions", "chat"),
        ("post", "/v1/chat/completions?x=1", "chat"),
        ("GET", "/v1/models/glm-5", "retrieve_model"),
        ("GET", "/v1/models/glm-5/x", "GET /v1/models/glm-5/x"),
        ("PUT", "/v1/chat/completions", "PUT /v1/chat/completions"),
    ],
)
def test_the_operation_name_comes_from_the_spec(method: str, url: str, expected: str) -> None:
    assert operation_name(method, url) == expected


# A fresh interpreter: the global providers can be set once per process.
GLOBAL_PROVIDERS = """
import sys

import httpx2

from mixroute_client import AuthenticatedClient
from mixroute_client._runtime import _telemetry
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.api.embeddings import create_embedding
from mixroute_client.api.models import list_models
from mixroute_client.models import CreateEmbeddingRequest
from mixroute_client.models import CreateChatCompletionRequest

print(_telemetry.resolve() is None, "opentelemetry" in sys.modules)

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

print(_telemetry.resolve() is None)
spans = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(spans))
trace.set_tracer_provider(provider)
print(_telemetry.resolve({"MIXROUTE_OTEL": "0"}) is None)
_telemetry.resolve()
reply = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
client = AuthenticatedClient(
    base_url="https://api.test", token="sk-test-key",
    httpx_args={"transport": httpx2.MockTransport(lambda request: httpx2.Response(200, json=reply))},
)
body = CreateChatCompletionRequest.from_dict({"model": "m", "messages": [{"role": "user", "content": "Hi"}]})
create_chat_completion.sync(client=client, body=body)
print([span.name for span in spans.get_finished_spans()])
"""


def test_the_global_providers_are_found_and_mixroute_otel_0_turns_them_off() -> None:
    """Before any set-up the API is not even imported; once imported, its stand-in providers mean no SDK."""
    env = {"PATH": "", "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(GLOBAL_PROVIDERS)], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["True False", "True", "True", "['chat m']"]


def test_a_call_observed_by_nothing_costs_one_check(monkeypatch: pytest.MonkeyPatch, sleeps: SleepRecorder) -> None:
    monkeypatch.setattr(_telemetry._Switch, "resolved", True)
    monkeypatch.setattr(_telemetry._Switch, "instruments", None)
    request = httpx2.Request("POST", "https://api.test/v1/chat/completions")
    assert _telemetry.watch({}, request, stream=False) is None
