# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("name", "arguments"))


@_attrs_define(getstate_setstate=False)
class FunctionCallDelta(_models.Model):
    """
    Attributes:
        name (str | None):
        arguments (str | None):
    """

    name: str | None = None
    arguments: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("name", "arguments")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            name = self.name
            field_dict["name"] = name
        elif self._wire_nulls & 1:
            field_dict["name"] = None
        if self.arguments is not None:
            arguments = self.arguments
            field_dict["arguments"] = arguments
        elif self._wire_nulls & 2:
            field_dict["arguments"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("FunctionCallDelta", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d)
        if left:
            _name = d.get("name", UNSET)
            if _name.__class__ is str:
                name = _name
                left -= 1
            elif _name is UNSET:
                name = None
            elif _name is None:
                name = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "FunctionCallDelta", "name", _name, unusable_when_mistyped=False, origin=src_dict
                )
                name = None

        else:
            name = None

        if left:
            _arguments = d.get("arguments", UNSET)
            if _arguments.__class__ is str:
                arguments = _arguments
                left -= 1
            elif _arguments is UNSET:
                arguments = None
            elif _arguments is None:
                arguments = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "FunctionCallDelta", "arguments", _arguments, unusable_when_mistyped=False, origin=src_dict
                )
                arguments = None

        else:
            arguments = None

        function_call_delta = new_model(cls)
        function_call_delta.name = name
        function_call_delta.arguments = arguments
        function_call_delta.additional_properties = (
            {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        )
        function_call_delta._wire_kept = kept
        function_call_delta._wire_nulls = nulls
        return function_call_delta

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
