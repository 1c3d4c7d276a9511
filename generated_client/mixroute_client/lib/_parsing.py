"""Structured outputs: the OpenAI SDK's ``chat.completions.parse()`` and its typed replies.

``response_format`` may be a pydantic model, a dataclass or a TypedDict: pydantic's ``TypeAdapter`` takes all
three, writes their JSON Schema and validates the reply, so none of it is ours. The schema sent is the strict
form the SDK sends (``to_strict_json_schema``). pydantic is the optional extra ``mixroute-client[pydantic]``,
imported on first use only: plain calls never load it, and without it a structured call raises ``UsageError``.

The parsed replies are subclasses of the generated reply models, so everything a ``ChatCompletion`` has (and
``isinstance``) holds for a ``ParsedChatCompletion``; they add ``message.parsed`` and, on tool calls,
``function.parsed_arguments``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import operator
import types
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import attrs

from .._runtime import _wire
from .._runtime._exceptions import ContentFilterFinishReasonError, LengthFinishReasonError, UsageError
from .._runtime._models import Model, model_repr, same_answer
from .._runtime._operation import Operation, Reader
from .._runtime._public import shown_from_package
from .._runtime._response import _BaseAPIResponse
from .._runtime._types import Unset
from ..models.chat_completion import ChatCompletion
from ..models.chat_completion_choice import ChatCompletionChoice
from ..models.chat_completion_message import ChatCompletionMessage
from ..models.function_call import FunctionCall
from ..models.tool_call import ToolCall

if TYPE_CHECKING:
    import pydantic

    from ..params import ToolParam

__all__ = [
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "PydanticFunctionTool",
    "ResponseFormatMode",
    "pydantic_function_tool",
    "to_strict_json_schema",
]

ResponseFormatT = TypeVar("ResponseFormatT")
ModelT = TypeVar("ModelT")
ChunkT = TypeVar("ChunkT")
FinalT = TypeVar("FinalT")

T = TypeVar("T")

EXTRA = "mixroute-client[pydantic]"
# How a type given as response_format is asked for: as OpenAI's json_schema (the SDK's way), or, for upstreams
# that refuse it (DeepSeek answers 400), as json_object with the schema in a system message.
ResponseFormatMode = Literal["json_schema", "json_object"]
_MODES: tuple[str, ...] = ("json_schema", "json_object")
SCHEMA_INSTRUCTION = "Reply with one JSON object, and nothing else, that is valid against this JSON Schema:"


class ParsedFunction(FunctionCall):
    """A tool call's function with ``parsed_arguments``: the arguments as the tool's model (a
    ``pydantic_function_tool``), as a JSON value (any other ``strict`` tool), or None (a tool not strict)."""

    __slots__ = ("parsed_arguments",)
    parsed_arguments: object

    def __repr__(self) -> str:
        return _with_field(model_repr(self), "parsed_arguments", self.parsed_arguments)


class ParsedFunctionToolCall(ToolCall):
    __slots__ = ()
    function: ParsedFunction


class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[ResponseFormatT]):
    """The reply's message with ``parsed``: its content as the ``response_format`` type, None on a refusal."""

    __slots__ = ("parsed",)
    parsed: ResponseFormatT | None
    tool_calls: list[ParsedFunctionToolCall] | None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return _with_field(model_repr(self), "parsed", self.parsed)


class ParsedChoice(ChatCompletionChoice, Generic[ResponseFormatT]):
    __slots__ = ()
    message: ParsedChatCompletionMessage[ResponseFormatT]


class ParsedChatCompletion(ChatCompletion, Generic[ResponseFormatT]):
    """What ``parse()`` returns: a ``ChatCompletion`` whose messages carry ``parsed``."""

    __slots__ = ()
    choices: list[ParsedChoice[ResponseFormatT]]  # type: ignore[assignment]


