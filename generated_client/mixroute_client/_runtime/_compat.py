"""Names the standard library gained after the oldest Python the package supports (3.10), from one place."""

import sys

if sys.version_info >= (3, 11):
    from typing import Self
else:  # typing-extensions is a dependency on these versions only (generator/templates/pyproject_uv.toml.jinja)
    from typing_extensions import Self

__all__ = ["Self"]
