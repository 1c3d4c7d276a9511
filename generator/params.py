"""Decisions about request parameters as plain dicts, handed to the templates as ``params``.

Every schema a request can carry gets a ``TypedDict`` named in the OpenAI SDK's style (``UserMessage`` ->
``UserMessageParam``), printed into one module, ``mixroute_client/params.py``: required keys plain, optional
ones ``NotRequired``, consts and enums ``Literal``, unions unions of those. An object schema with only
``additionalProperties`` (``LogitBias``) becomes a ``dict[str, ...]`` alias of the same name.

The request models' constructors accept such a dict wherever they want a model, and an enum's value wherever
they want the enum: their parameters are annotated by ``parameter_annotation`` (the one function the
resource-style client reuses), and a generated ``__init__`` hands any value that is not already a model to
``mixroute_client._runtime._params.convert``, which checks it against the ``TypedDict`` and builds the model
with its ``from_dict``, or raises ``UsageError`` with the JSON path. The check costs one comparison per parameter when
models are passed (a loop over the items for lists), which is why it is inline and not a runtime call.

Each function returns Python source (``PythonCode``) or a plain decision; the templates only print them.
Unit-tested in ``tests/generator/test_params.py``.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import ClassName, PythonCode

from generator.wire import all_endpoints, model_properties, raw_name, reachable_models, stock_default

__all__ = ["ParamDecisions", "param_decisions", "param_name"]

_SCALARS: dict[type, str] = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
    NoneProperty: "None",
    AnyProperty: "Any",
}
# What a pydantic model given where a model goes is typed as (the runtime's ``_types``, exported by ``types``).
SUPPORTS_MODEL_DUMP = "SupportsModelDump"
_JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
# The Python classes a JSON scalar arrives as, for the constructors' checks (an int is a valid number).
_SCALAR_CLASSES: dict[type, tuple[str, ...]] = {
    StringProperty: ("str",),
    IntProperty: ("int",),
    FloatProperty: ("float", "int"),
    BooleanProperty: ("bool",),
}


def param_name(class_name: object) -> str:
    """The ``TypedDict`` (or alias) for a model class: ``UserMessage`` -> ``UserMessageParam``."""
    return f"{class_name}Param"


class ParamDecisions:
    """Built once per render; the templates call it as ``params``."""

    def __init__(
        self,
        models: Iterable[ModelProperty],
        request_roots: Iterable[PropertyProtocol],
        reads: Callable[[ModelProperty], bool],
        schemas: Mapping[str, Any] | None = None,
    ) -> None:
        self._models: dict[str, ModelProperty] = {str(model.class_info.name): model for model in models}
        self._requests = sorted(set(reachable_models(request_roots, self._models)))
        self._reads = reads
        self._schemas = dict(schemas or {})

    # ------------------------------------------------------------------ the params module
    def typed_dicts(self) -> list[ModelProperty]:
        """The request-side models with declared properties, each printed as a ``TypedDict``."""
        return [self._models[name] for name in self._requests if model_properties(self._models[name])]

    def mapping_aliases(self) -> list[tuple[str, PythonCode]]:
        """The request-side models with only additional properties, each printed as a ``dict`` alias."""
        return [
            (param_name(name), self._mapping_type(self._models[name]))
            for name in self._requests
            if not model_properties(self._models[name])
        ]

    def union_aliases(self) -> list[tuple[str, PythonCode]]:
        """The spec's named unions a request holds (``ChatMessage``, ``ContentPart``, ``ToolChoice``, ...), each
        as an alias of the union of its members' params (``ChatMessageParam``), to annotate a list of dicts."""
        aliases = []
        for name, schema in self._schemas.items():
            members = schema.get("oneOf") or schema.get("anyOf")
            if members and "properties" not in schema and self._holds_request_models(members):
                union = " | ".join(dict.fromkeys(self._schema_param(member) for member in members))
                aliases.append((param_name(ClassName(name, "")), PythonCode(union)))
        return sorted(aliases)

    def names(self) -> list[str]:
        """Every name the params module exports, sorted."""
        models = [param_name(name) for name in self._requests]
        return sorted([*models, *(name for name, _ in self.union_aliases())])

    def models_by_param(self) -> list[tuple[str, str]]:
        """(model class, param name) for the runtime, which checks a dict against the model's param type."""
        return [(name, param_name(name)) for name in self._requests]

    def typed_dict(self, model: ModelProperty) -> PythonCode:
        """The ``TypedDict`` of a model: a class, or the functional form when a key is no Python identifier."""
        name = param_name(model.class_info.name)
        doc = f'"""The dict form of :class:`~mixroute_client.models.{model.class_info.name}`."""'
        keys = [
            (raw_name(prop.name), _optional(self.param_type(prop), prop.required)) for prop in model_properties(model)
        ]
        if all(_identifier(key) for key, _ in keys):
            body = "\n".join(f"    {key}: {annotation}" for key, annotation in keys)
            return PythonCode(f"class {name}(TypedDict):\n    {doc}\n\n{body}")
        # Strings: the functional form evaluates its annotations, which may name params defined further down.
        fields = ", ".join(f"{key!r}: {annotation!r}" for key, annotation in keys)
        return PythonCode(f'{name} = TypedDict("{name}", {{{fields}}})')

    def param_type(self, prop: PropertyProtocol) -> PythonCode:
        """How a value of ``prop`` is written in a dict: JSON types, ``Literal``s and other params only."""
        return PythonCode(" | ".join(dict.fromkeys(self._param_members(prop))))

    # ------------------------------------------------------------------ the request models

    def converts(self, model: ModelProperty) -> bool:
        """Whether ``model`` gets the generated constructor: a request-only model with a property that can
        hold a model or an enum. Models that arrive in replies keep attrs' constructor, so reading stays as
        fast as it was."""
        return not self._reads(model) and any(_convertible(prop) for prop in model_properties(model))

    def type_checking_imports(self, model: ModelProperty) -> list[str]:
        """The imports the constructor's annotations need, for type checkers only: the params they name, and
        ``Sequence`` where a parameter is a list."""
        convertible = [prop for prop in model_properties(model) if _convertible(prop)]
        names = sorted({name for prop in convertible for name in param_names(prop)})
        lines = [f"from ..params import {name}" for name in names]
        if any(isinstance(leaf, ListProperty) for prop in convertible for leaf in _all_members(prop)):
            lines.insert(0, "from collections.abc import Sequence")
        return lines

    def init_method(self, model: ModelProperty) -> PythonCode:
        """The constructor of a model that ``converts``: attrs' one plus a check per convertible parameter."""
        props = _init_order(model_properties(model))
        signature = ", ".join(["self", *(self._parameter(prop) for prop in props)])
        lines = [f"def __init__({signature}) -> None:"]
        for prop in props:
            if _convertible(prop):
                lines.extend(f"    {line}" for line in self._check(model, prop))
        for prop in props:
            # The check above has left a model (or an enum) in every convertible parameter.
            ignore = "  # type: ignore[assignment]" if _convertible(prop) else ""
            lines.append(f"    self.{prop.python_name} = {prop.python_name}{ignore}")
        if model.additional_properties:
            lines.append("    self.additional_properties = {}")
        return PythonCode("\n".join(lines))

    def init_constants(self, model: ModelProperty) -> PythonCode:
        """Module constants the constructor's checks use: the classes a list's items may already be."""
        lines = [
            f"{_classes_constant(prop)} = frozenset(({', '.join(classes)},))"
            for prop in model_properties(model)
            if _convertible(prop) and len(classes := _item_classes(prop)) > 1
        ]
        return PythonCode("\n".join(lines))

    # ------------------------------------------------------------------ helpers
    def _holds_request_models(self, schemas: Iterable[Any]) -> bool:
        for schema in schemas:
            if not isinstance(schema, Mapping):
                continue
            name = _ref_name(schema)
            if name is not None and str(ClassName(name, "")) in self._requests:
                return True
            if self._holds_request_models([schema.get("items")]):
                return True
        return False

    def _schema_param(self, schema: Mapping[str, Any]) -> str:
        """A member of a named union as a parameter type, read from the spec itself (such unions have no
        class of their own to read it from)."""
        name = _ref_name(schema)
        if name is not None:
            target = self._schemas.get(name, {})
            if "enum" in target:
                return f"Literal[{', '.join(repr(value) for value in target['enum'])}]"
            if str(ClassName(name, "")) in self._requests or "oneOf" in target or "anyOf" in target:
                return param_name(ClassName(name, ""))
            return self._schema_param(target)
        kinds = schema.get("type")
        if kinds == "array":
            return f"list[{self._schema_param(schema.get('items', {}))}]"
        kinds = kinds if isinstance(kinds, list) else [kinds]
        return " | ".join(_JSON_TYPES.get(kind, "Any") for kind in kinds)

    def _parameter(self, prop: PropertyProtocol) -> str:
        annotation = parameter_annotation(prop)
        default = stock_default(prop)
        text = f"{prop.python_name}: {annotation.as_unembedded_code()}"
        return f"{text} = {default}" if default else text

    def _check(self, model: ModelProperty, prop: PropertyProtocol) -> list[str]:
        """Statements that leave ``prop``'s parameter alone when it already holds what the attribute takes,
        and else replace it by what ``_params.convert`` makes of it."""
        name = prop.python_name
        convert = f'{name} = _params.convert({name}, {model.class_info.name}, "{name}")'
        quick = " or ".join(_quick_checks(prop, name))
        lists = [leaf for leaf in _members(prop) if isinstance(leaf, ListProperty)]
        if not lists:
            return [f"if not ({quick}):", f"    {convert}"]
        item_check = _item_check(prop, f"_{name}_item")
        in_list = [
            f"if {name}.__class__ is list:",
            f"    for _{name}_item in {name}:",
            f"        if not ({item_check}):",
            f"            {convert}",
            "            break",
            "else:",
            f"    {convert}",
        ]
        if not quick:
            return in_list
        return [f"if not ({quick}):", *(f"    {line}" for line in in_list)]

    def _param_members(self, prop: PropertyProtocol) -> Iterator[str]:
        if isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                yield from self._param_members(inner)
        elif isinstance(prop, ListProperty):
            yield f"list[{self.param_type(prop.inner_property).as_unembedded_code()}]"
        elif isinstance(prop, ModelProperty):
            yield param_name(prop.class_info.name)
        elif isinstance(prop, ConstProperty):
            yield f"Literal[{prop.value.python_code.as_unembedded_code()}]"
        elif isinstance(prop, EnumProperty | LiteralEnumProperty):
            yield _literal(prop)
        else:
            yield _scalar(prop)

    def _mapping_type(self, model: ModelProperty) -> PythonCode:
        extra = model.additional_properties
        value = "Any" if isinstance(extra, bool) or extra is None else self.param_type(extra).as_unembedded_code()
        return PythonCode(f"dict[str, {value}]")


