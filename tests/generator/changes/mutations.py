"""The table of spec mutations the change report must classify right, each with its expected verdicts.

Each mutation edits a parsed copy of the real spec in place. Expected values: the wire class, the Python API
verdict of the generated package, and the version bump from 0.1.0 (0.x rules: breaking -> minor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.changes.kinds import Severity
from generator.changes.semver import Bump

Spec = dict[str, Any]


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _request(spec: Spec) -> dict[str, Any]:
    request: dict[str, Any] = _schemas(spec)["CreateChatCompletionRequest"]
    return request


def add_optional_request_field(spec: Spec) -> None:
    _request(spec)["properties"]["min_p"] = {"type": "number"}


def add_required_request_field(spec: Spec) -> None:
    _request(spec)["properties"]["project"] = {"type": "string"}
    _request(spec)["required"].append("project")


def remove_response_field(spec: Spec) -> None:
    del _schemas(spec)["ChatCompletion"]["properties"]["system_fingerprint"]


def _rewrite_refs(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _rewrite_refs(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, old, new)


def rename_model(spec: Spec) -> None:
    _schemas(spec)["Usage"] = _schemas(spec).pop("CompletionUsage")
    _rewrite_refs(spec, "#/components/schemas/CompletionUsage", "#/components/schemas/Usage")


def add_finish_reason_value(spec: Spec) -> None:
    _schemas(spec)["KnownFinishReason"]["enum"].append("recitation")


def remove_tool_choice_value(spec: Spec) -> None:
    _schemas(spec)["ToolChoiceMode"]["enum"].remove("required")


def narrow_temperature(spec: Spec) -> None:
    _request(spec)["properties"]["temperature"]["maximum"] = 1


def add_error_status(spec: Spec) -> None:
    responses = spec["paths"]["/v1/chat/completions"]["post"]["responses"]
    responses["422"] = {
        "description": "The request is well-formed but cannot be processed.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }


def add_message_role(spec: Spec) -> None:
    _schemas(spec)["CriticMessage"] = {
        "type": "object",
        "required": ["role", "content"],
        "properties": {"role": {"const": "critic"}, "content": {"type": "string"}},
    }
    _schemas(spec)["ChatMessage"]["oneOf"].insert(0, {"$ref": "#/components/schemas/CriticMessage"})
    # The catch-all must give the role up, or a critic message would match two variants of the oneOf.
    _schemas(spec)["OtherMessage"]["properties"]["role"]["not"]["enum"].append("critic")


def request_reference_made_nullable(spec: Spec) -> None:
    properties = _request(spec)["properties"]
    properties["response_format"] = {"anyOf": [properties["response_format"], {"type": "null"}]}


def response_field_takes_another_type(spec: Spec) -> None:
    _schemas(spec)["ChatCompletion"]["properties"]["system_fingerprint"]["type"] = ["string", "integer", "null"]


def string_to_integer(spec: Spec) -> None:
    _request(spec)["properties"]["user"]["type"] = "integer"


@dataclass(frozen=True)
class Mutation:
    apply: Callable[[Spec], None]
    wire: Severity
    python: Severity
    bump: Bump

    @property
    def name(self) -> str:
        return self.apply.__name__


B, C, N = Severity.BREAKING, Severity.COMPATIBLE, Severity.NONE
MUTATIONS = (
    Mutation(add_optional_request_field, wire=C, python=C, bump=Bump.PATCH),
    Mutation(add_required_request_field, wire=B, python=B, bump=Bump.MINOR),
    Mutation(remove_response_field, wire=B, python=B, bump=Bump.MINOR),
    Mutation(rename_model, wire=N, python=B, bump=Bump.MINOR),
    Mutation(add_finish_reason_value, wire=C, python=C, bump=Bump.PATCH),
    Mutation(remove_tool_choice_value, wire=B, python=B, bump=Bump.MINOR),
    Mutation(narrow_temperature, wire=B, python=N, bump=Bump.MINOR),
    Mutation(add_error_status, wire=C, python=N, bump=Bump.PATCH),
    Mutation(string_to_integer, wire=B, python=B, bump=Bump.MINOR),
    # A request model that accepts more breaks no caller; a response model that promises less breaks none.
    Mutation(add_message_role, wire=C, python=C, bump=Bump.PATCH),
    Mutation(request_reference_made_nullable, wire=C, python=C, bump=Bump.PATCH),
    Mutation(response_field_takes_another_type, wire=B, python=B, bump=Bump.MINOR),
)
