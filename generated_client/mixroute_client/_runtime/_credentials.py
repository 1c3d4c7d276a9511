"""The API key as the runtime carries it: checked once when the client is built, masked wherever text could
echo it, and never sent to a host other than the API's.

The masking itself (``Credential``, ``redact``) lives in ``_redaction``, which the exceptions use too.
"""

from __future__ import annotations

import unicodedata

import httpx2

from ._exceptions import UsageError
from ._redaction import CREDENTIAL_EXTENSION, Credential, origin, redact

__all__ = ["CREDENTIAL_EXTENSION", "Credential", "check_header", "check_url", "redact"]

# RFC 9110 token characters, the only ones a header name may have.
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def credential_for(base_url: str, header: str, prefix: str, key: str) -> Credential:
    """The credential a client sends as ``header: prefix key``, checked so that httpx2 can encode it."""
    check_header(header, "The auth header name", value=False)
    check_header(prefix, "The auth prefix")
    check_header(key, "The API key")
    value = f"{prefix} {key}" if prefix else key
    return Credential(header, (value, key), origin(httpx2.URL(base_url)))


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
