# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..types import SupportsModelDump

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..params import TextContentPartParam


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False, init=False)
class PredictionContent(_models.Model):
    """Known content of the reply (Predicted Outputs), which speeds up regenerating it.

    Attributes:
        type (Literal['content']):
        content (list[TextContentPart] | str): A string, or text parts.
    """

    type: Literal["content"]
    content: list[TextContentPart] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type: Literal["content"],
        content: str | Sequence[TextContentPart | TextContentPartParam | SupportsModelDump],
    ) -> None:
        if not (content.__class__ is str):
            if content.__class__ is list:
                for _content_item in content:
                    if not (_content_item.__class__ is TextContentPart):
                        content = _params.convert(content, PredictionContent, "content")
                        break
            else:
                content = _params.convert(content, PredictionContent, "content")
        self.type = type
        self.content = content  # type: ignore[assignment]
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> Literal["content"]:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        type = self.type

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for componentsschemas_text_content_type_1_item_data in self.content:
                componentsschemas_text_content_type_1_item = componentsschemas_text_content_type_1_item_data.to_dict()
                content.append(componentsschemas_text_content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type = cast("Literal['content']", d.pop("type"))
        if type != "content":
            raise ValueError(f"type must match const 'content', got '{type}'")

        _content = d.pop("content")
        content: list[TextContentPart] | str
        if isinstance(_content, list):
            try:
                componentsschemas_text_content_type_1 = []
                _componentsschemas_text_content_type_1 = _content
                for componentsschemas_text_content_type_1_item_data in _componentsschemas_text_content_type_1:
                    componentsschemas_text_content_type_1_item = _read_TextContentPart(
                        componentsschemas_text_content_type_1_item_data
                    )

                    componentsschemas_text_content_type_1.append(componentsschemas_text_content_type_1_item)

                content = componentsschemas_text_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                content = cast("list[TextContentPart] | str", _content)
        else:
            content = _content

        prediction_content = cls(
            type=type,
            content=content,
        )

        prediction_content.additional_properties = d
        return prediction_content

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
from ..models.text_content_part import TextContentPart

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_TextContentPart = TextContentPart.from_dict
