"""A strict reading of a reply or a chunk against the spec: every way it breaks the spec's schemas
(`deviation`), every field the spec does not declare (`undeclared`), and every field the spec declares for
upstreams other than OpenAI (`extension`), each by its JSON path with the value seen.

The schemas are the spec's own (the one mixroute-client ships, through spec.py), read by jsonschema: no rule
is written here twice. Only what the spec cannot say is here: which of its fields OpenAI itself never sends.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]

from mixroute_mock.profiles import DEVIATION, EXTENSION, UNDECLARED
from mixroute_mock.spec import Spec

# Fields the spec declares because upstreams other than OpenAI send them (its descriptions name them): seeing
# one tells which upstream's habits a model has, although it breaks nothing.
EXTENSION_FIELDS = frozenset({"reasoning_content", "reasoning", "prompt_cache_hit_tokens", "prompt_cache_miss_tokens"})
# OpenAI's own finish reasons; the spec also lists GLM's and DeepSeek's, and keeps any other string.
OPENAI_FINISH_REASONS = frozenset({"stop", "length", "tool_calls", "content_filter", "function_call"})
MISSING = "(missing)"
_SHOWN_CHARS = 120


@dataclass(frozen=True)
class Finding:
    kind: str
    path: str
    value: str
    reason: str


def shown(value: Any) -> str:
    """A value as JSON, cut to a line."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def _step(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{json.dumps(key)}]"


def _variant(error: ValidationError) -> list[ValidationError]:
    """The errors of the variant of a failed union the value was meant to be: the one holding the most relevant
    error (jsonschema's own choice), so that every way the value breaks that variant is reported."""
    best = best_match([error])
    while best.parent is not error and best.parent is not None:
        best = best.parent
    return [sub for sub in error.context if sub.relative_schema_path[0] == best.relative_schema_path[0]]


def deviations(error: ValidationError) -> Iterator[Finding]:
    """A finding for every way the value breaks the schema, inside unions too."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        for sub in _variant(error):
            yield from deviations(sub)
        return
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = next(name for name in error.validator_value if name not in error.instance)
        yield Finding(DEVIATION, _step(error.json_path, missing), MISSING, f"'{missing}' is required")
    else:
        yield Finding(DEVIATION, error.json_path, shown(error.instance), error.message)


class Checker:
    """Strict readings against one spec; the validators it builds are kept, one per schema."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def findings(self, schema_name: str, payload: Any) -> list[Finding]:
        """Every deviation of `payload` from the named component schema, then what it carries beyond it."""
        errors = self.spec.validator(schema_name).iter_errors(payload)
        found = [finding for error in errors for finding in deviations(error)]
        found.extend(self._beyond(f"/components/schemas/{schema_name}", payload, "$"))
        return found

    def _beyond(self, pointer: str, value: Any, path: str) -> Iterator[Finding]:
        """Undeclared fields and extensions in `value`, walking the schema at `pointer` where the value fits it."""
        schema = self.spec.at(pointer)
        if not isinstance(schema, Mapping):
            return
        if "$ref" in schema:
            yield from self._beyond(str(schema["$ref"]).removeprefix("#"), value, path)
            return
        for union in ("anyOf", "oneOf"):
            fitting = (
                f"{pointer}/{union}/{index}"
                for index in range(len(schema.get(union, ())))
                if self.spec.violation_at(f"{pointer}/{union}/{index}", value) is None
            )
            variant = next(fitting, None)
            if variant is not None:
                yield from self._beyond(variant, value, path)
        if isinstance(value, dict) and "properties" in schema:
            yield from self._properties(pointer, schema, value, path)
        elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            for index, item in enumerate(value):
                yield from self._beyond(f"{pointer}/items", item, _step(path, index))

    def _properties(
        self, pointer: str, schema: Mapping[str, Any], value: dict[str, Any], path: str
    ) -> Iterator[Finding]:
        for key, item in value.items():
            where = _step(path, key)
            if key not in schema["properties"]:
                if "additionalProperties" not in schema:
                    yield Finding(UNDECLARED, where, shown(item), "the spec does not declare it")
                continue
            if key in EXTENSION_FIELDS and item is not None:
                yield Finding(EXTENSION, where, shown(item), "declared for upstreams other than OpenAI")
            elif key == "finish_reason" and isinstance(item, str) and item not in OPENAI_FINISH_REASONS:
                yield Finding(EXTENSION, where, shown(item), "a finish reason OpenAI never sends")
            yield from self._beyond(f"{pointer}/properties/{key.replace('~', '~0').replace('/', '~1')}", item, where)
