"""The ``data`` of each server-sent event, decoded from the bytes of an event stream as they arrive.

Own code rather than httpx-sse, for its measured cost (callgrind; the figures are in docs/performance.md):
httpx-sse splits lines in Python, decodes them one call per line and makes a ``ServerSentEvent`` for every
event, which cost several times httpx2's own ``iter_lines``, and this decoder less than that. It keeps only
what a chat client reads, the data, and does the splitting in C: a network chunk is cut at its last blank
line, and when every event before it is one ``data:`` line (nearly always) it is split at each event's
``data:``, which gives their data at once; other chunks are read line by line.

What it keeps of the specification (https://html.spec.whatwg.org/multipage/server-sent-events.html):
the stream is UTF-8 (a character split across chunks is joined; bytes that are not UTF-8 become U+FFFD; a
byte order mark at the very start is dropped); CR, LF and CRLF end a line, nothing else does (U+2028 and
the other separators ``str.splitlines`` knows can stand unescaped in JSON strings), also when CR and LF
arrive in different chunks; a blank line ends an event; the lines of a multi-line ``data`` are joined with
LF; ``data`` without a space after the colon, or without a colon, counts; comments (``:``) and the other
fields (``event``, ``id``, ``retry``, unknown ones) are ignored; an event without data is not reported,
nor is a last event that no blank line ended.
"""

from __future__ import annotations

import codecs

from ._config import DEFAULT_MAX_EVENT_BYTES

__all__ = ["DataDecoder", "EventTooLarge"]

_FIELD = "data: "
_NEXT = "\n\n" + _FIELD


class EventTooLarge(Exception):
    """An event's text grew past the decoder's ``max_event`` characters."""


class DataDecoder:
    """Feed it the body's byte chunks in order; each call returns the data of the events they completed.

    An event longer than ``max_event`` characters raises ``EventTooLarge`` as soon as that many have
    arrived, so a stream that never ends its event cannot fill memory.
    """

    def __init__(self, max_event: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self._decode = codecs.getincrementaldecoder("utf-8-sig")("replace").decode
        self._max_event = max_event
        # The text after the last blank line (an event not yet ended), in the pieces it arrived in: joined
        # only once a blank line may have come, so a large event is copied once, not once per chunk.
        self._tail: list[str] = []
        self._tail_size = 0
        # The last chunk ended in CR: a LF opening the next one belongs to the same line end.
        self._cr = False

    def feed(self, chunk: bytes) -> list[str]:
        text = self._decode(chunk)
        if text and (self._cr or "\r" in text):
            text = self._to_lf(text)
        if not text:
            return []
        tail = self._tail
        if tail:
            if "\n\n" not in text and not (text[0] == "\n" and tail[-1][-1] == "\n"):
                tail.append(text)
                self._tail_size += len(text)
                if self._tail_size > self._max_event:
                    raise EventTooLarge
                return []
            tail.append(text)
            text = "".join(tail)  # one copy; the tail is replaced below
        end = text.rfind("\n\n")
        if end < 0:
            self._tail = [text]
            self._tail_size = len(text)
            if self._tail_size > self._max_event:
                raise EventTooLarge
            return []
        rest = text[end + 2 :]
        self._tail = [rest] if rest else []
        self._tail_size = len(rest)
        events = _events(text[:end])
        if end > self._max_event and any(len(data) > self._max_event for data in events):
            raise EventTooLarge
        return events

    @property
    def pending(self) -> bool:
        """Whether an event with data has begun and no blank line has ended it (a body cut inside an event)."""
        return bool(self._tail) and bool(_data("".join(self._tail)))

    def _to_lf(self, text: str) -> str:
        """``text`` with every line end a LF; a CR at its end is a line end at once, so a LF after it is not."""
        if self._cr and text.startswith("\n"):
            text = text[1:]
        self._cr = text.endswith("\r")
        return text.replace("\r\n", "\n").replace("\r", "\n")


def _events(text: str) -> list[str]:
    """The data of the events in ``text``, whole events separated by blank lines."""
    # Nearly every chunk holds nothing but events of one ``data: `` line: then splitting at the ``data: `` of
    # each event gives their data at once, in C: cheaper than splitting at blank lines (a longer separator is
    # found faster) and than a Python loop over the events (docs/performance.md).
    if text.startswith(_FIELD):
        body = text[len(_FIELD) :]
        found = body.split(_NEXT)
        # A line end left in any event's data means some event was not a single ``data:`` line. Looked for in
        # the joined data: one ``memchr`` over the piece, where counting the line ends looked at every character.
        if "\n" not in "".join(found):
            return [data for data in found if data] if "" in found else found
    return [data for event in text.split("\n\n") if (data := _data(event))]


def _data(event: str) -> str:
    """The data of an event's lines (``""`` for none), any field or comment among them."""
    lines = []
    for line in event.split("\n"):
        if line.startswith("data"):
            name, _, value = line.partition(":")
            if name == "data":
                lines.append(value[1:] if value.startswith(" ") else value)
    return "\n".join(lines)
