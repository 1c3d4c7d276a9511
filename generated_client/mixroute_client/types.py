# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
"""Contains some shared types for properties (hand-written in ``_runtime/_types.py``)."""

from ._runtime._types import UNSET, File, FileTypes, RequestFiles, Response, SupportsModelDump, Unset

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "SupportsModelDump", "Unset"]
