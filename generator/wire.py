"""Decisions about how the generated models read the wire, handed to the templates as ``wire``.

The rule is "strict in what we send, tolerant in what we read, honest in the types". A model that can arrive
in a response (``reads``) checks every property it parses against its JSON type:

- a value that fits is parsed as usual;
- a value that does not fit is kept as it came (``to_dict()`` writes it back) and the attribute reads a
  stand-in that fits its annotation: ``None`` for a scalar, ``[]`` for a required list, an empty model for a
  required object; annotations include ``None`` wherever that can happen;
- a required scalar that is present but of another JSON type (an ``id`` that is an object) is unusable: the
  generated code raises ``WireError``, which the runtime reports as ``APIResponseValidationError``.

Reading never meets ``Unset``: an optional property that did not arrive reads ``None``, like one that arrived as
``null``; which of the two it was is kept in one bit per property (``null_flag``), so ``to_dict()`` writes back
exactly what arrived. Request models keep ``UNSET`` for "not sent": there ``None`` is a value a caller may send.

Consts and enums are informational (``role``, ``object``, ``type``): another value is tolerated like a
missing one. Models that only travel in requests keep the stock, strict parsing and their exact annotations.

Each function returns Python source (``PythonCode``) or a plain decision, and is unit-tested in
``tests/generator/test_wire.py``; the templates only print what these return.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from attrs import evolve
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
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
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.strings import ClassName, PythonCode

__all__ = ["WireDecisions", "all_endpoints", "model_properties", "reachable_models", "wire_decisions"]

# What a JSON value must be, by the class the generator parsed the schema into. ``int`` is accepted where
# the spec says ``number`` (JSON has one number type); ``bool`` is never accepted as a number. Formatted strings
# (date, date-time, uuid) are checked as strings only: a string the format parser rejects fails the parse with
# the response kept (``APIResponseValidationError``), as it would without tolerant reading.
_JSON_CHECKS: dict[type, str] = {
    StringProperty: "{v}.__class__ is str",
    DateProperty: "{v}.__class__ is str",
    DateTimeProperty: "{v}.__class__ is str",
    UuidProperty: "{v}.__class__ is str",
    IntProperty: "{v}.__class__ is int",
    FloatProperty: "({v}.__class__ is float or {v}.__class__ is int)",
    BooleanProperty: "{v}.__class__ is bool",
    ModelProperty: "{v}.__class__ is dict",
    ListProperty: "{v}.__class__ is list",
    NoneProperty: "{v} is None",
}
_INFORMATIONAL = (ConstProperty, EnumProperty, LiteralEnumProperty)
# The names ``from_dict`` of a model read from a reply binds besides its properties' (model.py.jinja).
_FROM_DICT_LOCALS = frozenset({"cls", "src_dict", "d", "kept", "nulls", "left", "exc", "T"})


class WireDecisions:
    """Built once per render from the parsed document; the templates call it as ``wire``."""

    def __init__(
        self,
        models: Iterable[ModelProperty],
        response_roots: Iterable[PropertyProtocol],
        *,
        schema_names: Mapping[str, str] | None = None,
        path_prefix: str = "",
        default_base_url: str = "",
        vectors: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.path_prefix = path_prefix
        """The leading path segment every operation's path shares (``/v1``), which a base URL may repeat."""
        self.default_base_url = default_base_url
        """Where a client goes when given no base URL: the spec's first server, without ``path_prefix``."""
        self._models: dict[str, ModelProperty] = {str(model.class_info.name): model for model in models}
        self._schema_names = dict(schema_names or {})
        self._reads = set(reachable_models(response_roots, self._models))
        # The property objects the templates are handed are the models' own, so identity tells whose they are.
        self._read_properties = {
            id(prop) for name in self._reads if name in self._models for prop in model_properties(self._models[name])
        }
        # The properties read as floats whether they arrive as JSON numbers or as base64 (``vector_schema``).
        vector_names = set(vectors)
        self._vectors = {
            id(prop)
            for name in self._reads
            if name in self._models
            for prop in model_properties(self._models[name])
            if (self._schema_names.get(name), raw_name(prop.name)) in vector_names
        }

    def schema_name(self, class_name: object) -> str | None:
        """The component schema a generated class comes from, which strict mode validates against."""
        return self._schema_names.get(str(class_name))

    def schema_literal(self, type_string: object) -> PythonCode:
        """``schema_name`` as Python source: the name quoted, or ``None`` for a type that is no component schema
        (a success type ``list[Job]`` or ``Any``), which strict mode leaves unchecked."""
        return PythonCode(repr(self.schema_name(type_string)))

    def instance_name(self, model: ModelProperty) -> str:
        """The local variable ``from_dict`` builds the object in: the module's name, unless a property or one of
        ``from_dict``'s own locals has it (``Embedding.embedding``: the object would be stored in itself)."""
        props = model_properties(model)
        taken = _FROM_DICT_LOCALS | {str(p.python_name) for p in props} | {f"_{p.python_name}" for p in props}
        name = str(model.class_info.module_name)
        while name in taken:
            name += "_"
        return name

    def page_items(self, model: ModelProperty) -> PropertyProtocol | None:
        """The list a model iterates over when it is a page in OpenAI's sense (``object: list`` and the items in
        ``data``, as ``client.models.list()`` returns): iterating it goes over the items, as the SDK's pages do."""
        props = {raw_name(p.name): p for p in model_properties(model)}
        kind, data = props.get("object"), props.get("data")
        if not (isinstance(kind, ConstProperty) and kind.required and kind.value.raw_value == "list"):
            return None
        return data if isinstance(data, ListProperty) and data.required else None

    def decodes_vector(self, prop: PropertyProtocol) -> bool:
        """Whether ``prop`` is read as floats from JSON numbers or from base64 (``vector_schema``)."""
        return id(prop) in self._vectors

    def decodes_vectors(self, model: ModelProperty) -> bool:
        """Whether ``model`` reads a vector property (and so imports the runtime's ``_vectors``)."""
        return any(self.decodes_vector(prop) for prop in model_properties(model))

    def reads(self, model: ModelProperty) -> bool:
        """Whether ``model`` can arrive in a response, and so is read tolerantly."""
        return str(model.class_info.name) in self._reads

    def annotation(self, prop: PropertyProtocol) -> PythonCode:
        """The attribute's type: what the stock generator says, plus ``None`` where a stand-in can be ``None``.

        A property read from a reply never holds ``Unset``: absent, it reads ``None``. The property templates
        print the annotation for their local variables too, so that they agree with the attribute.
        """
        if id(prop) not in self._read_properties:
            return prop.get_type_string()
        declared = PythonCode("list[float]") if self.decodes_vector(prop) else self.as_read(prop).get_type_string()
        if not self._stand_in_is_none(prop) or _includes_none(prop):
            return declared
        return PythonCode(f"{declared.as_unembedded_code()} | None")

    def as_read(self, prop: PropertyProtocol) -> PropertyProtocol:
        """A property read from a reply ``as_present``: absence is handled around it (``None`` and
        ``null_flag``), so the stock code must not expect ``Unset``."""
        return self.as_present(prop) if id(prop) in self._read_properties else prop

    @staticmethod
    def as_present(prop: PropertyProtocol) -> PropertyProtocol:
        """``prop`` as the stock templates see a property that is there: what parses or writes a present value.

        The generated code tests for absence once, around it; the stock code for an optional property would
        test again (an ``isinstance(..., Unset)`` per property, on every ``to_dict`` of a request).
        """
        return prop if prop.required else evolve(prop, required=True)  # type: ignore[misc]  # attrs classes

    def widened(self, prop: PropertyProtocol) -> bool:
        """Whether ``annotation`` added ``None`` to what the stock generator would have declared."""
        return self.annotation(prop) != self.as_read(prop).get_type_string()

    def declaration(self, prop: PropertyProtocol) -> PythonCode:
        """The attrs field declaration (``name: type`` and its default) with the honest annotation."""
        line = f"{prop.python_name}: {self.annotation(prop).as_unembedded_code()}"
        if id(prop) in self._read_properties and not prop.required:
            return PythonCode(f"{line} = None")
        default = stock_default(prop)
        return PythonCode(f"{line} = {default}" if default else line)

    def null_flag(self, model: ModelProperty, prop: PropertyProtocol) -> int:
        """The bit that records an explicit ``null`` for optional ``prop`` of ``model`` (``None`` is also absent)."""
        return 1 << self.optional_names(model).index(prop.python_name)

    def optional_names(self, model: ModelProperty) -> tuple[str, ...]:
        """The optional attributes of a model read from a reply, in the order of their ``null_flag`` bits."""
        return tuple(str(prop.python_name) for prop in model.optional_properties or ())

    @staticmethod
    def nested_readers(model: ModelProperty) -> list[str]:
        """The models whose readers ``model``'s reader calls, directly (through lists and unions, not through other
        models): each gets a bound reader in the module, ``_read_<class name>`` (model_property.py.jinja)."""
        return sorted({str(held.class_info.name) for held in _held_models(_contents(model))})

    def json_names(self, model: ModelProperty) -> PythonCode:
        """The JSON names of a model's properties as a tuple literal: any other key is an additional property."""
        # repr() of a str is a Python literal whatever the spec's text: nothing in it can become code.
        return PythonCode(repr(tuple(raw_name(prop.name) for prop in model_properties(model))))

    def null_as_absent(self, model: ModelProperty) -> PythonCode:
        """The JSON names of a request model's optional properties whose schema allows no ``null``, as a tuple
        literal (empty: ``()``). ``from_dict`` reads a ``null`` there as "not given", as the OpenAI API reads
        ``"tools": null``, instead of failing on it with a bare ``TypeError``."""
        names = tuple(
            raw_name(prop.name)
            for prop in model.optional_properties or ()
            if not _includes_none(prop) and not isinstance(prop, AnyProperty)
        )
        return PythonCode(repr(names))

    def fits(self, prop: PropertyProtocol, variable: str) -> PythonCode:
        """A condition that is true when the JSON value in ``variable`` can be parsed as ``prop``.

        It runs for every property of every object read, so it is as cheap as it can be: ``None`` is tested
        first (an optional property's absence and ``null`` are tested before it, so its check leaves ``None``
        out), each check appears once, and an enum inside a union that also takes strings is only a string
        check (the union parser maps known values to members).
        """
        checks = list(dict.fromkeys(self._checks(prop, variable)))
        if not prop.required:  # tested first, so absence and null must not fit: the template handles them after
            if "True" in checks:
                return PythonCode(f"{variable} is not UNSET and {variable} is not None")
            return PythonCode(" or ".join(check for check in checks if not check.endswith(" is None")) or "False")
        if "True" in checks:
            return PythonCode("True")
        checks.sort(key=lambda check: not check.endswith(" is None"))
        return PythonCode(" or ".join(checks))

    def stand_in(self, prop: PropertyProtocol) -> PythonCode:
        """What the attribute reads when the value did not fit."""
        if prop.required and isinstance(prop, ListProperty):
            return PythonCode("[]")
        if prop.required and isinstance(prop, ModelProperty):
            return PythonCode(f"{prop.class_info.name}.from_dict({{}})")
        return PythonCode("None")

    def parses_models(self, prop: PropertyProtocol) -> bool:
        """Whether parsing ``prop`` calls a model's ``from_dict``, which may report an unusable value inside."""
        if isinstance(prop, UnionProperty):
            return any(self.parses_models(inner) for inner in prop.inner_properties)
        if isinstance(prop, ListProperty):
            return self.parses_models(prop.inner_property)
        return isinstance(prop, ModelProperty)

    def unusable_when_mistyped(self, prop: PropertyProtocol) -> bool:
        """Whether a present, non-null value of another JSON type fails the whole parse (see module doc)."""
        return prop.required and not isinstance(prop, _INFORMATIONAL) and self._stand_in_is_none(prop)

    def _stand_in_is_none(self, prop: PropertyProtocol) -> bool:
        return not (prop.required and isinstance(prop, ListProperty | ModelProperty))

    def _checks(self, prop: PropertyProtocol, variable: str) -> Iterator[str]:
        if isinstance(prop, UnionProperty):
            takes_strings = any(isinstance(inner, StringProperty) for inner in prop.inner_properties)
            for inner in prop.inner_properties:
                if takes_strings and isinstance(inner, EnumProperty | LiteralEnumProperty):
                    yield _JSON_CHECKS[StringProperty].format(v=variable)
                else:
                    yield from self._checks(inner, variable)
        elif isinstance(prop, ConstProperty):
            yield f"{variable} == {prop.value.python_code.as_unembedded_code()}"
        elif isinstance(prop, EnumProperty | LiteralEnumProperty):
            values = tuple(sorted(_enum_values(prop), key=str))
            listed = f"{variable} in {values!r}"
            # Enum values are all strings or all integers; ``True in (1, 2)`` holds, so integers check the class.
            yield (
                listed if all(type(value) is str for value in values) else f"({variable}.__class__ is int and {listed})"
            )
        elif isinstance(prop, AnyProperty):
            yield "True"
        else:
            yield _JSON_CHECKS[type(prop)].format(v=variable)


