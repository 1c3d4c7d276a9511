"""What every call shows an observer: OpenTelemetry GenAI spans and metrics, and the ``mixroute_client`` log.

``_request.send`` / ``asend``, which every operation's call passes through, ask ``watch()`` for a ``Call``
before the first attempt and tell it each attempt, retry and outcome; a stream's ``Call`` goes on in its
``Stream`` until the stream ends (read to its end, closed, or broken off). ``watch()`` is all a call pays when
nothing listens: whether OpenTelemetry has real providers is resolved once, on the first call (set the SDK up
before it, as any auto-instrumentation does), and a logger below INFO is one lookup.

Spans and metrics follow OpenTelemetry's GenAI semantic conventions: a CLIENT span
``{gen_ai.operation.name} {gen_ai.request.model}`` with the request's parameters, the answer's id, model, finish
reasons and token usage, ``server.*``, ``error.type`` on failure and a ``mixroute.retry`` event per retry; the
histograms ``gen_ai.client.operation.duration``, ``gen_ai.client.token.usage`` and, for streams,
``gen_ai.client.operation.time_to_first_chunk``. The operation's name comes from the spec (``_facts``).
Message contents are recorded only with ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``, the variable
OpenTelemetry's GenAI instrumentations read, and the key is masked in them as everywhere. ``MIXROUTE_OTEL=0``
turns tracing and metrics off.

``gen_ai.provider.name`` is ``mixroute``: the conventions ask for the provider as the client knows it, and a
gateway's client knows the gateway, not the upstream it routes a model to (``gen_ai.request.model`` and
``gen_ai.response.model`` say which). ``openai`` would put every call's usage under OpenAI in a back-end's
cost views and announce ``openai.*`` attributes that a gateway's answers do not carry.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

import httpx2

from . import _json
from ._credentials import redact
from ._exceptions import request_id_of, status_error_class
from ._facts import spec_facts
from ._logs import body_text, headers_text, log
from ._status_errors import error_details

if TYPE_CHECKING:
    from opentelemetry.metrics import Histogram, Meter
    from opentelemetry.trace import Span, Tracer
    from opentelemetry.util.types import AttributeValue

__all__ = ["CALL_EXTENSION", "CAPTURE_ENV", "OTEL_ENV", "PROVIDER", "Call", "call_of", "resolve", "watch"]

OTEL_ENV = "MIXROUTE_OTEL"
CAPTURE_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
PROVIDER = "mixroute"
# Where an open stream's response carries its ``Call`` to the ``Stream`` that reads it.
CALL_EXTENSION = "mixroute.call"
# The conventions' advised bucket boundaries of each histogram.
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)
FIRST_CHUNK_BUCKETS = (
    *(0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2),
    *(0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.75, 1.0, 2.0, 5.0),
)
TOKEN_BUCKETS = tuple(4**power for power in range(14))
HISTOGRAMS = {
    "gen_ai.client.operation.duration": "GenAI operation duration.",
    "gen_ai.client.token.usage": "Number of input and output tokens used.",
    "gen_ai.client.operation.time_to_first_chunk": "Time to receive the first chunk of a streamed answer.",
}
# Request body fields and the attributes that carry them, numbers only.
NUMBER_PARAMETERS = (
    ("temperature", "gen_ai.request.temperature"),
    ("top_p", "gen_ai.request.top_p"),
    ("top_k", "gen_ai.request.top_k"),
    ("frequency_penalty", "gen_ai.request.frequency_penalty"),
    ("presence_penalty", "gen_ai.request.presence_penalty"),
    ("max_tokens", "gen_ai.request.max_tokens"),
    ("max_completion_tokens", "gen_ai.request.max_tokens"),
    ("seed", "gen_ai.request.seed"),
    ("dimensions", "gen_ai.embeddings.dimension.count"),
)
# Token counts of a reply's ``usage`` (chat and embeddings name them differently) and their attributes.
USAGE_COUNTS = (
    (("prompt_tokens",), "gen_ai.usage.input_tokens"),
    (("input_tokens",), "gen_ai.usage.input_tokens"),
    (("completion_tokens",), "gen_ai.usage.output_tokens"),
    (("output_tokens",), "gen_ai.usage.output_tokens"),
    (("prompt_tokens_details", "cached_tokens"), "gen_ai.usage.cache_read.input_tokens"),
    (("completion_tokens_details", "reasoning_tokens"), "gen_ai.usage.reasoning.output_tokens"),
)
TOKEN_TYPES = (("input", "gen_ai.usage.input_tokens"), ("output", "gen_ai.usage.output_tokens"))
# What a metric point carries besides the call's common attributes (histograms want few, low-cardinality ones).
METRIC_ATTRIBUTES = ("gen_ai.response.model", "error.type")
DEFAULT_PORTS = {"https": 443, "http": 80}
CAPTURE_VALUES = frozenset({"true", "span_only", "span_and_event"})
# The operations whose spans say whether they streamed (the conventions' inference spans).
INFERENCE_OPERATIONS = frozenset({"chat", "text_completion", "generate_content"})
API_MODULES = ("opentelemetry.trace", "opentelemetry.metrics")
PROVIDER_ENVS = ("OTEL_PYTHON_TRACER_PROVIDER", "OTEL_PYTHON_METER_PROVIDER")

T = TypeVar("T")
Attributes = dict[str, "AttributeValue"]


class Instruments:
    """The tracer and histograms calls report to, and the OpenTelemetry functions they need (imported once)."""

    def __init__(self, tracer: Tracer, meter: Meter, *, capture: bool) -> None:
        from opentelemetry import context, trace  # noqa: PLC0415 - only a traced process imports it
        from opentelemetry.trace import SpanKind, Status, StatusCode  # noqa: PLC0415

        self.tracer = tracer
        self.capture = capture
        self.client_kind = SpanKind.CLIENT
        self.error_status: Callable[[str], Status] = lambda description: Status(StatusCode.ERROR, description)
        self.attach: Callable[[Span], object] = lambda span: context.attach(trace.set_span_in_context(span))
        self.detach: Callable[[Any], None] = context.detach
        self.duration = _histogram(meter, "gen_ai.client.operation.duration", "s", DURATION_BUCKETS)
        self.tokens = _histogram(meter, "gen_ai.client.token.usage", "{token}", TOKEN_BUCKETS)
        self.first_chunk = _histogram(meter, "gen_ai.client.operation.time_to_first_chunk", "s", FIRST_CHUNK_BUCKETS)


def _histogram(meter: Meter, name: str, unit: str, buckets: Sequence[float]) -> Histogram:
    description = HISTOGRAMS[name]
    return meter.create_histogram(
        name, unit=unit, description=description, explicit_bucket_boundaries_advisory=list(buckets)
    )


class _Switch:
    """Whether anything listens: resolved on the first call (``resolve``)."""

    resolved = False
    instruments: Instruments | None = None


def resolve(environ: Mapping[str, str] | None = None) -> Instruments | None:
    """Look (again) for OpenTelemetry providers set up by the application; the instruments, or None."""
    env = os.environ if environ is None else environ
    _Switch.instruments = _instruments(env)
    _Switch.resolved = True
    return _Switch.instruments


def _instruments(env: Mapping[str, str]) -> Instruments | None:
    if env.get(OTEL_ENV, "").strip().lower() in {"0", "false", "off"} or not _set_up(env):
        return None
    try:
        from opentelemetry import metrics, trace  # noqa: PLC0415 - the ``otel`` extra, optional
    except ImportError:
        return None
    tracer_provider = trace.get_tracer_provider()
    meter_provider = metrics.get_meter_provider()
    if _stand_in(tracer_provider) and _stand_in(meter_provider):
        return None
    capture = env.get(CAPTURE_ENV, "").strip().lower() in CAPTURE_VALUES
    return Instruments(
        tracer_provider.get_tracer("mixroute_client", spec_facts().version),
        meter_provider.get_meter("mixroute_client", spec_facts().version),
        capture=capture,
    )


def _set_up(env: Mapping[str, str]) -> bool:
    """Whether the application may have set OpenTelemetry up: setting a provider imports the API, and the API
    loads one named in the environment. Asked without importing the API, whose modules would stay in the heap of
    a process that never traces, and cost it."""
    imported = any(module in sys.modules for module in API_MODULES)
    return imported or any(env.get(variable) for variable in PROVIDER_ENVS)


def _stand_in(provider: object) -> bool:
    """Whether ``provider`` is the API's own stand-in (no SDK set up), whose spans and points go nowhere.

    The meter provider's proxy class is private to the API, so it is known by name.
    """
    from opentelemetry import metrics, trace  # noqa: PLC0415

    stand_ins = (trace.ProxyTracerProvider, trace.NoOpTracerProvider, metrics.NoOpMeterProvider)
    return isinstance(provider, stand_ins) or type(provider).__name__ == "_ProxyMeterProvider"


def watch(request_kwargs: Mapping[str, Any], request: httpx2.Request, *, stream: bool) -> Call | None:
    """The ``Call`` that observes this request, or None when neither OpenTelemetry nor the log listens."""
    instruments = _Switch.instruments if _Switch.resolved else resolve()
    if instruments is None and not log.isEnabledFor(logging.INFO):
        return None
    return Call(instruments, request_kwargs, request, stream=stream)


def call_of(response: httpx2.Response) -> Call | None:
    """The ``Call`` an open stream's ``response`` carries, or None when nothing observes it."""
    call = response.extensions.get(CALL_EXTENSION)
    return call if isinstance(call, Call) else None


