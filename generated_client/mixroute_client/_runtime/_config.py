"""Client settings: where the API key and base URL come from, and the default timeout."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx2

from .._spec_facts import DEFAULT_BASE_URL
from ._exceptions import UsageError

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "base_url_without_prefix",
    "settings_from_env",
]

API_KEY_ENV = "MIXROUTE_API_KEY"
BASE_URL_ENV = "MIXROUTE_BASE_URL"
# Long completions legitimately take minutes; a dead host should fail fast.
DEFAULT_TIMEOUT = httpx2.Timeout(600.0, connect=5.0)


def settings_from_env(
    api_key: str | None = None, base_url: str | None = None, environ: Mapping[str, str] | None = None
) -> tuple[str, str]:
    """The API key and base URL: the arguments when given, else the environment, else the default URL.

    Raises ``UsageError`` naming the variable when no key is found; the message never contains a key.
    """
    env = os.environ if environ is None else environ
    key = api_key if api_key is not None else env.get(API_KEY_ENV, "").strip()
    if not key:
        raise UsageError(f"No API key: pass api_key=... or set the {API_KEY_ENV} environment variable.")
    url = base_url if base_url is not None else env.get(BASE_URL_ENV, "").strip() or DEFAULT_BASE_URL
    return key, url


def base_url_without_prefix(base_url: str, path_prefix: str) -> str:
    """``base_url`` as the spec's paths expect it: without a trailing ``/`` or the prefix every path starts with.

    OpenAI users write base URLs with ``/v1`` (``https://console.mixroute.io/v1``); the spec's paths already
    start with it, so it is taken off rather than sent twice (``/v1/v1/chat/completions``, a 404).
    """
    stripped = base_url.rstrip("/")
    if path_prefix and stripped.endswith(path_prefix):
        stripped = stripped[: -len(path_prefix)]
    return stripped
