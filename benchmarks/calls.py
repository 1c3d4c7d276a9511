"""Benchmark 1: one non-streamed call, seed-sized request and reply, on an in-memory transport.

Beside the comparison with raw httpx2 and the OpenAI SDK, the two call styles of this client are compared with
each other: ``Mixroute(...).chat.completions.create(...)`` against the module function it goes through, each
building its request on every call from the same inputs (models, or plain dicts as OpenAI users write them).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.decoders import decoders
from benchmarks.payloads import BASE_URL, PATH, seed_request, seed_response
from benchmarks.results import Row
from benchmarks.timing import Budget, compare
from mixroute_client import Mixroute
from mixroute_client._runtime import _telemetry
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, CreateChatCompletionRequest, UserMessage

FAMILY = "1 call"
TARGET = 1.1  # issue 14
# The OpenAI-style client may cost at most this much more than the module functions (issue 11, item 9).
STYLE_TARGET = 1.05


def _content(completion: object) -> str | None:
    if not isinstance(completion, ChatCompletion):
        raise TypeError(f"expected a ChatCompletion, got {completion!r}")
    content = completion.choices[0].message.content
    return content if isinstance(content, str) else None


def run(budget: Budget) -> list[Row]:
    reply = json.dumps(seed_response()).encode()
    request = seed_request()
    replays = {side: clients.Replay(reply, "application/json") for side in ("ours", "raw", "openai")}
    ours = clients.ours(replays["ours"].transport())
    raw = clients.raw(replays["raw"].transport())
    sdk = clients.sdk(replays["openai"].transport())
    body = CreateChatCompletionRequest.from_dict(request)

    def call_ours() -> str | None:
        return _content(create_chat_completion.sync(client=ours, body=body))

    def call_raw() -> str | None:
        content: str | None = json.loads(raw.post(PATH, json=request).content)["choices"][0]["message"]["content"]
        return content

    def call_sdk() -> str | None:
        completion = sdk.chat.completions.create(model=request["model"], messages=request["messages"])
        return completion.choices[0].message.content

    sides = {"raw": call_raw, "ours": call_ours, "openai": call_sdk}
    content = agreed({name: call() for name, call in sides.items()})
    sent = agreed({name: replay.last_request for name, replay in replays.items()})
    rows = []
    for decoder, decoding in decoders():
        with decoding():
            agreed({"raw": content, "ours": call_ours()})
            medians = compare(sides, budget)
        rows.append(_call_row(decoder, medians, reply, sent, content))
    return [*rows, *_style_rows(reply, request, budget), _traced_row(reply, request, budget)]


def _style_rows(reply: bytes, request: dict[str, Any], budget: Budget) -> list[Row]:
    """Mixroute's create() against the module function, on the same inputs: typed models, then plain dicts."""
    typed = [UserMessage.from_dict(message) for message in request["messages"]]
    return [
        _style_row(f"Mixroute().chat.completions.create, {inputs}", reply, request["model"], messages, budget)
        for inputs, messages in (("typed messages", typed), ("dict messages", request["messages"]))
    ]


def _module_body(model: str, messages: list[Any]) -> CreateChatCompletionRequest:
    """The request as a module-function caller builds it: with the constructor, which takes models and dicts
    alike (dicts checked against the params), as create() does; so the row measures the call style alone."""
    return CreateChatCompletionRequest(model=model, messages=messages)


def _style_row(name: str, reply: bytes, model: str, messages: list[Any], budget: Budget) -> Row:
    replays = {side: clients.Replay(reply, "application/json") for side in ("module", "resource")}
    module = clients.ours(replays["module"].transport())
    http = httpx2.Client(transport=replays["resource"].transport())
    resource = Mixroute(api_key=clients.API_KEY, base_url=BASE_URL, http_client=http)

    def call_module() -> str | None:
        return _content(create_chat_completion.sync(client=module, body=_module_body(model, messages)))

    def call_resource() -> str | None:
        return _content(resource.chat.completions.create(model=model, messages=messages))

    sides = {"module": call_module, "resource": call_resource}
    content = agreed({side: call() for side, call in sides.items()})
    sent = agreed({side: replay.last_request for side, replay in replays.items()})
    medians = compare(sides, budget)
    return Row(
        family=FAMILY,
        name=name,
        ours=medians["resource"],
        baseline=medians["module"],
        baseline_label="create_chat_completion.sync",
        target=STYLE_TARGET,
        checks={"request": sent, "content": content},
    )


def _traced_row(reply: bytes, request: dict[str, Any], budget: Budget) -> Row:
    """The plain call with an OpenTelemetry SDK listening (an in-memory span exporter and metric reader, every span
    exported as it ends) against the same call with nothing listening, sides switched call by call."""
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    meter = MeterProvider(metric_readers=[InMemoryMetricReader()]).get_meter("bench")
    instruments = _telemetry.Instruments(tracer_provider.get_tracer("bench"), meter, capture=False)
    client = clients.ours(clients.Replay(reply, "application/json").transport())
    body = CreateChatCompletionRequest.from_dict(request)

    def listened_to_by(listening: _telemetry.Instruments | None) -> Callable[[], str | None]:
        def call() -> str | None:
            _telemetry._Switch.resolved, _telemetry._Switch.instruments = True, listening
            spans.clear()  # what a batch exporter would have sent on: the side's memory stays flat
            return _content(create_chat_completion.sync(client=client, body=body))

        return call

    sides = {"quiet": listened_to_by(None), "traced": listened_to_by(instruments)}
    try:
        content = agreed({side: call() for side, call in sides.items()})
        traced = [span.name for span in spans.get_finished_spans()]
        medians = compare(sides, budget)
    finally:
        _telemetry._Switch.resolved, _telemetry._Switch.instruments = False, None
    return Row(
        family=FAMILY,
        name="non-streamed call, traced (OpenTelemetry SDK, in-memory exporter)",
        ours=medians["traced"],
        baseline=medians["quiet"],
        baseline_label="untraced",
        checks={"content": content, "spans": traced},
    )


def _call_row(decoder: str, medians: dict[str, float], reply: bytes, sent: object, content: object) -> Row:
    return Row(
        family=FAMILY,
        name=f"non-streamed call, ours decoding with {decoder}",
        ours=medians["ours"],
        baseline=medians["raw"],
        baseline_label="httpx2+json.loads",
        openai=medians["openai"],
        target=TARGET,
        checks={"reply_bytes": len(reply), "request": sent, "content": content},
    )
