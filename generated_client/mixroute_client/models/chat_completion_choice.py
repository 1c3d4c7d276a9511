# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..models.known_finish_reason import KnownFinishReason
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("index", "message", "finish_reason", "logprobs"))


@_attrs_define(getstate_setstate=False)
class ChatCompletionChoice(_models.Model):
    """
    Attributes:
        index (int | None):
        message (ChatCompletionMessage):
        finish_reason (KnownFinishReason | None | str): Why the model stopped; null while it has not.
        logprobs (ChoiceLogprobs | None):
    """

    index: int | None
    message: ChatCompletionMessage
    finish_reason: KnownFinishReason | None | str
    logprobs: ChoiceLogprobs | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("logprobs",)

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        index = self.index

        message = self.message.to_dict()

        finish_reason: None | str
        if isinstance(self.finish_reason, KnownFinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
            }
        )
        if self.logprobs is not None:
            logprobs: dict[str, Any] | None
            if isinstance(self.logprobs, ChoiceLogprobs):
                logprobs = self.logprobs.to_dict()
            else:
                logprobs = self.logprobs

            field_dict["logprobs"] = logprobs
        elif self._wire_nulls & 1:
            field_dict["logprobs"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ChatCompletionChoice", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d) - 3
        try:
            _index = d["index"]
        except KeyError:
            _index = UNSET
            left += 1
        if _index.__class__ is int:
            index = _index
        else:
            kept = _wire.deviate(
                kept, "ChatCompletionChoice", "index", _index, unusable_when_mistyped=True, origin=src_dict
            )
            index = None

        try:
            _message = d["message"]
        except KeyError:
            _message = UNSET
            left += 1
        if _message.__class__ is dict:
            try:
                message = _read_ChatCompletionMessage(_message)

            except _wire.WireError as exc:
                raise exc.within("message", _message, src_dict) from None
        else:
            kept = _wire.deviate(
                kept, "ChatCompletionChoice", "message", _message, unusable_when_mistyped=False, origin=src_dict
            )
            message = ChatCompletionMessage.from_dict({})

        try:
            _finish_reason = d["finish_reason"]
        except KeyError:
            _finish_reason = UNSET
            left += 1
        if _finish_reason is None or _finish_reason.__class__ is str:
            _finish_reason = _finish_reason
            finish_reason: KnownFinishReason | None | str
            if _finish_reason is None:
                finish_reason = None
            elif isinstance(_finish_reason, str):
                try:
                    componentsschemas_finish_reason_type_0 = KnownFinishReason(_finish_reason)

                    finish_reason = componentsschemas_finish_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    finish_reason = cast("KnownFinishReason | None | str", _finish_reason)
            else:
                finish_reason = _finish_reason

        else:
            kept = _wire.deviate(
                kept,
                "ChatCompletionChoice",
                "finish_reason",
                _finish_reason,
                unusable_when_mistyped=True,
                origin=src_dict,
            )
            finish_reason = None

        if left:
            _logprobs = d.get("logprobs", UNSET)
            if _logprobs.__class__ is dict:
                try:
                    _logprobs = _logprobs
                    logprobs: ChoiceLogprobs | None
                    if _logprobs is None:
                        logprobs = None
                    elif isinstance(_logprobs, dict):
                        try:
                            logprobs_type_0 = _read_ChoiceLogprobs(_logprobs)

                            logprobs = logprobs_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            logprobs = cast("ChoiceLogprobs | None", _logprobs)
                    else:
                        logprobs = _logprobs

                except _wire.WireError:
                    logprobs = None
                    kept = _wire.deviate(
                        kept,
                        "ChatCompletionChoice",
                        "logprobs",
                        _logprobs,
                        unusable_when_mistyped=False,
                        origin=src_dict,
                    )
                left -= 1
            elif _logprobs is UNSET:
                logprobs = None
            elif _logprobs is None:
                logprobs = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChatCompletionChoice", "logprobs", _logprobs, unusable_when_mistyped=False, origin=src_dict
                )
                logprobs = None

        else:
            logprobs = None

        chat_completion_choice = new_model(cls)
        chat_completion_choice.index = index
        chat_completion_choice.message = message
        chat_completion_choice.finish_reason = finish_reason
        chat_completion_choice.logprobs = logprobs
        chat_completion_choice.additional_properties = (
            {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        )
        chat_completion_choice._wire_kept = kept
        chat_completion_choice._wire_nulls = nulls
        return chat_completion_choice

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
from ..models.chat_completion_message import ChatCompletionMessage
from ..models.choice_logprobs import ChoiceLogprobs

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_ChatCompletionMessage = ChatCompletionMessage.from_dict
_read_ChoiceLogprobs = ChoiceLogprobs.from_dict