def _read_into(cls: type[Model], base: type[Model], nested: Mapping[type[Model], type[Model]]) -> None:
    """Give ``cls`` the generated reader of its ``base``, building each class of ``nested`` as the class it maps
    to: ``ParsedChatCompletion.from_dict`` reads a reply into the ``Parsed*`` classes in the first place, with the
    generated code itself (no copy afterwards; ``create()``'s reader is left as it is). What ``cls`` adds
    (``parsed``, ``parsed_arguments``) reads None until ``parse()`` sets it, as in the SDK's models.

    The reader is the same code run with its module's names, each nested class's reader standing for its
    ``Parsed`` twin's: the generated reader reads a nested model through the module global ``_read_<class>``
    (its class's bound ``from_dict``), and builds its own object with ``new_model(cls)``. A twin's own reader
    must be in place first: the classes are given theirs from the innermost out.
    """
    reader = _reader_of(base)
    names, used = dict(reader.__globals__), _global_names(reader.__code__)
    for generated, twin in nested.items():
        name = f"_read_{generated.__name__}"
        bound = getattr(names.get(name), "__func__", None)
        if bound is not _reader_of(generated) or name not in used:
            raise RuntimeError(f"{base.__name__}.from_dict does not read a {generated.__name__} through {name}")
        if "from_dict" not in twin.__dict__:
            raise RuntimeError(f"{twin.__name__} needs its own reader before {cls.__name__} can read into it")
        names[name] = twin.__dict__["from_dict"].__get__(None, twin)
    if names.get("new_model") is not _wire.new_model or "new_model" not in used:
        raise RuntimeError(f"{base.__name__}.from_dict does not build its object with new_model")
    names["new_model"] = _new_model
    rebound = types.FunctionType(reader.__code__, names, reader.__name__, reader.__defaults__, reader.__closure__)
    rebound.__qualname__ = f"{cls.__qualname__}.from_dict"
    setattr(cls, "from_dict", classmethod(rebound))  # noqa: B010 (mypy refuses to assign a method)


def _reader_of(model: type[Model]) -> types.FunctionType:
    """The function behind ``model.from_dict``."""
    return cast("types.FunctionType", model.__dict__["from_dict"].__func__)


def _global_names(code: types.CodeType) -> set[str]:
    """The names ``code`` and the functions defined inside it look up."""
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= _global_names(constant)
    return names


def _new_model(cls: type[ModelT]) -> ModelT:
    """A ``Parsed*`` object for the generated reader to fill, what its class adds already None."""
    model: ModelT = _wire.new_model(cls)
    for name in cls.__dict__.get("__slots__", ()):
        setattr(model, name, None)
    return model


_read_into(ParsedFunction, FunctionCall, {})
_read_into(ParsedFunctionToolCall, ToolCall, {FunctionCall: ParsedFunction})
_read_into(ParsedChatCompletionMessage, ChatCompletionMessage, {ToolCall: ParsedFunctionToolCall})
_read_into(ParsedChoice, ChatCompletionChoice, {ChatCompletionMessage: ParsedChatCompletionMessage})
_read_into(ParsedChatCompletion, ChatCompletion, {ChatCompletionChoice: ParsedChoice})


class PydanticFunctionTool(dict[str, Any]):
    """A tool's ``function`` object that also knows the model its arguments are read into."""

    def __init__(self, definition: Mapping[str, Any], model: type[Any]) -> None:
        super().__init__(definition)
        self.model = model


def pydantic_function_tool(model: type[Any], *, name: str | None = None, description: str | None = None) -> ToolParam:
    """A strict function tool whose parameters are ``model``'s strict JSON Schema (the OpenAI SDK's helper).

    ``name`` defaults to the class name, ``description`` to its docstring. ``parse()`` and ``stream()`` read
    the arguments of its calls into ``model`` (``function.parsed_arguments``).
    """
    description = model.__doc__ if description is None else description
    definition: dict[str, Any] = {"name": name or model.__name__, "strict": True}
    definition["parameters"] = to_strict_json_schema(model)
    if description is not None:
        definition["description"] = description
    return cast("ToolParam", {"type": "function", "function": PydanticFunctionTool(definition, model)})


def _pydantic() -> Any:
    try:
        import pydantic  # noqa: PLC0415  (optional: loaded by structured outputs only)
    except ImportError as exc:
        raise UsageError(f"Structured outputs need pydantic: install the extra, pip install '{EXTRA}'.") from exc
    return pydantic


def _adapter(type_: object) -> pydantic.TypeAdapter[Any]:
    """pydantic's reader and schema writer for ``type_``, built once per type (building one costs more than
    validating a reply)."""
    return _cached_adapter(type_)


