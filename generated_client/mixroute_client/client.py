# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
"""The clients API functions take; hand-written in ``_runtime/_client.py``."""

from ._runtime._client import AuthenticatedClient, Client

__all__ = ["AuthenticatedClient", "Client"]
