# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
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
_JSON_NAMES = frozenset(("run_id", "progress", "message"))


@_attrs_define(getstate_setstate=False)
class RunChunk(_models.Model):
    """
    Attributes:
        run_id (str | None):
        progress (float | None):
        message (None | str):
    """

    run_id: str | None
    progress: float | None
    message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("message",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        run_id = self.run_id

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "progress": progress,
            }
        )
        if self.message is not None:
            message: None | str
            message = self.message

            field_dict["message"] = message
        elif self._wire_nulls & 1:
            field_dict["message"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("RunChunk", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 2
        try:
            _run_id = d["run_id"]
        except KeyError:
            _run_id = UNSET
            left += 1
        if _run_id.__class__ is str:
            run_id = _run_id
        else:
            kept = _wire.deviate(kept, "RunChunk", "run_id", _run_id, unusable_when_mistyped=True, origin=src_dict)
            run_id = None

        try:
            _progress = d["progress"]
        except KeyError:
            _progress = UNSET
            left += 1
        if _progress.__class__ is float or _progress.__class__ is int:
            progress = _progress
        else:
            kept = _wire.deviate(kept, "RunChunk", "progress", _progress, unusable_when_mistyped=True, origin=src_dict)
            progress = None

        if left:
            _message = d.get("message", UNSET)
            if _message.__class__ is str:
                message = _message

                left -= 1
            elif _message is UNSET:
                message = None
            elif _message is None:
                message = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "RunChunk", "message", _message, unusable_when_mistyped=False, origin=src_dict
                )
                message = None

        else:
            message = None

        run_chunk = new_model(cls)
        run_chunk.run_id = run_id
        run_chunk.progress = progress
        run_chunk.message = message
        run_chunk.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        run_chunk._wire_kept = kept
        run_chunk._wire_nulls = nulls
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
