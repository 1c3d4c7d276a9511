# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..models.finish_reason import FinishReason
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("index", "delta", "finish_reason"))


@_attrs_define(getstate_setstate=False)
class ChunkChoice(_models.Model):
    """
    Attributes:
        index (int | None):
        delta (Delta):
        finish_reason (FinishReason | None):
    """

    index: int | None
    delta: Delta
    finish_reason: FinishReason | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("finish_reason",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        index = self.index

        delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
            }
        )
        if self.finish_reason is not None:
            finish_reason: None | str
            if isinstance(self.finish_reason, FinishReason):
                finish_reason = self.finish_reason.value
            else:
                finish_reason = self.finish_reason

            field_dict["finish_reason"] = finish_reason
        elif self._wire_nulls & 1:
            field_dict["finish_reason"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ChunkChoice", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 2
        try:
            _index = d["index"]
        except KeyError:
            _index = UNSET
            left += 1
        if _index.__class__ is int:
            index = _index
        else:
            kept = _wire.deviate(kept, "ChunkChoice", "index", _index, unusable_when_mistyped=True, origin=src_dict)
            index = None

        try:
            _delta = d["delta"]
        except KeyError:
            _delta = UNSET
            left += 1
        if _delta.__class__ is dict:
            try:
                delta = _read_Delta(_delta)

            except _wire.WireError as exc:
                raise exc.within("delta", _delta, src_dict) from None
        else:
            kept = _wire.deviate(kept, "ChunkChoice", "delta", _delta, unusable_when_mistyped=False, origin=src_dict)
            delta = Delta.from_dict({})

        if left:
            _finish_reason = d.get("finish_reason", UNSET)
            if _finish_reason in ("length", "stop"):
                _finish_reason = _finish_reason
                finish_reason: FinishReason | None
                if _finish_reason is None:
                    finish_reason = None
                elif isinstance(_finish_reason, str):
                    try:
                        finish_reason_type_0 = FinishReason(_finish_reason)

                        finish_reason = finish_reason_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        finish_reason = cast("FinishReason | None", _finish_reason)
                else:
                    finish_reason = _finish_reason

                left -= 1
            elif _finish_reason is UNSET:
                finish_reason = None
            elif _finish_reason is None:
                finish_reason = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChunkChoice", "finish_reason", _finish_reason, unusable_when_mistyped=False, origin=src_dict
                )
                finish_reason = None

        else:
            finish_reason = None

        chunk_choice = new_model(cls)
        chunk_choice.index = index
        chunk_choice.delta = delta
        chunk_choice.finish_reason = finish_reason
        chunk_choice.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        chunk_choice._wire_kept = kept
        chunk_choice._wire_nulls = nulls
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

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_Delta = Delta.from_dict
