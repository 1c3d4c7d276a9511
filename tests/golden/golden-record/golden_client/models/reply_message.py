from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyMessage")


@_attrs_define
class ReplyMessage:
    """
    Attributes:
        role (Literal['assistant']):
        content (None | str | Unset):
    """

    role: Literal["assistant"] | None
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
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("ReplyMessage", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _role = d.pop("role", UNSET)
        if _role == "assistant":
            role = _role
        else:
            kept = _wire.deviate(kept, "ReplyMessage", "role", _role, unusable_when_mistyped=False, origin=src_dict)
            role = None

        _content = d.pop("content", UNSET)
        if _content is UNSET or _content is None or _content.__class__ is str:
            content = _content

        else:
            kept = _wire.deviate(
                kept, "ReplyMessage", "content", _content, unusable_when_mistyped=False, origin=src_dict
            )
            content = None

        reply_message = cls(
            role=role,
            content=content,
        )
        reply_message.additional_properties = d
        if kept is not None:
            reply_message._wire_kept = kept
        return reply_message

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
