# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _wire
from .._runtime._compat import Self, Unpack
from .._runtime._wire import new_model
from ..types import UNSET

# The keys this model reads; any other key of a payload is kept in additional_properties.
_JSON_NAMES = frozenset(("content", "refusal"))


@_attrs_define(getstate_setstate=False)
class ChoiceLogprobs(_models.Model):
    """
    Attributes:
        content (list[TokenLogprob] | None):
        refusal (list[TokenLogprob] | None):
    """

    content: list[TokenLogprob] | None = None
    refusal: list[TokenLogprob] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What arrived but did not fit (JSON name -> value), written back by to_dict(); see mixroute_client._wire.
    _wire_kept: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False)
    # Which optional attributes that read None arrived as an explicit null (bit i: _wire_optional[i]).
    _wire_nulls: int = _attrs_field(default=0, init=False, repr=False, eq=False)
    _wire_optional: ClassVar[tuple[str, ...]] = ("content", "refusal")

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content is not None:
            content: list[dict[str, Any]] | None
            if isinstance(self.content, list):
                content = []
                for content_type_0_item_data in self.content:
                    content_type_0_item = content_type_0_item_data.to_dict()
                    content.append(content_type_0_item)

            else:
                content = self.content

            field_dict["content"] = content
        elif self._wire_nulls & 1:
            field_dict["content"] = None
        if self.refusal is not None:
            refusal: list[dict[str, Any]] | None
            if isinstance(self.refusal, list):
                refusal = []
                for refusal_type_0_item_data in self.refusal:
                    refusal_type_0_item = refusal_type_0_item_data.to_dict()
                    refusal.append(refusal_type_0_item)

            else:
                refusal = self.refusal

            field_dict["refusal"] = refusal
        elif self._wire_nulls & 2:
            field_dict["refusal"] = None
        if self._wire_kept is not None:
            _wire.restore(field_dict, self._wire_kept)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if src_dict.__class__ is dict else _wire.as_dict("ChoiceLogprobs", src_dict)
        kept: dict[str, Any] | None = None
        nulls = 0
        left = len(d)
        if left:
            _content = d.get("content", UNSET)
            if _content.__class__ is list:
                try:
                    _content = _content
                    content: list[TokenLogprob] | None
                    if _content is None:
                        content = None
                    elif isinstance(_content, list):
                        try:
                            content_type_0 = []
                            _content_type_0 = _content
                            for content_type_0_item_data in _content_type_0:
                                content_type_0_item = _read_TokenLogprob(content_type_0_item_data)

                                content_type_0.append(content_type_0_item)

                            content = content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            content = cast("list[TokenLogprob] | None", _content)
                    else:
                        content = _content

                except _wire.WireError:
                    content = None
                    kept = _wire.deviate(
                        kept, "ChoiceLogprobs", "content", _content, unusable_when_mistyped=False, origin=src_dict
                    )
                left -= 1
            elif _content is UNSET:
                content = None
            elif _content is None:
                content = None
                nulls |= 1
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChoiceLogprobs", "content", _content, unusable_when_mistyped=False, origin=src_dict
                )
                content = None

        else:
            content = None

        if left:
            _refusal = d.get("refusal", UNSET)
            if _refusal.__class__ is list:
                try:
                    _refusal = _refusal
                    refusal: list[TokenLogprob] | None
                    if _refusal is None:
                        refusal = None
                    elif isinstance(_refusal, list):
                        try:
                            refusal_type_0 = []
                            _refusal_type_0 = _refusal
                            for refusal_type_0_item_data in _refusal_type_0:
                                refusal_type_0_item = _read_TokenLogprob(refusal_type_0_item_data)

                                refusal_type_0.append(refusal_type_0_item)

                            refusal = refusal_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            refusal = cast("list[TokenLogprob] | None", _refusal)
                    else:
                        refusal = _refusal

                except _wire.WireError:
                    refusal = None
                    kept = _wire.deviate(
                        kept, "ChoiceLogprobs", "refusal", _refusal, unusable_when_mistyped=False, origin=src_dict
                    )
                left -= 1
            elif _refusal is UNSET:
                refusal = None
            elif _refusal is None:
                refusal = None
                nulls |= 2
                left -= 1
            else:
                kept = _wire.deviate(
                    kept, "ChoiceLogprobs", "refusal", _refusal, unusable_when_mistyped=False, origin=src_dict
                )
                refusal = None

        else:
            refusal = None

        choice_logprobs = new_model(cls)
        choice_logprobs.content = content
        choice_logprobs.refusal = refusal
        choice_logprobs.additional_properties = {} if kept is None and not left else _wire.additional(d, _JSON_NAMES)
        choice_logprobs._wire_kept = kept
        choice_logprobs._wire_nulls = nulls
        return choice_logprobs

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
from ..models.token_logprob import TokenLogprob

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_TokenLogprob = TokenLogprob.from_dict
