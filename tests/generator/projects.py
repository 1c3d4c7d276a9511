"""The generator's view of a spec, as the decision tests read it: one way to set up openapi-python-client's
project (``load_project``, as a render does) and look up its models and properties."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from openapi_python_client.strings import PythonCode

from generator.generate import DEFAULT_CONFIG, DEFAULT_SPEC, load_project, load_yaml

__all__ = ["code", "decisions", "model", "prop"]

Decisions = TypeVar("Decisions")


def decisions(
    kind: type[Decisions], destination: Path, spec: Path = DEFAULT_SPEC, config_file: Path = DEFAULT_CONFIG
) -> tuple[Any, Decisions]:
    """The parsed document (``GeneratorData``) and the decisions of ``kind`` the templates are handed."""
    document = load_yaml(spec.read_text(encoding="utf-8"))
    project = load_project(spec, destination, document, config_file)
    found = [value for value in project.env.globals.values() if isinstance(value, kind)]
    assert len(found) == 1, f"{kind.__name__} is not among the template globals"
    return project.openapi, found[0]


def code(python: PythonCode) -> str:
    return python.as_unembedded_code()


def model(openapi: Any, name: str) -> Any:
    return next(m for m in openapi.models if m.class_info.name == name)


def prop(openapi: Any, model_name: str, name: str) -> Any:
    found = model(openapi, model_name)
    return next(p for p in (*found.required_properties, *found.optional_properties) if p.name == name)