class Call:
    """One operation as observed: its span and metrics (when traced), its log lines (when logged)."""

    def __init__(
        self,
        instruments: Instruments | None,
        request_kwargs: Mapping[str, Any],
        request: httpx2.Request,
        *,
        stream: bool,
    ) -> None:
        self._instruments = instruments
        self._request = request
        self._started = self._attempt_started = time.perf_counter()
        self._first_chunk: float | None = None
        self._open = True
        self._span: Span | None = None
        if instruments is None:
            return
        body = request_kwargs.get("json")
        body = body if isinstance(body, Mapping) else {}
        operation = operation_name(str(request_kwargs.get("method", "")), str(request_kwargs.get("url", "")))
        self._common = _common_attributes(operation, body, request.url)
        attributes = {**self._common, **request_attributes(body)}
        if stream or operation in INFERENCE_OPERATIONS:
            attributes["gen_ai.request.stream"] = stream
        self._body = body
        model = body.get("model")
        name = f"{operation} {model}" if isinstance(model, str) and model else operation
        self._span = instruments.tracer.start_span(name, kind=instruments.client_kind, attributes=attributes)

    @contextmanager
    def current(self) -> Iterator[None]:
        """The span is the current one while the attempts run (an HTTP instrumentation's spans nest under it);
        an exception ends the call."""
        token = self._instruments.attach(self._span) if self._instruments and self._span else None
        try:
            yield
        except BaseException as exc:
            self.end(error=exc)
            raise
        finally:
            if token is not None and self._instruments is not None:
                self._instruments.detach(token)

    def attempt(self, number: int) -> None:
        """Attempt ``number`` (1 for the first) is being sent."""
        self._attempt_started = time.perf_counter()
        if not log.isEnabledFor(logging.INFO):
            return
        request = self._request
        log.info("HTTP request: %s %s (attempt %d)", request.method, self._url, number)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Request headers: %s", headers_text(request.headers, request))
            log.debug("Request body: %s", _request_body(request))

    def answered(self, response: httpx2.Response, number: int) -> None:
        """Attempt ``number`` got ``response`` (its body read, unless it is a successful stream)."""
        if not log.isEnabledFor(logging.INFO):
            return
        request = self._request
        request_id = request_id_of(response.headers, "") or "-"
        log.info(
            "HTTP response: %d %s %s request_id=%s (attempt %d, %.3f s)",
            response.status_code,
            request.method,
            self._url,
            redact(request_id, request),
            number,
            time.perf_counter() - self._attempt_started,
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Response headers: %s", headers_text(response.headers, request))
            log.debug("Response body: %s", _response_body(response))

    def attempt_failed(self, failure: BaseException, number: int) -> None:
        """Attempt ``number`` got no complete answer."""
        if log.isEnabledFor(logging.INFO):
            log.info(
                "HTTP failure: %s %s %s (attempt %d, %.3f s): %s",
                type(failure).__name__,
                self._request.method,
                self._url,
                number,
                time.perf_counter() - self._attempt_started,
                redact(str(failure), self._request),
            )

    def retrying(self, retry: int, delay: float, cause: httpx2.Response | BaseException) -> None:
        """Retry number ``retry`` follows in ``delay`` seconds, after ``cause``."""
        if self._span is None:
            return
        attributes: Attributes = {"http.request.resend_count": retry, "mixroute.retry.delay": delay}
        if isinstance(cause, httpx2.Response):
            attributes["http.response.status_code"] = cause.status_code
            attributes["error.type"] = _status_error_type(cause)
        else:
            attributes["error.type"] = type(cause).__name__
        self._span.add_event("mixroute.retry", attributes)
        self._span.set_attribute("http.request.resend_count", retry)

    def finished(self, response: httpx2.Response, *, stream: bool) -> None:
        """The call's last answer: an open 2xx stream goes on (its ``Stream`` ends the call), else it ends."""
        if stream and response.is_success:
            response.extensions[CALL_EXTENSION] = self
            return
        if self._span is None:
            self._open = False
            return
        self._span.set_attribute("http.response.status_code", response.status_code)
        if response.is_success:
            self.end(reply=_reply(response))
        else:
            self.end(error_type=_status_error_type(response), description=f"{response.status_code} answer")

    def timed(self, events: Iterator[T]) -> Iterator[T]:
        """``events`` with the first one's arrival noted (time to first chunk)."""
        for event in events:
            self._first_chunk = time.perf_counter()
            yield event
            break
        yield from events

    async def atimed(self, events: AsyncIterator[T]) -> AsyncIterator[T]:
        """The async twin of ``timed``."""
        async for event in events:
            if self._first_chunk is None:
                self._first_chunk = time.perf_counter()
            yield event

    def stream_ended(self, reply: Mapping[str, Any] | None, error: BaseException | None) -> None:
        """The stream was read to its end, closed, or broke off with ``error``; ``reply`` is what its chunks add
        up to. A reader that stops early (``GeneratorExit``) is no failure."""
        self.end(reply=reply, error=None if isinstance(error, GeneratorExit) else error)

    def end(
        self,
        *,
        reply: Mapping[str, Any] | None = None,
        error: BaseException | None = None,
        error_type: str | None = None,
        description: str = "",
    ) -> None:
        """End the span and record the metrics, once."""
        if not self._open:
            return
        self._open = False
        instruments, span = self._instruments, self._span
        if instruments is None or span is None:
            return
        attributes = response_attributes(reply) if reply is not None else {}
        if instruments.capture:  # masked now that the request surely carries its credential
            attributes["gen_ai.input.messages"] = redact(_json_text(input_messages(self._body)), self._request)
            if reply is not None:
                attributes["gen_ai.output.messages"] = redact(_json_text(output_messages(reply)), self._request)
        if error is not None:
            error_type, description = type(error).__name__, redact(str(error), self._request)
        if error_type is not None:
            attributes["error.type"] = error_type
            span.set_status(instruments.error_status(description))
        if self._first_chunk is not None:
            attributes["gen_ai.response.time_to_first_chunk"] = self._first_chunk - self._started
        span.set_attributes(attributes)
        span.end()
        self._record(instruments, attributes)

    def _record(self, instruments: Instruments, attributes: Attributes) -> None:
        point = {**self._common, **{key: attributes[key] for key in METRIC_ATTRIBUTES if key in attributes}}
        instruments.duration.record(time.perf_counter() - self._started, point)
        for token_type, key in TOKEN_TYPES:
            count = attributes.get(key)
            if isinstance(count, int):
                instruments.tokens.record(count, {**point, "gen_ai.token.type": token_type})
        if self._first_chunk is not None:
            instruments.first_chunk.record(self._first_chunk - self._started, point)

    @property
    def _url(self) -> str:
        return redact(str(self._request.url), self._request)


@lru_cache(maxsize=256)
def operation_name(method: str, url: str) -> str:
    """The spec's ``gen_ai.operation.name`` for a request to ``url`` (a path, as the endpoint modules give it)."""
    path = url.partition("?")[0]
    for known_method, pattern, name in _operation_patterns():
        if known_method == method.upper() and pattern.fullmatch(path):
            return name
    return f"{method.upper()} {path}"


@lru_cache(maxsize=1)
def _operation_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """The spec's path templates as patterns, a parameter matching one path segment."""
    return tuple(
        (method, re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path))), name)
        for method, path, name in spec_facts().genai_operations
    )


