"""What every generated model shares that is not derived from the spec: its repr."""

from __future__ import annotations

from typing import Any

import attrs

from ._types import UNSET

__all__ = ["model_repr"]


def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` with only the fields that are set: what a request sends, what a reply held.

    Left out: ``UNSET`` (a request's "not sent"), an optional attribute of a model read from a reply that reads
    ``None`` because nothing arrived (one that arrived as ``null`` is shown), no additional properties.
    """
    optional: tuple[str, ...] = getattr(model, "_wire_optional", ())
    nulls: int = getattr(model, "_wire_nulls", 0)
    shown = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if not field.repr or value is UNSET or (field.name == "additional_properties" and not value):
            continue
        if value is None and field.name in optional and not nulls & (1 << optional.index(field.name)):
            continue
        shown.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"
