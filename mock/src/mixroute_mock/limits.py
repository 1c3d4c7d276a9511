"""Bounds on what one reply may cost the mock: how many choices, and how many characters in all.

A reply is held whole while it is sent (its events are made one at a time as they go out), so these two bound
the memory of every request, whatever its `n` and the size of the message it quotes.
"""

from __future__ import annotations

from typing import Any

from mixroute_mock.errors import ApiError
from mixroute_mock.replies import Reply, build_reply
from mixroute_mock.scripts import ScriptedReply
from mixroute_mock.settings import MAX_REPLY_CHARS

# OpenAI's own maximum for `n`.
MAX_CHOICES = 128


def reply_size(reply: Reply) -> int:
    """The characters of a reply's text, refusal and tool-call arguments, every choice counted."""
    texts = [
        text
        for choice in reply.choices
        for text in (choice.content or "", choice.refusal or "", *(call.arguments for call in choice.tool_calls))
    ]
    return sum(len(text) for text in texts)


def _too_large(size: int, count: int, limit: int) -> ApiError:
    choices = f"{count} choices of about {size // count:,} each" if count > 1 else "one choice"
    message = (
        f"The reply would be {size:,} characters ({choices}), over the mock's limit of {limit:,} characters per"
        f" reply ({MAX_REPLY_CHARS}): ask for fewer choices (`n`), a shorter reply (`max_tokens`) or send a"
        " shorter last message."
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
    size = reply_size(first) * count
    if size > max_chars:
        raise _too_large(size, count, max_chars)
    return first if count == 1 else build_reply(request, scripted)
