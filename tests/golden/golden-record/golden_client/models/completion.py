# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
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
_JSON_NAMES = frozenset(("id", "object", "choices", "usage"))


@_models.accept_old_keywords({"object_": "object"})
@_attrs_define(getstate_setstate=False)
class Completion(_models.Model):
    """
    Attributes:
        id (str | None):
        object (Literal['chat.completion'] | None):
        choices (list[Choice]):
        usage (None | Usage):
    """

    id: str | None
    object: Literal["chat.completion"] | None
    choices: list[Choice]
    usage: None | Usage = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("usage",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def object_(self) -> Literal["chat.completion"] | None:
        """Deprecated (goes in the next minor version): ``object``, the JSON name."""
        return _models.old_name(self, "object_", "object")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        id = self.id

        object = self.object

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object,
                "choices": choices,
            }
        )
        if self.usage is not None:
            usage: dict[str, Any] | None
            if isinstance(self.usage, Usage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage

            field_dict["usage"] = usage
        elif self._wire_nulls & 1:
            field_dict["usage"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("Completion", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 3
        try:
            _id = d["id"]
        except KeyError:
            _id = UNSET
            left += 1
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "Completion", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        try:
            _object = d["object"]
        except KeyError:
            _object = UNSET
            left += 1
        if _object == "chat.completion":
            object = _object
        else:
            kept = _wire.deviate(kept, "Completion", "object", _object, unusable_when_mistyped=False, origin=src_dict)
            object = None

        try:
            _choices = d["choices"]
        except KeyError:
            _choices = UNSET
            left += 1
        if _choices.__class__ is list:
            try:
                choices = []
                _choices = _choices
                for choices_item_data in _choices:
                    choices_item = _read_Choice(choices_item_data)

                    choices.append(choices_item)

            except _wire.WireError as exc:
                raise exc.within("choices", _choices, src_dict) from None
        else:
            kept = _wire.deviate(kept, "Completion", "choices", _choices, unusable_when_mistyped=False, origin=src_dict)
            choices = []

        if left:
            _usage = d.get("usage", UNSET)
            if _usage.__class__ is dict:
                try:
                    _usage = _usage
                    usage: None | Usage
                    if _usage is None:
                        usage = None
                    elif isinstance(_usage, dict):
                        try:
                            usage_type_0 = _read_Usage(_usage)

                            usage = usage_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            usage = cast("None | Usage", _usage)
                    else:
                        usage = _usage

                except _wire.WireError:
                    usage = None
                    kept = _wire.deviate(
                        kept, "Completion", "usage", _usage, unusable_when_mistyped=False, origin=src_dict
                    )
                left -= 1
            elif _usage is UNSET:
                usage = None
            elif _usage is None:
                usage = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(kept, "Completion", "usage", _usage, unusable_when_mistyped=False, origin=src_dict)
                usage = None

        else:
            usage = None

        completion = new_model(cls)
        completion.id = id
        completion.object = object
        completion.choices = choices
        completion.usage = usage
        completion.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        completion._wire_kept = kept
        completion._wire_nulls = nulls
        return completion

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
from ..models.choice import Choice
from ..models.usage import Usage

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_Choice = Choice.from_dict
_read_Usage = Usage.from_dict
