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
_JSON_NAMES = frozenset(
    ("reasoning_tokens", "audio_tokens", "accepted_prediction_tokens", "rejected_prediction_tokens")
)


@_attrs_define(getstate_setstate=False)
class CompletionTokensDetails(_models.Model):
    """
    Attributes:
        reasoning_tokens (int | None):
        audio_tokens (int | None):
        accepted_prediction_tokens (int | None):
        rejected_prediction_tokens (int | None):
    """

    reasoning_tokens: int | None = None
    audio_tokens: int | None = None
    accepted_prediction_tokens: int | None = None
    rejected_prediction_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = (
        "reasoning_tokens",
        "audio_tokens",
        "accepted_prediction_tokens",
        "rejected_prediction_tokens",
    )

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.reasoning_tokens is not None:
            reasoning_tokens = self.reasoning_tokens
            field_dict["reasoning_tokens"] = reasoning_tokens
        elif self._wire_nulls & 1:
            field_dict["reasoning_tokens"] = None
        if self.audio_tokens is not None:
            audio_tokens = self.audio_tokens
            field_dict["audio_tokens"] = audio_tokens
        elif self._wire_nulls & 2:
            field_dict["audio_tokens"] = None
        if self.accepted_prediction_tokens is not None:
            accepted_prediction_tokens = self.accepted_prediction_tokens
            field_dict["accepted_prediction_tokens"] = accepted_prediction_tokens
        elif self._wire_nulls & 4:
            field_dict["accepted_prediction_tokens"] = None
        if self.rejected_prediction_tokens is not None:
            rejected_prediction_tokens = self.rejected_prediction_tokens
            field_dict["rejected_prediction_tokens"] = rejected_prediction_tokens
        elif self._wire_nulls & 8:
            field_dict["rejected_prediction_tokens"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("CompletionTokensDetails", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d)
        if left:
            _reasoning_tokens = d.get("reasoning_tokens", UNSET)
            if _reasoning_tokens.__class__ is int:
                reasoning_tokens = _reasoning_tokens
                left -= 1
            elif _reasoning_tokens is UNSET:
                reasoning_tokens = None
            elif _reasoning_tokens is None:
                reasoning_tokens = None
                nulls |= 1
                left -= 1
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

        else:
            reasoning_tokens = None

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
                    "CompletionTokensDetails",
                    "audio_tokens",
                    _audio_tokens,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
                audio_tokens = None

        else:
            audio_tokens = None

        if left:
            _accepted_prediction_tokens = d.get("accepted_prediction_tokens", UNSET)
            if _accepted_prediction_tokens.__class__ is int:
                accepted_prediction_tokens = _accepted_prediction_tokens
                left -= 1
            elif _accepted_prediction_tokens is UNSET:
                accepted_prediction_tokens = None
            elif _accepted_prediction_tokens is None:
                accepted_prediction_tokens = None
                nulls |= 4
                left -= 1
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

        else:
            accepted_prediction_tokens = None

        if left:
            _rejected_prediction_tokens = d.get("rejected_prediction_tokens", UNSET)
            if _rejected_prediction_tokens.__class__ is int:
                rejected_prediction_tokens = _rejected_prediction_tokens
                left -= 1
            elif _rejected_prediction_tokens is UNSET:
                rejected_prediction_tokens = None
            elif _rejected_prediction_tokens is None:
                rejected_prediction_tokens = None
                nulls |= 8
                left -= 1
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

        else:
            rejected_prediction_tokens = None

        completion_tokens_details = new_model(cls)
        completion_tokens_details.reasoning_tokens = reasoning_tokens
        completion_tokens_details.audio_tokens = audio_tokens
        completion_tokens_details.accepted_prediction_tokens = accepted_prediction_tokens
        completion_tokens_details.rejected_prediction_tokens = rejected_prediction_tokens
        completion_tokens_details.additional_properties = (
            {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        )
        completion_tokens_details._wire_kept = kept
        completion_tokens_details._wire_nulls = nulls
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
