"""The mock's tokenizer, shared by usage counts, streamed deltas and log probabilities."""

from __future__ import annotations

import re


def tokens(text: str) -> list[str]:
    """A word with the whitespace after it is a token. Joining the tokens gives the text back."""
    return re.findall(r"\S+\s*|\s+", text)
