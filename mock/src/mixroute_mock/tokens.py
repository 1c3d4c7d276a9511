"""The mock's tokenizer, shared by usage counts, `max_tokens`, streamed deltas and log probabilities."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from itertools import islice

# A word with the whitespace after it is a token (or a run of whitespace that starts the text).
_TOKEN = re.compile(r"\S+\s*|\s+")


def each_token(text: str) -> Iterator[str]:
    """The tokens of `text` one at a time, so that a stream or a count never holds them all. Joining them gives
    the text back."""
    return (match.group() for match in _TOKEN.finditer(text))


def token_count(text: str) -> int:
    return sum(1 for _ in each_token(text))


def first_tokens(text: str, limit: int) -> str | None:
    """The text of the first `limit` tokens of `text`, or None when it has no more than that."""
    pieces = each_token(text)
    # The spec bounds no integer (`max_tokens` may be 2**63); islice takes none beyond sys.maxsize, and no
    # text has that many tokens.
    head = "".join(islice(pieces, min(max(0, limit), sys.maxsize)))
    return None if next(pieces, None) is None else head
