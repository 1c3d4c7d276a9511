# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("id", "object", "created", "model", "choices", "usage", "system_fingerprint", "service_tier"))


@_models.accept_old_keywords({"object_": "object"})
@_attrs_define(getstate_setstate=False)
class ChatCompletion(_models.Model):
    """
    Attributes:
        id (str | None):
        object (Literal['chat.completion'] | None):
        created (float | None): Unix time in seconds; an integer from OpenAI, a float from some upstreams (SambaNova).
        model (str | None):
        choices (list[ChatCompletionChoice]):
        usage (CompletionUsage | None):
        system_fingerprint (None | str):
        service_tier (None | str): The tier that served the request.
    """

    id: str | None
    object: Literal["chat.completion"] | None
    created: float | None
    model: str | None
    choices: list[ChatCompletionChoice]
    usage: CompletionUsage | None = None
    system_fingerprint: None | str = None
    service_tier: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("usage", "system_fingerprint", "service_tier")

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

        created = self.created

        model = self.model

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
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if self.usage is not None:
            usage = self.usage.to_dict()
            field_dict["usage"] = usage
        elif self._wire_nulls & 1:
            field_dict["usage"] = None
        if self.system_fingerprint is not None:
            system_fingerprint: None | str
            system_fingerprint = self.system_fingerprint

            field_dict["system_fingerprint"] = system_fingerprint
        elif self._wire_nulls & 2:
            field_dict["system_fingerprint"] = None
        if self.service_tier is not None:
            service_tier: None | str
            service_tier = self.service_tier

            field_dict["service_tier"] = service_tier
        elif self._wire_nulls & 4:
            field_dict["service_tier"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ChatCompletion", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 5
        try:
            _id = d["id"]
        except KeyError:
            _id = UNSET
            left += 1
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "ChatCompletion", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        try:
            _object = d["object"]
        except KeyError:
            _object = UNSET
            left += 1
        if _object == "chat.completion":
            object = _object
        else:
            kept = _wire.deviate(
                kept, "ChatCompletion", "object", _object, unusable_when_mistyped=False, origin=src_dict
            )
            object = None

        try:
            _created = d["created"]
        except KeyError:
            _created = UNSET
            left += 1
        if _created.__class__ is float or _created.__class__ is int:
            created = _created
        else:
            kept = _wire.deviate(
                kept, "ChatCompletion", "created", _created, unusable_when_mistyped=True, origin=src_dict
            )
            created = None

        try:
            _model = d["model"]
        except KeyError:
            _model = UNSET
            left += 1
        if _model.__class__ is str:
            model = _model
        else:
            kept = _wire.deviate(kept, "ChatCompletion", "model", _model, unusable_when_mistyped=True, origin=src_dict)
            model = None

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
                    choices_item = _read_ChatCompletionChoice(choices_item_data)

                    choices.append(choices_item)

            except _wire.WireError as exc:
                raise exc.within("choices", _choices, src_dict) from None
        else:
            kept = _wire.deviate(
                kept, "ChatCompletion", "choices", _choices, unusable_when_mistyped=False, origin=src_dict
            )
            choices = []

        if left:
            _usage = d.get("usage", UNSET)
            if _usage.__class__ is dict:
                try:
                    usage = _read_CompletionUsage(_usage)

                except _wire.WireError:
                    usage = None
                    kept = _wire.deviate(
                        kept, "ChatCompletion", "usage", _usage, unusable_when_mistyped=False, origin=src_dict
                    )
                left -= 1
            elif _usage is UNSET:
                usage = None
            elif _usage is None:
                usage = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChatCompletion", "usage", _usage, unusable_when_mistyped=False, origin=src_dict
                )
                usage = None

        else:
            usage = None

        if left:
            _system_fingerprint = d.get("system_fingerprint", UNSET)
            if _system_fingerprint.__class__ is str:
                system_fingerprint = _system_fingerprint

                left -= 1
            elif _system_fingerprint is UNSET:
                system_fingerprint = None
            elif _system_fingerprint is None:
                system_fingerprint = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept,
                    "ChatCompletion",
                    "system_fingerprint",
                    _system_fingerprint,
                    unusable_when_mistyped=False,
                    origin=src_dict,
                )
                system_fingerprint = None

        else:
            system_fingerprint = None

        if left:
            _service_tier = d.get("service_tier", UNSET)
            if _service_tier.__class__ is str:
                service_tier = _service_tier

                left -= 1
            elif _service_tier is UNSET:
                service_tier = None
            elif _service_tier is None:
                service_tier = None
                nulls |= 4
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChatCompletion", "service_tier", _service_tier, unusable_when_mistyped=False, origin=src_dict
                )
                service_tier = None

        else:
            service_tier = None

        chat_completion = new_model(cls)
        chat_completion.id = id
        chat_completion.object = object
        chat_completion.created = created
        chat_completion.model = model
        chat_completion.choices = choices
        chat_completion.usage = usage
        chat_completion.system_fingerprint = system_fingerprint
        chat_completion.service_tier = service_tier
        chat_completion.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        chat_completion._wire_kept = kept
        chat_completion._wire_nulls = nulls
        return chat_completion

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
from ..models.chat_completion_choice import ChatCompletionChoice
from ..models.completion_usage import CompletionUsage

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_ChatCompletionChoice = ChatCompletionChoice.from_dict
_read_CompletionUsage = CompletionUsage.from_dict
