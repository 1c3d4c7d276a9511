"""Which way each model travels, from the spec: sent in requests, read from responses, or both.

An annotation change means opposite things in the two directions. A model the caller builds and sends
(request) may accept more without breaking anyone: a new message class in a union is compatible, one taken
away is breaking. A model the caller reads (response) may promise less without breaking anyone: a type that
gains ``None`` is breaking (code that used the value must now check it), one that loses a variant is not.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import Enum
from typing import Any

from openapi_python_client.strings import ClassName

from generator.changes.wire import METHODS
from generator.params import param_name

__all__ = ["Direction", "directions"]


class Direction(Enum):
    SENT = "sent"
    READ = "read"
    BOTH = "both"


def directions(spec: Mapping[str, Any]) -> dict[str, Direction]:
    """Generated class name -> how its model travels, for every schema reachable from an operation."""
    schemas = spec.get("components", {}).get("schemas", {})
    sent, read = set(), set()
    for operation in _operations(spec):
        sent |= _reachable(operation.get("requestBody", {}), schemas)
        read |= _reachable(operation.get("responses", {}), schemas, spec)
    found: dict[str, Direction] = {}
    for name in sent | read:
        both = name in sent and name in read
        found[str(ClassName(name, ""))] = Direction.BOTH if both else Direction.SENT if name in sent else Direction.READ
    # A request-side model's dict form (mixroute_client.params) only ever travels in requests.
    found.update({param_name(ClassName(name, "")): Direction.SENT for name in sent})
    return found


def _operations(spec: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    for item in spec.get("paths", {}).values():
        for method, operation in item.items():
            if method in METHODS:
                yield operation


def _reachable(node: object, schemas: Mapping[str, Any], spec: Mapping[str, Any] | None = None) -> set[str]:
    """Names of the component schemas ``node`` refers to, directly or through other schemas (and, given
    ``spec``, through referenced responses)."""
    found: set[str] = set()
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Mapping):
            ref = current.get("$ref")
            if isinstance(ref, str):
                kind, _, name = ref.removeprefix("#/components/").partition("/")
                if kind == "schemas" and name not in found:
                    found.add(name)
                    pending.append(schemas.get(name, {}))
                elif kind == "responses" and spec is not None:
                    pending.append(spec.get("components", {}).get("responses", {}).get(name, {}))
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)
    return found
