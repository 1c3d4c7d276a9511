from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET

T = TypeVar("T", bound="CompletionChunk")


@_attrs_define
class CompletionChunk:
    """
    Attributes:
        id (str):
        choices (list[ChunkChoice]):
    """

    id: str | None
    choices: list[ChunkChoice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "choices": choices,
            }
        )
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("CompletionChunk", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _id = d.pop("id", UNSET)
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "CompletionChunk", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        _choices = d.pop("choices", UNSET)
        if _choices.__class__ is list:
            try:
                choices = []
                _choices = _choices
                for choices_item_data in _choices:
                    choices_item = ChunkChoice.from_dict(choices_item_data)

                    choices.append(choices_item)

            except _wire.WireError as exc:
                raise exc.within("choices", _choices, src_dict) from None
        else:
            kept = _wire.deviate(
                kept, "CompletionChunk", "choices", _choices, unusable_when_mistyped=False, origin=src_dict
            )
            choices = []

        completion_chunk = cls(
            id=id,
            choices=choices,
        )
        completion_chunk.additional_properties = d
        if kept is not None:
            completion_chunk._wire_kept = kept
        return completion_chunk

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
from ..models.chunk_choice import ChunkChoice
