"""What `mixroute-conformance` sends each model: the spec's chat request examples (each plain and streamed,
an example that streams itself streamed only) and one structured-output request the spec has no example of,
each with the model under test and the token budget."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mixroute_mock.spec import Spec

CHAT_OPERATION = "createChatCompletion"
# The spec's examples hold no `response_format`: this one asks for a small JSON Schema, as structured outputs do.
RESPONSE_FORMAT_EXAMPLE = "json_schema_capital"
_RESPONSE_FORMAT_REQUEST: dict[str, Any] = {
    "messages": [{"role": "user", "content": "Name the capital of Norway and its population."}],
    "response_format": {
        "type": "json_schema",
        "json_schema": {
            "name": "capital",
            "strict": True,
            "schema": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
                "required": ["city", "population"],
                "additionalProperties": False,
            },
        },
    },
}


@dataclass(frozen=True)
class Case:
    """One request to send: `example` names where it comes from, `body` is what is sent."""

    example: str
    stream: bool
    body: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.example} ({'streamed' if self.stream else 'plain'})"


def examples(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """The chat operation's request examples by name, then the structured-output one."""
    operation = spec.operations[CHAT_OPERATION]
    content = spec.at(operation.pointer)["requestBody"]["content"]["application/json"]
    for name, example in content.get("examples", {}).items():
        yield name, example["value"]
    yield RESPONSE_FORMAT_EXAMPLE, _RESPONSE_FORMAT_REQUEST


def cases(spec: Spec, model: str, max_tokens: int) -> Iterator[Case]:
    """Every request for `model`, each asking for at most `max_tokens` tokens; streams ask for the usage."""
    for name, example in examples(spec):
        body = {**copy.deepcopy(example), "model": model, "max_tokens": max_tokens}
        if not example.get("stream"):
            yield Case(name, False, {key: value for key, value in body.items() if key != "stream_options"})
        yield Case(name, True, {**body, "stream": True, "stream_options": {"include_usage": True}})
