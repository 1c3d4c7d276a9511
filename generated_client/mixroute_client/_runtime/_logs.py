"""The ``mixroute_client`` logger: one line per request and per answer, and what debug adds, never the key.

As a library should, the package configures nothing: the logger has a ``NullHandler`` and the application's
logging decides what is shown. ``MIXROUTE_LOG=info`` (or ``debug``) in the environment is the one switch that
adds a handler of its own, on stderr, for a quick look without touching the application's code.

Everything written passes ``redact`` (``_credentials``): the credential header and the usual secret-carrying
headers are masked by name, whatever their spelling, and the key's value is masked wherever it shows up.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

import httpx2

from ._credentials import CREDENTIAL_EXTENSION, Credential, redact

__all__ = ["LOG_ENV", "body_text", "configure_from_env", "headers_text", "log"]

LOG_ENV = "MIXROUTE_LOG"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
# Headers that carry secrets in any API, masked by name besides the client's own credential header.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "set-cookie"})
# A debug line shows this many characters of a body; a long conversation would otherwise flood the log.
BODY_LIMIT = 8192

# The handler MIXROUTE_LOG adds, known by name, so that a second import of this module adds none.
ENV_HANDLER = "mixroute_client.MIXROUTE_LOG"

log = logging.getLogger("mixroute_client")
if not any(isinstance(handler, logging.NullHandler) for handler in log.handlers):
    log.addHandler(logging.NullHandler())


def configure_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Add a stderr handler at the level ``MIXROUTE_LOG`` names (``info`` or ``debug``), once; return it, or
    None."""
    env = os.environ if environ is None else environ
    level = LEVELS.get(env.get(LOG_ENV, "").strip().lower())
    if level is None:
        return None
    log.setLevel(level)
    known = next((handler for handler in log.handlers if handler.get_name() == ENV_HANDLER), None)
    if known is not None:
        return known
    handler = logging.StreamHandler()
    handler.set_name(ENV_HANDLER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    return handler


def headers_text(headers: httpx2.Headers, request: httpx2.Request) -> str:
    """``headers`` as ``name: value`` pairs, secret ones masked by name and the key masked by value."""
    credential = request.extensions.get(CREDENTIAL_EXTENSION)
    own = credential.header.lower() if isinstance(credential, Credential) else "authorization"
    shown = (
        f"{name}: {'***' if name.lower() in SECRET_HEADERS or name.lower() == own else value}"
        for name, value in headers.multi_items()
    )
    return redact(", ".join(shown), request)


def body_text(content: bytes, request: httpx2.Request) -> str:
    """A body as text, cut at ``BODY_LIMIT`` characters, the key masked."""
    text = redact(content.decode("utf-8", errors="replace"), request)  # before the cut, which could split a key
    if len(text) > BODY_LIMIT:
        text = f"{text[:BODY_LIMIT]}... ({len(text) - BODY_LIMIT} more characters)"
    return text


configure_from_env()
