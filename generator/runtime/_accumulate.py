"""Fold streamed chat completion chunks into the chat completion a non-streamed call would have returned.

Works on the JSON objects rather than the models so that fields no spec lists survive: string fields of a
delta (``content``, ``reasoning_content``, ``refusal`` and any a provider adds) are concatenated, other
values keep their latest version, tool calls are merged by ``index`` with their ``arguments`` joined, and
``usage`` is taken from whichever chunk carries it (the ``choices: []`` chunk of ``include_usage``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["ChatCompletionAccumulator"]

# Fields of a chunk that describe the chunk itself and have no place in the completion.
_CHUNK_ONLY = frozenset({"object", "choices", "usage"})


class ChatCompletionAccumulator:
    """Feed it every chunk with ``add``; ``result`` is the completion as a JSON object."""

    def __init__(self) -> None:
        self._top: dict[str, Any] = {}
        self._usage: object = None
        self._choices: dict[int, _Choice] = {}

    def add(self, chunk: Mapping[str, Any]) -> None:
        for key, value in chunk.items():
            if key not in _CHUNK_ONLY and (key not in self._top or value is not None):
                self._top[key] = value
        if chunk.get("usage") is not None:
            self._usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            self._choices.setdefault(int(choice.get("index", 0)), _Choice()).add(choice)

    def result(self) -> dict[str, Any]:
        completion: dict[str, Any] = {**self._top, "object": "chat.completion"}
        completion["choices"] = [self._choices[index].result(index) for index in sorted(self._choices)]
        if self._usage is not None:
            completion["usage"] = self._usage
        return completion


class _Choice:
    def __init__(self) -> None:
        self._fields: dict[str, Any] = {"finish_reason": None}
        self._message: dict[str, Any] = {"role": "assistant", "content": None}
        self._tool_calls: dict[int, dict[str, Any]] = {}
        self._logprobs: dict[str, Any] | None = None

    def add(self, choice: Mapping[str, Any]) -> None:
        for key, value in choice.items():
            if key == "delta":
                self._add_delta(value or {})
            elif key == "logprobs":
                self._add_logprobs(value)
            elif key != "index" and (value is not None or key not in self._fields):
                self._fields[key] = value

    def result(self, index: int) -> dict[str, Any]:
        message = dict(self._message)
        if self._tool_calls:
            message["tool_calls"] = [self._tool_calls[i] for i in sorted(self._tool_calls)]
        choice: dict[str, Any] = {**self._fields, "index": index, "message": message}
        if self._logprobs is not None:
            choice["logprobs"] = self._logprobs
        return choice

    def _add_delta(self, delta: Mapping[str, Any]) -> None:
        for key, value in delta.items():
            if key == "tool_calls":
                for call in value or ():
                    self._add_tool_call(call)
            else:
                _merge(self._message, key, value)

    def _add_tool_call(self, delta: Mapping[str, Any]) -> None:
        index = int(delta.get("index", 0))
        call = self._tool_calls.setdefault(index, {"id": "", "type": "function", "function": {"name": ""}})
        for key, value in delta.items():
            if key == "function":
                self._add_function(call["function"], value or {})
            elif key != "index" and value is not None:
                call[key] = value if key in {"id", "type"} else _joined(call.get(key), value)
        call["function"].setdefault("arguments", "")

    @staticmethod
    def _add_function(function: dict[str, Any], delta: Mapping[str, Any]) -> None:
        # Only the arguments arrive in pieces; some providers repeat the name in every chunk.
        for key, value in delta.items():
            if value is not None:
                function[key] = _joined(function.get(key), value) if key == "arguments" else value

    def _add_logprobs(self, logprobs: object) -> None:
        if not isinstance(logprobs, Mapping):
            return
        merged = self._logprobs if self._logprobs is not None else {}
        for key, value in logprobs.items():
            previous = merged.get(key)
            merged[key] = previous + value if isinstance(previous, list) and isinstance(value, list) else value
        self._logprobs = merged


def _merge(target: dict[str, Any], key: str, value: object) -> None:
    if value is None:
        target.setdefault(key, None)
    elif key == "role":
        target[key] = value
    else:
        target[key] = _joined(target.get(key), value)


def _joined(previous: object, value: object) -> object:
    """Strings arrive in pieces and are concatenated; anything else is replaced by its latest version."""
    if isinstance(previous, str) and isinstance(value, str):
        return previous + value
    return value
