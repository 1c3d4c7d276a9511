"""The API key is sent, never shown: every text the command writes has it replaced, in every spelling a
reply could carry it in (as it is, JSON-escaped, XML-escaped), and an answer is rid of it as soon as it is
read, so that no value cut short for the report can show a part of it."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

HIDDEN = "***"


def spellings(key: str) -> list[str]:
    """The ways `key` may be written out, longest first (so that no spelling is left half-replaced)."""
    if not key:
        return []
    in_json = json.dumps(key)[1:-1]
    forms = {
        key,
        in_json,
        escape(key, {'"': "&quot;"}),
        escape(in_json, {'"': "&quot;"}),
        json.dumps(key, ensure_ascii=False)[1:-1],
    }
    return sorted(forms, key=len, reverse=True)


def hidden(text: str, key: str) -> str:
    for form in spellings(key):
        text = text.replace(form, HIDDEN)
    return text


def hidden_bytes(body: bytes, key: str) -> bytes:
    for form in spellings(key):
        body = body.replace(form.encode(), HIDDEN.encode())
    return body
