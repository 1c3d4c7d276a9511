"""A reply as `chat.completion.chunk` events, the way OpenAI streams: role, deltas, finish, usage, `[DONE]`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from mixroute_mock.replies import CREATED, SYSTEM_FINGERPRINT, Choice, Reply, each_token

DONE = "[DONE]"
# Small enough that every realistic argument string arrives in several pieces, as real upstreams send it.
ARGUMENT_PIECE = 8


def _choice_deltas(choice: Choice) -> Iterator[tuple[dict[str, Any], str | None]]:
    """(delta, finish_reason) pairs for one choice."""
    yield {"role": "assistant", "content": "" if choice.content is not None else None}, None
    for piece in each_token(choice.content or ""):
        yield {"content": piece}, None
    for position, call in enumerate(choice.tool_calls):
        opening = {
            "index": position,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": ""},
        }
        yield {"tool_calls": [opening]}, None
        for start in range(0, len(call.arguments), ARGUMENT_PIECE):
            piece = call.arguments[start : start + ARGUMENT_PIECE]
            yield {"tool_calls": [{"index": position, "function": {"arguments": piece}}]}, None
    yield {}, choice.finish_reason


def chunks(reply: Reply, *, include_usage: bool) -> Iterator[dict[str, Any]]:
    """Every chunk of the streamed reply, the usage chunk (`choices: []`) last when asked for."""
    frame = {
        "id": reply.id,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": reply.model,
        "system_fingerprint": SYSTEM_FINGERPRINT,
    }
    if include_usage:
        frame["usage"] = None  # OpenAI sends `usage: null` on every chunk before the usage chunk
    for choice in reply.choices:
        for delta, finish_reason in _choice_deltas(choice):
            entry = {"index": choice.index, "delta": delta, "finish_reason": finish_reason, "logprobs": None}
            yield {**frame, "choices": [entry]}
    if include_usage:
        yield {**frame, "choices": [], "usage": reply.usage()}


def event(data: dict[str, Any] | str) -> bytes:
    """One server-sent event carrying `data` (JSON-encoded unless it is already a string)."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {text}\n\n".encode()
