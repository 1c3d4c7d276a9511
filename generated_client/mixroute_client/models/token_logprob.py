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
_JSON_NAMES = frozenset(("token", "logprob", "bytes", "top_logprobs"))


@_models.accept_old_keywords({"bytes_": "bytes"})
@_attrs_define(getstate_setstate=False)
class TokenLogprob(_models.Model):
    """
    Attributes:
        token (str | None):
        logprob (float | None):
        bytes (list[int] | None):
        top_logprobs (list[TopLogprob] | None):
    """

    token: str | None
    logprob: float | None
    bytes: list[int] | None = None
    top_logprobs: list[TopLogprob] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("bytes", "top_logprobs")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def bytes_(self) -> list[int] | None:
        """Deprecated (goes in the next minor version): ``bytes``, the JSON name."""
        return _models.old_name(self, "bytes_", "bytes")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        token = self.token

        logprob = self.logprob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
            }
        )
        if self.bytes is not None:
            bytes: list[int] | None
            if isinstance(self.bytes, list):
                bytes = self.bytes

            else:
                bytes = self.bytes

            field_dict["bytes"] = bytes
        elif self._wire_nulls & 1:
            field_dict["bytes"] = None
        if self.top_logprobs is not None:
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

            field_dict["top_logprobs"] = top_logprobs
        elif self._wire_nulls & 2:
            field_dict["top_logprobs"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("TokenLogprob", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 2
        try:
            _token = d["token"]
        except KeyError:
            _token = UNSET
            left += 1
        if _token.__class__ is str:
            token = _token
        else:
            kept = _wire.deviate(kept, "TokenLogprob", "token", _token, unusable_when_mistyped=True, origin=src_dict)
            token = None

        try:
            _logprob = d["logprob"]
        except KeyError:
            _logprob = UNSET
            left += 1
        if _logprob.__class__ is float or _logprob.__class__ is int:
            logprob = _logprob
        else:
            kept = _wire.deviate(
                kept, "TokenLogprob", "logprob", _logprob, unusable_when_mistyped=True, origin=src_dict
            )
            logprob = None

        if left:
            _bytes = d.get("bytes", UNSET)
            if _bytes.__class__ is list:
                bytes = _bytes

                left -= 1
            elif _bytes is UNSET:
                bytes = None
            elif _bytes is None:
                bytes = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "TokenLogprob", "bytes", _bytes, unusable_when_mistyped=False, origin=src_dict
                )
                bytes = None

        else:
            bytes = None

        if left:
            _top_logprobs = d.get("top_logprobs", UNSET)
            if _top_logprobs.__class__ is list:
                try:
                    top_logprobs = []
                    _top_logprobs = _top_logprobs
                    for top_logprobs_item_data in _top_logprobs:
                        top_logprobs_item = _read_TopLogprob(top_logprobs_item_data)

                        top_logprobs.append(top_logprobs_item)

                except _wire.WireError:
                    top_logprobs = None
                    kept = _wire.deviate(
                        kept,
                        "TokenLogprob",
                        "top_logprobs",
                        _top_logprobs,
                        unusable_when_mistyped=False,
                        origin=src_dict,
                    )
                left -= 1
            elif _top_logprobs is UNSET:
                top_logprobs = None
            elif _top_logprobs is None:
                top_logprobs = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "TokenLogprob", "top_logprobs", _top_logprobs, unusable_when_mistyped=False, origin=src_dict
                )
                top_logprobs = None

        else:
            top_logprobs = None

        token_logprob = new_model(cls)
        token_logprob.token = token
        token_logprob.logprob = logprob
        token_logprob.bytes = bytes
        token_logprob.top_logprobs = top_logprobs
        token_logprob.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        token_logprob._wire_kept = kept
        token_logprob._wire_nulls = nulls
        return token_logprob

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
from ..models.top_logprob import TopLogprob

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_TopLogprob = TopLogprob.from_dict
