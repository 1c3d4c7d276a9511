"""The OpenAPI spec as the mock's single source of rules: routes, the model catalogue and request validation.

Request bodies are checked with jsonschema (Draft 2020-12, the dialect of OpenAPI 3.1) against the spec's own
component schemas, so the mock never carries a second copy of the field rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

# jsonschema ships no type hints and types-jsonschema is not in the environment.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "mixroute.yaml"
_SPEC_URI = "urn:mixroute:openapi"
CHAT_PATH = "/v1/chat/completions"


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


def _violation(error: ValidationError) -> Violation:
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = next(name for name in error.validator_value if name not in error.instance)
        param = param_path([*path, missing])
        return Violation(param, f"Missing required parameter: '{param}'.")
    param = param_path(path)
    where = f"'{param}'" if param else "the request body"
    return Violation(param, f"Invalid value for {where}: {error.message}.")


class Spec:
    """The parsed spec with validators for its component schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> Spec:
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

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
        error = best_match(self.validator(schema_name).iter_errors(instance))
        return None if error is None else _violation(error)

    @cached_property
    def chat_request_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = self.document["components"]["schemas"]["CreateChatCompletionRequest"]
        return schema

    @cached_property
    def models(self) -> tuple[str, ...]:
        """The gateway's model catalogue: the `examples` of the request's `model` property."""
        return tuple(self.chat_request_schema["properties"]["model"]["examples"])

    @cached_property
    def routes(self) -> dict[str, tuple[str, ...]]:
        """Each path of the spec with its HTTP methods, upper-case."""
        return {
            path: tuple(method.upper() for method in item if method != "parameters")
            for path, item in self.document["paths"].items()
        }