def _common_attributes(operation: str, body: Mapping[str, Any], url: httpx2.URL) -> Attributes:
    """What the span and every metric point of a call carry."""
    attributes: Attributes = {
        "gen_ai.operation.name": operation,
        "gen_ai.provider.name": PROVIDER,
        "server.address": url.host,
        "server.port": url.port or DEFAULT_PORTS.get(url.scheme, 443),
    }
    model = body.get("model")
    if isinstance(model, str):
        attributes["gen_ai.request.model"] = model
    return attributes


def request_attributes(body: Mapping[str, Any]) -> Attributes:
    """The conventions' ``gen_ai.request.*`` attributes of a JSON request body."""
    attributes: Attributes = {}
    for field, key in NUMBER_PARAMETERS:
        value = body.get(field)
        if isinstance(value, int | float) and not isinstance(value, bool):
            attributes[key] = value
    stop = body.get("stop")
    if isinstance(stop, str):
        attributes["gen_ai.request.stop_sequences"] = [stop]
    elif isinstance(stop, list) and all(isinstance(item, str) for item in stop):
        attributes["gen_ai.request.stop_sequences"] = stop
    choices = body.get("n")
    if isinstance(choices, int) and not isinstance(choices, bool) and choices != 1:
        attributes["gen_ai.request.choice.count"] = choices
    output = body.get("response_format")
    if isinstance(output, Mapping) and isinstance(output.get("type"), str):
        attributes["gen_ai.output.type"] = "text" if output["type"] == "text" else "json"
    encoding = body.get("encoding_format")
    if isinstance(encoding, str):
        attributes["gen_ai.request.encoding_formats"] = [encoding]
    return attributes