@functools.lru_cache(maxsize=256)
def _cached_adapter(type_: Hashable) -> pydantic.TypeAdapter[Any]:
    adapter: pydantic.TypeAdapter[Any] = _pydantic().TypeAdapter(type_)
    return adapter


def to_strict_json_schema(type_: type[Any]) -> dict[str, Any]:
    """The JSON Schema of a pydantic model, dataclass or TypedDict in the strict form structured outputs ask
    for: every object closed (``additionalProperties: false``) with all its properties required, ``default:
    null`` dropped, and a ``$ref`` that has siblings inlined (the OpenAI SDK's ``to_strict_json_schema``)."""
    schema = _adapter(type_).json_schema()
    return _strict(schema, schema)


def _strict(schema: Any, root: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(schema, dict):
        raise TypeError(f"a JSON Schema must be an object, got {schema!r}")
    for definitions in ("$defs", "definitions"):
        for definition in (schema.get(definitions) or {}).values():
            _strict(definition, root)
    if schema.get("type") == "object":
        schema.setdefault("additionalProperties", False)
    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema["required"] = list(properties)
        schema["properties"] = {key: _strict(value, root) for key, value in properties.items()}
    if isinstance(schema.get("items"), dict):
        schema["items"] = _strict(schema["items"], root)
    if isinstance(schema.get("anyOf"), list):
        schema["anyOf"] = [_strict(variant, root) for variant in schema["anyOf"]]
    all_of = schema.get("allOf")
    if isinstance(all_of, list):
        if len(all_of) == 1:
            schema.update(_strict(all_of[0], root))
            schema.pop("allOf")
        else:
            schema["allOf"] = [_strict(entry, root) for entry in all_of]
    if "default" in schema and schema["default"] is None:
        schema.pop("default")
    ref = schema.get("$ref")
    if isinstance(ref, str) and len(schema) > 1:
        # A $ref must stand alone: with siblings (a description) it is inlined, the siblings winning.
        schema.update({**_resolve(root, ref), **schema})
        schema.pop("$ref")
        return _strict(schema, root)
    return schema


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"unexpected $ref {ref!r}: only local references (#/...) are resolved")
    resolved: Any = root
    for key in ref[2:].split("/"):
        resolved = resolved[key]
    if not isinstance(resolved, dict):
        raise ValueError(f"$ref {ref!r} does not name a schema object")
    return resolved


def is_rich(response_format: object) -> bool:
    """Whether ``response_format`` is a type to read the reply into, rather than the wire's own object."""
    return isinstance(response_format, type) and not isinstance(response_format, Unset)


def response_format_param(response_format: object, mode: ResponseFormatMode = "json_schema") -> Any:
    """What ``response_format`` sends: a type becomes its strict ``json_schema`` format (``mode="json_object"``:
    ``{"type": "json_object"}``, its schema going in a system message instead), anything else as given."""
    if mode not in _MODES:
        raise UsageError(f"response_format_mode must be one of {', '.join(map(repr, _MODES))}, got {mode!r}")
    if not is_rich(response_format):
        if mode == "json_object":
            raise UsageError("response_format_mode='json_object' needs a type as response_format, to send its schema")
        return response_format
    if mode == "json_object":
        return {"type": "json_object"}
    return _json_schema_format(response_format)


def _json_schema_format(type_: object) -> dict[str, Any]:
    """The ``json_schema`` format of ``type_`` (its schema written once per type: writing one costs more than a
    whole call; the request only reads it)."""
    return {"type": "json_schema", "json_schema": _cached_json_schema(type_)}


@functools.lru_cache(maxsize=256)
def _cached_json_schema(type_: Hashable) -> dict[str, Any]:
    return {
        "schema": to_strict_json_schema(cast("type[Any]", type_)),
        "name": getattr(type_, "__name__", ""),
        "strict": True,
    }


