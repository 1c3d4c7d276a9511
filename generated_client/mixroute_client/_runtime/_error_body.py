"""An error answer's body, decoded once: whether to retry it (``_retry``), the typed error it becomes
(``_status_errors``) and what telemetry records all read the same decoded value."""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx2

__all__ = ["error_details", "error_object", "json_or_none"]

# Where the decoded body is kept on the response: the extensions are the response's own per-request storage.
_DECODED = "mixroute_client.decoded_body"


def json_or_none(response: httpx2.Response) -> object:
    """The read body as JSON, or None when it is not JSON; decoded on the first call only."""
    extensions = response.extensions
    if _DECODED in extensions:
        return extensions[_DECODED]
    try:
        body = json.loads(response.content)
    # Not JSON (HTML, plain text, empty, bad UTF-8) or nested too deep to parse: described from the text.
    except (ValueError, RecursionError):
        body = None
    extensions[_DECODED] = body
    return body


def error_object(body: object) -> Mapping[str, object] | None:
    """The ``error`` object of an OpenAI-style envelope, or the body itself when it looks like one."""
    if not isinstance(body, Mapping):
        return None
    inner = body.get("error")
    if isinstance(inner, Mapping):
        return inner
    return body if "message" in body else None


def error_details(response: httpx2.Response) -> tuple[object, object]:
    """The ``code`` and ``message`` of a read error answer's error object (None for what it lacks)."""
    error = error_object(json_or_none(response))
    return (error.get("code"), error.get("message")) if error is not None else (None, None)
