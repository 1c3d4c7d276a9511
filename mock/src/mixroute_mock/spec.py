"""The OpenAPI spec as the mock's single source of rules: operations, the model catalogue and request validation.

The spec is the one mixroute-client ships as package data (`mixroute_client/_spec.json`, written by the
generator from openapi/mixroute.yaml): the mock then needs no copy of its own, cannot disagree with the client
installed beside it, and works wherever that client is installed. It is parsed once per process (`packaged`).
Request bodies are checked with jsonschema (Draft 2020-12, the dialect of OpenAPI 3.1) against the spec's own
component schemas, so the mock never carries a second copy of the field rules.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

# jsonschema ships no type hints and types-jsonschema is not in the environment.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match, relevance  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

_SPEC_URI = "urn:mixroute:openapi"
_SPEC_PACKAGE, _SPEC_FILE = "mixroute_client", "_spec.json"
# Where the spec lists the gateway's model catalogue: on the request's `model` property.
CATALOGUE_EXTENSION = "x-mixroute-models"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


@dataclass(frozen=True)
class Violation:
    """Why a request body breaks the schema: `param` is the offending field as `a.b[0].c` (None for the body)."""

    param: str | None
    message: str


def param_path(path: Any) -> str | None:
    """Render a jsonschema error path (`['messages', 0, 'role']`) the way OpenAI names params."""
    rendered = ""
    for part in path:
        rendered += f"[{part}]" if isinstance(part, int) else (f".{part}" if rendered else str(part))
    return rendered or None


def _ruled_out(errors: list[ValidationError], depth: int) -> bool:
    """Whether a union variant's errors show the value was never meant to be it: the value itself has the
    wrong JSON type, or a `const`/`enum`/`not` failed on it or on one of its own properties (`role: {const: user}`)."""
    return any(
        (e.validator == "type" and len(e.absolute_path) == depth)
        or (e.validator in ("const", "enum", "not") and len(e.absolute_path) <= depth + 1)
        for e in errors
    )


def _most_relevant(errors: Iterable[ValidationError]) -> ValidationError:
    """jsonschema's choice among errors at one level, without `best_match`'s own descent into unions."""
    return max(errors, key=relevance)


def _narrow(error: ValidationError) -> ValidationError | Violation:
    """For a failed oneOf/anyOf, descend into the one variant the value was meant to be, so that the message
    names the real culprit ('messages[0].tool_call_id' is missing) rather than "not valid under any of the
    given schemas"; when every variant is ruled out by the same `const` property, say what it accepts."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        depth = len(error.absolute_path)
        variants: dict[int, list[ValidationError]] = {}
        for sub in error.context:
            variants.setdefault(sub.relative_schema_path[0], []).append(sub)
        meant = [errors for errors in variants.values() if not _ruled_out(errors, depth)]
        if len(meant) == 1:
            error = _most_relevant(meant[0])
        elif not meant:
            return _unexpected_discriminator(error.context) or _wrong_type(error) or error
        else:
            return best_match([error])
    return error


def _unexpected_discriminator(errors: list[ValidationError]) -> Violation | None:
    consts = [e for e in errors if e.validator == "const"]
    if not consts or len({tuple(e.absolute_path) for e in consts}) != 1:
        return None
    param = param_path(consts[0].absolute_path)
    accepted = ", ".join(repr(e.validator_value) for e in consts)
    return Violation(param, f"Invalid value for '{param}': {consts[0].instance!r} is not one of {accepted}.")


def _wrong_type(error: ValidationError) -> Violation | None:
    """Every variant of a union wants another JSON type: say which types it takes."""
    depth = len(error.absolute_path)
    types = [e.validator_value for e in error.context if e.validator == "type" and len(e.absolute_path) == depth]
    if not types:
        return None
    param = param_path(error.absolute_path)
    where = f"'{param}'" if param else "the request body"
    accepted = ", ".join(repr(t) for t in types)
    return Violation(param, f"Invalid value for {where}: {error.instance!r} is not of type {accepted}.")


def _violation(error: ValidationError) -> Violation:
    narrowed = _narrow(error)
    if isinstance(narrowed, Violation):
        return narrowed
    error = narrowed
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = next(name for name in error.validator_value if name not in error.instance)
        param = param_path([*path, missing])
        return Violation(param, f"Missing required parameter: '{param}'.")
    param = param_path(path)
    where = f"'{param}'" if param else "the request body"
    return Violation(param, f"Invalid value for {where}: {error.message}.")


def _model_property(document: Mapping[str, Any], schema_name: str | None) -> Mapping[str, Any] | None:
    """The `model` property of a request schema, where the spec's catalogue extension goes; None without one."""
    schema = document.get("components", {}).get("schemas", {}).get(schema_name or "", {})
    model = schema.get("properties", {}).get("model") if isinstance(schema, Mapping) else None
    return model if isinstance(model, Mapping) else None


