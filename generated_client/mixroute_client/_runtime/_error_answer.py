"""An error answer, read once: whether to retry it (``_retry``), the typed error it becomes (``_status_errors``)
and what telemetry records all read the same decoded body and the same ``Retry-After``, kept on the response."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import timezone

import httpx2

__all__ = ["error_details", "error_object", "json_or_none", "parse_retry_after", "reports_error", "retry_after"]

# Where what was read is kept on the response: the extensions are the response's own per-request storage.
_DECODED = "mixroute_client.decoded_body"
_RETRY_AFTER = "mixroute_client.retry_after"


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


def reports_error(body: Mapping[str, object]) -> bool:
    """Whether a 2xx JSON object reports an error instead of the reply: an OpenAI error envelope (OpenRouter
    answers an upstream failure with 200 and ``{"error": {"code": 502, ...}}``, and gateways in front of such
    upstreams pass it on) or a bare error object (older vLLM servers: ``"object": "error"``)."""
    return isinstance(body.get("error"), Mapping) or body.get("object") == "error"


def error_details(response: httpx2.Response) -> tuple[object, object]:
    """The ``code`` and ``message`` of a read error answer's error object (None for what it lacks)."""
    error = error_object(json_or_none(response))
    return (error.get("code"), error.get("message")) if error is not None else (None, None)


def retry_after(response: httpx2.Response, *, now: float) -> float | None:
    """``parse_retry_after`` of the response's headers, parsed on the first call only."""
    extensions = response.extensions
    if _RETRY_AFTER not in extensions:
        extensions[_RETRY_AFTER] = parse_retry_after(response.headers, now=now)
    seconds: float | None = extensions[_RETRY_AFTER]
    return seconds


def parse_retry_after(headers: Mapping[str, str], *, now: float) -> float | None:
    """Seconds the server asked to wait: ``retry-after-ms``, else ``Retry-After`` in seconds or as an HTTP date.

    None when neither header is there or readable. A date in the past means no wait.
    """
    milliseconds = _non_negative_float(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _non_negative_float(value)
    if seconds is not None:
        return seconds
    return _seconds_until_http_date(value, now)


def _seconds_until_http_date(value: str, now: float) -> float | None:
    # The standard library parses RFC 9110 HTTP dates (IMF-fixdate and the obsolete forms), so the generated
    # package needs no python-dateutil; imported here because only this rare header form needs it.
    from email.utils import parsedate_to_datetime  # noqa: PLC0415

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000": UTC, per RFC 5322
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, moment.timestamp() - now)


def _non_negative_float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None
