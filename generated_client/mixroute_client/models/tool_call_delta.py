from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallDelta")


@_attrs_define
class ToolCallDelta:
    """
    Attributes:
        index (int):
        id (str | Unset):
        type_ (Literal['function'] | Unset):
        function (FunctionCallDelta | Unset):
    """

    index: int | None
    id: str | None | Unset = UNSET
    type_: Literal["function"] | None | Unset = UNSET
    function: FunctionCallDelta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_ = self.type_

        function: dict[str, Any] | Unset | None
        if self.function is None:
            function = None
        else:
            function = UNSET
            if not isinstance(self.function, Unset):
                function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("ToolCallDelta", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _index = d.pop("index", UNSET)
        if _index.__class__ is int:
            index = _index
        else:
            kept = _wire.deviate(kept, "ToolCallDelta", "index", _index, unusable_when_mistyped=True, origin=src_dict)
            index = None

        _id = d.pop("id", UNSET)
        if _id is UNSET or _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "ToolCallDelta", "id", _id, unusable_when_mistyped=False, origin=src_dict)
            id = None

        _type_ = d.pop("type", UNSET)
        if _type_ is UNSET or _type_ == "function":
            type_ = _type_
        else:
            kept = _wire.deviate(kept, "ToolCallDelta", "type", _type_, unusable_when_mistyped=False, origin=src_dict)
            type_ = None

        _function = d.pop("function", UNSET)
        if _function is UNSET or _function.__class__ is dict:
            try:
                _function = _function
                function: FunctionCallDelta | None | Unset
                if isinstance(_function, Unset):
                    function = UNSET
                else:
                    function = FunctionCallDelta.from_dict(_function)

            except _wire.WireError:
                function = None
                kept = _wire.deviate(
                    kept, "ToolCallDelta", "function", _function, unusable_when_mistyped=False, origin=src_dict
                )
        else:
            kept = _wire.deviate(
                kept, "ToolCallDelta", "function", _function, unusable_when_mistyped=False, origin=src_dict
            )
            function = None

        tool_call_delta = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
        )
        tool_call_delta.additional_properties = d
        if kept is not None:
            tool_call_delta._wire_kept = kept
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
