"""The API key's masking: a ``Credential`` knows the values that must never be shown and scrubs them from text.

The client attaches its ``Credential`` to every request it sends (as a request extension, which httpx2 neither
sends nor pickles), so any code holding a request or response can scrub the key from a message, whatever
header name and prefix carry it. It depends on nothing else of the runtime, so the exceptions can use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx2

__all__ = ["CREDENTIAL_EXTENSION", "Credential", "origin", "redact"]

CREDENTIAL_EXTENSION = "mixroute.credential"
# Shorter values are not masked: replacing every occurrence of one or two characters would garble messages
# and hide nothing a real key needs hidden.
_MIN_SECRET = 4


@dataclass(frozen=True)
class Credential:
    """Where the key travels (``header``) and the values that must never be shown (``secrets``)."""

    header: str
    secrets: tuple[str, ...] = field(repr=False)
    origin: tuple[str, str, int | None] = field(repr=False)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            if len(secret) >= _MIN_SECRET:
                text = text.replace(secret, "***")
        return text

    def attach(self, request: httpx2.Request) -> None:
        """Mark ``request`` as carrying the key; a request to another host loses the credential header."""
        request.extensions[CREDENTIAL_EXTENSION] = self
        if origin(request.url) != self.origin:  # a redirect that left the API's host
            request.headers.pop(self.header, None)

    async def attach_async(self, request: httpx2.Request) -> None:
        """``attach`` for ``httpx2.AsyncClient``, whose event hooks must be coroutines."""
        self.attach(request)

    def event_hooks(self, options: Mapping[str, Any], *, asynchronous: bool) -> dict[str, list[Any]]:
        """``options["event_hooks"]`` with ``attach`` first; httpx2 runs request hooks for every redirect too."""
        hooks = dict(options.get("event_hooks") or {})
        hooks["request"] = [self.attach_async if asynchronous else self.attach, *hooks.get("request", [])]
        return hooks


def redact(text: str, request: httpx2.Request | None) -> str:
    """``text`` with the request's credential masked, in case a server echoed it back."""
    if request is None:
        return text
    credential = request.extensions.get(CREDENTIAL_EXTENSION)
    if isinstance(credential, Credential):
        return credential.scrub(text)
    # A request built outside the client: only the standard header can be known to carry a key.
    authorization = request.headers.get("authorization", "")
    return Credential("authorization", (authorization, authorization.partition(" ")[2].strip()), ("", "", None)).scrub(
        text
    )


def origin(url: httpx2.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port