def _listed(extension: Any) -> dict[str, dict[str, Any]]:
    """A catalogue as names with their facts: the extension lists names, or maps each name to its facts
    (`{dimensions: 1536}` for an embedding model)."""
    if isinstance(extension, Mapping):
        return {str(name): dict(facts) if isinstance(facts, Mapping) else {} for name, facts in extension.items()}
    return {str(name): {} for name in extension or ()}


def catalogue(document: dict[str, Any]) -> tuple[str, ...]:
    """The gateway's model catalogue, read here only: every model the spec's `x-mixroute-models` lists on a
    request's `model` property (chat and embedding models), in the order of the operations; empty when the
    spec has none."""
    names: dict[str, None] = {}
    for operation in operations(document).values():
        names.update(dict.fromkeys(operation.catalogue or ()))
    return tuple(names)


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: `method` upper-case, `request_schema` the component its JSON body refers to,
    `pointer` where it is in the document (a JSON pointer), `catalogue` the models its request's `model`
    property lists with their facts (None when the request has no `model` property, empty when it lists none).
    `body_pointer` is where its JSON body's schema is, a component or inline (None without a JSON body)."""

    operation_id: str
    path: str
    method: str
    request_schema: str | None
    pointer: str = ""
    catalogue: Mapping[str, Mapping[str, Any]] | None = None
    body_pointer: str | None = None


def _request_schema(operation: Mapping[str, Any]) -> str | None:
    schema = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    reference = str(schema.get("$ref", ""))
    return reference.rpartition("/")[2] or None


def _pointer(*parts: str) -> str:
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _operation(document: Mapping[str, Any], path: str, method: str) -> Operation:
    item = document["paths"][path][method]
    schema = _request_schema(item)
    model = _model_property(document, schema)
    listed = None if model is None else _listed(model.get(CATALOGUE_EXTENSION))
    pointer = _pointer("paths", path, method)
    takes_json = "schema" in item.get("requestBody", {}).get("content", {}).get("application/json", {})
    body = f"{pointer}{_pointer('requestBody', 'content', 'application/json', 'schema')}" if takes_json else None
    return Operation(item["operationId"], path, method.upper(), schema, pointer, listed, body)


def operations(document: Mapping[str, Any]) -> dict[str, Operation]:
    """Every operation of the spec by its operationId."""
    return {
        item[method]["operationId"]: _operation(document, path, method)
        for path, item in document["paths"].items()
        for method in METHODS
        if method in item
    }


class Spec:
    """The parsed spec with validators for its component schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    @classmethod
    def packaged(cls) -> Spec:
        """The spec mixroute-client ships, parsed once per process (and its validators built once)."""
        return _packaged()

    def validator(self, schema_name: str) -> Draft202012Validator:
        """A validator for `#/components/schemas/<schema_name>`, built once."""
        if schema_name not in self._validators:
            if schema_name not in self.document["components"]["schemas"]:
                raise KeyError(f"the spec has no schema {schema_name!r}")
            reference = {"$ref": f"{_SPEC_URI}#/components/schemas/{schema_name}"}
            self._validators[schema_name] = Draft202012Validator(reference, registry=self._registry)
        return self._validators[schema_name]

    def violation(self, schema_name: str, instance: Any) -> Violation | None:
        """The most relevant way `instance` breaks the named schema, or None when it conforms."""
        errors = list(self.validator(schema_name).iter_errors(instance))
        return _violation(_most_relevant(errors)) if errors else None

    def at(self, pointer: str) -> Any:
        """The part of the document at a JSON pointer (`/paths/~1v1~1models/get`), `$ref`s not followed."""
        return self._registry.resolver().lookup(f"{_SPEC_URI}#{pointer}").contents

    def violation_at(self, pointer: str, instance: Any) -> Violation | None:
        """`violation` for the schema at a JSON pointer of the document (a parameter's, a response's)."""
        if pointer not in self._validators:
            reference = {"$ref": f"{_SPEC_URI}#{pointer}"}
            self._validators[pointer] = Draft202012Validator(reference, registry=self._registry)
        errors = list(self._validators[pointer].iter_errors(instance))
        return _violation(_most_relevant(errors)) if errors else None

    @cached_property
    def models(self) -> tuple[str, ...]:
        return catalogue(self.document)

    @cached_property
    def operations(self) -> dict[str, Operation]:
        """Every operation of the spec by its operationId."""
        return operations(self.document)


@functools.cache
def _packaged() -> Spec:
    text = resources.files(_SPEC_PACKAGE).joinpath(_SPEC_FILE).read_text(encoding="utf-8")
    return Spec(json.loads(text))
