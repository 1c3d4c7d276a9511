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
_JSON_NAMES = frozenset(("message", "type", "param", "code"))


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False)
class ErrorDetail(_models.Model):
    """
    Attributes:
        message (str | None):
        type (None | str):
        param (None | str):
        code (int | None | str): A string such as `invalid_api_key`, or a number, depending on the upstream.
    """

    message: str | None
    type: None | str = None
    param: None | str = None
    code: int | None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("type", "param", "code")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> None | str:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if self.type is not None:
            type: None | str
            type = self.type

            field_dict["type"] = type
        elif self._wire_nulls & 1:
            field_dict["type"] = None
        if self.param is not None:
            param: None | str
            param = self.param

            field_dict["param"] = param
        elif self._wire_nulls & 2:
            field_dict["param"] = None
        if self.code is not None:
            code: int | None | str
            code = self.code

            field_dict["code"] = code
        elif self._wire_nulls & 4:
            field_dict["code"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ErrorDetail", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 1
        try:
            _message = d["message"]
        except KeyError:
            _message = UNSET
            left += 1
        if _message.__class__ is str:
            message = _message
        else:
            kept = _wire.deviate(kept, "ErrorDetail", "message", _message, unusable_when_mistyped=True, origin=src_dict)
            message = None

        if left:
            _type = d.get("type", UNSET)
            if _type.__class__ is str:
                type = _type

                left -= 1
            elif _type is UNSET:
                type = None
            elif _type is None:
                type = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(kept, "ErrorDetail", "type", _type, unusable_when_mistyped=False, origin=src_dict)
                type = None

        else:
            type = None

        if left:
            _param = d.get("param", UNSET)
            if _param.__class__ is str:
                param = _param

                left -= 1
            elif _param is UNSET:
                param = None
            elif _param is None:
                param = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ErrorDetail", "param", _param, unusable_when_mistyped=False, origin=src_dict
                )
                param = None

        else:
            param = None

        if left:
            _code = d.get("code", UNSET)
            if _code.__class__ is str or _code.__class__ is int:
                code = _code

                left -= 1
            elif _code is UNSET:
                code = None
            elif _code is None:
                code = None
                nulls |= 4
                left -= 1
            else:
                kept = _wire.deviate(kept, "ErrorDetail", "code", _code, unusable_when_mistyped=False, origin=src_dict)
                code = None

        else:
            code = None

        error_detail = new_model(cls)
        error_detail.message = message
        error_detail.type = type
        error_detail.param = param
        error_detail.code = code
        error_detail.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        error_detail._wire_kept = kept
        error_detail._wire_nulls = nulls
        return error_detail

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
