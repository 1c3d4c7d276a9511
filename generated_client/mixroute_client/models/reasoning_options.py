# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models
from .._runtime._compat import Self, Unpack
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)
class ReasoningOptions(_models.Model):
    """Reasoning settings in OpenRouter's style, which new-api relays and maps to its upstreams (new-api `Reasoning`, PR
    #1112): an `effort`, or a token budget.

        Attributes:
            effort (str | Unset): `minimal`, `low`, `medium` or `high`.
            max_tokens (int | Unset): The most tokens the model may reason with.
    """

    effort: str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.effort, Unset):
            effort = self.effort
            field_dict["effort"] = effort
        if not isinstance(self.max_tokens, Unset):
            max_tokens = self.max_tokens
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("effort", "max_tokens"):
            if key in d and d[key] is None:
                del d[key]
        effort = d.pop("effort", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        reasoning_options = cls(
            effort=effort,
            max_tokens=max_tokens,
        )

        reasoning_options.additional_properties = d
        return reasoning_options

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
