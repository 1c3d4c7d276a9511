from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionTokensDetails")


@_attrs_define
class CompletionTokensDetails:
    """
    Attributes:
        reasoning_tokens (int | Unset):
        audio_tokens (int | Unset):
        accepted_prediction_tokens (int | Unset):
        rejected_prediction_tokens (int | Unset):
    """

    reasoning_tokens: int | None | Unset = UNSET
    audio_tokens: int | None | Unset = UNSET
    accepted_prediction_tokens: int | None | Unset = UNSET
    rejected_prediction_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        reasoning_tokens = self.reasoning_tokens

        audio_tokens = self.audio_tokens

        accepted_prediction_tokens = self.accepted_prediction_tokens

        rejected_prediction_tokens = self.rejected_prediction_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if accepted_prediction_tokens is not UNSET:
            field_dict["accepted_prediction_tokens"] = accepted_prediction_tokens
        if rejected_prediction_tokens is not UNSET:
            field_dict["rejected_prediction_tokens"] = rejected_prediction_tokens
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("CompletionTokensDetails", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _reasoning_tokens = d.pop("reasoning_tokens", UNSET)
        if _reasoning_tokens is UNSET or _reasoning_tokens.__class__ is int:
            reasoning_tokens = _reasoning_tokens
        else:
            kept = _wire.deviate(
                kept,
                "CompletionTokensDetails",
                "reasoning_tokens",
                _reasoning_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            reasoning_tokens = None

        _audio_tokens = d.pop("audio_tokens", UNSET)
        if _audio_tokens is UNSET or _audio_tokens.__class__ is int:
            audio_tokens = _audio_tokens
        else:
            kept = _wire.deviate(
                kept,
                "CompletionTokensDetails",
                "audio_tokens",
                _audio_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            audio_tokens = None

        _accepted_prediction_tokens = d.pop("accepted_prediction_tokens", UNSET)
        if _accepted_prediction_tokens is UNSET or _accepted_prediction_tokens.__class__ is int:
            accepted_prediction_tokens = _accepted_prediction_tokens
        else:
            kept = _wire.deviate(
                kept,
                "CompletionTokensDetails",
                "accepted_prediction_tokens",
                _accepted_prediction_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            accepted_prediction_tokens = None

        _rejected_prediction_tokens = d.pop("rejected_prediction_tokens", UNSET)
        if _rejected_prediction_tokens is UNSET or _rejected_prediction_tokens.__class__ is int:
            rejected_prediction_tokens = _rejected_prediction_tokens
        else:
            kept = _wire.deviate(
                kept,
                "CompletionTokensDetails",
                "rejected_prediction_tokens",
                _rejected_prediction_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            rejected_prediction_tokens = None

        completion_tokens_details = cls(
            reasoning_tokens=reasoning_tokens,
            audio_tokens=audio_tokens,
            accepted_prediction_tokens=accepted_prediction_tokens,
            rejected_prediction_tokens=rejected_prediction_tokens,
        )
        completion_tokens_details.additional_properties = d
        if kept is not None:
            completion_tokens_details._wire_kept = kept
        return completion_tokens_details

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
