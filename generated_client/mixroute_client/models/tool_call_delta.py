# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("index", "id", "type", "function"))


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False)
class ToolCallDelta(_models.Model):
    """
    Attributes:
        index (int | None):
        id (str | None):
        type (Literal['function'] | None):
        function (FunctionCallDelta | None):
    """

    index: int | None
    id: str | None = None
    type: Literal["function"] | None = None
    function: FunctionCallDelta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("id", "type", "function")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> Literal["function"] | None:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        elif self._wire_nulls & 1:
            field_dict["id"] = None
        if self.type is not None:
            type = self.type
            field_dict["type"] = type
        elif self._wire_nulls & 2:
            field_dict["type"] = None
        if self.function is not None:
            function = self.function.to_dict()
            field_dict["function"] = function
        elif self._wire_nulls & 4:
            field_dict["function"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ToolCallDelta", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 1
        try:
            _index = d["index"]
        except KeyError:
            _index = UNSET
            left += 1
        if _index.__class__ is int:
            index = _index
        else:
            kept = _wire.deviate(kept, "ToolCallDelta", "index", _index, unusable_when_mistyped=True, origin=src_dict)
            index = None

        if left:
            _id = d.get("id", UNSET)
            if _id.__class__ is str:
                id = _id
                left -= 1
            elif _id is UNSET:
                id = None
            elif _id is None:
                id = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(kept, "ToolCallDelta", "id", _id, unusable_when_mistyped=False, origin=src_dict)
                id = None

        else:
            id = None

        if left:
            _type = d.get("type", UNSET)
            if _type == "function":
                type = _type
                left -= 1
            elif _type is UNSET:
                type = None
            elif _type is None:
                type = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ToolCallDelta", "type", _type, unusable_when_mistyped=False, origin=src_dict
                )
                type = None

        else:
            type = None

        if left:
            _function = d.get("function", UNSET)
            if _function.__class__ is dict:
                try:
                    function = _read_FunctionCallDelta(_function)

                except _wire.WireError:
                    function = None
                    kept = _wire.deviate(
                        kept, "ToolCallDelta", "function", _function, unusable_when_mistyped=False, origin=src_dict
                    )
                left -= 1
            elif _function is UNSET:
                function = None
            elif _function is None:
                function = None
                nulls |= 4
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ToolCallDelta", "function", _function, unusable_when_mistyped=False, origin=src_dict
                )
                function = None

        else:
            function = None

        tool_call_delta = new_model(cls)
        tool_call_delta.index = index
        tool_call_delta.id = id
        tool_call_delta.type = type
        tool_call_delta.function = function
        tool_call_delta.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        tool_call_delta._wire_kept = kept
        tool_call_delta._wire_nulls = nulls
        return tool_call_delta

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
from ..models.function_call_delta import FunctionCallDelta

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_FunctionCallDelta = FunctionCallDelta.from_dict
