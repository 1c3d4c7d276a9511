# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..types import UNSET, SupportsModelDump, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..params import TextContentPartParam


@_attrs_define(getstate_setstate=False, init=False)
class SystemMessage(_models.Model):
    """
    Attributes:
        role (Literal['system']):
        content (list[TextContentPart] | str): A string, or text parts.
        name (str | Unset):
    """

    role: Literal["system"]
    content: list[TextContentPart] | str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        role: Literal["system"],
        content: str | Sequence[TextContentPart | TextContentPartParam | SupportsModelDump],
        name: str | Unset = UNSET,
    ) -> None:
        if not (content.__class__ is str):
            if content.__class__ is list:
                for _content_item in content:
                    if not (_content_item.__class__ is TextContentPart):
                        content = _params.convert(content, SystemMessage, "content")
                        break
            else:
                content = _params.convert(content, SystemMessage, "content")
        self.role = role
        self.content = content  # type: ignore[assignment]
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        role = self.role

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
                "role": role,
                "content": content,
            }
        )
        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("name",):
            if key in d and d[key] is None:
                del d[key]
        role = cast("Literal['system']", d.pop("role"))
        if role != "system":
            raise ValueError(f"role must match const 'system', got '{role}'")

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

        name = d.pop("name", UNSET)

        system_message = cls(
            role=role,
            content=content,
            name=name,
        )

        system_message.additional_properties = d
        return system_message

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
