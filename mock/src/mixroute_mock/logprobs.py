"""Simulated log probabilities: one entry per token of the content, the same for a plain and a streamed reply.

A token's log probability comes from a digest of the token and its position, so it is the same on every run;
its `top_logprobs` list the token itself first, then other common tokens, each less likely than the one before.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from mixroute_mock.tokens import each_token

# What a model might have said in a token's place; the token itself is left out where it is one of them.
_ALTERNATIVES = (
    *(f"{word} " for word in ("the", "a", "and", "of", "to", "is", "in", "it", "that", "for", "on", "with")),
    *(f"{word}," for word in ("yes", "no", "so", "but", "or", "then", "also", "now", "here")),
)
# Log probabilities fall between this and zero, in thousandths.
_SPREAD = 2_500


def _entry(token: str, logprob: float) -> dict[str, Any]:
    return {"token": token, "logprob": logprob, "bytes": list(token.encode())}


def token_logprob(token: str, position: int, top: int) -> dict[str, Any]:
    """The `logprobs.content` entry of the token at `position`, with `top` alternatives."""
    digest = hashlib.sha256(f"{position}:{token}".encode()).digest()
    logprob = -(int.from_bytes(digest[:4], "big") % _SPREAD) / 1000
    others = [other for other in _ALTERNATIVES if other != token]
    alternatives = [_entry(token, logprob)] + [
        _entry(other, round(logprob - 1.5 * (rank + 1), 3)) for rank, other in enumerate(others)
    ]
    return {**_entry(token, logprob), "top_logprobs": alternatives[:top]}


def content_logprobs(content: str | None, top: int) -> dict[str, Any]:
    """A choice's `logprobs`: an entry per token of `content` (null for a choice that only calls tools)."""
    if content is None:
        return {"content": None, "refusal": None}
    return {
        "content": [token_logprob(token, position, top) for position, token in enumerate(each_token(content))],
        "refusal": None,
    }


def logprobs_size(content: str | None, top: int, limit: int) -> int:
    """The characters of the log probabilities of `content` as sent, made and measured one token at a time;
    the count stops at the first token that takes it past `limit`."""
    size = 0
    for position, token in enumerate(each_token(content or "")):
        size += len(json.dumps(token_logprob(token, position, top), ensure_ascii=False))
        if size > limit:
            break
    return size
