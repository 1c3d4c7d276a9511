"""The API key as the runtime carries it: checked once when the client is built, masked wherever text could
echo it, and never sent to a host other than the API's.

The client attaches a ``Credential`` to every request it sends (as a request extension, which httpx2 neither
sends nor pickles), so any code holding a request or response can scrub the key from a message, whatever
header name and prefix carry it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx2

from ._exceptions import UsageError

__all__ = ["CREDENTIAL_EXTENSION", "Credential", "check_header", "check_url", "redact"]

CREDENTIAL_EXTENSION = "mixroute.credential"
# Shorter values are not masked: replacing every occurrence of one or two characters would garble messages
# and hide nothing a real key needs hidden.
_MIN_SECRET = 4
# RFC 9110 token characters, the only ones a header name may have.
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


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
        if _origin(request.url) != self.origin:  # a redirect that left the API's host
            request.headers.pop(self.header, None)

    async def attach_async(self, request: httpx2.Request) -> None:
        """``attach`` for ``httpx2.AsyncClient``, whose event hooks must be coroutines."""
        self.attach(request)

    def event_hooks(self, options: Mapping[str, Any], *, asynchronous: bool) -> dict[str, list[Any]]:
        """``options["event_hooks"]`` with ``attach`` first; httpx2 runs request hooks for every redirect too."""
        hooks = dict(options.get("event_hooks") or {})
        hooks["request"] = [self.attach_async if asynchronous else self.attach, *hooks.get("request", [])]
        return hooks


def credential_for(base_url: str, header: str, prefix: str, key: str) -> Credential:
    """The credential a client sends as ``header: prefix key``, checked so that httpx2 can encode it."""
    check_header(header, "The auth header name", value=False)
    check_header(prefix, "The auth prefix")
    check_header(key, "The API key")
    value = f"{prefix} {key}" if prefix else key
    return Credential(header, (value, key), _origin(httpx2.URL(base_url)))


def check_header(text: str, what: str, *, value: bool = True) -> None:
    """Raise ``UsageError`` naming the position and code point of the first character HTTP cannot carry.

    The message never quotes ``text``, which may be a key.
    """
    for position, char in enumerate(text, start=1):
        allowed = (char == "\t" or " " <= char <= "~") if value else char in _TOKEN
        if not allowed:
            name = unicodedata.name(char, "a control character")
            raise UsageError(
                f"{what} cannot be sent in an HTTP header: character {position} is U+{ord(char):04X} ({name}). "
                "Only printable ASCII is allowed; check for a pasted invisible character."
            )
    if not value and not text:
        raise UsageError(f"{what} is empty.")


def check_url(base_url: str) -> None:
    """Raise ``UsageError`` unless ``base_url`` is an absolute http(s) URL without a user name or password.

    A ``user:pass@`` part is refused rather than redacted: httpx2 would send it as Basic auth in place of the
    key, and the URL is shown in reprs, exceptions, pickles and the retry log, each a place to forget.
    """
    try:
        url = httpx2.URL(base_url)
    except (httpx2.InvalidURL, TypeError) as exc:
        raise UsageError(f"The base URL is not a valid URL: {exc}") from None
    if url.userinfo:
        raise UsageError(
            "The base URL has a user name or password in it (user:password@host); take it out and pass the API "
            "key as the key (api_key=... or MIXROUTE_API_KEY). The URL is not shown here, since it holds a secret."
        )
    if url.scheme not in {"http", "https"} or not url.host:
        raise UsageError(
            f"The base URL must be an absolute http:// or https:// URL such as https://console.mixroute.io"
            f" (with or without /v1), not {base_url!r}."
        )


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


def _origin(url: httpx2.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port
