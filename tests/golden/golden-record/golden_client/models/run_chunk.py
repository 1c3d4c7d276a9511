from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunChunk")


@_attrs_define
class RunChunk:
    """
    Attributes:
        run_id (str):
        progress (float):
        message (None | str | Unset):
    """

    run_id: str | None
    progress: float | None
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        progress = self.progress

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "progress": progress,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("RunChunk", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _run_id = d.pop("run_id", UNSET)
        if _run_id.__class__ is str:
            run_id = _run_id
        else:
            kept = _wire.deviate(kept, "RunChunk", "run_id", _run_id, unusable_when_mistyped=True, origin=src_dict)
            run_id = None

        _progress = d.pop("progress", UNSET)
        if _progress.__class__ is float or _progress.__class__ is int:
            progress = _progress
        else:
            kept = _wire.deviate(kept, "RunChunk", "progress", _progress, unusable_when_mistyped=True, origin=src_dict)
            progress = None

        _message = d.pop("message", UNSET)
        if _message is UNSET or _message is None or _message.__class__ is str:
            message = _message

        else:
            kept = _wire.deviate(kept, "RunChunk", "message", _message, unusable_when_mistyped=False, origin=src_dict)
            message = None

        run_chunk = cls(
            run_id=run_id,
            progress=progress,
            message=message,
        )
        run_chunk.additional_properties = d
        if kept is not None:
            run_chunk._wire_kept = kept
        return run_chunk

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
