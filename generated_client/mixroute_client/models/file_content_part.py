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
    from ..params import FileInputParam


@_models.accept_old_keywords({"type_": "type"})
@_attrs_define(getstate_setstate=False, init=False)
class FileContentPart(_models.Model):
    """
    Attributes:
        type (Literal['file']):
        file (FileInput):
    """

    type: Literal["file"]
    file: FileInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, type: Literal["file"], file: FileInput | FileInputParam | SupportsModelDump) -> None:
        if not (file.__class__ is FileInput):
            file = _params.convert(file, FileContentPart, "file")
        self.type = type
        self.file = file  # type: ignore[assignment]
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def type_(self) -> Literal["file"]:
        """Deprecated (goes in the next minor version): ``type``, the JSON name."""
        return _models.old_name(self, "type_", "type")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        type = self.type

        file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type = cast("Literal['file']", d.pop("type"))
        if type != "file":
            raise ValueError(f"type must match const 'file', got '{type}'")

        file = _read_FileInput(d.pop("file"))

        file_content_part = cls(
            type=type,
            file=file,
        )

        file_content_part.additional_properties = d
        return file_content_part

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
from ..models.file_input import FileInput

# The reader of each model this one holds, bound once: a classmethod looked up on its class is bound anew on
# every call, and this module reads them for every object it reads.
_read_FileInput = FileInput.from_dict