def widened(prop: PropertyProtocol) -> PythonCode:
    """A request parameter's annotation: each model ``M`` as ``M | MParam | SupportsModelDump`` (any pydantic
    model, as ``_params`` takes one at run time), each enum ``E`` as
    ``E | Literal[...values]``, a list as a ``Sequence``, in unions alike; ``Unset`` when the property is
    optional. Code printing it imports ``Literal`` and ``Sequence`` and the params it names (``param_names``).
    The request models' constructors and the resource methods both declare it."""
    members = _dump_last(_widened_members(prop))
    if not prop.required:
        members.append("Unset")
    return PythonCode(" | ".join(members))


def parameter_annotation(prop: PropertyProtocol) -> PythonCode:
    """What a request model's constructor, and so a resource method, declares for ``prop``: ``widened`` where a
    model or enum can be given as its JSON, the stock annotation elsewhere."""
    return widened(prop) if _convertible(prop) else prop.get_type_string()


def _convertible(prop: PropertyProtocol) -> bool:
    return any(isinstance(leaf, ModelProperty | EnumProperty | LiteralEnumProperty) for leaf in _leaves(prop))


def param_names(prop: PropertyProtocol) -> list[str]:
    """The params ``widened(prop)`` names."""
    return sorted({param_name(name) for name in _model_names(prop)})


