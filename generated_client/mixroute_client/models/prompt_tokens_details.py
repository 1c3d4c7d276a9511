from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptTokensDetails")


@_attrs_define
class PromptTokensDetails:
    """
    Attributes:
        cached_tokens (int | Unset):
        audio_tokens (int | Unset):
    """

    cached_tokens: int | None | Unset = UNSET
    audio_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        cached_tokens = self.cached_tokens

        audio_tokens = self.audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("PromptTokensDetails", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _cached_tokens = d.pop("cached_tokens", UNSET)
        if _cached_tokens is UNSET or _cached_tokens.__class__ is int:
            cached_tokens = _cached_tokens
        else:
            kept = _wire.deviate(
                kept,
                "PromptTokensDetails",
                "cached_tokens",
                _cached_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            cached_tokens = None

        _audio_tokens = d.pop("audio_tokens", UNSET)
        if _audio_tokens is UNSET or _audio_tokens.__class__ is int:
            audio_tokens = _audio_tokens
        else:
            kept = _wire.deviate(
                kept,
                "PromptTokensDetails",
                "audio_tokens",
                _audio_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            audio_tokens = None

        prompt_tokens_details = cls(
            cached_tokens=cached_tokens,
            audio_tokens=audio_tokens,
        )
        prompt_tokens_details.additional_properties = d
        if kept is not None:
            prompt_tokens_details._wire_kept = kept
        return prompt_tokens_details

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
