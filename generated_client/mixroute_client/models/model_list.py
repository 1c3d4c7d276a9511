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
_JSON_NAMES = frozenset(("object", "data", "success"))


@_models.accept_old_keywords({"object_": "object"})
@_attrs_define(getstate_setstate=False)
class ModelList(_models.Model):
    """Every model the key may use, in one page (the gateway does not paginate).

    Attributes:
        object (Literal['list'] | None):
        data (list[Model]):
        success (bool | None): new-api's success flag, always true on a 200.
    """

    object: Literal["list"] | None
    data: list[Model]
    success: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("success",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def object_(self) -> Literal["list"] | None:
        """Deprecated (goes in the next minor version): ``object``, the JSON name."""
        return _models.old_name(self, "object_", "object")  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[Model]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object,
                "data": data,
            }
        )
        if self.success is not None:
            success = self.success
            field_dict["success"] = success
        elif self._wire_nulls & 1:
            field_dict["success"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ModelList", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 2
        try:
            _object = d["object"]
        except KeyError:
            _object = UNSET
            left += 1
        if _object == "list":
            object = _object
        else:
            kept = _wire.deviate(kept, "ModelList", "object", _object, unusable_when_mistyped=False, origin=src_dict)
            object = None

        try:
            _data = d["data"]
        except KeyError:
            _data = UNSET
            left += 1
        if _data.__class__ is list:
            try:
                data = []
                _data = _data
                for data_item_data in _data:
                    data_item = _read_Model(data_item_data)

                    data.append(data_item)

            except _wire.WireError as exc:
                raise exc.within("data", _data, src_dict) from None
        else:
            kept = _wire.deviate(kept, "ModelList", "data", _data, unusable_when_mistyped=False, origin=src_dict)
            data = []

        if left:
            _success = d.get("success", UNSET)
            if _success.__class__ is bool:
                success = _success
                left -= 1
            elif _success is UNSET:
                success = None
            elif _success is None:
                success = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ModelList", "success", _success, unusable_when_mistyped=False, origin=src_dict
                )
                success = None

        else:
            success = None

        model_list = new_model(cls)
        model_list.object = object
        model_list.data = data
        model_list.success = success
        model_list.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        model_list._wire_kept = kept
        model_list._wire_nulls = nulls
        return model_list

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
from ..models.model import Model

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_Model = Model.from_dict
