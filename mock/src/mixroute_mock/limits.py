"""Bounds on what one reply may cost the mock: how many choices, and how many characters in all, its log
probabilities included.

A reply is held whole while it is sent (its events are made one at a time as they go out), so these two bound
the memory of every request, whatever its `n` and the size of the message it quotes.
"""

from __future__ import annotations

from typing import Any

from mixroute_mock.errors import ApiError
from mixroute_mock.logprobs import logprobs_size
from mixroute_mock.replies import Choice, Reply, build_reply
from mixroute_mock.scripts import ScriptedReply
from mixroute_mock.settings import MAX_REPLY_CHARS

# OpenAI's own maximum for `n`.
MAX_CHOICES = 128


def _choice_size(choice: Choice, top_logprobs: int | None, limit: int) -> int:
    texts = [choice.content or "", choice.refusal or "", *(call.arguments for call in choice.tool_calls)]
    size = sum(len(text) for text in texts)
    if top_logprobs is None:
        return size
    return size + logprobs_size(choice.content, top_logprobs, limit - size)


def reply_size(reply: Reply, limit: int) -> int:
    """The characters of a reply's text, refusal, tool-call arguments and log probabilities, every choice
    counted. Log probabilities, many times the size of their text, are counted only until the count is past
    `limit`."""
    size = 0
    for choice in reply.choices:
        size += _choice_size(choice, reply.top_logprobs, limit - size)
    return size


def _too_large(size: int, count: int, limit: int, logprobs: bool) -> ApiError:
    choices = f"{count} choices of about {size // count:,} each" if count > 1 else "one choice"
    fewer = "choices (`n`), log probabilities (`logprobs`, `top_logprobs`)" if logprobs else "choices (`n`)"
    message = (
        f"The reply would be at least {size:,} characters ({choices}), over the mock's limit of {limit:,}"
        f" characters per reply ({MAX_REPLY_CHARS}): ask for fewer {fewer}, a shorter reply (`max_tokens`) or"
        " send a shorter last message."
    )
    return ApiError(400, message, param="n" if count > 1 else "messages")


def bounded_reply(request: dict[str, Any], max_chars: int, scripted: ScriptedReply | None = None) -> Reply:
    """The reply to a request that passed validation (the `scripted` one when a test queued it), or a 400
    (ApiError) naming the bound it would break. Raises replies.InvalidDraw as build_reply does.

    Every choice is about the size of the first (they differ by a `(choice N)` suffix, or not at all when
    scripted), so the first is drawn alone and measured before the others are drawn."""
    count = int(request.get("n") or 1)  # JSON Schema counts 2.0 as an integer; null means the default
    if count > MAX_CHOICES:
        message = f"Invalid value for 'n': {count} is greater than the maximum of {MAX_CHOICES}."
        raise ApiError(400, message, param="n")
    first = build_reply(request if count == 1 else {**request, "n": 1}, scripted)
    size = reply_size(first, max_chars // count) * count
    if size > max_chars:
        raise _too_large(size, count, max_chars, first.top_logprobs is not None)
    return first if count == 1 else build_reply(request, scripted)