def _widened_members(prop: PropertyProtocol) -> Iterator[str]:
    if isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            yield from _widened_members(inner)
    elif isinstance(prop, ListProperty):
        # A Sequence (covariant): a list[UserMessage] is as welcome as a list of dicts.
        items = " | ".join(_dump_last(_widened_members(prop.inner_property)))
        yield f"Sequence[{items}]"
    elif isinstance(prop, ModelProperty):
        yield str(prop.class_info.name)
        yield param_name(prop.class_info.name)
        yield SUPPORTS_MODEL_DUMP
    elif isinstance(prop, EnumProperty | LiteralEnumProperty):
        yield str(prop.class_info.name)
        yield _literal(prop)
    else:
        yield prop.get_type_string(no_optional=True).as_unembedded_code()


def _dump_last(members: Iterable[str]) -> list[str]:
    """``members`` once each, ``SupportsModelDump`` (named by every model) once, after the rest but ``None``."""
    unique = list(dict.fromkeys(members))
    if SUPPORTS_MODEL_DUMP in unique:
        unique.remove(SUPPORTS_MODEL_DUMP)
        unique.insert(unique.index("None") if "None" in unique else len(unique), SUPPORTS_MODEL_DUMP)
    return unique


def _ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _scalar(prop: PropertyProtocol) -> str:
    try:
        return _SCALARS[type(prop)]
    except KeyError:
        raise ValueError(f"no parameter type for a {type(prop).__name__} ({raw_name(prop.name)})") from None


