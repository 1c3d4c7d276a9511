"""What the generated models call when a reply does not fit the spec (see ``generator/wire.py`` for the rule).

Tolerated values are kept per object in a small ``dict`` (JSON name -> what arrived, ``UNSET`` for a key
that did not arrive), which ``to_dict()`` writes back over its stand-ins, so a round trip loses nothing.
For a reply that fits, only ``new_model`` runs (and ``as_dict`` for a payload that is a mapping but not a
``dict``): the generated checks are inline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._types import UNSET

__all__ = ["WireError", "additional", "as_dict", "deviate", "new_model", "restore"]

# How the models make an object without attrs' __init__: a module global is found faster than the attribute of
# ``object`` (callgrind: docs/performance.md).
new_model = object.__new__


class WireError(Exception):
    """A value the models cannot use (a required ``id`` that is an object); ``path`` is its JSON path.

    Deliberately not a ``ValueError``/``TypeError``: the generated union parsers catch those to try their
    next variant, and an unusable value must reach the caller instead.
    """

    def __init__(self, model: str, key: str | None, value: object, origin: object) -> None:
        super().__init__()
        self.model = model
        self.path: list[str | int] = [] if key is None else [key]
        self.value_type = json_type(value)
        self.origin = origin

    def within(self, key: str, container: object, origin: object) -> WireError:
        """The same error seen from the object that holds ``container`` under ``key``."""
        if isinstance(container, list):
            position = next((i for i, item in enumerate(container) if item is self.origin), None)
            if position is not None:
                self.path.insert(0, position)
        self.path.insert(0, key)
        self.origin = origin
        return self

    @property
    def json_path(self) -> str:
        return json_path(self.path)

    def __str__(self) -> str:
        # The value itself is never quoted: a gateway may echo anything, the API key included.
        where = self.json_path or "the body"
        return f"{where}: {article(self.value_type)} {self.value_type} cannot be used here ({self.model})"


def as_dict(model: str, value: object) -> Mapping[str, Any]:
    """``value`` as a payload to read ``model`` from: any mapping will do (the models read plain dicts directly)."""
    if isinstance(value, Mapping):
        return value
    raise WireError(model, None, value, value)


def additional(payload: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The keys of ``payload`` that its model has no property for, with their values, kept as they came."""
    return {key: value for key, value in payload.items() if key not in known}


def deviate(
    kept: dict[str, Any] | None, model: str, key: str, value: object, *, unusable_when_mistyped: bool, origin: object
) -> dict[str, Any]:
    """Keep ``value`` (which did not fit ``model.key``) for ``to_dict()``, or raise if it cannot be stood in for."""
    if unusable_when_mistyped and value is not None and value is not UNSET:
        raise WireError(model, key, value, origin)
    if kept is None:
        kept = {}
    kept[key] = value
    return kept


def restore(field_dict: dict[str, Any], kept: dict[str, Any]) -> None:
    """Put back what arrived in place of the stand-ins ``to_dict()`` wrote."""
    for key, value in kept.items():
        if value is UNSET:
            field_dict.pop(key, None)
        else:
            field_dict[key] = value


def json_path(steps: Iterable[str | int]) -> str:
    """``messages[0].content``: keys joined by dots, list positions in brackets."""
    text = ""
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" else "a"


def json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
