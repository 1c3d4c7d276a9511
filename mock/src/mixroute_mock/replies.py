"""Deterministic replies: the same request gives the same reply, derived from the conversation it carries.

The reply quotes the last message, so a test can see its input reached the server. `stop` cuts the text,
`max_tokens` truncates it (`finish_reason: "length"`), `n` gives n choices, `logprobs` adds a log probability
per token. A `json_schema` response format gives JSON of its schema; `json_object` gives JSON of the schema
written out in the latest message that has one (instructor's and pydantic-ai's JSON modes put it there), else
`{"answer": ...}`; without a response format, a prompt that asks for a ```json code block (instructor's MD_JSON
mode) gets that JSON inside one. A test can script replies instead (scripts.py). Tools are called the way a
model that follows its instructions calls them:

- a named `tool_choice` always calls that function, after tool results too;
- `required` calls the tools the latest user message names that were not called yet in the conversation (all
  of them, unless `parallel_tool_calls` is false), else the first tool not called yet, else the first named;
- `auto` (the default) calls a tool while some tool has not been called since the latest user message: the
  pending tools that message names (several at once unless `parallel_tool_calls` is false), else the first
  pending one; once every tool was called since, it answers in text, so an agent loop ends;
- `none` never calls one.

A message names a tool when a word of the tool's name (split at `_`, `-`, `.` and capitals: `get_weather`,
`WeatherReport`, `Answer`), other than a generic verb such as `get`, appears in it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from mixroute_mock.arguments import SchemaTooLarge, Unsatisfiable, arguments_for, conformance_error, value_for
from mixroute_mock.logprobs import content_logprobs
from mixroute_mock.scripts import ScriptedReply
from mixroute_mock.tokens import first_tokens, token_count
from mixroute_mock.user_schemas import asks_for_json_block, schema_in_prompts

# Fixed so that the same request gives a byte-identical reply.
CREATED = 1_764_000_000
SYSTEM_FINGERPRINT = "fp_mixroute_mock"
_PER_MESSAGE_TOKENS = 3
# Words too generic to show that a message asks for a tool (`get_weather` is about "weather", not "get").
_GENERIC_WORDS = frozenset(
    {"get", "set", "fetch", "find", "lookup", "search", "list", "create", "update", "delete", "call", "run", "the"}
)


def text_of(content: Any) -> str:
    """The text of a message's content: a string, or text parts joined (other parts as `[image_url]`, ...)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(part.get("text", f"[{part.get('type')}]") for part in content if isinstance(part, dict))
    return ""


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": "function", "function": {"name": self.name, "arguments": self.arguments}}


@dataclass(frozen=True)
class Choice:
    index: int
    content: str | None
    tool_calls: tuple[ToolCall, ...]
    finish_reason: str
    # Only a scripted reply refuses (scripts.py).
    refusal: str | None = None

    @property
    def completion_tokens(self) -> int:
        pieces = [
            self.content or "",
            self.refusal or "",
            *(f"{call.name} {call.arguments}" for call in self.tool_calls),
        ]
        return sum(token_count(piece) for piece in pieces)

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": self.content}
        if self.refusal is not None:
            message["refusal"] = self.refusal
        if self.tool_calls:
            message["tool_calls"] = [call.to_dict() for call in self.tool_calls]
        return message


class InvalidDraw(RuntimeError):
    """A value the mock drew is not valid against the schema it was drawn for: a bug of the mock, which it
    answers with a 500 saying so rather than send the value."""


@dataclass(frozen=True)
class Reply:
    id: str
    model: str
    choices: tuple[Choice, ...]
    prompt_tokens: int
    # How many alternatives each token's log probability lists, or None when `logprobs` was not asked for.
    top_logprobs: int | None = None
    # Counts a scripted reply dictates in place of the mock's own.
    usage_override: dict[str, int] | None = None

    def logprobs(self, choice: Choice) -> dict[str, Any] | None:
        """The choice's `logprobs`: one entry per token of its content, when asked for."""
        return None if self.top_logprobs is None else content_logprobs(choice.content, self.top_logprobs)

    def usage(self) -> dict[str, int]:
        counted = {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": sum(choice.completion_tokens for choice in self.choices),
            **(self.usage_override or {}),
        }
        total = counted["prompt_tokens"] + counted["completion_tokens"]
        return {**counted, "total_tokens": counted.get("total_tokens", total)}

    def completion(self) -> dict[str, Any]:
        """The non-streamed `chat.completion` body."""
        return {
            "id": self.id,
            "object": "chat.completion",
            "created": CREATED,
            "model": self.model,
            "system_fingerprint": SYSTEM_FINGERPRINT,
            "choices": [
                {
                    "index": c.index,
                    "message": c.message(),
                    "finish_reason": c.finish_reason,
                    "logprobs": self.logprobs(c),
                }
                for c in self.choices
            ],
            "usage": self.usage(),
        }


