"""Fold streamed chat completion chunks into the chat completion a non-streamed call would have returned.

Works on the JSON objects rather than the models so that fields no spec lists survive, and folds each chunk
as it arrives so that memory grows with the text received, never with the number of chunks: string fields
of a delta (``content``, ``reasoning_content``, ``refusal`` and any a provider adds) and tool-call
``arguments`` are written into one text buffer per field, other values keep their latest non-null version.

It reads what real upstreams send, not only what the spec says: tool-call deltas without ``index`` (Gemini
sends each call whole, several in one chunk), ids and types that turn ``""`` or ``null`` after the first
delta (vLLM), roles ``""`` (GLM), ``choices: null``, missing ``delta`` or ``index``, and ``usage`` at the top
of any chunk or inside a choice (Moonshot); the last non-null usage wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from ._public import shown_from_package

__all__ = ["ChatCompletionAccumulator"]


class _HasToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


# Fields of a chunk that describe the chunk itself, or are rebuilt from the fold, rather than copied.
_CHUNK_ONLY = ("object", "choices", "usage")


class ChatCompletionAccumulator:
    """Feed it every chunk with ``add`` (JSON objects) or ``handle_chunk`` (typed chunks); ``result`` is the
    completion as a JSON object, ``ChatCompletion.from_dict(accumulator.result())`` the typed one.

    ``Stream`` folds with it on its own (``get_final_completion()``); it is public for callers who iterate
    chunks themselves, like the OpenAI SDK's ``ChatCompletionStreamState``.
    """

    def __init__(self) -> None:
        # Latest non-null value of every top-level key, ``choices`` and ``usage`` included: the last chunk's
        # choices list is one reference (constant memory) and is replaced by the fold in ``result``.
        self._top: dict[str, Any] = {}
        self._choices: dict[int, _Choice] = {}

    def handle_chunk(self, chunk: _HasToDict | Mapping[str, Any]) -> None:
        """Fold one chunk: a typed chunk (``ChatCompletionChunk``) or its JSON object."""
        self.add(chunk if isinstance(chunk, Mapping) else chunk.to_dict())

    def add(self, chunk: Mapping[str, Any]) -> None:
        """Fold one chunk's JSON object (the streaming hot path: no conversion)."""
        if all(chunk.values()):
            # No null among them (the usual chunk): one C-level update instead of a loop over its keys.
            self._top.update(chunk)
        else:
            self._add_fields(chunk)
        choices = chunk.get("choices")
        if choices:
            for choice in choices:
                # 1.0 finds the state of 1 (equal hash); only a new index is checked for being a number.
                state = self._choices.get(choice.get("index") or 0)
                if state is None:
                    state = self._open(choice.get("index") or 0)
                # The choice nearly every chunk brings (its index, one piece of content, a null finish_reason) is
                # folded here, without a call to ``_Choice.add``, which folds any other.
                if (
                    len(choice) == _FOLDED_COUNT
                    and choice.get("finish_reason", choice) is None
                    and (delta := choice.get("delta")).__class__ is dict
                    and len(delta) == 1
                    and (piece := delta.get("content")).__class__ is str
                    and "index" in choice
                ):
                    pieces = state.pieces.get("content")
                    if pieces is None:
                        pieces = state.text.open("content")
                    pieces.append(piece)
                    if len(pieces) == _PIECES_PER_BLOCK:
                        state.text.seal("content")
                else:
                    state.add(choice)

    def _add_fields(self, chunk: Mapping[str, Any]) -> None:
        top = self._top
        for key, value in chunk.items():
            if value is not None:
                top[key] = value

    def _open(self, index: object) -> _Choice:
        index = index if type(index) is int else _integer(index)
        state = self._choices[index] = _Choice(self._top)
        return state

    @property
    def complete(self) -> bool:
        """Whether the reply is whole without ``[DONE]``: at least one choice arrived, every choice seen has a
        ``finish_reason``, and no index was skipped."""
        choices = self._choices
        return bool(choices) and all(choice.finished for choice in choices.values()) and max(choices) < len(choices)

    def complete_for(self, request: Mapping[str, Any]) -> bool:
        """``complete``, and every one of the ``n`` choices ``request`` (its JSON body) asked for arrived."""
        asked = request.get("n")
        return self.complete and len(self._choices) >= (asked if type(asked) is int else 1)

    def result(self) -> dict[str, Any]:
        completion = {key: value for key, value in self._top.items() if key not in _CHUNK_ONLY}
        completion["object"] = "chat.completion"
        completion["choices"] = [self._choices[index].result(index) for index in sorted(self._choices)]
        if "usage" in self._top:
            completion["usage"] = self._top["usage"]
        return completion