def vector_schema(schema: object) -> bool:
    """Whether a property's schema is a vector that comes as JSON numbers or as the base64 of its little-endian
    float32 bytes (OpenAI's embeddings with ``encoding_format: base64``): ``anyOf`` an array of numbers and a
    string with ``contentEncoding: base64``. The client reads it as floats either way, as the OpenAI SDK does."""
    if not isinstance(schema, Mapping):
        return False
    kinds = {_vector_branch(branch) for branch in schema.get("anyOf") or schema.get("oneOf") or ()}
    return kinds == {"numbers", "base64"}


def _vector_branch(branch: object) -> str | None:
    if not isinstance(branch, Mapping):
        return None
    items = branch.get("items")
    if branch.get("type") == "array" and isinstance(items, Mapping) and items.get("type") == "number":
        return "numbers"
    if branch.get("type") == "string" and branch.get("contentEncoding") == "base64":
        return "base64"
    return None


def vector_properties(schemas: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """``(schema, property)`` for every property of the component ``schemas`` that ``vector_schema`` holds for."""
    for schema_name, schema in schemas.items():
        properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        for property_name, property_schema in properties.items():
            if vector_schema(property_schema):
                yield schema_name, property_name


def model_properties(model: ModelProperty) -> list[PropertyProtocol]:
    """A model's properties, required ones first (the generated classes' order)."""
    return [*(model.required_properties or ()), *(model.optional_properties or ())]


def reachable_models(roots: Iterable[PropertyProtocol], models: Mapping[str, ModelProperty]) -> Iterator[str]:
    """The names of the models a value of any of ``roots`` can contain, at any depth."""
    seen: set[str] = set()
    pending = list(_held_models(roots))
    while pending:
        prop = pending.pop()
        if prop.class_info.name not in seen:
            seen.add(prop.class_info.name)
            yield prop.class_info.name
            pending.extend(_held_models(_contents(models.get(prop.class_info.name, prop))))


def _contents(model: ModelProperty) -> list[PropertyProtocol]:
    """What a model's values hold: its properties and, when they are typed, its additional properties."""
    if isinstance(model.additional_properties, bool | None):
        return model_properties(model)
    return [*model_properties(model), model.additional_properties]


def _held_models(props: Iterable[PropertyProtocol]) -> Iterator[ModelProperty]:
    """The models a value of any of ``props`` is, through lists and unions (not what those models hold)."""
    pending = list(props)
    while pending:
        prop = pending.pop()
        if isinstance(prop, UnionProperty):
            pending.extend(prop.inner_properties)
        elif isinstance(prop, ListProperty):
            pending.append(prop.inner_property)
        elif isinstance(prop, ModelProperty):
            yield prop


def raw_name(name: object) -> str:
    """The text of a name as the spec wrote it (the parser wraps names from the document)."""
    unwrap = getattr(name, "get_untrusted_value", None)
    return str(unwrap() if unwrap is not None else name)


def stock_default(prop: PropertyProtocol) -> str:
    """The default the stock generator writes for ``prop`` (``UNSET``, a literal), or ``""`` for none."""
    return prop.to_string().as_unembedded_code().partition(" = ")[2]


def _enum_values(prop: EnumProperty | LiteralEnumProperty) -> Iterable[object]:
    values = prop.values
    return values.values() if isinstance(values, dict) else values


def _includes_none(prop: PropertyProtocol) -> bool:
    return isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in prop.inner_properties)


