from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioReply")


@_attrs_define
class AudioReply:
    """
    Attributes:
        id (str):
        data (str): The base64-encoded audio.
        expires_at (int | Unset):
        transcript (str | Unset):
    """

    id: str | None
    data: str | None
    expires_at: int | None | Unset = UNSET
    transcript: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data

        expires_at = self.expires_at

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "data": data,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("AudioReply", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _id = d.pop("id", UNSET)
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "AudioReply", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        _data = d.pop("data", UNSET)
        if _data.__class__ is str:
            data = _data
        else:
            kept = _wire.deviate(kept, "AudioReply", "data", _data, unusable_when_mistyped=True, origin=src_dict)
            data = None

        _expires_at = d.pop("expires_at", UNSET)
        if _expires_at is UNSET or _expires_at.__class__ is int:
            expires_at = _expires_at
        else:
            kept = _wire.deviate(
                kept, "AudioReply", "expires_at", _expires_at, unusable_when_mistyped=False, origin=src_dict
            )
            expires_at = None

        _transcript = d.pop("transcript", UNSET)
        if _transcript is UNSET or _transcript.__class__ is str:
            transcript = _transcript
        else:
            kept = _wire.deviate(
                kept, "AudioReply", "transcript", _transcript, unusable_when_mistyped=False, origin=src_dict
            )
            transcript = None

        audio_reply = cls(
            id=id,
            data=data,
            expires_at=expires_at,
            transcript=transcript,
        )
        audio_reply.additional_properties = d
        if kept is not None:
            audio_reply._wire_kept = kept
        return audio_reply

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
