# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset


@_models.accept_old_keywords({"format_": "format"})
@_attrs_define(getstate_setstate=False, init=False)
class Options(_models.Model):
    """
    Attributes:
        temperature (float | None | Unset):
        format (ResponseFormat | Unset):
        stop (list[str] | Unset):
    """

    temperature: float | None | Unset = UNSET
    format: ResponseFormat | Unset = UNSET
    stop: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        temperature: float | None | Unset = UNSET,
        format: ResponseFormat | Literal["text", "json"] | Unset = UNSET,
        stop: list[str] | Unset = UNSET,
    ) -> None:
        if not (format is UNSET or format.__class__ is ResponseFormat):
            format = _params.convert(format, Options, "format")
        self.temperature = temperature
        self.format = format  # type: ignore[assignment]
        self.stop = stop
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def format_(self) -> ResponseFormat | Unset:
        """Deprecated (goes in the next minor version): ``format``, the JSON name."""
        return _models.old_name(self, "format_", "format")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.temperature, Unset):
            temperature: float | None
            temperature = self.temperature

            field_dict["temperature"] = temperature
        if not isinstance(self.format, Unset):
            format = self.format.value
            field_dict["format"] = format
        if not isinstance(self.stop, Unset):
            stop = self.stop

            field_dict["stop"] = stop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("format", "stop"):
            if key in d and d[key] is None:
                del d[key]
        temperature = d.pop("temperature", UNSET)

        _format = d.pop("format", UNSET)
        format: ResponseFormat | Unset
        if isinstance(_format, Unset):
            format = UNSET
        else:
            format = ResponseFormat(_format)

        stop = cast("list[str]", d.pop("stop", UNSET))

        options = cls(
            temperature=temperature,
            format=format,
            stop=stop,
        )

        options.additional_properties = d
        return options

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