def response_attributes(reply: Mapping[str, Any]) -> Attributes:
    """The conventions' ``gen_ai.response.*`` and ``gen_ai.usage.*`` attributes of a reply (or of what a
    stream's chunks add up to)."""
    attributes: Attributes = {}
    for field, key in (("id", "gen_ai.response.id"), ("model", "gen_ai.response.model")):
        if isinstance(reply.get(field), str):
            attributes[key] = reply[field]
    choices = reply.get("choices")
    if isinstance(choices, list):
        reasons = [
            c["finish_reason"] for c in choices if isinstance(c, Mapping) and isinstance(c.get("finish_reason"), str)
        ]
        if reasons:
            attributes["gen_ai.response.finish_reasons"] = reasons
    usage = reply.get("usage")
    if isinstance(usage, Mapping):
        for path, key in USAGE_COUNTS:
            count = _dig(usage, path)
            if isinstance(count, int) and not isinstance(count, bool):
                attributes[key] = count
    return attributes


def input_messages(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The request's messages in the conventions' shape (``role`` and ``parts``)."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return []
    return [
        {"role": message.get("role"), "parts": _parts(message)} for message in messages if isinstance(message, Mapping)
    ]


def output_messages(reply: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The reply's choices in the conventions' shape (``role``, ``parts`` and ``finish_reason``)."""
    choices = reply.get("choices")
    if not isinstance(choices, list):
        return []
    found = []
    for choice in choices:
        if not isinstance(choice, Mapping):
            continue
        message = choice.get("message")
        message = message if isinstance(message, Mapping) else {}
        role = message.get("role") or "assistant"
        found.append({"role": role, "parts": _parts(message), "finish_reason": choice.get("finish_reason")})
    return found


def _parts(message: Mapping[str, Any]) -> list[dict[str, Any]]:
    content = message.get("content")
    if message.get("role") == "tool":
        return [{"type": "tool_call_response", "id": message.get("tool_call_id"), "response": content}]
    parts: list[dict[str, Any]] = []
    if isinstance(content, str):
        parts.append({"type": "text", "content": content})
    elif isinstance(content, list):
        parts.extend(_content_part(item) for item in content if isinstance(item, Mapping))
    for call in message.get("tool_calls") or ():
        function = call.get("function") if isinstance(call, Mapping) else None
        if isinstance(function, Mapping):
            name, arguments = function.get("name"), function.get("arguments")
            parts.append({"type": "tool_call", "id": call.get("id"), "name": name, "arguments": arguments})
    return parts


def _content_part(item: Mapping[str, Any]) -> dict[str, Any]:
    if item.get("type") == "text":
        return {"type": "text", "content": item.get("text")}
    return {"type": str(item.get("type"))}


def _dig(value: Mapping[str, Any], path: Sequence[str]) -> object:
    found: object = value
    for key in path:
        found = found.get(key) if isinstance(found, Mapping) else None
    return found


def _json_text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _reply(response: httpx2.Response) -> Mapping[str, Any] | None:
    try:
        body = _json.loads(response.content)
    except (ValueError, httpx2.ResponseNotRead):
        return None
    return body if isinstance(body, Mapping) else None


def _status_error_type(response: httpx2.Response) -> str:
    """The name of the typed error a non-2xx ``response`` raises (``RateLimitError``): low-cardinality, and
    what the caller's ``except`` names."""
    return status_error_class(response.status_code, *error_details(response)).__name__


def _request_body(request: httpx2.Request) -> str:
    try:
        return body_text(request.content, request)
    except httpx2.RequestNotRead:
        return "(a streamed body, not shown)"


def _response_body(response: httpx2.Response) -> str:
    try:
        return body_text(response.content, response.request)
    except httpx2.ResponseNotRead:
        return "(an event stream, read by the caller)"