def _literal(prop: EnumProperty | LiteralEnumProperty) -> str:
    values = prop.values.values() if isinstance(prop.values, dict) else prop.values
    return f"Literal[{', '.join(repr(value) for value in values)}]"


def _optional(annotation: PythonCode, required: bool) -> str:
    text = annotation.as_unembedded_code()
    return text if required else f"NotRequired[{text}]"


def _identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name)


def _members(prop: PropertyProtocol) -> list[PropertyProtocol]:
    """``prop``'s alternatives: the members of a union (flattened), else ``prop`` itself."""
    if isinstance(prop, UnionProperty):
        return [member for inner in prop.inner_properties for member in _members(inner)]
    return [prop]


def _all_members(prop: PropertyProtocol) -> Iterator[PropertyProtocol]:
    """``prop``'s alternatives and, for lists, their items', at any depth."""
    for member in _members(prop):
        yield member
        if isinstance(member, ListProperty):
            yield from _all_members(member.inner_property)


def _leaves(prop: PropertyProtocol) -> Iterator[PropertyProtocol]:
    for member in _members(prop):
        if isinstance(member, ListProperty):
            yield from _leaves(member.inner_property)
        else:
            yield member


def _model_names(prop: PropertyProtocol) -> Iterator[str]:
    for leaf in _leaves(prop):
        if isinstance(leaf, ModelProperty):
            yield str(leaf.class_info.name)


def _classes(member: PropertyProtocol) -> tuple[str, ...]:
    """The Python classes a value of ``member`` already is when it needs no conversion ('' when any)."""
    if isinstance(member, ModelProperty | EnumProperty | LiteralEnumProperty):
        return (str(member.class_info.name),)
    if isinstance(member, NoneProperty):
        return ("type(None)",)
    return _SCALAR_CLASSES.get(type(member), ())


def _quick_checks(prop: PropertyProtocol, name: str) -> list[str]:
    """Conditions under which a parameter needs no conversion, the cheapest (absent, then None) first."""
    checks = [] if prop.required else [f"{name} is UNSET"]
    members = [member for member in _members(prop) if not isinstance(member, ListProperty)]
    if any(isinstance(member, NoneProperty) for member in members):
        checks.append(f"{name} is None")
    checks.extend(
        f"{name}.__class__ is {cls}"
        for member in members
        if not isinstance(member, NoneProperty)
        for cls in _classes(member)
    )
    if any(isinstance(member, AnyProperty) for member in members):
        checks.append("True")
    return list(dict.fromkeys(checks))


def _item_classes(prop: PropertyProtocol) -> list[str]:
    lists = [member for member in _members(prop) if isinstance(member, ListProperty)]
    return list(dict.fromkeys(cls for lst in lists for item in _members(lst.inner_property) for cls in _classes(item)))


def _item_check(prop: PropertyProtocol, item: str) -> str:
    classes = _item_classes(prop)
    if not classes:  # items of a kind no class check can accept (``Any``): always converted
        return "False"
    return (
        f"{item}.__class__ is {classes[0]}" if len(classes) == 1 else f"{item}.__class__ in {_classes_constant(prop)}"
    )


def _classes_constant(prop: PropertyProtocol) -> str:
    return f"_{prop.python_name.upper()}_ITEM_CLASSES"


def _init_order(props: list[PropertyProtocol]) -> list[PropertyProtocol]:
    """attrs' order: the fields without a default first (the template declares them so)."""
    first = [prop for prop in props if prop.default is None and prop.required]
    return [*first, *(prop for prop in props if prop not in first)]


def param_decisions(
    openapi: Any, document: Mapping[str, Any], reads: Callable[[ModelProperty], bool]
) -> ParamDecisions:
    """The decisions for a parsed document (``GeneratorData``) and the same document as plain data; ``reads``
    tells the models read from replies."""
    endpoints = all_endpoints(openapi)
    roots = [body.prop for endpoint in endpoints for body in endpoint.bodies]
    schemas = document.get("components", {}).get("schemas", {})
    return ParamDecisions(openapi.models, roots, reads, schemas)
