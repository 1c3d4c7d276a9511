# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
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
_JSON_NAMES = frozenset(("role", "content"))


@_attrs_define(getstate_setstate=False)
class ReplyMessage(_models.Model):
    """
    Attributes:
        role (Literal['assistant'] | None):
        content (None | str):
    """

    role: Literal["assistant"] | None
    content: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("content",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if self.content is not None:
            content: None | str
            content = self.content

            field_dict["content"] = content
        elif self._wire_nulls & 1:
            field_dict["content"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ReplyMessage", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 1
        try:
            _role = d["role"]
        except KeyError:
            _role = UNSET
            left += 1
        if _role == "assistant":
            role = _role
        else:
            kept = _wire.deviate(kept, "ReplyMessage", "role", _role, unusable_when_mistyped=False, origin=src_dict)
            role = None

        if left:
            _content = d.get("content", UNSET)
            if _content.__class__ is str:
                content = _content

                left -= 1
            elif _content is UNSET:
                content = None
            elif _content is None:
                content = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ReplyMessage", "content", _content, unusable_when_mistyped=False, origin=src_dict
                )
                content = None

        else:
            content = None

        reply_message = new_model(cls)
        reply_message.role = role
        reply_message.content = content
        reply_message.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        reply_message._wire_kept = kept
        reply_message._wire_nulls = nulls
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
