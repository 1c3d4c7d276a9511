"""Strict mode (``Client(strict=True)``): a 2xx body that deviates from the spec in any way raises.

The default client reads tolerantly (see ``_wire``), because real upstreams deviate in ways no one can fix.
Contract tests want the opposite: every deviation reported, with its JSON path. Here each body, and each
chunk of a stream, is validated against the spec's own schemas, shipped with the package as ``_spec.json``,
by jsonschema (Draft 2020-12, the dialect of OpenAPI 3.1): the rules are the spec's, never a second copy.

jsonschema is an optional dependency (``pip install 'mixroute-client[strict]'``): it is loaded on the first
strict check, so a tolerant client never pays for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from ._exceptions import UsageError

__all__ = ["SpecViolation", "check", "strict_parser"]

T = TypeVar("T")
_SPEC_URI = "urn:mixroute:spec"


class SpecViolation(Exception):
    """A payload breaks the spec; the message names the schema and the JSON path."""


def check(payload: object, schema_name: str) -> None:
    """Raise ``SpecViolation`` naming the JSON path when ``payload`` breaks the spec's ``schema_name``."""
    error = _first_error(schema_name, payload)
    if error is not None:
        path, reason = error
        raise SpecViolation(f"{schema_name} at {path}: {reason}")


def strict_parser(
    strict: bool, parse: Callable[[Mapping[str, Any]], T], schema_name: str
) -> Callable[[Mapping[str, Any]], T]:
    """``parse``, checking each payload against ``schema_name`` first when ``strict`` (for stream chunks)."""
    if not strict:
        return parse

    def checked(payload: Mapping[str, Any]) -> T:
        check(payload, schema_name)
        return parse(payload)

    return checked


def _first_error(schema_name: str, payload: object) -> tuple[str, str] | None:
    errors = sorted(_validator(schema_name).iter_errors(payload), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return None
    error = errors[0]
    return error.json_path, error.message


@cache
def _validator(schema_name: str) -> Any:
    try:
        from jsonschema import Draft202012Validator  # type: ignore[import-untyped]  # noqa: PLC0415
        from referencing import Registry, Resource  # noqa: PLC0415
        from referencing.jsonschema import DRAFT202012  # noqa: PLC0415
    except ImportError as exc:
        raise UsageError("strict=True needs jsonschema: pip install 'mixroute-client[strict]'") from exc
    resource = Resource.from_contents(_spec(), default_specification=DRAFT202012)
    registry = Registry().with_resource(_SPEC_URI, resource)
    schema = {"$ref": f"{_SPEC_URI}#/components/schemas/{schema_name}"}
    return Draft202012Validator(schema, registry=registry)


@cache
def _spec() -> dict[str, Any]:
    # Shipped beside the generated modules, in the package this runtime is a subpackage of.
    package = __package__.rpartition(".")[0]
    text = resources.files(package).joinpath("_spec.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec
