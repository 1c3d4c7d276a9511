from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletion")


@_attrs_define
class ChatCompletion:
    """
    Attributes:
        id (str):
        object_ (Literal['chat.completion']):
        created (float): Unix time in seconds; an integer from OpenAI, a float from some upstreams (SambaNova).
        model (str):
        choices (list[ChatCompletionChoice]):
        usage (CompletionUsage | Unset):
        system_fingerprint (None | str | Unset):
        service_tier (None | str | Unset): The tier that served the request.
    """

    id: str | None
    object_: Literal["chat.completion"] | None
    created: float | None
    model: str | None
    choices: list[ChatCompletionChoice]
    usage: CompletionUsage | None | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | Unset | None
        if self.usage is None:
            usage = None
        else:
            usage = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise _wire.WireError("ChatCompletion", None, src_dict, src_dict)
        d = dict(src_dict)
        kept: dict[str, Any] | None = None
        _id = d.pop("id", UNSET)
        if _id.__class__ is str:
            id = _id
        else:
            kept = _wire.deviate(kept, "ChatCompletion", "id", _id, unusable_when_mistyped=True, origin=src_dict)
            id = None

        _object_ = d.pop("object", UNSET)
        if _object_ == "chat.completion":
            object_ = _object_
        else:
            kept = _wire.deviate(
                kept, "ChatCompletion", "object", _object_, unusable_when_mistyped=False, origin=src_dict
            )
            object_ = None

        _created = d.pop("created", UNSET)
        if _created.__class__ is float or _created.__class__ is int:
            created = _created
        else:
            kept = _wire.deviate(
                kept, "ChatCompletion", "created", _created, unusable_when_mistyped=True, origin=src_dict
            )
            created = None

        _model = d.pop("model", UNSET)
        if _model.__class__ is str:
            model = _model
        else:
            kept = _wire.deviate(kept, "ChatCompletion", "model", _model, unusable_when_mistyped=True, origin=src_dict)
            model = None

        _choices = d.pop("choices", UNSET)
        if _choices.__class__ is list:
            try:
                choices = []
                _choices = _choices
                for choices_item_data in _choices:
                    choices_item = ChatCompletionChoice.from_dict(choices_item_data)

                    choices.append(choices_item)

            except _wire.WireError as exc:
                raise exc.within("choices", _choices, src_dict) from None
        else:
            kept = _wire.deviate(
                kept, "ChatCompletion", "choices", _choices, unusable_when_mistyped=False, origin=src_dict
            )
            choices = []

        _usage = d.pop("usage", UNSET)
        if _usage is UNSET or _usage.__class__ is dict:
            try:
                _usage = _usage
                usage: CompletionUsage | None | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = CompletionUsage.from_dict(_usage)

            except _wire.WireError:
                usage = None
                kept = _wire.deviate(
                    kept, "ChatCompletion", "usage", _usage, unusable_when_mistyped=False, origin=src_dict
                )
        else:
            kept = _wire.deviate(kept, "ChatCompletion", "usage", _usage, unusable_when_mistyped=False, origin=src_dict)
            usage = None

        _system_fingerprint = d.pop("system_fingerprint", UNSET)
        if _system_fingerprint is UNSET or _system_fingerprint is None or _system_fingerprint.__class__ is str:
            system_fingerprint = _system_fingerprint

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

        _service_tier = d.pop("service_tier", UNSET)
        if _service_tier is UNSET or _service_tier is None or _service_tier.__class__ is str:
            service_tier = _service_tier

        else:
            kept = _wire.deviate(
                kept, "ChatCompletion", "service_tier", _service_tier, unusable_when_mistyped=False, origin=src_dict
            )
            service_tier = None

        chat_completion = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
        )
        chat_completion.additional_properties = d
        if kept is not None:
            chat_completion._wire_kept = kept
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
