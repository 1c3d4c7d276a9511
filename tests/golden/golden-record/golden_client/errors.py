# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""The exceptions API functions raise; the hierarchy is drawn in ``mixroute_client._runtime._exceptions``."""

from ._runtime import _exceptions
from ._runtime._exceptions import *  # noqa: F403  (the names are listed once, in that module's __all__)

__all__: list[str] = []
__all__ += _exceptions.__all__
