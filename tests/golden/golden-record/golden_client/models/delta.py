from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="Delta")


@_attrs_define
class Delta:
    """
    Attributes:
        role (Literal['assistant'] | Unset):
        content (None | str | Unset):
    """

    role: Literal["assistant"] | None | Unset = UNSET
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("Delta", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _role = d.pop("role", UNSET)
        if _role is UNSET or _role == "assistant":
            role = _role
        else:
            kept = _wire.deviate(kept, "Delta", "role", _role, unusable_when_mistyped=False, origin=src_dict)
            role = None

        _content = d.pop("content", UNSET)
        if _content is UNSET or _content is None or _content.__class__ is str:
            content = _content

        else:
            kept = _wire.deviate(kept, "Delta", "content", _content, unusable_when_mistyped=False, origin=src_dict)
            content = None

        delta = cls(
            role=role,
            content=content,
        )
        delta.additional_properties = d
        if kept is not None:
            delta._wire_kept = kept
        return delta

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
