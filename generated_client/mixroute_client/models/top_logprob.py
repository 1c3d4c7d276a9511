from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopLogprob")


@_attrs_define
class TopLogprob:
    """
    Attributes:
        token (str):
        logprob (float):
        bytes_ (list[int] | None | Unset):
    """

    token: str | None
    logprob: float | None
    bytes_: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        bytes_: list[int] | None | Unset
        if isinstance(self.bytes_, Unset):
            bytes_ = UNSET
        elif isinstance(self.bytes_, list):
            bytes_ = self.bytes_

        else:
            bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("TopLogprob", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _token = d.pop("token", UNSET)
        if _token.__class__ is str:
            token = _token
        else:
            kept = _wire.deviate(kept, "TopLogprob", "token", _token, unusable_when_mistyped=True, origin=src_dict)
            token = None

        _logprob = d.pop("logprob", UNSET)
        if _logprob.__class__ is float or _logprob.__class__ is int:
            logprob = _logprob
        else:
            kept = _wire.deviate(kept, "TopLogprob", "logprob", _logprob, unusable_when_mistyped=True, origin=src_dict)
            logprob = None

        _bytes_ = d.pop("bytes", UNSET)
        if _bytes_ is UNSET or _bytes_ is None or _bytes_.__class__ is list:
            bytes_ = _bytes_

        else:
            kept = _wire.deviate(kept, "TopLogprob", "bytes", _bytes_, unusable_when_mistyped=False, origin=src_dict)
            bytes_ = None

        top_logprob = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
        )
        top_logprob.additional_properties = d
        if kept is not None:
            top_logprob._wire_kept = kept
        return top_logprob

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
