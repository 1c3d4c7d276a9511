"""Scripted replies: a test dictates what the next requests get, before or instead of the deterministic reply.

A script is a queue of replies under a key. A request takes the next reply of the queue its `X-Mock-Script`
header names (without the header, the queue with the empty key); once that queue is empty, requests get the
deterministic reply again. Replies are queued with `MixrouteMock.script(...)` in pytest, or from any language
with `POST /_mock/scripts` and `{"key": "...", "replies": [...]}`; `DELETE /_mock/scripts` empties every queue.

A reply is a string (its content) or an object with any of `content`, `refusal`, `tool_calls` (each with `name`,
`arguments` as an object or as a string sent as it is, so that a broken one can test a client's re-ask, and
an optional `id`), `finish_reason` (by default `tool_calls` when there are calls, else `stop`) and `usage`
(counts that replace the mock's own).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# jsonschema ships no type hints and types-jsonschema is not in the environment.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

SCRIPT_HEADER = "X-Mock-Script"
# What the queues may hold at once, over every key, and the longest key: together they bound what scripts can make
# the mock keep (the request body itself is bounded by the body parser).
MAX_QUEUED_REPLIES = 10_000
MAX_SCRIPT_KEY_LENGTH = 256
_COUNT = {"type": "integer", "minimum": 0}
_REPLY_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "content": {"type": ["string", "null"]},
                "refusal": {"type": ["string", "null"]},
                "finish_reason": {"type": "string", "minLength": 1},
                "usage": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {"prompt_tokens": _COUNT, "completion_tokens": _COUNT, "total_tokens": _COUNT},
                },
                "tool_calls": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string", "minLength": 1},
                            "arguments": {"type": ["object", "string"]},
                            "id": {"type": "string", "minLength": 1},
                        },
                    },
                },
            },
        },
    ]
}
_SCRIPT_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["replies"],
    "properties": {
        "key": {"type": "string", "maxLength": MAX_SCRIPT_KEY_LENGTH},
        "replies": {"type": "array", "items": _REPLY_SCHEMA},
    },
}
_CHECK_SCRIPT = Draft202012Validator(_SCRIPT_SCHEMA)


class ScriptError(ValueError):
    """A script that is not what the module docstring describes; the message says where."""


@dataclass(frozen=True)
class ScriptedCall:
    name: str
    arguments: str
    id: str | None


@dataclass(frozen=True)
class ScriptedReply:
    content: str | None = None
    refusal: str | None = None
    tool_calls: tuple[ScriptedCall, ...] = ()
    finish_reason: str | None = None
    usage: dict[str, int] | None = None

    @classmethod
    def from_json(cls, reply: str | dict[str, Any]) -> ScriptedReply:
        """A reply from its JSON form (already checked against the script schema)."""
        if isinstance(reply, str):
            return cls(content=reply)
        calls = tuple(
            ScriptedCall(
                name=call["name"],
                arguments=arguments
                if isinstance(arguments := call.get("arguments", {}), str)
                else json.dumps(arguments),
                id=call.get("id"),
            )
            for call in reply.get("tool_calls", [])
        )
        return cls(reply.get("content"), reply.get("refusal"), calls, reply.get("finish_reason"), reply.get("usage"))


def parse_script(document: Any) -> tuple[str, list[ScriptedReply]]:
    """The key and replies of a script (`{"key": ..., "replies": [...]}`); raises ScriptError naming the flaw."""
    errors = sorted(_CHECK_SCRIPT.iter_errors(document), key=lambda error: len(error.absolute_path))
    if errors:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in errors[0].absolute_path)
        raise ScriptError(f"Invalid script at '{where or '.'}': {errors[0].message}")
    return str(document.get("key", "")), [ScriptedReply.from_json(reply) for reply in document["replies"]]


class Scripts:
    """The queues of one app; the pytest fixture fills them from the test's thread while the server reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, deque[ScriptedReply]] = {}

    def add(self, key: str, replies: Sequence[ScriptedReply]) -> None:
        """Queue `replies` under `key`; ScriptError, queuing none, when the queues would hold more than the bound."""
        with self._lock:
            held = sum(len(queue) for queue in self._queues.values())
            if held + len(replies) > MAX_QUEUED_REPLIES:
                raise ScriptError(
                    f"The mock holds at most {MAX_QUEUED_REPLIES} scripted replies ({held} queued now): "
                    "let requests take them, or empty the queues with DELETE /_mock/scripts."
                )
            self._queues.setdefault(key, deque()).extend(replies)

    def take(self, key: str) -> ScriptedReply | None:
        """The next reply queued under `key`, or None when there is none."""
        with self._lock:
            queue = self._queues.get(key)
            if not queue:
                return None
            reply = queue.popleft()
            if not queue:  # an emptied key is forgotten: only queued replies are held
                del self._queues[key]
            return reply

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