def schema_messages(messages: T, response_format: object, mode: ResponseFormatMode) -> T:
    """``messages`` as sent: for ``mode="json_object"``, after a system message that asks for JSON matching the
    ``response_format`` type's schema (the reply is still validated against the type, on the client)."""
    if mode != "json_object" or not is_rich(response_format):
        return messages
    schema = json.dumps(to_strict_json_schema(cast("type[Any]", response_format)), ensure_ascii=False)
    instruction = {"role": "system", "content": f"{SCHEMA_INSTRUCTION}\n{schema}"}
    return cast("T", [instruction, *cast("Iterable[Any]", messages)])


def check_parse_tools(tools: object) -> None:
    """``parse()`` reads every tool call's arguments, so it takes strict function tools only (as the SDK)."""
    if isinstance(tools, Unset) or tools is None:
        return
    for tool in cast("Iterable[Any]", tools):
        wire = _as_mapping(tool)
        if wire.get("type") != "function":
            raise UsageError(f"parse() reads function tools only; got a tool of type {wire.get('type')!r}")
        function = _as_mapping(wire.get("function"))
        if function.get("strict") is not True:
            raise UsageError(f"`{function.get('name')}` is not strict. Only `strict` function tools can be auto-parsed")


def _as_mapping(value: object) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    to_dict = getattr(value, "to_dict", None)
    return cast("Mapping[str, Any]", to_dict()) if callable(to_dict) else {}


def _functions(tools: object) -> dict[str, Mapping[str, Any]]:
    """The function definitions of ``tools`` by name (a ``PydanticFunctionTool`` kept as it is)."""
    if isinstance(tools, Unset) or tools is None:
        return {}
    functions: dict[str, Mapping[str, Any]] = {}
    for tool in cast("Iterable[Any]", tools):
        function = _as_mapping(tool).get("function")
        function = function if isinstance(function, Mapping) else _as_mapping(function)
        if isinstance(function.get("name"), str):
            functions.setdefault(function["name"], function)
    return functions


