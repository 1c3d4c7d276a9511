# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("id", "object", "created", "owned_by", "supported_endpoint_types"))


@_models.accept_old_keywords({"object_": "object"})
@_attrs_define(getstate_setstate=False)
class Model(_models.Model):
    """
    Attributes:
        id (str | None): The name to pass as `model`.
        object (Literal['model'] | None):
        created (int | None): Unix time in seconds; new-api sends one fixed date for every model.
        owned_by (str | None): The provider (`openai`, `zhipu`, ...), or `custom` for a model the gateway's admin added.
        supported_endpoint_types (list[str] | None): new-api's list of the APIs that serve the model: `openai` (chat),
            `embeddings`, `anthropic`, `gemini`, `jina-rerank`, `image-generation`, ...
    """

    id: str | None
    object: Literal["model"] | None
    created: int | None
    owned_by: str | None
    supported_endpoint_types: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("supported_endpoint_types",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def object_(self) -> Literal["model"] | None:
        """Deprecated (goes in the next minor version): ``object``, the JSON name."""
        return _models.old_name(self, "object_", "object")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        id = self.id

        object = self.object

        created = self.created

        owned_by = self.owned_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object,
                "created": created,
                "owned_by": owned_by,
            }
        )
        if self.supported_endpoint_types is not None:
            supported_endpoint_types = self.supported_endpoint_types

            field_dict["supported_endpoint_types"] = supported_endpoint_types
        elif self._wire_nulls & 1:
            field_dict["supported_endpoint_types"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("Model", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 4
        try:
            _id = d["id"]
        except KeyError:
            _id = UNSET
            left += 1
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "Model", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        try:
            _object = d["object"]
        except KeyError:
            _object = UNSET
            left += 1
        if _object == "model":
            object = _object
        else:
            kept = _wire.deviate(kept, "Model", "object", _object, unusable_when_mistyped=False, origin=src_dict)
            object = None

        try:
            _created = d["created"]
        except KeyError:
            _created = UNSET
            left += 1
        if _created.__class__ is int:
            created = _created
        else:
            kept = _wire.deviate(kept, "Model", "created", _created, unusable_when_mistyped=True, origin=src_dict)
            created = None

        try:
            _owned_by = d["owned_by"]
        except KeyError:
            _owned_by = UNSET
            left += 1
        if _owned_by.__class__ is str:
            owned_by = _owned_by
        else:
            kept = _wire.deviate(kept, "Model", "owned_by", _owned_by, unusable_when_mistyped=True, origin=src_dict)
            owned_by = None

        if left:
            _supported_endpoint_types = d.get("supported_endpoint_types", UNSET)
            if _supported_endpoint_types.__class__ is list:
                supported_endpoint_types = cast("list[str]", _supported_endpoint_types)

                left -= 1
            elif _supported_endpoint_types is UNSET:
                supported_endpoint_types = None
            elif _supported_endpoint_types is None:
                supported_endpoint_types = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept,
                    "Model",
                    "supported_endpoint_types",
                    _supported_endpoint_types,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
                supported_endpoint_types = None

        else:
            supported_endpoint_types = None

        model = new_model(cls)
        model.id = id
        model.object = object
        model.created = created
        model.owned_by = owned_by
        model.supported_endpoint_types = supported_endpoint_types
        model.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        model._wire_kept = kept
        model._wire_nulls = nulls
        return model

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
