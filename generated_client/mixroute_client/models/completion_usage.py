# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(
    (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "prompt_tokens_details",
        "completion_tokens_details",
        "prompt_cache_hit_tokens",
        "prompt_cache_miss_tokens",
    )
)


@_attrs_define(getstate_setstate=False)
class CompletionUsage(_models.Model):
    """
    Attributes:
        prompt_tokens (int | None):
        completion_tokens (int | None):
        total_tokens (int | None):
        prompt_tokens_details (None | PromptTokensDetails):
        completion_tokens_details (CompletionTokensDetails | None):
        prompt_cache_hit_tokens (int | None): DeepSeek's count of prompt tokens served from its cache.
        prompt_cache_miss_tokens (int | None): DeepSeek's count of prompt tokens not served from its cache.
    """

    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    prompt_tokens_details: None | PromptTokensDetails = None
    completion_tokens_details: CompletionTokensDetails | None = None
    prompt_cache_hit_tokens: int | None = None
    prompt_cache_miss_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = (
        "prompt_tokens_details",
        "completion_tokens_details",
        "prompt_cache_hit_tokens",
        "prompt_cache_miss_tokens",
    )

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if self.prompt_tokens_details is not None:
            prompt_tokens_details: dict[str, Any] | None
            if isinstance(self.prompt_tokens_details, PromptTokensDetails):
                prompt_tokens_details = self.prompt_tokens_details.to_dict()
            else:
                prompt_tokens_details = self.prompt_tokens_details

            field_dict["prompt_tokens_details"] = prompt_tokens_details
        elif self._wire_nulls & 1:
            field_dict["prompt_tokens_details"] = None
        if self.completion_tokens_details is not None:
            completion_tokens_details: dict[str, Any] | None
            if isinstance(self.completion_tokens_details, CompletionTokensDetails):
                completion_tokens_details = self.completion_tokens_details.to_dict()
            else:
                completion_tokens_details = self.completion_tokens_details

            field_dict["completion_tokens_details"] = completion_tokens_details
        elif self._wire_nulls & 2:
            field_dict["completion_tokens_details"] = None
        if self.prompt_cache_hit_tokens is not None:
            prompt_cache_hit_tokens = self.prompt_cache_hit_tokens
            field_dict["prompt_cache_hit_tokens"] = prompt_cache_hit_tokens
        elif self._wire_nulls & 4:
            field_dict["prompt_cache_hit_tokens"] = None
        if self.prompt_cache_miss_tokens is not None:
            prompt_cache_miss_tokens = self.prompt_cache_miss_tokens
            field_dict["prompt_cache_miss_tokens"] = prompt_cache_miss_tokens
        elif self._wire_nulls & 8:
            field_dict["prompt_cache_miss_tokens"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("CompletionUsage", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 3
        try:
            _prompt_tokens = d["prompt_tokens"]
        except KeyError:
            _prompt_tokens = UNSET
            left += 1
        if _prompt_tokens.__class__ is int:
            prompt_tokens = _prompt_tokens
        else:
            kept = _wire.deviate(
                kept, "CompletionUsage", "prompt_tokens", _prompt_tokens, unusable_when_mistyped=True, origin=src_dict
            )
            prompt_tokens = None

        try:
            _completion_tokens = d["completion_tokens"]
        except KeyError:
            _completion_tokens = UNSET
            left += 1
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

        try:
            _total_tokens = d["total_tokens"]
        except KeyError:
            _total_tokens = UNSET
            left += 1
        if _total_tokens.__class__ is int:
            total_tokens = _total_tokens
        else:
            kept = _wire.deviate(
                kept, "CompletionUsage", "total_tokens", _total_tokens, unusable_when_mistyped=True, origin=src_dict
            )
            total_tokens = None

        if left:
            _prompt_tokens_details = d.get("prompt_tokens_details", UNSET)
            if _prompt_tokens_details.__class__ is dict:
                try:
                    _prompt_tokens_details = _prompt_tokens_details
                    prompt_tokens_details: None | PromptTokensDetails
                    if _prompt_tokens_details is None:
                        prompt_tokens_details = None
                    elif isinstance(_prompt_tokens_details, dict):
                        try:
                            prompt_tokens_details_type_0 = _read_PromptTokensDetails(_prompt_tokens_details)

                            prompt_tokens_details = prompt_tokens_details_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            prompt_tokens_details = cast("None | PromptTokensDetails", _prompt_tokens_details)
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
                left -= 1
            elif _prompt_tokens_details is UNSET:
                prompt_tokens_details = None
            elif _prompt_tokens_details is None:
                prompt_tokens_details = None
                nulls |= 1
                left -= 1
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

        else:
            prompt_tokens_details = None

        if left:
            _completion_tokens_details = d.get("completion_tokens_details", UNSET)
            if _completion_tokens_details.__class__ is dict:
                try:
                    _completion_tokens_details = _completion_tokens_details
                    completion_tokens_details: CompletionTokensDetails | None
                    if _completion_tokens_details is None:
                        completion_tokens_details = None
                    elif isinstance(_completion_tokens_details, dict):
                        try:
                            completion_tokens_details_type_0 = _read_CompletionTokensDetails(_completion_tokens_details)

                            completion_tokens_details = completion_tokens_details_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            completion_tokens_details = cast(
                                "CompletionTokensDetails | None", _completion_tokens_details
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
                left -= 1
            elif _completion_tokens_details is UNSET:
                completion_tokens_details = None
            elif _completion_tokens_details is None:
                completion_tokens_details = None
                nulls |= 2
                left -= 1
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

        else:
            completion_tokens_details = None

        if left:
            _prompt_cache_hit_tokens = d.get("prompt_cache_hit_tokens", UNSET)
            if _prompt_cache_hit_tokens.__class__ is int:
                prompt_cache_hit_tokens = _prompt_cache_hit_tokens
                left -= 1
            elif _prompt_cache_hit_tokens is UNSET:
                prompt_cache_hit_tokens = None
            elif _prompt_cache_hit_tokens is None:
                prompt_cache_hit_tokens = None
                nulls |= 4
                left -= 1
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

        else:
            prompt_cache_hit_tokens = None

        if left:
            _prompt_cache_miss_tokens = d.get("prompt_cache_miss_tokens", UNSET)
            if _prompt_cache_miss_tokens.__class__ is int:
                prompt_cache_miss_tokens = _prompt_cache_miss_tokens
                left -= 1
            elif _prompt_cache_miss_tokens is UNSET:
                prompt_cache_miss_tokens = None
            elif _prompt_cache_miss_tokens is None:
                prompt_cache_miss_tokens = None
                nulls |= 8
                left -= 1
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

        else:
            prompt_cache_miss_tokens = None

        completion_usage = new_model(cls)
        completion_usage.prompt_tokens = prompt_tokens
        completion_usage.completion_tokens = completion_tokens
        completion_usage.total_tokens = total_tokens
        completion_usage.prompt_tokens_details = prompt_tokens_details
        completion_usage.completion_tokens_details = completion_tokens_details
        completion_usage.prompt_cache_hit_tokens = prompt_cache_hit_tokens
        completion_usage.prompt_cache_miss_tokens = prompt_cache_miss_tokens
        completion_usage.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        completion_usage._wire_kept = kept
        completion_usage._wire_nulls = nulls
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

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_CompletionTokensDetails = CompletionTokensDetails.from_dict
_read_PromptTokensDetails = PromptTokensDetails.from_dict
