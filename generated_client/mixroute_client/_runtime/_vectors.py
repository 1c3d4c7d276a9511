"""Vectors that arrive as JSON numbers or as the base64 of their little-endian float32 bytes (OpenAI's embeddings
with ``encoding_format: base64``, a quarter of the bytes): the generated models read both as a list of floats,
as the OpenAI SDK hands them to its callers (generator/wire.py decides which properties)."""

from __future__ import annotations

import base64
import binascii
import sys
from array import array

from ._wire import WireError

__all__ = ["floats"]

# The float32 that base64 vectors hold; array's "f" is the platform's C float, which CPython requires to be it.
_FLOAT32 = "f"


def floats(value: list[float] | str, model: str, key: str, origin: object) -> list[float]:
    """``value`` as floats: a list as it came, a base64 string decoded. A string that is no base64 of float32s
    raises WireError, as any value the models cannot use does."""
    if isinstance(value, list):
        return value
    try:
        vector: array[float] = array(_FLOAT32, base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        raise WireError(model, key, value, origin) from None
    if sys.byteorder == "big":
        vector.byteswap()
    return vector.tolist()
