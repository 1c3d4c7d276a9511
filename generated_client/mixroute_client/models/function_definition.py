# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..types import UNSET, SupportsModelDump, Unset

if TYPE_CHECKING:
    from ..params import JsonSchemaObjectParam


@_attrs_define(getstate_setstate=False, init=False)
class FunctionDefinition(_models.Model):
    """
    Attributes:
        name (str): The function's name (OpenAI allows `a-zA-Z0-9_-`, up to 64; other upstreams more).
        description (str | Unset):
        parameters (JsonSchemaObject | Unset): A JSON Schema object, kept as it is.
        strict (bool | None | Unset):
    """

    name: str
    description: str | Unset = UNSET
    parameters: JsonSchemaObject | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        description: str | Unset = UNSET,
        parameters: JsonSchemaObject | JsonSchemaObjectParam | SupportsModelDump | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
    ) -> None:
        if not (parameters is UNSET or parameters.__class__ is JsonSchemaObject):
            parameters = _params.convert(parameters, FunctionDefinition, "parameters")
        self.name = name
        self.description = description
        self.parameters = parameters  # type: ignore[assignment]
        self.strict = strict
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if not isinstance(self.description, Unset):
            description = self.description
            field_dict["description"] = description
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()
            field_dict["parameters"] = parameters
        if not isinstance(self.strict, Unset):
            strict: bool | None
            strict = self.strict

            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("description", "parameters"):
            if key in d and d[key] is None:
                del d[key]
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: JsonSchemaObject | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = _read_JsonSchemaObject(_parameters)

        strict = d.pop("strict", UNSET)

        function_definition = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        function_definition.additional_properties = d
        return function_definition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not at the top: models may refer to each other, and by the time another model
# module imports this one back, the class above already exists.
from ..models.json_schema_object import JsonSchemaObject

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_JsonSchemaObject = JsonSchemaObject.from_dict
