"""The data every side of a comparison is given: built once, byte for byte the same for all of them."""

from __future__ import annotations

import json
from typing import Any

MODEL = "glm-5"
API_KEY = "sk-mixroute-bench"
BASE_URL = "https://bench.invalid"
PATH = "/v1/chat/completions"
# Network reads rarely line up with events: the stream reaches the decoders in pieces of this size.
STREAM_PIECE = 4096


def seed_request() -> dict[str, Any]:
    """A request the size of the spec's examples: one user message to one model."""
    return {"model": MODEL, "messages": [{"role": "user", "content": "Briefly introduce artificial intelligence"}]}


def seed_response() -> dict[str, Any]:
    """A reply the size of the spec's examples: one choice, a paragraph of content, usage."""
    return {
        "id": "chatcmpl-9f8e7d6c5b4a",
        "object": "chat.completion",
        "created": 1764000000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Artificial intelligence (AI) is the field of computer science that builds systems "
                    "able to perform tasks that normally require human intelligence.",
                },
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 38, "total_tokens": 50},
    }


def _token_logprob(position: int) -> dict[str, Any]:
    token = f"tok{position}"
    return {
        "token": token,
        "logprob": -0.01 * position,
        "bytes": list(token.encode()),
        "top_logprobs": [
            {"token": f"{token}-{rank}", "logprob": -0.1 * rank, "bytes": list(f"{token}-{rank}".encode())}
            for rank in range(3)
        ],
    }


def large_response(choices: int = 64, tokens: int = 16) -> dict[str, Any]:
    """A reply to parse on its own: many choices, each with tool calls and per-token logprobs."""
    return {
        **seed_response(),
        "choices": [
            {
                "index": index,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": f"call_{index}_{call}",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": json.dumps({"city": f"City {call}"})},
                        }
                        for call in range(2)
                    ],
                },
                "finish_reason": "tool_calls",
                "logprobs": {"content": [_token_logprob(position) for position in range(tokens)]},
            }
            for index in range(choices)
        ],
    }


def chunk(position: int) -> dict[str, Any]:
    """The ``position``-th chunk of a streamed reply: one token of content."""
    return {
        "id": "chatcmpl-stream",
        "object": "chat.completion.chunk",
        "created": 1764000000,
        "model": MODEL,
        "choices": [{"index": 0, "delta": {"content": f"t{position} "}, "finish_reason": None}],
    }


def sse_stream(chunks: int) -> bytes:
    """An SSE body of ``chunks`` chunk events and the closing ``[DONE]``, as a gateway sends it."""
    events = [f"data: {json.dumps(chunk(position), separators=(',', ':'))}\n\n" for position in range(chunks)]
    events.append("data: [DONE]\n\n")
    return "".join(events).encode()


def pieces(body: bytes, size: int = STREAM_PIECE) -> list[bytes]:
    """``body`` cut into network-sized pieces (the last one shorter)."""
    return [body[start : start + size] for start in range(0, len(body), size)]
