# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _vectors, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("object", "index", "embedding"))


@_models.accept_old_keywords({"object_": "object"})
@_attrs_define(getstate_setstate=False)
class Embedding(_models.Model):
    """
    Attributes:
        object (Literal['embedding'] | None):
        index (int | None): The position of the input this vector is for.
        embedding (list[float] | None): The vector, as JSON numbers or (`encoding_format: base64`) as base64 of little-
            endian float32.
    """

    object: Literal["embedding"] | None
    index: int | None
    embedding: list[float] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def object_(self) -> Literal["embedding"] | None:
        """Deprecated (goes in the next minor version): ``object``, the JSON name."""
        return _models.old_name(self, "object_", "object")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        object = self.object

        index = self.index

        embedding: list[float] | str | None
        if self.embedding is None:
            embedding = None
        else:
            if isinstance(self.embedding, list):
                embedding = self.embedding

            else:
                embedding = self.embedding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object,
                "index": index,
                "embedding": embedding,
            }
        )
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("Embedding", src_dict)
        kept: dict[str, Any] | None = None
        try:
            _object = d["object"]
        except KeyError:
            _object = UNSET
        if _object == "embedding":
            object = _object
        else:
            kept = _wire.deviate(kept, "Embedding", "object", _object, unusable_when_mistyped=False, origin=src_dict)
            object = None

        try:
            _index = d["index"]
        except KeyError:
            _index = UNSET
        if _index.__class__ is int:
            index = _index
        else:
            kept = _wire.deviate(kept, "Embedding", "index", _index, unusable_when_mistyped=True, origin=src_dict)
            index = None

        try:
            _embedding = d["embedding"]
        except KeyError:
            _embedding = UNSET
        if _embedding.__class__ is list or _embedding.__class__ is str:
            embedding = _vectors.floats(_embedding, "Embedding", "embedding", src_dict)
        else:
            kept = _wire.deviate(
                kept, "Embedding", "embedding", _embedding, unusable_when_mistyped=True, origin=src_dict
            )
            embedding = None

        embedding_ = new_model(cls)
        embedding_.object = object
        embedding_.index = index
        embedding_.embedding = embedding
        embedding_.additional_properties = {} if kept is None and len(d) == 3 else _wire.additional(d, _JSON_NAMES)
        embedding_._wire_kept = kept
        embedding_._wire_nulls = 0
        return embedding_

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