# The keys of a usual choice, folded without a loop; a choice with any other key needs a look at every key.
_FOLDED_BY_ADD = frozenset({"index", "delta", "finish_reason"})
_FOLDED_COUNT = len(_FOLDED_BY_ADD)


class _Choice:
    def __init__(self, top: dict[str, Any]) -> None:
        # The completion's top-level fields, where a usage sent inside a choice (Moonshot) belongs.
        self._top = top
        self._fields: dict[str, Any] = {"finish_reason": None}
        self._message: dict[str, Any] = {"role": "assistant", "content": None}
        self.text = _Texts()
        # The text's pieces by field, looked up by every chunk.
        self.pieces = self.text.pieces
        self._calls = _ToolCalls()
        self._logprobs: dict[str, Any] | None = None

    @property
    def finished(self) -> bool:
        return self._fields["finish_reason"] is not None

    def add(self, choice: Mapping[str, Any]) -> None:
        delta = choice.get("delta")
        if delta:
            self._add_delta(delta)
        finish_reason = choice.get("finish_reason")
        if finish_reason is not None:
            self._fields["finish_reason"] = finish_reason
        # Only a choice with a key besides those ``add`` folds has anything left to fold.
        if not (len(choice) == _FOLDED_COUNT and delta is not None and "index" in choice and "finish_reason" in choice):
            self._add_fields(choice)

    def _add_delta(self, delta: Mapping[str, Any]) -> None:
        text = self.text
        for field, piece in delta.items():
            if piece.__class__ is str and field != "role":
                text.add(field, piece)
            else:
                self._add_delta_field(field, piece)

    def _add_fields(self, choice: Mapping[str, Any]) -> None:
        """The keys of a choice other than ``delta`` and ``finish_reason``, which ``add`` has folded."""
        for key, value in choice.items():
            if key in _FOLDED_BY_ADD:
                continue
            if key == "usage":
                if value is not None:
                    self._top["usage"] = value
            elif value is None:
                self._fields.setdefault(key, None)
            elif key == "logprobs":
                self._add_logprobs(value)
            else:
                self._fields[key] = value

    def result(self, index: int) -> dict[str, Any]:
        message = self.text.joined(self._message)
        if self._calls:
            message["tool_calls"] = self._calls.result()
        choice: dict[str, Any] = {**self._fields, "index": index, "message": message}
        if self._logprobs is not None:
            choice["logprobs"] = self._logprobs
        return choice

    def _add_delta_field(self, key: str, value: Any) -> None:
        if key == "role":
            # GLM sends "" and vLLM null: the role of a reply is the assistant's unless a real value says otherwise.
            if value:
                self._message["role"] = value
        elif key == "tool_calls":
            for call in value or ():
                self._calls.add(call)
        elif value is None:
            self._message.setdefault(key, None)
        else:
            self.text.merge(self._message, key, value)

    def _add_logprobs(self, logprobs: object) -> None:
        if not isinstance(logprobs, Mapping):
            return
        merged = self._logprobs if self._logprobs is not None else {}
        for key, value in logprobs.items():
            previous = merged.get(key)
            if isinstance(previous, list) and isinstance(value, list):
                previous.extend(value)
            else:
                # A copy: extending the list later must not change the chunk it came from.
                merged[key] = list(value) if isinstance(value, list) else value
        self._logprobs = merged


class _ToolCalls:
    """Tool calls of one choice, told apart by ``index`` or, where an upstream sends none, by position."""

    def __init__(self) -> None:
        self._calls: dict[int, _ToolCall] = {}
        self._last: _ToolCall | None = None
        self._next_index = 0
        self._moved: dict[int, int] = {}

    def __bool__(self) -> bool:
        return bool(self._calls)

    def add(self, delta: Mapping[str, Any]) -> None:
        index = delta.get("index")
        if index is not None:
            if type(index) is not int:
                index = _integer(index)
            index = self._moved.get(index, index)
            call = self._calls.get(index)
            if call is None:
                call = self._open(index)
            elif call.is_another(delta):
                # Gemini proxies send every parallel call at index 0, each with its own id: a new id is a new
                # call, placed after the others, and later deltas for that index continue it.
                call = self._open(self._next_index)
                self._moved[index] = self._next_index - 1
        elif self._last is None or _starts_a_call(delta):
            call = self._open(self._next_index)
        else:
            call = self._last
        self._last = call
        call.add(delta)

    def result(self) -> list[dict[str, Any]]:
        return [self._calls[index].result() for index in sorted(self._calls)]

    def _open(self, index: int) -> _ToolCall:
        call = self._calls[index] = _ToolCall()
        if index >= self._next_index:
            self._next_index = index + 1
        return call


