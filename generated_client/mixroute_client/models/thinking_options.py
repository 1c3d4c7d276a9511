# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models
from .._runtime._compat import Self, Unpack
from ..types import UNSET, Unset


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False)
class ThinkingOptions(_models.Model):
    """Extended thinking as Claude, Doubao and Zhipu GLM take it (new-api `Thinking`, PR #1231): `type` is `enabled` or
    `disabled` (Doubao also `auto`); `budget_tokens` caps the thinking at Claude. new-api also turns a model-name suffix
    (`-thinking`, `-thinking-<budget>`, `-nothinking`) into this.

        Attributes:
            type (str): `enabled`, `disabled` or (Doubao) `auto`.
            budget_tokens (int | Unset): The most tokens the model may think with (Claude requires it with `enabled`).
    """

    type: str
    budget_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> str:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if not isinstance(self.budget_tokens, Unset):
            budget_tokens = self.budget_tokens
            field_dict["budget_tokens"] = budget_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("budget_tokens",):
            if key in d and d[key] is None:
                del d[key]
        type = d.pop("type")

        budget_tokens = d.pop("budget_tokens", UNSET)

        thinking_options = cls(
            type=type,
            budget_tokens=budget_tokens,
        )

        thinking_options.additional_properties = d
        return thinking_options

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
