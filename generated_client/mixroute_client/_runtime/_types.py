"""The shared types of the generated package (``mixroute_client.types`` re-exports them), owned by the runtime so
that it never imports a generated module: ``Unset`` / ``UNSET`` for a request field not sent, ``Response`` for
what ``*_detailed()`` returns, ``File`` for uploads, ``SupportsModelDump`` for a pydantic model given as a param."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar

from attrs import define

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "SupportsModelDump", "Unset"]


class SupportsModelDump(Protocol):
    """Anything with pydantic's ``model_dump()``: a pydantic model, the OpenAI SDK's own among them. A request
    takes one wherever it takes a model of the package, and sends the dict it dumps (``_params``)."""

    def model_dump(self) -> Mapping[str, Any]: ...


class Unset:
    """The value of a request model's attribute that is not sent (``None`` is sent as ``null``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx2.Client(files=)` can accept, as that library names them.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
