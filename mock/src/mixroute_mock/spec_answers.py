"""Any operation of the spec the mock has no bespoke handler for, answered from the spec alone: its parameters
and body checked against their schemas (a 400 in OpenAI's envelope when they do not fit), then its success
response's examples, or a value drawn from its schema when it has none. The same request gets the same answer.

Auth, fault injection and rate limits are the gate's, as for every operation."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from mixroute_mock.arguments import value_for
from mixroute_mock.delivery import json_payload
from mixroute_mock.errors import ApiError
from mixroute_mock.gate import Gate
from mixroute_mock.spec import Operation, Spec

JSON = "application/json"
# How deep a drawn value follows the spec's `$ref`s: a schema that contains itself stops there.
_MAX_DEPTH = 16
_SCALAR_PARSERS = {"integer": int, "number": float}


@dataclass(frozen=True)
class Parameter:
    """A parameter of the operation and where its schema is (a JSON pointer into the spec)."""

    name: str
    where: str  # path, query, header or cookie
    required: bool
    schema_pointer: str
    schema: Mapping[str, Any]


def _escaped(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _located(spec: Spec, pointer: str) -> tuple[str, Any]:
    """The node at `pointer`, and its own pointer once a `$ref` to another part of the document is followed."""
    node = spec.at(pointer)
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        pointer = node["$ref"][1:]
        node = spec.at(pointer)
    return pointer, node


def parameters(spec: Spec, operation: Operation) -> Iterator[Parameter]:
    """The path item's parameters and the operation's, as OpenAPI merges them (the operation's win)."""
    path_item = operation.pointer.rpartition("/")[0]
    found: dict[tuple[str, str], Parameter] = {}
    for owner in (path_item, operation.pointer):
        for index, _ in enumerate(spec.at(owner).get("parameters", [])):
            pointer, parameter = _located(spec, f"{owner}/parameters/{index}")
            schema_pointer, schema = _located(spec, f"{pointer}/schema")
            key = (str(parameter["name"]), str(parameter["in"]))
            required = bool(parameter.get("required")) or parameter["in"] == "path"
            found[key] = Parameter(key[0], key[1], required, schema_pointer, schema)
    return iter(found.values())


def success(spec: Spec, operation: Operation) -> tuple[int, str | None, list[Any]]:
    """The first 2xx status, the pointer of its JSON schema (None without a JSON body) and its examples."""
    responses = spec.at(operation.pointer).get("responses", {})
    status = next((code for code in responses if str(code).startswith("2")), "200")
    pointer, response = _located(spec, f"{operation.pointer}/responses/{status}")
    media = response.get("content", {}).get(JSON) if isinstance(response, Mapping) else None
    if not isinstance(media, Mapping) or "schema" not in media:
        return int(status), None, []
    media_pointer = f"{pointer}/content/{_escaped(JSON)}"
    examples = [media["example"]] if "example" in media else []
    for name in media.get("examples", {}):
        _, example = _located(spec, f"{media_pointer}/examples/{_escaped(str(name))}")
        if isinstance(example, Mapping) and "value" in example:
            examples.append(example["value"])
    schema_pointer, _ = _located(spec, f"{media_pointer}/schema")
    return int(status), schema_pointer, examples


def inlined(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """`schema` with the document's `$ref`s replaced by what they point at, to `_MAX_DEPTH` levels."""
    if isinstance(schema, list):
        return [inlined(spec, item, depth) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    reference = schema.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/"):
        return {} if depth >= _MAX_DEPTH else inlined(spec, spec.at(reference[1:]), depth + 1)
    return {key: inlined(spec, value, depth) for key, value in schema.items()}


def _parsed(text: str, schema: Mapping[str, Any]) -> Any:
    """A parameter's text as the JSON value its schema describes (`"2"` for an integer is 2); text that does
    not parse is kept, so the schema check names it."""
    kind = schema.get("type")
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    parse = _SCALAR_PARSERS.get(str(kind))
    try:
        return parse(text) if parse else text
    except ValueError:
        return text


class SpecAnswer:
    """The handler of one operation, answered from the spec."""

    def __init__(self, gate: Gate, operation: Operation) -> None:
        self.gate = gate
        self.operation = operation
        self.parameters = list(parameters(gate.spec, operation))
        self.status, self.schema_pointer, examples = success(gate.spec, operation)
        self.examples = [example for example in examples if self._fits(example)]
        self.drawn: Any = None

    def _fits(self, value: Any) -> bool:
        return self.schema_pointer is None or self.gate.spec.violation_at(self.schema_pointer, value) is None

    def _value(self, request: Request, parameter: Parameter) -> Any:
        """The parameter's value as sent, None when absent."""
        if parameter.where == "path":
            text = request.path_params.get(parameter.name)
        elif parameter.where == "query":
            if parameter.schema.get("type") == "array":
                listed = request.query_params.getlist(parameter.name)
                return [_parsed(item, parameter.schema.get("items", {})) for item in listed] or None
            text = request.query_params.get(parameter.name)
        elif parameter.where == "header":
            text = request.headers.get(parameter.name)
        else:
            text = request.cookies.get(parameter.name)
        return None if text is None else _parsed(text, parameter.schema)

    def _check(self, request: Request) -> dict[str, Any]:
        """The parameters sent, by name; a missing required one or a value its schema refuses is a 400."""
        values: dict[str, Any] = {}
        for parameter in self.parameters:
            value = self._value(request, parameter)
            if value is None:
                if parameter.required:
                    raise ApiError(400, f"Missing required parameter: '{parameter.name}'.", param=parameter.name)
                continue
            errors = self.gate.spec.violation_at(parameter.schema_pointer, value)
            if errors is not None:
                detail = errors.message.partition(": ")[2] or errors.message
                message = f"Invalid value for '{parameter.name}': {detail}"
                raise ApiError(400, message, param=parameter.name)
            values[parameter.name] = value
        return values

    def _payload(self, sent: Any) -> Any:
        """An example chosen by a digest of what was sent, else the value drawn from the schema (drawn once)."""
        if self.examples:
            digest = hashlib.sha256(json.dumps(sent, sort_keys=True, default=str).encode()).digest()
            return self.examples[int.from_bytes(digest[:8], "big") % len(self.examples)]
        if self.drawn is None and self.schema_pointer is not None:
            self.drawn = value_for(inlined(self.gate.spec, self.gate.spec.at(self.schema_pointer)))
        return self.drawn

    async def answer(self, request: Request) -> Response:
        admitted = await self.gate.admit(request)
        if isinstance(admitted, Response):
            return admitted
        sent: dict[str, Any] = {"parameters": self._check(request)}
        if self.operation.body_pointer is not None:
            sent["body"] = await self.gate.json_body(request, self.operation)
        body = sent.get("body")
        admitted.upstream_error(str(body.get("model", "")) if isinstance(body, dict) else "")
        if self.schema_pointer is None:
            return Response(status_code=self.status, headers=admitted.headers)
        return json_payload(self._payload(sent), admitted.fault, admitted.headers, self.status)
