"""A reply as `chat.completion.chunk` events, the way OpenAI streams: role, deltas, finish, usage, `[DONE]`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from mixroute_mock.logprobs import token_logprob
from mixroute_mock.replies import CREATED, SYSTEM_FINGERPRINT, Choice, Reply
from mixroute_mock.tokens import each_token

DONE = "[DONE]"
# Small enough that every realistic argument string arrives in several pieces, as real upstreams send it.
ARGUMENT_PIECE = 8


Delta = tuple[dict[str, Any], str | None, dict[str, Any] | None]


def _choice_deltas(choice: Choice, top_logprobs: int | None) -> Iterator[Delta]:
    """(delta, finish_reason, logprobs) for one choice; each content token carries its own log probability."""
    yield {"role": "assistant", "content": "" if choice.content is not None else None}, None, None
    for piece in each_token(choice.refusal or ""):
        yield {"refusal": piece}, None, None
    for position, piece in enumerate(each_token(choice.content or "")):
        logprobs = None
        if top_logprobs is not None:
            logprobs = {"content": [token_logprob(piece, position, top_logprobs)], "refusal": None}
        yield {"content": piece}, None, logprobs
    for position, call in enumerate(choice.tool_calls):
        opening = {
            "index": position,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": ""},
        }
        yield {"tool_calls": [opening]}, None, None
        for start in range(0, len(call.arguments), ARGUMENT_PIECE):
            piece = call.arguments[start : start + ARGUMENT_PIECE]
            yield {"tool_calls": [{"index": position, "function": {"arguments": piece}}]}, None, None
    yield {}, choice.finish_reason, None


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
        for delta, finish_reason, logprobs in _choice_deltas(choice, reply.top_logprobs):
            entry = {"index": choice.index, "delta": delta, "finish_reason": finish_reason, "logprobs": logprobs}
            yield {**frame, "choices": [entry]}
    if include_usage:
        yield {**frame, "choices": [], "usage": reply.usage()}


def event(data: dict[str, Any] | str) -> bytes:
    """One server-sent event carrying `data` (JSON-encoded unless it is already a string)."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {text}\n\n".encode()
