# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _models, _params
from .._runtime._compat import Self, Unpack
from ..models.embedding_encoding_format import EmbeddingEncodingFormat
from ..types import UNSET, Unset


@_models.accept_old_keywords({"input_": "input"})
@_attrs_define(getstate_setstate=False, init=False)
class CreateEmbeddingRequest(_models.Model):
    """
    Attributes:
        model (str): The embedding model. The gateway's embedding catalogue, with each model's full dimension, is
            `x-mixroute-models`.
        input (list[int] | list[list[int]] | list[str] | str): What to embed: a string, a list of strings, a list of
            token ids, or a list of such lists; each string or token list gives one vector. OpenAI takes up to 2048 inputs
            per request.
        encoding_format (EmbeddingEncodingFormat | Unset): `float` (JSON numbers, the default) or `base64` (the little-
            endian float32 bytes in base64, a quarter the size); the client decodes base64 back to floats.
        dimensions (int | Unset): Shorten each vector to this many dimensions (text-embedding-3 and later, Qwen v3 and
            later).
        user (str | Unset): An identifier of the end user, for abuse monitoring.
    """

    model: str
    input: list[int] | list[list[int]] | list[str] | str
    encoding_format: EmbeddingEncodingFormat | Unset = UNSET
    dimensions: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        model: str,
        input: list[int] | list[list[int]] | list[str] | str,
        encoding_format: EmbeddingEncodingFormat | Literal["float", "base64"] | Unset = UNSET,
        dimensions: int | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> None:
        if not (encoding_format is UNSET or encoding_format.__class__ is EmbeddingEncodingFormat):
            encoding_format = _params.convert(encoding_format, CreateEmbeddingRequest, "encoding_format")
        self.model = model
        self.input = input
        self.encoding_format = encoding_format  # type: ignore[assignment]
        self.dimensions = dimensions
        self.user = user
        self.additional_properties = {}

    def __repr__(self) -> str:
        return _models.model_repr(self)

    @property
    def input_(self) -> list[int] | list[list[int]] | list[str] | str:
        """Deprecated (goes in the next minor version): ``input``, the JSON name."""
        return _models.old_name(self, "input_", "input")  # type: ignore[no-any-return]

    def to_dict(self, **options: Unpack[_models.DumpOptions]) -> dict[str, Any]:
        """The JSON form; given the OpenAI SDK's ``to_dict()`` options, that method's result."""
        if options:
            return _models.to_dict(self, **options)
        model = self.model

        input: list[int] | list[list[int]] | list[str] | str
        if isinstance(self.input, list):
            input = self.input

        elif isinstance(self.input, list):
            input = self.input

        elif isinstance(self.input, list):
            input = []
            for input_type_3_item_data in self.input:
                input_type_3_item = input_type_3_item_data

                input.append(input_type_3_item)

        else:
            input = self.input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input,
            }
        )
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format.value
            field_dict["encoding_format"] = encoding_format
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions
            field_dict["dimensions"] = dimensions
        if not isinstance(self.user, Unset):
            user = self.user
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        for key in ("encoding_format", "dimensions", "user"):
            if key in d and d[key] is None:
                del d[key]
        model = d.pop("model")

        def _parse_input(data: object) -> list[int] | list[list[int]] | list[str] | str:
            if isinstance(data, list):
                try:
                    input_type_1 = cast("list[str]", data)

                    return input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, list):
                try:
                    input_type_2 = cast("list[int]", data)

                    return input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, list):
                try:
                    input_type_3 = []
                    _input_type_3 = data
                    for input_type_3_item_data in _input_type_3:
                        input_type_3_item = cast("list[int]", input_type_3_item_data)

                        input_type_3.append(input_type_3_item)

                    return input_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("list[int] | list[list[int]] | list[str] | str", data)

        input = _parse_input(d.pop("input"))

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: EmbeddingEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = EmbeddingEncodingFormat(_encoding_format)

        dimensions = d.pop("dimensions", UNSET)

        user = d.pop("user", UNSET)

        create_embedding_request = cls(
            model=model,
            input=input,
            encoding_format=encoding_format,
            dimensions=dimensions,
            user=user,
        )

        create_embedding_request.additional_properties = d
        return create_embedding_request

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
