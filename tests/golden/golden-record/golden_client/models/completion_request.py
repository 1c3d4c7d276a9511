# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..types import UNSET, SupportsModelDump, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..params import OptionsParam, SystemMessageParam, UserMessageParam


@_attrs_define(getstate_setstate=False, init=False)
class CompletionRequest(_models.Model):
    """
    Attributes:
        model (str):
        messages (list[SystemMessage | UserMessage]):
        options (Options | Unset):
        stream (bool | Unset):
    """

    model: str
    messages: list[SystemMessage | UserMessage]
    options: Options | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        model: str,
        messages: Sequence[SystemMessage | SystemMessageParam | UserMessage | UserMessageParam | SupportsModelDump],
        options: Options | OptionsParam | SupportsModelDump | Unset = UNSET,
        stream: bool | Unset = UNSET,
    ) -> None:
        if messages.__class__ is list:
            for _messages_item in messages:
                if not (_messages_item.__class__ in _MESSAGES_ITEM_CLASSES):
                    messages = _params.convert(messages, CompletionRequest, "messages")
                    break
        else:
            messages = _params.convert(messages, CompletionRequest, "messages")
        if not (options is UNSET or options.__class__ is Options):
            options = _params.convert(options, CompletionRequest, "options")
        self.model = model
        self.messages = messages  # type: ignore[assignment]
        self.options = options  # type: ignore[assignment]
        self.stream = stream
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()
            field_dict["options"] = options
        if not isinstance(self.stream, Unset):
            stream = self.stream
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("options", "stream"):
            if key in d and d[key] is None:
                del d[key]
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(data: object) -> SystemMessage | UserMessage:
                if isinstance(data, dict):
                    try:
                        componentsschemas_message_type_0 = _read_SystemMessage(data)

                        return componentsschemas_message_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_type_1 = _read_UserMessage(data)

                return componentsschemas_message_type_1

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        _options = d.pop("options", UNSET)
        options: Options | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = _read_Options(_options)

        stream = d.pop("stream", UNSET)

        completion_request = cls(
            model=model,
            messages=messages,
            options=options,
            stream=stream,
        )

        completion_request.additional_properties = d
        return completion_request

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
from ..models.options import Options
from ..models.system_message import SystemMessage
from ..models.user_message import UserMessage

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_Options = Options.from_dict
_read_SystemMessage = SystemMessage.from_dict
_read_UserMessage = UserMessage.from_dict

_MESSAGES_ITEM_CLASSES = frozenset(
    (
        SystemMessage,
        UserMessage,
    )
)