def wire_decisions(openapi: Any, document: Mapping[str, Any], chunks: Iterable[ModelProperty]) -> WireDecisions:
    """The decisions for a parsed document (``GeneratorData``), the same document as plain data, and the chunk
    models its event streams carry (which the stock parser does not reach: ``OperationDecisions.chunks``)."""
    endpoints = all_endpoints(openapi)
    schemas = document.get("components", {}).get("schemas", {})
    schema_names = {str(ClassName(name, "")): name for name in schemas}
    prefix = shared_path_prefix(document.get("paths", {}))
    base_url = default_base_url(document.get("servers", []), prefix)
    roots = [*_response_roots(endpoints), *chunks]
    return WireDecisions(
        openapi.models,
        roots,
        schema_names=schema_names,
        path_prefix=prefix,
        default_base_url=base_url,
        vectors=vector_properties(schemas),
    )


def all_endpoints(openapi: Any) -> list[Any]:
    """Every operation of a parsed document (``GeneratorData``), across its tags."""
    return [op for collection in openapi.endpoint_collections_by_tag.values() for op in collection.endpoints]


def default_base_url(servers: Sequence[Mapping[str, Any]], path_prefix: str) -> str:
    """The first server's URL without a trailing ``/`` or ``path_prefix``; "" when the spec names no server."""
    if not servers:
        return ""
    url = str(servers[0]["url"]).rstrip("/")
    return url.removesuffix(path_prefix) if path_prefix else url


def shared_path_prefix(paths: Iterable[str]) -> str:
    """The first path segment all of ``paths`` start with (``/v1``), or "" when they do not share one."""
    firsts = {path.strip("/").split("/", 1)[0] for path in paths}
    if len(firsts) != 1:
        return ""
    (first,) = firsts
    return f"/{first}" if first else ""


def _response_roots(endpoints: Iterable[Any]) -> Iterator[PropertyProtocol]:
    """The properties of every documented response body, success or error: where reading starts."""
    for endpoint in endpoints:
        for response in endpoint.responses.patterns:
            yield response.prop
        if endpoint.responses.default is not None:
            yield endpoint.responses.default.prop
