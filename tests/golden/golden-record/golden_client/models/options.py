# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="Options")


@_attrs_define(init=False)
class Options:
    """
    Attributes:
        temperature (float | None | Unset):
        format_ (ResponseFormat | Unset):
        stop (list[str] | Unset):
    """

    temperature: float | None | Unset = UNSET
    format_: ResponseFormat | Unset = UNSET
    stop: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        temperature: float | None | Unset = UNSET,
        format_: ResponseFormat | Literal["text", "json"] | Unset = UNSET,
        stop: list[str] | Unset = UNSET,
    ) -> None:
        if not (format_ is UNSET or format_.__class__ is ResponseFormat):
            format_ = _params.convert(format_, Options, "format_")
        self.temperature = temperature
        self.format_ = format_  # type: ignore[assignment]
        self.stop = stop
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.temperature, Unset):
            temperature: float | None
            temperature = self.temperature

            field_dict["temperature"] = temperature
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value
            field_dict["format"] = format_
        if not isinstance(self.stop, Unset):
            stop = self.stop

            field_dict["stop"] = stop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        for key in ("format", "stop"):
            if key in d and d[key] is None:
                del d[key]
        temperature = d.pop("temperature", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        stop = cast("list[str]", d.pop("stop", UNSET))

        options = cls(
            temperature=temperature,
            format_=format_,
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