def _digest(request: dict[str, Any], *salt: object) -> str:
    """A stable digest of the request; streaming options are left out so streamed and plain replies match."""
    relevant = {key: value for key, value in request.items() if key not in ("stream", "stream_options")}
    text = json.dumps([relevant, *salt], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _prompt_tokens(request: dict[str, Any]) -> int:
    messages = request["messages"]
    counted = sum(token_count(text_of(message.get("content"))) + _PER_MESSAGE_TOKENS for message in messages)
    if request.get("tools"):
        counted += token_count(json.dumps(request["tools"]))
    return counted


def _latest_user(messages: list[dict[str, Any]]) -> int:
    """The index of the latest user message, -1 when there is none."""
    return max((index for index, message in enumerate(messages) if message.get("role") == "user"), default=-1)


def _calls(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tool calls the assistant made in `messages`, oldest first."""
    found = [message.get("tool_calls") for message in messages if message.get("role") == "assistant"]
    return [call for calls in found if isinstance(calls, list) for call in calls if isinstance(call, dict)]


def _called(messages: list[dict[str, Any]]) -> set[str]:
    return {str((call.get("function") or {}).get("name")) for call in _calls(messages)}


def _tool_results(messages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(tool name, result) for the tool messages at the end of the conversation, in order."""
    names = {call.get("id"): str((call.get("function") or {}).get("name", "tool")) for call in _calls(messages)}
    results: list[tuple[str, str]] = []
    for message in reversed(messages):
        if message.get("role") != "tool":
            break
        results.insert(0, (names.get(message.get("tool_call_id"), "tool"), text_of(message.get("content")).strip()))
    return results


def _answer(request: dict[str, Any]) -> str:
    """The reply text for the conversation: it uses the tool results that end it, or quotes the user's last
    words."""
    messages = request["messages"]
    results = _tool_results(messages)
    if results:
        return "According to " + "; ".join(f"{name}: {result}" for name, result in results)
    said = text_of(messages[-1].get("content")).strip()
    return f'{request["model"]} (mock) heard: "{said}"'


def _shaped(request: dict[str, Any], text: str) -> str:
    """The answer in the requested `response_format`, or in a ```json block when the prompt asks for one."""
    response_format = request.get("response_format") or {}
    if response_format.get("type") == "json_object":
        return _prompted_json(request, text)
    if response_format.get("type") == "json_schema":
        schema = response_format.get("json_schema", {}).get("schema", {})
        label = f"the response_format '{response_format.get('json_schema', {}).get('name', '')}'"
        return json.dumps(_checked(schema, lambda: value_for(schema, hint=text), label), ensure_ascii=False)
    if not response_format and asks_for_json_block(_prompt_texts(request)):
        return f"```json\n{_prompted_json(request, text)}\n```"
    return text


def _prompt_texts(request: dict[str, Any]) -> list[str]:
    """The texts of the messages the caller wrote (not the assistant's), latest first."""
    messages = reversed(request["messages"])
    return [text_of(message.get("content")) for message in messages if message.get("role") != "assistant"]


def _prompted_json(request: dict[str, Any], text: str) -> str:
    """JSON of the schema written out in the latest message that has one, else `{"answer": text}`."""
    schema = schema_in_prompts(_prompt_texts(request))
    if schema is None:
        return json.dumps({"answer": text})
    return json.dumps(
        _checked(schema, lambda: value_for(schema, hint=text), "the schema in the prompt"), ensure_ascii=False
    )


def _checked(schema: Any, draw: Any, label: str) -> Any:
    """The value `draw()` gives for `schema`, checked against it (formats included) before it is sent."""
    try:
        value = draw()
    except (SchemaTooLarge, Unsatisfiable) as error:
        raise InvalidDraw(f"The mock could not draw a value for {label}: {error}.") from None
    why = conformance_error(schema, value)
    if why is not None:
        shown = json.dumps(value, ensure_ascii=False)
        shown = shown if len(shown) <= 300 else shown[:297] + "..."
        raise InvalidDraw(f"Mock bug: the value it drew for {label} breaks that schema: {why}. The value: {shown}")
    return value


def _stop_sequences(request: dict[str, Any]) -> list[str]:
    stop = request.get("stop")
    sequences = [stop] if isinstance(stop, str) else list(stop or [])
    return [sequence for sequence in sequences if sequence]


# The newer name wins where a request sends both, as at OpenAI.
_TOKEN_LIMITS = ("max_completion_tokens", "max_tokens")


def _limited(text: str, request: dict[str, Any]) -> tuple[str, str]:
    """Apply `stop` then `max_tokens`; returns the text and its finish_reason."""
    cuts = [text.find(sequence) for sequence in _stop_sequences(request) if sequence in text]
    if cuts:
        text = text[: min(cuts)]
    limit = next((request[key] for key in _TOKEN_LIMITS if request.get(key) is not None), None)
    cut = None if limit is None else first_tokens(text, int(limit))
    return (text, "stop") if cut is None else (cut, "length")


def _name_words(name: str) -> set[str]:
    """The words of a tool's name that show a message asks for it (`get_weather`: `weather`)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    words = {word for word in re.split(r"[^a-z0-9]+", spaced.lower()) if len(word) >= 3}
    return words - _GENERIC_WORDS


def _function_tools(request: dict[str, Any]) -> list[dict[str, Any]]:
    return [tool for tool in request.get("tools") or [] if isinstance(tool.get("function"), dict)]


def _tool_name(tool: dict[str, Any]) -> str:
    return str(tool["function"].get("name", ""))


def _tools_to_call(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The tools this turn calls, by the rules in this module's docstring."""
    tools = _function_tools(request)
    choice = request.get("tool_choice") or "auto"
    if not tools or choice == "none":
        return []
    if isinstance(choice, dict):
        wanted = (choice.get("function") or {}).get("name")
        return [tool for tool in tools if _tool_name(tool) == wanted][:1]
    messages = request["messages"]
    latest = _latest_user(messages)
    said = set(re.findall(r"[a-z0-9]+", text_of(messages[latest].get("content")).lower())) if latest >= 0 else set()
    named = [tool for tool in tools if _name_words(_tool_name(tool)) & said]
    many = 1 if request.get("parallel_tool_calls") is False else len(tools)
    if choice == "required":
        ever = _called(messages)
        fresh = [tool for tool in named if _tool_name(tool) not in ever]
        ranked = sorted(tools, key=lambda tool: (_tool_name(tool) in ever, tool not in named))
        return fresh[:many] if fresh else ranked[:1]
    since = _called(messages[latest + 1 :])
    pending = [tool for tool in tools if _tool_name(tool) not in since]
    asked = [tool for tool in pending if tool in named]
    return asked[:many] if asked else pending[:1]


def _proper_noun(request: dict[str, Any]) -> str | None:
    """The last capitalised word of the latest user message after its first word (`Beijing`), a string hint."""
    messages = request["messages"]
    words = re.findall(r"[A-Za-z][\w-]*", text_of(messages[_latest_user(messages)].get("content")))
    capitalised = [word for word in words[1:] if word[0].isupper()]
    return capitalised[-1] if capitalised else None


def _tool_call(request: dict[str, Any], tool: dict[str, Any], choice: int, position: int) -> ToolCall:
    function = tool["function"]
    parameters = function.get("parameters", {})
    label = f"the parameters of function '{function.get('name', '')}'"
    arguments = _checked(parameters, lambda: arguments_for(parameters, hint=_proper_noun(request)), label)
    return ToolCall(
        id=f"call_{_digest(request, choice, position)}",
        name=str(function["name"]),
        arguments=json.dumps(arguments, ensure_ascii=False),
    )


def _choice(request: dict[str, Any], index: int) -> Choice:
    calls = tuple(_tool_call(request, tool, index, position) for position, tool in enumerate(_tools_to_call(request)))
    if calls:
        return Choice(index, None, calls, "tool_calls")
    text = _answer(request) + (f" (choice {index + 1})" if index else "")
    content, finish_reason = _limited(_shaped(request, text), request)
    return Choice(index, content, (), finish_reason)


def _scripted_choice(request: dict[str, Any], scripted: ScriptedReply, index: int) -> Choice:
    calls = tuple(
        ToolCall(call.id or f"call_{_digest(request, index, position)}", call.name, call.arguments)
        for position, call in enumerate(scripted.tool_calls)
    )
    finish_reason = scripted.finish_reason or ("tool_calls" if calls else "stop")
    return Choice(index, scripted.content, calls, finish_reason, scripted.refusal)


def build_reply(request: dict[str, Any], scripted: ScriptedReply | None = None) -> Reply:
    """The reply to a request that passed validation (so `model` and a non-empty `messages` are there): the
    scripted one when a test queued one (every choice the same), else the deterministic one."""
    count = int(request.get("n") or 1)  # JSON Schema counts 2.0 as an integer; null means the default
    if scripted is None:
        choices = tuple(_choice(request, index) for index in range(count))
    else:
        choices = tuple(_scripted_choice(request, scripted, index) for index in range(count))
    return Reply(
        id=f"chatcmpl-{_digest(request)}",
        model=str(request["model"]),
        choices=choices,
        prompt_tokens=_prompt_tokens(request),
        top_logprobs=int(request.get("top_logprobs") or 0) if request.get("logprobs") else None,
        usage_override=scripted.usage if scripted else None,
    )
