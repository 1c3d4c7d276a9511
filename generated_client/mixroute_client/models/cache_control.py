# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models
from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheControl")


@_attrs_define
class CacheControl:
    """Claude's prompt caching mark on a content part: `{"type": "ephemeral"}` caches the prompt up to it (new-api
    `CacheControl` on a content part).

        Attributes:
            type_ (str): `ephemeral`.
            ttl (str | Unset): How long the cache lives (`5m`, `1h`).
    """

    type_: str
    ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        for key in ("ttl",):
            if key in d and d[key] is None:
                del d[key]
        type_ = d.pop("type")

        ttl = d.pop("ttl", UNSET)

        cache_control = cls(
            type_=type_,
            ttl=ttl,
        )

        cache_control.additional_properties = d
        return cache_control

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
