# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("cached_tokens", "audio_tokens"))


@_attrs_define(getstate_setstate=False)
class PromptTokensDetails(_models.Model):
    """
    Attributes:
        cached_tokens (int | None):
        audio_tokens (int | None):
    """

    cached_tokens: int | None = None
    audio_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("cached_tokens", "audio_tokens")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cached_tokens is not None:
            cached_tokens = self.cached_tokens
            field_dict["cached_tokens"] = cached_tokens
        elif self._wire_nulls & 1:
            field_dict["cached_tokens"] = None
        if self.audio_tokens is not None:
            audio_tokens = self.audio_tokens
            field_dict["audio_tokens"] = audio_tokens
        elif self._wire_nulls & 2:
            field_dict["audio_tokens"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("PromptTokensDetails", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d)
        if left:
            _cached_tokens = d.get("cached_tokens", UNSET)
            if _cached_tokens.__class__ is int:
                cached_tokens = _cached_tokens
                left -= 1
            elif _cached_tokens is UNSET:
                cached_tokens = None
            elif _cached_tokens is None:
                cached_tokens = None
                nulls |= 1
                left -= 1
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

        else:
            cached_tokens = None

        if left:
            _audio_tokens = d.get("audio_tokens", UNSET)
            if _audio_tokens.__class__ is int:
                audio_tokens = _audio_tokens
                left -= 1
            elif _audio_tokens is UNSET:
                audio_tokens = None
            elif _audio_tokens is None:
                audio_tokens = None
                nulls |= 2
                left -= 1
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

        else:
            audio_tokens = None

        prompt_tokens_details = new_model(cls)
        prompt_tokens_details.cached_tokens = cached_tokens
        prompt_tokens_details.audio_tokens = audio_tokens
        prompt_tokens_details.additional_properties = (
            {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        )
        prompt_tokens_details._wire_kept = kept
        prompt_tokens_details._wire_nulls = nulls
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
