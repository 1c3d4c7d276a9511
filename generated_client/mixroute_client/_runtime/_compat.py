"""Names the standard library gained after the oldest Python the package supports (3.10), from one place.

typing-extensions is a dependency on these versions only (generator/templates/pyproject_uv.toml.jinja). The
params module's TypedDicts come from the same source as ``NotRequired`` and ``is_typeddict`` here: typing's
``is_typeddict`` does not recognise typing_extensions' TypedDicts before 3.11.
"""

import sys

if sys.version_info >= (3, 11):
    from typing import NotRequired, Self, TypedDict, Unpack, is_typeddict
else:
    from typing_extensions import NotRequired, Self, TypedDict, Unpack, is_typeddict

__all__ = ["NotRequired", "Self", "TypedDict", "Unpack", "is_typeddict"]
