"""The attribute names of the generated models: the wire name wherever Python allows one, as the OpenAI SDK's.

The stock generator appends ``_`` to every property whose name is a Python builtin (``object_``, ``type_``,
``input_``, ``bytes_``), though only keywords need it: a class attribute or a keyword argument named like a
builtin is legal, and the SDK's models read ``completion.object`` and ``part.type``. ``use_wire_names`` gives
such properties their wire name back before anything is rendered, so the models, their constructors, the params
and the resource methods all agree; the old names live on for one minor version as deprecated aliases
(``deprecated_aliases``), which the templates render and ``make diff`` reports.

A builtin the generated code itself calls or annotates with inside a model (``list``, ``str``, ...) keeps the
stock name: bound as an attribute or a local, it would hide the builtin from that code.
"""

from __future__ import annotations

import builtins
import keyword
from typing import Any

from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import PythonIdentifier, safe_for_docstring

from generator.wire import all_endpoints, model_properties, raw_name

__all__ = ["NameDecisions", "use_wire_names"]

# The builtins the model template and the property templates use by name inside a model's class or methods.
_USED_BY_GENERATED_CODE = frozenset(
    {"list", "dict", "str", "int", "float", "bool", "len", "isinstance", "cast", "iter", "KeyError", "ValueError"}
)


def renamable(wire_name: str, python_name: str) -> bool:
    """Whether the stock generator suffixed ``wire_name`` only because it is a builtin, and it can go back."""
    return (
        python_name == f"{wire_name}_"
        and wire_name in dir(builtins)
        and not keyword.iskeyword(wire_name)
        and not keyword.issoftkeyword(wire_name)
        and wire_name not in _USED_BY_GENERATED_CODE
    )


def use_wire_names(openapi: Any) -> NameDecisions:
    """Rename (in place) every model property that ``renamable`` allows, in the parsed document's models and in
    the request bodies (the parser's objects of their own); the decisions record the old names."""
    bodies = [body.prop for endpoint in all_endpoints(openapi) for body in endpoint.bodies]
    renamed: dict[str, tuple[tuple[str, Any], ...]] = {}
    for model in [*openapi.models, *(prop for prop in bodies if isinstance(prop, ModelProperty))]:
        pairs: list[tuple[str, Any]] = []
        for prop in model_properties(model):
            wire_name, python_name = raw_name(prop.name), str(prop.python_name)
            if renamable(wire_name, python_name):
                # PythonIdentifier would suffix it again: the wire name is already an identifier.
                prop.python_name = str.__new__(PythonIdentifier, wire_name)
                pairs.append((python_name, prop))
        if pairs:
            renamed.setdefault(str(model.class_info.name), tuple(pairs))
    return NameDecisions(renamed)


class NameDecisions:
    """Handed to the templates as ``names``."""

    def __init__(self, renamed: dict[str, tuple[tuple[str, Any], ...]]) -> None:
        self._renamed = renamed

    def deprecated_aliases(self, model: ModelProperty) -> tuple[tuple[str, Any], ...]:
        """``(old name, property)`` for each attribute of ``model`` that lost the stock ``_`` suffix."""
        return self._renamed.get(str(model.class_info.name), ())

    def aliases_literal(self, model: ModelProperty) -> str:
        """The old names and the new as a dict literal, for the runtime's constructor shim (``{}``: none)."""
        return repr({old: str(prop.python_name) for old, prop in self.deprecated_aliases(model)})

    @staticmethod
    def json_names(model: ModelProperty) -> str:
        """The attributes of ``model`` whose JSON name differs (a keyword, a name that is no identifier), as a dict
        literal of attribute name -> JSON name; empty when there is none."""
        differing = {
            str(prop.python_name): raw_name(prop.name)
            for prop in model_properties(model)
            if str(prop.python_name) != raw_name(prop.name)
        }
        # repr() of a str is a Python literal whatever the spec's text: nothing in it can become code.
        return repr(differing) if differing else ""

    @staticmethod
    def docstring_line(prop: Any, annotation: object) -> str:
        """The stock ``Attributes:`` line of ``prop`` with the attribute's own ``annotation`` (``wire.annotation``):
        the stock line gives the stock type, ``X | Unset``, where a model read from a reply holds ``X | None``."""
        stock = str(prop.to_docstring())
        head = f"{prop.python_name} ({safe_for_docstring(prop.get_type_string())}):"
        if not stock.startswith(head):
            return stock
        return f"{prop.python_name} ({safe_for_docstring(str(annotation))}):{stock[len(head) :]}"
