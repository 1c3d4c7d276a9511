"""Deterministic replies: the same request gives the same reply, derived from the conversation it carries.

The reply quotes the last message, so a test can see its input reached the server. `stop` cuts the text,
`max_tokens` truncates it (`finish_reason: "length"`), `n` gives n choices, and tools are called when
`tool_choice` asks for it (or, with `auto`, when the user's last message names what a tool does).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mixroute_mock.arguments import arguments_for, value_for

# Fixed so that the same request gives a byte-identical reply.
CREATED = 1_764_000_000
SYSTEM_FINGERPRINT = "fp_mixroute_mock"
_PER_MESSAGE_TOKENS = 3
# Words too generic to show that a message asks for a tool (`get_weather` is about "weather", not "get").
_GENERIC_WORDS = frozenset(
    {"get", "set", "fetch", "find", "lookup", "search", "list", "create", "update", "delete", "call", "run", "the"}
)


_TOKEN = re.compile(r"\S+\s*|\s+")


def tokens(text: str) -> list[str]:
    """The mock's tokenizer: a word with the whitespace after it. Joining the tokens gives the text back."""
    return _TOKEN.findall(text)


def each_token(text: str) -> Iterator[str]:
    """The tokens of `text` one at a time, for a stream that holds one event at once."""
    return (match.group() for match in _TOKEN.finditer(text))


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

    @property
    def completion_tokens(self) -> int:
        pieces = [self.content or "", *(f"{call.name} {call.arguments}" for call in self.tool_calls)]
        return sum(len(tokens(piece)) for piece in pieces)

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": self.content}
        if self.tool_calls:
            message["tool_calls"] = [call.to_dict() for call in self.tool_calls]
        return message


@dataclass(frozen=True)
class Reply:
    id: str
    model: str
    choices: tuple[Choice, ...]
    prompt_tokens: int

    def usage(self) -> dict[str, int]:
        completion = sum(choice.completion_tokens for choice in self.choices)
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
        }

    def completion(self) -> dict[str, Any]:
        """The non-streamed `chat.completion` body."""
        return {
            "id": self.id,
            "object": "chat.completion",
            "created": CREATED,
            "model": self.model,
            "system_fingerprint": SYSTEM_FINGERPRINT,
            "choices": [
                {"index": c.index, "message": c.message(), "finish_reason": c.finish_reason, "logprobs": None}
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
    counted = sum(len(tokens(text_of(message.get("content")))) + _PER_MESSAGE_TOKENS for message in messages)
    if request.get("tools"):
        counted += len(tokens(json.dumps(request["tools"])))
    return counted


def _tool_name_for(call_id: str, messages: list[dict[str, Any]]) -> str:
    for message in messages:
        for call in message.get("tool_calls") or []:
            if call.get("id") == call_id:
                return str(call.get("function", {}).get("name", "tool"))
    return "tool"


def _answer(request: dict[str, Any]) -> str:
    """The reply text for the conversation: it quotes the user's last words or uses the tool's result."""
    messages = request["messages"]
    last = messages[-1]
    said = text_of(last.get("content")).strip()
    if last.get("role") == "tool":
        name = _tool_name_for(str(last.get("tool_call_id")), messages)
        return f"According to {name}: {said}"
    return f'{request["model"]} (mock) heard: "{said}"'


def _shaped(request: dict[str, Any], text: str) -> str:
    """The answer in the requested `response_format`."""
    response_format = request.get("response_format") or {}
    if response_format.get("type") == "json_object":
        return json.dumps({"answer": text})
    if response_format.get("type") == "json_schema":
        schema = response_format.get("json_schema", {}).get("schema", {})
        return json.dumps(value_for(schema, hint=text) if isinstance(schema, dict) else {})
    return text


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
    pieces = tokens(text)
    if limit is not None and len(pieces) > int(limit):
        return "".join(pieces[: max(0, int(limit))]), "length"
    return text, "stop"


def _asks_for(tool: dict[str, Any], text: str) -> bool:
    name = str(tool.get("function", {}).get("name", "")).lower()
    said = set(re.findall(r"[a-z0-9]+", text.lower()))
    words = {word for word in re.split(r"[^a-z0-9]+", name) if len(word) >= 3} - _GENERIC_WORDS
    return bool(words & said)


def _tool_to_call(request: dict[str, Any]) -> dict[str, Any] | None:
    """The tool the reply calls, if any. A tool result in the last message is always answered in words."""
    tools = [tool for tool in request.get("tools") or [] if isinstance(tool.get("function"), dict)]
    last = request["messages"][-1]
    choice = request.get("tool_choice", "auto")
    if not tools or last.get("role") == "tool" or choice == "none":
        return None
    if isinstance(choice, dict):
        wanted = choice.get("function", {}).get("name")
        return next((tool for tool in tools if tool["function"].get("name") == wanted), None)
    if choice == "required":
        first: dict[str, Any] = tools[0]
        return first
    said = text_of(last.get("content")) if last.get("role") == "user" else ""
    return next((tool for tool in tools if _asks_for(tool, said)), None)


def _proper_noun(request: dict[str, Any]) -> str | None:
    """The last capitalised word of the user's last message after its first word (`Beijing`), a string hint."""
    words = re.findall(r"[A-Za-z][\w-]*", text_of(request["messages"][-1].get("content")))
    capitalised = [word for word in words[1:] if word[0].isupper()]
    return capitalised[-1] if capitalised else None


def _choice(request: dict[str, Any], index: int) -> Choice:
    tool = _tool_to_call(request)
    if tool is not None:
        function = tool["function"]
        arguments = arguments_for(function.get("parameters", {}), hint=_proper_noun(request))
        call = ToolCall(
            id=f"call_{_digest(request, index)}",
            name=str(function["name"]),
            arguments=json.dumps(arguments, ensure_ascii=False),
        )
        return Choice(index, None, (call,), "tool_calls")
    text = _answer(request) + (f" (choice {index + 1})" if index else "")
    content, finish_reason = _limited(_shaped(request, text), request)
    return Choice(index, content, (), finish_reason)


def build_reply(request: dict[str, Any]) -> Reply:
    """The reply to a request that passed validation (so `model` and a non-empty `messages` are there)."""
    count = int(request.get("n") or 1)  # JSON Schema counts 2.0 as an integer; null means the default
    return Reply(
        id=f"chatcmpl-{_digest(request)}",
        model=str(request["model"]),
        choices=tuple(_choice(request, index) for index in range(count)),
        prompt_tokens=_prompt_tokens(request),
    )
