# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("object", "data", "model", "usage"))


@_models.accept_old_keywords({"object_": "object"})
@_attrs_define(getstate_setstate=False)
class CreateEmbeddingResponse(_models.Model):
    """
    Attributes:
        object (Literal['list'] | None):
        data (list[Embedding]):
        model (str | None):
        usage (EmbeddingUsage):
    """

    object: Literal["list"] | None
    data: list[Embedding]
    model: str | None
    usage: EmbeddingUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def object_(self) -> Literal["list"] | None:
        """Deprecated (goes in the next minor version): ``object``, the JSON name."""
        return _models.old_name(self, "object_", "object")  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[Embedding]:
        """The page's items (``data``), as the OpenAI SDK's pages iterate."""
        return iter(self.data)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        object = self.object

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        model = self.model

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object,
                "data": data,
                "model": model,
                "usage": usage,
            }
        )
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("CreateEmbeddingResponse", src_dict)
        kept: dict[str, Any] | None = None
        try:
            _object = d["object"]
        except KeyError:
            _object = UNSET
        if _object == "list":
            object = _object
        else:
            kept = _wire.deviate(
                kept, "CreateEmbeddingResponse", "object", _object, unusable_when_mistyped=False, origin=src_dict
            )
            object = None

        try:
            _data = d["data"]
        except KeyError:
            _data = UNSET
        if _data.__class__ is list:
            try:
                data = []
                _data = _data
                for data_item_data in _data:
                    data_item = _read_Embedding(data_item_data)

                    data.append(data_item)

            except _wire.WireError as exc:
                raise exc.within("data", _data, src_dict) from None
        else:
            kept = _wire.deviate(
                kept, "CreateEmbeddingResponse", "data", _data, unusable_when_mistyped=False, origin=src_dict
            )
            data = []

        try:
            _model = d["model"]
        except KeyError:
            _model = UNSET
        if _model.__class__ is str:
            model = _model
        else:
            kept = _wire.deviate(
                kept, "CreateEmbeddingResponse", "model", _model, unusable_when_mistyped=True, origin=src_dict
            )
            model = None

        try:
            _usage = d["usage"]
        except KeyError:
            _usage = UNSET
        if _usage.__class__ is dict:
            try:
                usage = _read_EmbeddingUsage(_usage)

            except _wire.WireError as exc:
                raise exc.within("usage", _usage, src_dict) from None
        else:
            kept = _wire.deviate(
                kept, "CreateEmbeddingResponse", "usage", _usage, unusable_when_mistyped=False, origin=src_dict
            )
            usage = EmbeddingUsage.from_dict({})

        create_embedding_response = new_model(cls)
        create_embedding_response.object = object
        create_embedding_response.data = data
        create_embedding_response.model = model
        create_embedding_response.usage = usage
        create_embedding_response.additional_properties = (
            {} if kept is None and len(d) == 4 else _wire.additional(d, _JSON_NAMES)
        )
        create_embedding_response._wire_kept = kept
        create_embedding_response._wire_nulls = 0
        return create_embedding_response

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
from ..models.embedding import Embedding
from ..models.embedding_usage import EmbeddingUsage

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_Embedding = Embedding.from_dict
_read_EmbeddingUsage = EmbeddingUsage.from_dict
