"""How a generated model parses a union property: a decision about the spec, made here rather than in Jinja.

The union template (``templates/property_templates/union_property.py.jinja``) prints one of three parsers:

- ``take``: no variant needs constructing, or the only constructed ones are lists of plain values beside an
  unmodified variant: the JSON value is kept as it came (``None | str``, ``list[int] | None``);
- ``inline``: each constructed variant has a JSON-type check of its own (a model and null, an enum and a
  string): an if/elif on that type, no nested function;
- ``try``: several constructed variants share a JSON type (several message models): the stock nested function
  that tries each in turn.

Whether a variant is constructed, and how its type is checked, is what its property template says (its
``construct`` and ``check_type_for_construct`` macros), so the templates are asked, through the same
environment that renders them.
"""

from __future__ import annotations

from typing import Any, Literal

from jinja2 import Environment
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty

__all__ = ["Parser", "UnionDecisions"]

Parser = Literal["take", "inline", "try"]


class UnionDecisions:
    """Built once per render; the templates call it as ``unions``."""

    def __init__(self, env: Environment) -> None:
        self._env = env

    def parser(self, union: UnionProperty) -> Parser:
        """Which parser the union template prints for ``union`` (see the module docstring)."""
        constructed = [inner for inner in union.inner_properties if self._constructs(inner)]
        if not constructed or (
            self.keeps_some_as_they_come(union) and all(self._passes_through(inner) for inner in constructed)
        ):
            return "take"
        checks = [self._type_check(inner) for inner in constructed]
        if None in checks or len(set(checks)) < len(checks):
            return "try"
        return "inline"

    def keeps_some_as_they_come(self, union: UnionProperty) -> bool:
        """Whether a variant of ``union`` needs no constructing (a string, a number, null): a value no
        constructed variant takes is then kept as it came, as the stock template does."""
        return not all(self._constructs(inner) for inner in union.inner_properties)

    def _macros(self, prop: PropertyProtocol) -> Any:
        return self._env.get_template(f"property_templates/{prop.template}").module

    def _constructs(self, prop: PropertyProtocol) -> bool:
        return bool(getattr(self._macros(prop), "construct", None))

    def _passes_through(self, prop: PropertyProtocol) -> bool:
        """A list whose items are kept as they came: constructing it changes nothing."""
        return isinstance(prop, ListProperty) and not self._constructs(prop.inner_property)

    def _type_check(self, prop: PropertyProtocol) -> str | None:
        check = getattr(self._macros(prop), "check_type_for_construct", None)
        return str(check(prop, "data")) if check else None
