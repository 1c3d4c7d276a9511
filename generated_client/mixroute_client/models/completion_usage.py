from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionUsage")


@_attrs_define
class CompletionUsage:
    """
    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
        prompt_tokens_details (None | PromptTokensDetails | Unset):
        completion_tokens_details (CompletionTokensDetails | None | Unset):
        prompt_cache_hit_tokens (int | Unset): DeepSeek's count of prompt tokens served from its cache.
        prompt_cache_miss_tokens (int | Unset): DeepSeek's count of prompt tokens not served from its cache.
    """

    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    prompt_tokens_details: None | PromptTokensDetails | Unset = UNSET
    completion_tokens_details: CompletionTokensDetails | None | Unset = UNSET
    prompt_cache_hit_tokens: int | None | Unset = UNSET
    prompt_cache_miss_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(self.prompt_tokens_details, PromptTokensDetails):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(self.completion_tokens_details, CompletionTokensDetails):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

        prompt_cache_hit_tokens = self.prompt_cache_hit_tokens

        prompt_cache_miss_tokens = self.prompt_cache_miss_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if prompt_cache_hit_tokens is not UNSET:
            field_dict["prompt_cache_hit_tokens"] = prompt_cache_hit_tokens
        if prompt_cache_miss_tokens is not UNSET:
            field_dict["prompt_cache_miss_tokens"] = prompt_cache_miss_tokens
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("CompletionUsage", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _prompt_tokens = d.pop("prompt_tokens", UNSET)
        if _prompt_tokens.__class__ is int:
            prompt_tokens = _prompt_tokens
        else:
            kept = _wire.deviate(
                kept, "CompletionUsage", "prompt_tokens", _prompt_tokens, unusable_when_mistyped=True, origin=src_dict
            )
            prompt_tokens = None

        _completion_tokens = d.pop("completion_tokens", UNSET)
        if _completion_tokens.__class__ is int:
            completion_tokens = _completion_tokens
        else:
            kept = _wire.deviate(
                kept,
                "CompletionUsage",
                "completion_tokens",
                _completion_tokens,
                unusable_when_mistyped=True,
                origin=src_dict,
            )
            completion_tokens = None

        _total_tokens = d.pop("total_tokens", UNSET)
        if _total_tokens.__class__ is int:
            total_tokens = _total_tokens
        else:
            kept = _wire.deviate(
                kept, "CompletionUsage", "total_tokens", _total_tokens, unusable_when_mistyped=True, origin=src_dict
            )
            total_tokens = None

        _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        if (
            _prompt_tokens_details is UNSET
            or _prompt_tokens_details is None
            or _prompt_tokens_details.__class__ is dict
        ):
            try:
                _prompt_tokens_details = _prompt_tokens_details
                prompt_tokens_details: None | PromptTokensDetails | Unset
                if _prompt_tokens_details is None:
                    prompt_tokens_details = None
                elif isinstance(_prompt_tokens_details, Unset):
                    prompt_tokens_details = UNSET
                elif isinstance(_prompt_tokens_details, dict):
                    try:
                        prompt_tokens_details_type_0 = PromptTokensDetails.from_dict(_prompt_tokens_details)

                        prompt_tokens_details = prompt_tokens_details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        prompt_tokens_details = cast("None | PromptTokensDetails | Unset", _prompt_tokens_details)
                else:
                    prompt_tokens_details = _prompt_tokens_details

            except _wire.WireError:
                prompt_tokens_details = None
                kept = _wire.deviate(
                    kept,
                    "CompletionUsage",
                    "prompt_tokens_details",
                    _prompt_tokens_details,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
        else:
            kept = _wire.deviate(
                kept,
                "CompletionUsage",
                "prompt_tokens_details",
                _prompt_tokens_details,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            prompt_tokens_details = None

        _completion_tokens_details = d.pop("completion_tokens_details", UNSET)
        if (
            _completion_tokens_details is UNSET
            or _completion_tokens_details is None
            or _completion_tokens_details.__class__ is dict
        ):
            try:
                _completion_tokens_details = _completion_tokens_details
                completion_tokens_details: CompletionTokensDetails | None | Unset
                if _completion_tokens_details is None:
                    completion_tokens_details = None
                elif isinstance(_completion_tokens_details, Unset):
                    completion_tokens_details = UNSET
                elif isinstance(_completion_tokens_details, dict):
                    try:
                        completion_tokens_details_type_0 = CompletionTokensDetails.from_dict(_completion_tokens_details)

                        completion_tokens_details = completion_tokens_details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        completion_tokens_details = cast(
                            "CompletionTokensDetails | None | Unset", _completion_tokens_details
                        )
                else:
                    completion_tokens_details = _completion_tokens_details

            except _wire.WireError:
                completion_tokens_details = None
                kept = _wire.deviate(
                    kept,
                    "CompletionUsage",
                    "completion_tokens_details",
                    _completion_tokens_details,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
        else:
            kept = _wire.deviate(
                kept,
                "CompletionUsage",
                "completion_tokens_details",
                _completion_tokens_details,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            completion_tokens_details = None

        _prompt_cache_hit_tokens = d.pop("prompt_cache_hit_tokens", UNSET)
        if _prompt_cache_hit_tokens is UNSET or _prompt_cache_hit_tokens.__class__ is int:
            prompt_cache_hit_tokens = _prompt_cache_hit_tokens
        else:
            kept = _wire.deviate(
                kept,
                "CompletionUsage",
                "prompt_cache_hit_tokens",
                _prompt_cache_hit_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            prompt_cache_hit_tokens = None

        _prompt_cache_miss_tokens = d.pop("prompt_cache_miss_tokens", UNSET)
        if _prompt_cache_miss_tokens is UNSET or _prompt_cache_miss_tokens.__class__ is int:
            prompt_cache_miss_tokens = _prompt_cache_miss_tokens
        else:
            kept = _wire.deviate(
                kept,
                "CompletionUsage",
                "prompt_cache_miss_tokens",
                _prompt_cache_miss_tokens,
                unusable_when_mistyped=False,
                origin=src_dict,
            )
            prompt_cache_miss_tokens = None

        completion_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
            prompt_cache_hit_tokens=prompt_cache_hit_tokens,
            prompt_cache_miss_tokens=prompt_cache_miss_tokens,
        )
        completion_usage.additional_properties = d
        if kept is not None:
            completion_usage._wire_kept = kept
        return completion_usage

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
from ..models.completion_tokens_details import CompletionTokensDetails
from ..models.prompt_tokens_details import PromptTokensDetails
