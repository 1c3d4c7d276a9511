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
class JsonSchemaFormat(_models.Model):
    """
    Attributes:
        name (str):
        description (str | Unset):
        schema (JsonSchemaObject | Unset): A JSON Schema object, kept as it is.
        strict (bool | None | Unset):
    """

    name: str
    description: str | Unset = UNSET
    schema: JsonSchemaObject | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: str,
        description: str | Unset = UNSET,
        schema: JsonSchemaObject | JsonSchemaObjectParam | SupportsModelDump | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
    ) -> None:
        if not (schema is UNSET or schema.__class__ is JsonSchemaObject):
            schema = _params.convert(schema, JsonSchemaFormat, "schema")
        self.name = name
        self.description = description
        self.schema = schema  # type: ignore[assignment]
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
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()
            field_dict["schema"] = schema
        if not isinstance(self.strict, Unset):
            strict: bool | None
            strict = self.strict

            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("description", "schema"):
            if key in d and d[key] is None:
                del d[key]
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: JsonSchemaObject | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = _read_JsonSchemaObject(_schema)

        strict = d.pop("strict", UNSET)

        json_schema_format = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        json_schema_format.additional_properties = d
        return json_schema_format

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
