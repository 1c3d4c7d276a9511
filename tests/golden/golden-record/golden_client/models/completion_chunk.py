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
_JSON_NAMES = frozenset(("id", "choices"))


@_attrs_define(getstate_setstate=False)
class CompletionChunk(_models.Model):
    """
    Attributes:
        id (str | None):
        choices (list[ChunkChoice]):
    """

    id: str | None
    choices: list[ChunkChoice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("CompletionChunk", src_dict)
        kept: dict[str, Any] | None = None
        try:
            _id = d["id"]
        except KeyError:
            _id = UNSET
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "CompletionChunk", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        try:
            _choices = d["choices"]
        except KeyError:
            _choices = UNSET
        if _choices.__class__ is list:
            try:
                choices = []
                _choices = _choices
                for choices_item_data in _choices:
                    choices_item = _read_ChunkChoice(choices_item_data)

                    choices.append(choices_item)

            except _wire.WireError as exc:
                raise exc.within("choices", _choices, src_dict) from None
        else:
            kept = _wire.deviate(
                kept, "CompletionChunk", "choices", _choices, unusable_when_mistyped=False, origin=src_dict
            )
            choices = []

        completion_chunk = new_model(cls)
        completion_chunk.id = id
        completion_chunk.choices = choices
        completion_chunk.additional_properties = (
            {} if kept is None and len(d) == 2 else _wire.additional(d, _JSON_NAMES)
        )
        completion_chunk._wire_kept = kept
        completion_chunk._wire_nulls = 0
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

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_ChunkChoice = ChunkChoice.from_dict