def _integer(index: object) -> int:
    """A choice or tool-call index: some upstreams write 1.0 for 1; anything else cannot be placed."""
    if isinstance(index, float) and index.is_integer():
        return int(index)
    raise TypeError(f"an index must be an integer, got {index!r}")


def _starts_a_call(delta: Mapping[str, Any]) -> bool:
    """An index-less delta with an id or a name is a new call; one without continues the last call."""
    function = delta.get("function")
    return bool(delta.get("id")) or (isinstance(function, Mapping) and bool(function.get("name")))


class _ToolCall:
    def __init__(self) -> None:
        self._fields: dict[str, Any] = {"id": "", "type": "function"}
        self._text = _Texts()
        self._function: dict[str, Any] = {"name": ""}
        self._function_text = _Texts()

    def is_another(self, delta: Mapping[str, Any]) -> bool:
        """Whether ``delta``, sent under this call's index, brings an id of its own: another call."""
        new_id = delta.get("id")
        return bool(new_id) and bool(self._fields["id"]) and new_id != self._fields["id"]

    def add(self, delta: Mapping[str, Any]) -> None:
        for key, value in delta.items():
            if key == "function":
                if value:
                    self._add_function(value)
            elif key in _SET_ONCE:
                # vLLM repeats them as null and others as "" after the first delta: never lose a real value.
                if value:
                    self._fields[key] = value
            elif key != "index" and value is not None:
                self._text.merge(self._fields, key, value)

    def result(self) -> dict[str, Any]:
        function = {"arguments": "", **self._function_text.joined(self._function)}
        return {**self._text.joined(self._fields), "function": function}

    def _add_function(self, delta: Mapping[str, Any]) -> None:
        for key, value in delta.items():
            if key == "name":
                # Some providers repeat the name in every delta, some send "" after the first one.
                if value:
                    self._function[key] = value
            elif value is not None:
                self._function_text.merge(self._function, key, value)


# Set once by the first delta that has a real value: ids and types are not sent in pieces.
_SET_ONCE = frozenset({"id", "type"})


# Pieces of text kept as they came before being joined into one block: a piece is an object (~50 bytes) for a
# few characters, a block of this many pieces costs its characters and one object.
_PIECES_PER_BLOCK = 256


class _Texts:
    """String fields that arrive in pieces: the last pieces, and the earlier ones already joined into blocks.

    Joining only at the end would keep an object per chunk; appending every piece to one growing string would
    copy the text on every chunk. Blocks of ``_PIECES_PER_BLOCK`` pieces cost neither. (``io.StringIO`` looked
    made for this, but CPython 3.11 keeps a reference to every piece written to it.)
    """

    def __init__(self) -> None:
        self.pieces: dict[str, list[str]] = {}
        self._blocks: dict[str, list[str]] = {}

    def open(self, key: str) -> list[str]:
        pieces = self.pieces[key] = []
        self._blocks[key] = []
        return pieces

    def add(self, key: str, piece: str) -> None:
        pieces = self.pieces.get(key)
        if pieces is None:
            pieces = self.open(key)
        pieces.append(piece)
        if len(pieces) == _PIECES_PER_BLOCK:
            self.seal(key)

    def seal(self, key: str) -> None:
        """Join the pieces of ``key`` into a block."""
        pieces = self.pieces[key]
        self._blocks[key].append("".join(pieces))
        pieces.clear()

    def merge(self, fields: dict[str, Any], key: str, value: object) -> None:
        """Strings arrive in pieces and are joined; anything else is replaced by its latest version."""
        if type(value) is str:
            self.add(key, value)
        else:
            self.replace(fields, key, value)

    def replace(self, fields: dict[str, Any], key: str, value: object) -> None:
        """A value that is not a string: it replaces whatever text arrived before it."""
        fields[key] = value
        self.pieces.pop(key, None)
        self._blocks.pop(key, None)

    def joined(self, fields: dict[str, Any]) -> dict[str, Any]:
        """``fields`` with the text received so far in place of the values it has superseded."""
        texts = {key: "".join(self._blocks[key]) + "".join(pieces) for key, pieces in self.pieces.items()}
        return {**fields, **texts}


shown_from_package(globals(), __all__)
