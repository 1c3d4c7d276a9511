"""Client settings: where the API key and base URL come from, the default timeout, and the reply limits."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import NamedTuple

import httpx2

from ._exceptions import UsageError
from ._facts import spec_facts

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_EVENT_BYTES",
    "DEFAULT_MAX_REPLY_BYTES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "LIMITS_EXTENSION",
    "Limits",
    "base_url_without_prefix",
    "checked_timeout",
    "limits_of",
    "settings_from_env",
]

API_KEY_ENV = "MIXROUTE_API_KEY"
BASE_URL_ENV = "MIXROUTE_BASE_URL"
DEFAULT_BASE_URL = spec_facts().default_base_url
# Long completions legitimately take minutes; a dead host should fail fast.
DEFAULT_TIMEOUT = httpx2.Timeout(600.0, connect=5.0)
# Far beyond any real chat reply (128 choices of a 128k-token answer with logprobs stay under it), far below
# what a decompression bomb expands to: the decoded size of a whole body, and of one stream event's text.
DEFAULT_MAX_REPLY_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_EVENT_BYTES = 128 * 1024 * 1024
# Reasoning models may think for many minutes, sending only keep-alive comments meanwhile.
DEFAULT_STREAM_IDLE_TIMEOUT = 900.0
# Where a request carries its client's limits to the code that reads the answer.
LIMITS_EXTENSION = "mixroute.limits"


class Limits(NamedTuple):
    """What an answer to one client may cost: see ``Client``'s attributes of the same names."""

    max_reply_bytes: int
    max_event_bytes: int
    stream_idle_timeout: float | None


DEFAULT_LIMITS = Limits(DEFAULT_MAX_REPLY_BYTES, DEFAULT_MAX_EVENT_BYTES, DEFAULT_STREAM_IDLE_TIMEOUT)


def limits_of(request: httpx2.Request) -> Limits:
    """The limits of the client that sent ``request`` (the defaults for a request built elsewhere)."""
    limits = request.extensions.get(LIMITS_EXTENSION)
    return limits if isinstance(limits, Limits) else DEFAULT_LIMITS


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


def checked_timeout(timeout: httpx2.Timeout | float | None, argument: str) -> httpx2.Timeout | float | None:
    """``timeout`` if every limit in it is a positive finite number of seconds (or None, no limit), else
    ``UsageError`` naming ``argument``: a socket cannot wait NaN or infinite seconds (use None for no limit)."""
    if isinstance(timeout, httpx2.Timeout):
        limits = {name: getattr(timeout, name) for name in ("connect", "read", "write", "pool")}
    else:
        limits = {"": timeout}
    for name, seconds in limits.items():
        if seconds is None:
            continue
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise UsageError(f"{argument}{'.' + name if name else ''} must be a number of seconds or None.")
        if not (math.isfinite(seconds) and seconds > 0):
            raise UsageError(
                f"{argument}{'.' + name if name else ''} must be a positive finite number of seconds "
                "(None means no limit)."
            )
    return timeout
