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
_JSON_NAMES = frozenset(("id", "data", "expires_at", "transcript"))


@_attrs_define(getstate_setstate=False)
class AudioReply(_models.Model):
    """
    Attributes:
        id (str | None):
        data (str | None): The base64-encoded audio.
        expires_at (int | None):
        transcript (str | None):
    """

    id: str | None
    data: str | None
    expires_at: int | None = None
    transcript: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("expires_at", "transcript")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        id = self.id

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "data": data,
            }
        )
        if self.expires_at is not None:
            expires_at = self.expires_at
            field_dict["expires_at"] = expires_at
        elif self._wire_nulls & 1:
            field_dict["expires_at"] = None
        if self.transcript is not None:
            transcript = self.transcript
            field_dict["transcript"] = transcript
        elif self._wire_nulls & 2:
            field_dict["transcript"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("AudioReply", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 2
        try:
            _id = d["id"]
        except KeyError:
            _id = UNSET
            left += 1
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "AudioReply", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        try:
            _data = d["data"]
        except KeyError:
            _data = UNSET
            left += 1
        if _data.__class__ is str:
            data = _data
        else:
            kept = _wire.deviate(kept, "AudioReply", "data", _data, unusable_when_mistyped=True, origin=src_dict)
            data = None

        if left:
            _expires_at = d.get("expires_at", UNSET)
            if _expires_at.__class__ is int:
                expires_at = _expires_at
                left -= 1
            elif _expires_at is UNSET:
                expires_at = None
            elif _expires_at is None:
                expires_at = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "AudioReply", "expires_at", _expires_at, unusable_when_mistyped=False, origin=src_dict
                )
                expires_at = None

        else:
            expires_at = None

        if left:
            _transcript = d.get("transcript", UNSET)
            if _transcript.__class__ is str:
                transcript = _transcript
                left -= 1
            elif _transcript is UNSET:
                transcript = None
            elif _transcript is None:
                transcript = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "AudioReply", "transcript", _transcript, unusable_when_mistyped=False, origin=src_dict
                )
                transcript = None

        else:
            transcript = None

        audio_reply = new_model(cls)
        audio_reply.id = id
        audio_reply.data = data
        audio_reply.expires_at = expires_at
        audio_reply.transcript = transcript
        audio_reply.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        audio_reply._wire_kept = kept
        audio_reply._wire_nulls = nulls
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
