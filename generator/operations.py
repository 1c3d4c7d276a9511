"""Decisions about the spec's operations, handed to the templates as ``operations``.

- which responses succeed, how each is read, and which operations stream with which chunk model: each endpoint
  module's ``OPERATION`` descriptor (``descriptor``);
- the OpenAI-style resource tree (``resources.py``): one resource per path, the shared path prefix dropped,
  so ``POST /v1/chat/completions`` is ``client.chat.completions.create(...)``; the method name comes from
  the HTTP method and whether the path ends in a parameter, as in the OpenAI SDK (``create``, ``list``,
  ``retrieve``, ``update``, ``delete``); keyword arguments come from the request body's properties and the
  query and header parameters, path parameters come first and positionally.

Each function is unit-tested in ``tests/generator/test_operations.py``; the templates only print what these return.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import JSON_SOURCE, NONE_SOURCE
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.params import param_names, parameter_annotation
from generator.wire import model_properties, raw_name, stock_default

__all__ = [
    "Argument",
    "Descriptor",
    "Operation",
    "OperationDecisions",
    "Resource",
    "Structured",
    "StructuredExports",
    "argument_annotation",
    "genai_operation",
    "genai_operations",
    "keyword_name",
    "method_name",
    "path_format",
    "path_order",
    "reader",
    "resource_path",
    "resource_tree",
    "resources",
    "structured_outputs",
    "success_responses",
]

# The per-call options every resource method takes after the spec's arguments (the OpenAI SDK's names).
CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")
# The request property that asks an operation with an event-stream response to stream (OpenAI's convention).
STREAM_FLAG = "stream"
# The request properties the OpenAI SDK's structured outputs (``parse()`` / ``stream()``) read: the format the
# reply is read into, and the tools whose call arguments are.
RESPONSE_FORMAT = "response_format"
TOOLS = "tools"
# The conversation, where the opt-in ``json_object`` fallback puts the schema (as a system message).
MESSAGES = "messages"
_SEGMENT = re.compile(r"[^0-9a-zA-Z]+")
_PATH_PARAMETER = re.compile(r"\{([^}]*)\}")
# ``gen_ai.operation.name``'s well-known values (OpenTelemetry's GenAI semantic conventions), by the path an
# OpenAI-style API serves them at; the first suffix that matches wins, so chat comes before legacy completions.
GENAI_OPERATION_PATHS = (
    ("/chat/completions", "chat"),
    ("/embeddings", "embeddings"),
    ("/completions", "text_completion"),
)
_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@dataclass(frozen=True)
class Argument:
    """One argument of a resource method: ``name`` is what the caller writes, ``target`` what the endpoint
    body model takes it as (the generator's Python name, ``input_`` for ``input``)."""

    name: str
    annotation: str
    default: str | None  # None: required
    target: str = ""  # "" when it is ``name``
    wire: str = ""  # the spec's name (a query or header parameter's is sent under it); "" when it is ``name``

    @property
    def declaration(self) -> str:
        return f"{self.name}: {self.annotation}" + (f" = {self.default}" if self.default is not None else "")

    @property
    def wire_name(self) -> str:
        return self.wire or self.name

    @property
    def passed(self) -> str:
        """The keyword argument handing it on: ``input_=input``."""
        return self.passing(self.name)

    def passing(self, value: str) -> str:
        """The keyword argument handing ``value`` (Python source) on as this argument."""
        return f"{self.target or self.name}={value}"


@dataclass(frozen=True)
class Operation:
    """One resource method and where the generated endpoint module that implements it lives."""

    method: str
    module: str  # the endpoint module, relative to the package: ``api.chat.create_chat_completion``
    summary: str
    returns: str
    positional: tuple[Argument, ...] = ()  # path parameters, in the order the path template names them
    query: tuple[Argument, ...] = ()  # query parameters, sent under their wire names
    headers: tuple[Argument, ...] = ()  # header parameters, sent under their wire names
    body_class: str | None = None
    body: tuple[Argument, ...] = ()  # the body model's properties, passed to its constructor by name
    chunk: str | None = None  # the chunk model when the operation can stream
    final: str | None = None  # what the chunks add up to
    stream_flag: str | None = None  # the body property that turns streaming on
    structured: Structured | None = None  # the SDK's ``parse()`` and ``stream()`` as well

    @property
    def module_name(self) -> str:
        return self.module.rpartition(".")[2]

    @property
    def keywords(self) -> tuple[Argument, ...]:
        """Keyword-only arguments, required ones first (their order then follows the spec)."""
        named = (*self.body, *self.query, *self.headers)
        return (*(a for a in named if a.default is None), *(a for a in named if a.default is not None))

    def without_stream_flag(self) -> tuple[Argument, ...]:
        """``keywords`` without the stream flag, which each overload declares with its own type."""
        return tuple(argument for argument in self.keywords if argument.name != self.stream_flag)

    def structured_keywords(self) -> tuple[Argument, ...]:
        """What ``parse()`` and ``stream()`` take of ``keywords``: not the stream flag (they decide it) nor the
        response format, which they declare with a type as well."""
        return tuple(argument for argument in self.without_stream_flag() if argument.name != RESPONSE_FORMAT)

    def passed_body(self) -> tuple[str, ...]:
        """The body model's keyword arguments as ``create()`` passes them (Python source)."""
        return tuple(argument.passed for argument in self.body)

    def parse_body(self) -> tuple[str, ...]:
        """The same as ``parse()`` passes them: the response format as its type asks (``_parsing``), the
        conversation with the schema instruction that mode may add, and no stream flag (parse() never streams)."""
        if self.structured is None:
            raise ValueError(f"{self.method}() has no structured outputs")
        response_format, messages = self.structured.response_format.name, self.structured.messages
        special = {response_format: f"_parsing.response_format_param({response_format}, response_format_mode)"}
        if messages is not None:
            special[messages] = f"_parsing.schema_messages({messages}, {response_format}, response_format_mode)"
        return tuple(
            argument.passing(special.get(argument.name, argument.name))
            for argument in self.body
            if argument.name != self.stream_flag
        )


@dataclass(frozen=True)
class Structured:
    """How an operation's ``parse()`` and ``stream()`` (the OpenAI SDK's structured outputs) are declared."""

    response_format: Argument  # as ``create()`` declares it: ``parse()`` also takes a type
    tools: str | None  # the argument holding the tools whose call arguments are read, if the operation has one
    messages: str | None  # the argument holding the conversation, if the operation has one


@dataclass(frozen=True)
class StructuredExports:
    """The structured-output names of ``lib/`` the package exports (``__init__.py``), when an operation has them.

    Listed here rather than read from the ``lib`` modules' ``__all__``: a render is cached by the generator's own
    files, so one that read the hand-written code could go stale; ``tests/generator/test_operations.py`` holds
    them equal.
    """

    parsing: tuple[str, ...] = (
        "ParsedChatCompletion",
        "ParsedChatCompletionMessage",
        "ParsedChoice",
        "ParsedFunction",
        "ParsedFunctionToolCall",
        "PydanticFunctionTool",
        "ResponseFormatMode",
        "pydantic_function_tool",
        "to_strict_json_schema",
    )
    events: tuple[str, ...] = (
        "AsyncChatCompletionStream",
        "AsyncChatCompletionStreamManager",
        "ChatCompletionStream",
        "ChatCompletionStreamEvent",
        "ChatCompletionStreamManager",
        "ChunkEvent",
        "ContentDeltaEvent",
        "ContentDoneEvent",
        "FunctionToolCallArgumentsDeltaEvent",
        "FunctionToolCallArgumentsDoneEvent",
        "LogprobsContentDeltaEvent",
        "LogprobsContentDoneEvent",
        "LogprobsRefusalDeltaEvent",
        "LogprobsRefusalDoneEvent",
        "RefusalDeltaEvent",
        "RefusalDoneEvent",
    )


def structured_outputs(body: Sequence[Argument], accumulator: str | None) -> Structured | None:
    """The SDK's structured outputs for an operation that streams chat completion chunks and takes a
    ``response_format``; None for any other."""
    if accumulator != "ChatCompletionAccumulator":
        return None
    response_format = next((argument for argument in body if argument.name == RESPONSE_FORMAT), None)
    if response_format is None or response_format.default is None:
        return None
    names = {argument.name for argument in body}
    return Structured(response_format, TOOLS if TOOLS in names else None, MESSAGES if MESSAGES in names else None)


@dataclass
class Resource:
    """A node of the resource tree: ``client.chat`` holds ``completions``, which holds ``create``."""

    attribute: str
    class_name: str
    children: dict[str, Resource] = field(default_factory=dict)
    operations: list[Operation] = field(default_factory=list)

    def walk(self) -> Iterator[Resource]:
        """This resource's descendants first, so a generated class is defined before the one that uses it."""
        for child in self.children.values():
            yield from child.walk()
        yield self

    def nested(self) -> list[Resource]:
        """``walk()`` without this resource itself."""
        return list(self.walk())[:-1]


def resource_path(path: str, prefix: str) -> tuple[str, ...]:
    """The attribute names leading to ``path``'s resource: segments after ``prefix``, parameters skipped."""
    rest = path[len(prefix) :] if prefix and path.startswith(prefix) else path
    segments = [segment for segment in rest.split("/") if segment and not segment.startswith("{")]
    return tuple(_identifier(segment) for segment in segments)


def method_name(http_method: str, path: str) -> str:
    """The OpenAI SDK's verb for an operation: ``create``, ``list``, ``retrieve``, ``update`` or ``delete``."""
    on_item = path.rstrip("/").endswith("}")
    verbs = {"post": "update" if on_item else "create", "get": "retrieve" if on_item else "list"}
    verbs |= {"put": "update", "patch": "update", "delete": "delete"}
    return verbs.get(http_method.lower(), http_method.lower())


def genai_operation(http_method: str, path: str, operation_id: str | None) -> str:
    """The ``gen_ai.operation.name`` the runtime's telemetry gives an operation's spans and metrics.

    A well-known value where the path is one (``chat``, ``embeddings``, ``text_completion``); otherwise the
    conventions allow a custom one, taken from the spec: the operationId in snake case (``listModels`` is
    ``list_models``), else the method and path.
    """
    trimmed = path.rstrip("/")
    for suffix, name in GENAI_OPERATION_PATHS:
        if trimmed.endswith(suffix):
            return name
    if operation_id:
        return _SEGMENT.sub("_", _WORD_START.sub("_", operation_id)).strip("_").lower()
    return f"{http_method.upper()} {path}"


def genai_operations(paths: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """``(METHOD, path template, gen_ai.operation.name)`` for every operation of the spec's ``paths``."""
    found = []
    for path, item in paths.items():
        for http_method, spec in item.items():
            if http_method in _HTTP_METHODS and isinstance(spec, Mapping):
                found.append((http_method.upper(), path, genai_operation(http_method, path, spec.get("operationId"))))
    return found


_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def argument_annotation(prop: PropertyProtocol) -> str:
    """The type a resource method declares for ``prop``: what the request model's constructor takes, so where a
    model goes, its TypedDict too (``messages=[{"role": "user", ...}]``, as the OpenAI SDK takes it)."""
    return parameter_annotation(prop).as_unembedded_code()


def success_responses(endpoint: Any) -> list[Any]:
    """The documented 2xx responses of ``endpoint``: those ``sync()`` returns rather than raises for."""
    return [
        response
        for response in endpoint.responses.patterns
        if response.status_code.range and response.status_code.range[0] >= 200 and response.status_code.range[1] < 300
    ]


def success_type(endpoint: Any) -> str:
    """The annotation of what a successful call returns (``None`` for an operation with no success body)."""
    types = (response.prop.get_type_string().as_unembedded_code() for response in success_responses(endpoint))
    return " | ".join(dict.fromkeys(types)) or "None"


def content_type_header(body: Any) -> str | None:
    """The ``Content-Type`` the request must name itself; None where httpx2 writes the same one for the body.

    httpx2 sets ``application/json`` for ``json=`` on its own; a second, explicit header costs every call a
    header merge (docs/performance.md) and says nothing new. Other JSON types (``+json``) must be named.
    """
    if body.body_type == "json" and body.content_type == "application/json":
        return None
    if body.content_type == "multipart/form-data":
        return "multipart/form-data; boundary=+++"
    return str(body.content_type)


@dataclass(frozen=True)
class Descriptor:
    """What an endpoint module renders as its ``Operation`` (``_runtime/_operation.py``): Python source for each
    field that varies with the spec, and the annotations of the module's typed shells."""

    name: str
    method: str
    path: str
    path_parameters: tuple[str, ...]  # the Python names, in the order the path template names them
    query: tuple[tuple[str, str], ...]  # (wire name, Python name)
    headers: tuple[tuple[str, str], ...]
    replies: tuple[tuple[int, int, str], ...]  # (lowest status, highest status, reader source)
    errors: tuple[tuple[int, int, str], ...]
    has_default: bool
    content_type: str | None
    stream_flag: str | None
    tags: tuple[str, ...]
    errors_in_body: bool
    reply_type: str
    chunk_type: str
    final_type: str


def path_format(path: str) -> str:
    """The path template as ``str.format`` takes it by position (``/v1/jobs/{}``): parameter names from the spec
    need not be Python identifiers."""
    return _PATH_PARAMETER.sub("{}", path)


def path_order(path: str, parameters: Iterable[Any]) -> tuple[str, ...]:
    """The Python names of ``parameters`` in the order ``path`` names them."""
    by_name = {raw_name(parameter.name): str(parameter.python_name) for parameter in parameters}
    return tuple(by_name[name] for name in _PATH_PARAMETER.findall(path))


def reader(response: Any) -> str:
    """The runtime reader of a documented answer's decoded body, as Python source: a model's ``from_dict``, a
    list of them, ``None`` for no body, ``_operation.as_json`` for plain JSON values."""
    if response.source["attribute"] == NONE_SOURCE["attribute"]:
        return "None"
    if response.source["attribute"] != JSON_SOURCE["attribute"]:
        raise ValueError(f"a {response.source['return_type']} answer body is not supported, only JSON ones")
    prop = response.prop
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name}.from_dict"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return f"_operation.list_of({prop.inner_property.class_info.name}.from_dict)"
    if isinstance(prop, UnionProperty | ListProperty):
        raise ValueError(f"a {prop.get_type_string()} answer body is not supported")
    return "_operation.as_json"


def errors_in_body(successes: Iterable[Any]) -> bool:
    """Whether a 2xx body with a top-level ``error`` object reports an error rather than being the reply: so where
    every documented 2xx body is a model with no ``error`` property of its own (a reply that has one, such as
    a failed background job's, is read as the reply it is)."""
    props = [response.prop for response in successes]
    return bool(props) and all(isinstance(prop, ModelProperty) and not _has_property(prop, "error") for prop in props)


def _has_property(model: ModelProperty, name: str) -> bool:
    properties = [*(model.required_properties or ()), *(model.optional_properties or ())]
    return any(prop.name == name for prop in properties)


# The OpenAI SDK reaches these top-level resources as ``client.beta.<name>`` too, where it first published
# structured outputs (``client.beta.chat.completions.parse``); programs written then still call them there.
SDK_BETA_ALIASES = ("chat",)


def beta_aliases(root: Resource) -> list[Resource]:
    """The top-level resources the client's ``beta`` also holds, as the SDK's does: those of the spec among
    ``SDK_BETA_ALIASES`` (none: the client has no ``beta``)."""
    return [root.children[name] for name in SDK_BETA_ALIASES if name in root.children]


def _statuses(responses: Iterable[Any]) -> tuple[tuple[int, int, str], ...]:
    return tuple((r.status_code.range[0], r.status_code.range[1], reader(r)) for r in responses)


class OperationDecisions:
    """Built once per render; the endpoint templates call it as ``operations``."""

    def __init__(self, models: Iterable[ModelProperty], document: Mapping[str, Any]) -> None:
        self._models = {str(model.class_info.name): model for model in models}
        self._schemas = document.get("components", {}).get("schemas", {})
        self._paths = document.get("paths", {})

    beta_aliases = staticmethod(beta_aliases)
    content_type_header = staticmethod(content_type_header)
    path_format = staticmethod(path_format)
    success_responses = staticmethod(success_responses)
    success_type = staticmethod(success_type)

    def genai_operations(self) -> list[tuple[str, str, str]]:
        """See ``genai_operations``: what the generated ``_spec_facts`` hands the runtime as ``genai_operations``."""
        return genai_operations(self._paths)

    def descriptor(self, endpoint: Any) -> Descriptor:
        """The ``Operation`` an endpoint module renders (see ``Descriptor``)."""
        json_only = all(body.body_type == "json" for body in endpoint.bodies)
        if endpoint.cookie_parameters or len(endpoint.bodies) > 1 or not json_only:
            raise ValueError(f"{endpoint.name}: only JSON bodies, path, query and header parameters are supported")
        path = endpoint.path.get_untrusted_value()
        streamed = self.stream(endpoint)
        body = endpoint.bodies[0] if endpoint.bodies else None
        successes = success_responses(endpoint)
        failures = [r for r in endpoint.responses.patterns if r not in successes]
        return Descriptor(
            name=str(PythonIdentifier(endpoint.name, "")),
            method=endpoint.method.upper(),
            path=path,
            path_parameters=path_order(path, endpoint.path_parameters),
            query=tuple((raw_name(p.name), str(p.python_name)) for p in endpoint.query_parameters),
            headers=tuple((raw_name(p.name), str(p.python_name)) for p in endpoint.header_parameters),
            replies=_statuses(successes),
            errors=_statuses(failures),
            has_default=endpoint.responses.default is not None,
            content_type=content_type_header(body) if body is not None else None,
            stream_flag=STREAM_FLAG if streamed else None,
            tags=tuple(str(tag) for tag in endpoint.tags),
            errors_in_body=errors_in_body(successes),
            reply_type=success_type(endpoint),
            chunk_type=str(streamed[0].class_info.name) if streamed else "None",
            final_type=streamed[1].prop.get_type_string().as_unembedded_code() if streamed else "None",
        )

    def stream(self, endpoint: Any) -> tuple[ModelProperty, Any] | None:
        """The chunk model and the 2xx response its chunks add up to, for an operation that can stream.

        The event schema's ``data`` names the chunk as ``contentSchema: {$ref: ...}`` (see the spec); names from
        the spec are only compared here, what the templates print comes from the generator's class names.
        """
        for response in success_responses(endpoint):
            for content_type, media in (response.data.content or {}).items():
                if content_type.get_untrusted_value() != "text/event-stream" or media.media_type_schema is None:
                    continue
                chunk = self._chunk_of_event(getattr(media.media_type_schema, "ref", None))
                if chunk is not None:
                    return chunk, response
        return None

    def chunks(self, endpoints: Iterable[Any]) -> list[ModelProperty]:
        """The chunk models the streaming operations among ``endpoints`` carry."""
        return [streamed[0] for streamed in map(self.stream, endpoints) if streamed is not None]

    def accumulator(self, chunk: ModelProperty) -> str | None:
        """The runtime class that folds ``chunk``s into the final reply, or None when none applies.

        ``ChatCompletionAccumulator`` folds any chunk shaped like a chat completion chunk: a ``choices`` array
        whose items carry a ``delta``.
        """
        choices = next((p for p in model_properties(chunk) if p.name == "choices"), None)
        if isinstance(choices, ListProperty) and isinstance(choices.inner_property, ModelProperty):
            item = self._models.get(str(choices.inner_property.class_info.name), choices.inner_property)
            if any(p.name == "delta" for p in model_properties(item)):
                return "ChatCompletionAccumulator"
        return None

    def structured_exports(self, endpoints: Iterable[Any]) -> StructuredExports | None:
        """The structured-output names to export, when any of ``endpoints`` has ``parse()`` / ``stream()``."""
        if any(operation(endpoint, "", self).structured for endpoint in endpoints):
            return StructuredExports()
        return None

    def _chunk_of_event(self, ref: Any) -> ModelProperty | None:
        if ref is None:
            return None
        event = self._schemas.get(ref.get_untrusted_value().rsplit("/", 1)[-1], {})
        for data in event.get("properties", {}).values():
            for branch in (data, *data.get("anyOf", ()), *data.get("oneOf", ())):
                target = branch.get("contentSchema", {}).get("$ref") if isinstance(branch, Mapping) else None
                if isinstance(target, str):
                    return self._models.get(str(ClassName(target.rsplit("/", 1)[-1], "")))
        return None


def _identifier(segment: str) -> str:
    return str(PythonIdentifier(_SEGMENT.sub("_", segment), "")) or "root"


def keyword_name(wire_name: str, python_name: str, taken: Iterable[str]) -> str:
    """The name a resource method's caller writes for a property: its wire name wherever Python allows one (as
    the OpenAI SDK's ``embeddings.create(input=...)``, where the stock generator's name is ``input_``), else the
    generator's Python name. Shadowing a builtin inside the method is harmless; a keyword, a non-identifier or a
    name another argument or call option already has is not."""
    usable = wire_name.isidentifier() and not keyword.iskeyword(wire_name) and not keyword.issoftkeyword(wire_name)
    if not usable or wire_name in {"self", *CALL_OPTIONS, *taken}:
        return python_name
    return wire_name


def _arguments(props: Iterable[PropertyProtocol], taken: Iterable[str] = ()) -> tuple[Argument, ...]:
    arguments: list[Argument] = []
    names = set(taken)
    for prop in props:
        default = None if prop.required else stock_default(prop)
        python_name = str(prop.python_name)
        name = keyword_name(raw_name(prop.name), python_name, names)
        names.add(name)
        target = "" if name == python_name else python_name
        wire = raw_name(prop.name)
        arguments.append(Argument(name, argument_annotation(prop), default, target, "" if wire == name else wire))
    return tuple(arguments)


def _body(endpoint: Any, taken: Iterable[str]) -> tuple[str | None, tuple[Argument, ...], str | None]:
    """The body model's class, its properties as arguments (named apart from ``taken``), and its stream flag
    (when it has one)."""
    models = [body.prop for body in endpoint.bodies if isinstance(body.prop, ModelProperty)]
    if len(endpoint.bodies) != 1 or not models:  # several or non-model bodies: no keyword arguments to offer
        return None, (), None
    model = models[0]
    props = model_properties(model)
    arguments = _arguments(props, taken)
    flags = (
        argument.name for argument, p in zip(arguments, props, strict=True) if p.name == STREAM_FLAG and _takes_bool(p)
    )
    return str(model.class_info.name), arguments, next(flags, None)


def _names(arguments: Iterable[Argument]) -> set[str]:
    return {argument.name for argument in arguments}


def _takes_bool(prop: PropertyProtocol) -> bool:
    inner = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    return any(isinstance(p, BooleanProperty) for p in inner)


def operation(endpoint: Any, module: str, decisions: OperationDecisions) -> Operation:
    """The resource method for ``endpoint``, implemented by the endpoint module ``module``."""
    path = endpoint.path.get_untrusted_value()
    order = {name: index for index, name in enumerate(_PATH_PARAMETER.findall(path))}
    positional = _arguments(sorted(endpoint.path_parameters, key=lambda p: order.get(raw_name(p.name), len(order))))
    query = _arguments(endpoint.query_parameters, _names(positional))
    headers = _arguments(endpoint.header_parameters, _names((*positional, *query)))
    body_class, body, flag = _body(endpoint, _names((*positional, *query, *headers)))
    streamed = decisions.stream(endpoint)
    summary = str(endpoint.summary.get_untrusted_value() or "") if endpoint.summary else ""
    chat = decisions.accumulator(streamed[0]) if streamed and flag else None
    return Operation(
        method=method_name(endpoint.method, endpoint.path.get_untrusted_value()),
        module=module,
        summary=summary.replace('"""', "'''"),
        returns=success_type(endpoint),
        positional=positional,
        query=query,
        headers=headers,
        body_class=body_class,
        body=body,
        chunk=str(streamed[0].class_info.name) if streamed and flag else None,
        final=streamed[1].prop.get_type_string().as_unembedded_code() if streamed and flag else None,
        stream_flag=flag if streamed else None,
        structured=structured_outputs(body, chat),
    )


def resource_tree(
    located: Sequence[tuple[str, str, Operation]], root_class: str = "Mixroute"
) -> tuple[Resource, list[str]]:
    """The resource tree for ``(path, prefix, operation)`` triples, and the problems that prevent it.

    Class names join the attribute path (``chat.completions`` is ``ChatCompletions``); a method name two
    operations of one resource would share is replaced by the operations' module names, so no operation is
    lost or shadowed.
    """
    root = Resource("", root_class)
    for path, prefix, op in located:
        node = root
        for depth, attribute in enumerate(resource_path(path, prefix)):
            names = resource_path(path, prefix)[: depth + 1]
            node = node.children.setdefault(attribute, Resource(attribute, _class_name(names)))
        node.operations.append(op)
    problems = []
    for node in root.walk():
        _disambiguate(node)
        clash = {op.method for op in node.operations} & set(node.children)
        if clash:
            problems.append(f"{node.class_name}: {sorted(clash)} are both a method and a sub-resource")
    return root, problems


def _class_name(attributes: Sequence[str]) -> str:
    # The suffix keeps resource classes apart from model classes, which share the module's namespace.
    return "".join(str(ClassName(attribute, "")) for attribute in attributes) + "Resource"


def _disambiguate(node: Resource) -> None:
    methods = [op.method for op in node.operations]
    node.operations = [op if methods.count(op.method) == 1 else _renamed(op, op.module_name) for op in node.operations]


def _renamed(op: Operation, name: str) -> Operation:
    return replace(op, method=name)


def resources(
    openapi: Any, decisions: OperationDecisions, prefix: str, field_prefix: str
) -> tuple[Resource, list[str]]:
    """The resource tree of a parsed document (``GeneratorData``), and the imports its module needs.

    An endpoint listed under several tags is generated once per tag; the first module implements its method.
    """
    located: list[tuple[str, str, Operation]] = []
    imports: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            path = endpoint.path.get_untrusted_value()
            if (endpoint.method, path) in seen:
                continue
            seen.add((endpoint.method, path))
            module = f"api.{tag}.{PythonIdentifier(endpoint.name, field_prefix)}"
            located.append((path, prefix, operation(endpoint, module, decisions)))
            imports.update(_imports(endpoint, decisions))
    root, problems = resource_tree(located)
    if problems:
        raise ValueError("; ".join(problems))
    return root, sorted(imports)


def _imports(endpoint: Any, decisions: OperationDecisions) -> Iterator[str]:
    props = [
        *endpoint.path_parameters,
        *endpoint.query_parameters,
        *endpoint.header_parameters,
        *(response.prop for response in success_responses(endpoint)),
    ]
    for body in endpoint.bodies:
        props.append(body.prop)
        if isinstance(body.prop, ModelProperty):
            props.extend(model_properties(body.prop))
    streamed = decisions.stream(endpoint)
    if streamed:
        props.append(streamed[0])
    for prop in props:
        yield from prop.get_imports(prefix=".")
        yield from prop.get_lazy_imports(prefix=".")
        yield from (f"from .params import {name}" for name in param_names(prop))
        if isinstance(prop, ModelProperty):
            yield f"from .models.{prop.class_info.module_name} import {prop.class_info.name}"