class Parser(Generic[ResponseFormatT]):
    """Reads replies for one call: its ``response_format`` and the function tools it offered."""

    def __init__(self, response_format: object, tools: object) -> None:
        self.rich = is_rich(response_format)
        self._response_format = response_format
        self._functions = _functions(tools)

    def require(self, *, partial: bool) -> None:
        """Raise ``UsageError`` naming the extra if reading this call's replies needs pydantic and it is not
        installed: a type to read into, a ``pydantic_function_tool``, or (``partial``, for ``stream()``'s partial
        JSON, read by pydantic's own parser) a strict tool."""
        models = any(isinstance(function, PydanticFunctionTool) for function in self._functions.values())
        if self.rich or models or (partial and self.parseable):
            _pydantic()

    @property
    def parseable(self) -> bool:
        """Whether anything of a reply is read into a type (the SDK's condition for finish-reason errors)."""
        return self.rich or any(self.strict(name) for name in self._functions)

    def strict(self, name: str | None) -> bool:
        function = self._functions.get(name or "")
        return function is not None and (isinstance(function, PydanticFunctionTool) or function.get("strict") is True)

    def content(self, message: ChatCompletionMessage) -> ResponseFormatT | None:
        """The message's content as the ``response_format`` type; None for a refusal, no content or no type."""
        if not self.rich or not message.content or message.refusal:
            return None
        return cast("ResponseFormatT", _adapter(self._response_format).validate_json(message.content))

    def arguments(self, function: FunctionCall) -> object:
        """A tool call's arguments: the tool's model, a JSON value (a strict tool), or None."""
        definition = self._functions.get(function.name or "")
        if definition is None:
            return None
        if isinstance(definition, PydanticFunctionTool):
            return _adapter(definition.model).validate_json(function.arguments or "")
        return json.loads(function.arguments or "") if definition.get("strict") else None

    def completion(self, completion: ChatCompletion) -> ParsedChatCompletion[ResponseFormatT]:
        """``completion`` read: the SDK's errors for a reply cut by length or by the content filter first."""
        if isinstance(completion, _BaseAPIResponse):  # with_raw_response.parse(): read when its parse() is called
            return cast("ParsedChatCompletion[ResponseFormatT]", completion.reshaped(self.completion))
        for choice in completion.choices:
            check_finish_reason(choice.finish_reason, completion)
        return self.snapshot(completion, self._content, self.arguments)

    def _content(self, choice: ChatCompletionChoice) -> ResponseFormatT | None:
        return self.content(choice.message)

    def snapshot(
        self,
        completion: ChatCompletion,
        content: Callable[[ChatCompletionChoice], object],
        arguments: Callable[[FunctionCall], object],
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """``completion`` as a ``ParsedChatCompletion``: ``parsed`` is ``content(choice)``, each tool call's
        ``parsed_arguments`` is ``arguments(function)``. One read as a ``ParsedChatCompletion`` in the first place
        (``parse()``'s reply, see ``reading_parsed``) is filled in, any other is copied into one first."""
        parsed = completion if isinstance(completion, ParsedChatCompletion) else _as_parsed(completion)
        for choice in parsed.choices:
            message = choice.message
            message.parsed = cast("ResponseFormatT | None", content(choice))
            for call in message.tool_calls or ():
                call.function.parsed_arguments = arguments(call.function)
        return parsed


def reading_parsed(operation: Operation[ChatCompletion, ChunkT, FinalT]) -> Operation[Any, ChunkT, FinalT]:
    """``operation`` with its reply read as a ``ParsedChatCompletion`` (``parse()``'s call): the same request,
    the same checks, the reply built as the ``Parsed*`` classes by the generated reader."""
    found = _READING_PARSED.get(id(operation))
    if found is None or found[0] is not operation:
        replies = tuple((low, high, _parsed_reader(reader)) for low, high, reader in operation.replies)
        found = _READING_PARSED[id(operation)] = (operation, dataclasses.replace(operation, replies=replies))
    return found[1]


# Each operation parse() was called for (kept, so its id is not reused), with its parse() twin.
_READING_PARSED: dict[int, tuple[Operation[Any, Any, Any], Operation[Any, Any, Any]]] = {}


def _parsed_reader(reader: Reader | None) -> Reader | None:
    return ParsedChatCompletion.from_dict if reader == ChatCompletion.from_dict else reader


def _as_parsed(completion: ChatCompletion) -> ParsedChatCompletion[Any]:
    """A ``ChatCompletion`` read as the generated class (a stream's fold) copied into the ``Parsed*`` classes."""
    choices = []
    for choice in completion.choices:
        message = choice.message
        calls = None
        if message.tool_calls is not None:
            calls = [
                upgraded(ParsedFunctionToolCall, call, function=upgraded(ParsedFunction, call.function))
                for call in message.tool_calls
            ]
        parsed_message = upgraded(ParsedChatCompletionMessage, message, tool_calls=calls)
        choices.append(upgraded(ParsedChoice, choice, message=parsed_message))
    return upgraded(ParsedChatCompletion, completion, choices=choices)


def check_finish_reason(finish_reason: object, completion: object) -> None:
    """Raise the SDK's error for a reply that cannot be read as the asked-for type."""
    if finish_reason == "length":
        raise LengthFinishReasonError(completion=completion)
    if finish_reason == "content_filter":
        raise ContentFilterFinishReasonError(completion=completion)


def upgraded(cls: type[ModelT], model: object, **values: object) -> ModelT:
    """``model`` as an instance of its subclass ``cls``: every attribute shared, then ``values`` set.

    No copy of the payload and no second validation: the reply was read once, by the generated model. The
    attributes are read in one call (``attrgetter``) and set with ``setattr``, which costs less per attribute
    than ``object.__setattr__`` (parse() should cost what create() and the validation cost, no more).
    """
    new = object.__new__(cls)
    names, read = _fields(cast("Hashable", type(model)))
    for name, value in zip(names, read(model), strict=True):
        setattr(new, name, value)
    for name, value in values.items():
        setattr(new, name, value)
    if isinstance(model, Model) and isinstance(new, Model):
        same_answer(model, new)
    return new


@functools.lru_cache(maxsize=64)
def _fields(model: Hashable) -> tuple[tuple[str, ...], Callable[[object], tuple[object, ...]]]:
    names = tuple(field.name for field in attrs.fields(cast("type[attrs.AttrsInstance]", model)))
    return names, operator.attrgetter(*names)


def _with_field(text: str, name: str, value: object) -> str:
    return f"{text[:-1]}, {name}={value!r})" if not text.endswith("()") else f"{text[:-1]}{name}={value!r})"


shown_from_package(globals(), __all__)
