from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChunkChoice")


@_attrs_define
class ChunkChoice:
    """
    Attributes:
        index (int):
        delta (Delta):
        finish_reason (FinishReason | None | Unset):
    """

    index: int | None
    delta: Delta
    finish_reason: FinishReason | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, FinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("ChunkChoice", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _index = d.pop("index", UNSET)
        if _index.__class__ is int:
            index = _index
        else:
            kept = _wire.deviate(kept, "ChunkChoice", "index", _index, unusable_when_mistyped=True, origin=src_dict)
            index = None

        _delta = d.pop("delta", UNSET)
        if _delta.__class__ is dict:
            try:
                delta = Delta.from_dict(_delta)

            except _wire.WireError as exc:
                raise exc.within("delta", _delta, src_dict) from None
        else:
            kept = _wire.deviate(kept, "ChunkChoice", "delta", _delta, unusable_when_mistyped=False, origin=src_dict)
            delta = Delta.from_dict({})

        _finish_reason = d.pop("finish_reason", UNSET)
        if _finish_reason is UNSET or _finish_reason is None or _finish_reason in ("length", "stop"):
            _finish_reason = _finish_reason
            finish_reason: FinishReason | None | Unset
            if _finish_reason is None:
                finish_reason = None
            elif isinstance(_finish_reason, Unset):
                finish_reason = UNSET
            elif isinstance(_finish_reason, str):
                try:
                    finish_reason_type_0 = FinishReason(_finish_reason)

                    finish_reason = finish_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    finish_reason = cast("FinishReason | None | Unset", _finish_reason)
            else:
                finish_reason = _finish_reason

        else:
            kept = _wire.deviate(
                kept, "ChunkChoice", "finish_reason", _finish_reason, unusable_when_mistyped=False, origin=src_dict
            )
            finish_reason = None

        chunk_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
        )
        chunk_choice.additional_properties = d
        if kept is not None:
            chunk_choice._wire_kept = kept
        return chunk_choice

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
from ..models.delta import Delta
