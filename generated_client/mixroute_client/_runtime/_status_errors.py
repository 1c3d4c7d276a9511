"""Turn an error answer into the matching typed exception, with a message a person can read.

Error bodies come from the gateway (the OpenAI envelope ``{"error": {...}}``), from upstream providers
(a bare string, ``{"message": ...}``) and from proxies (an HTML page); each is reduced to one line.
"""

from __future__ import annotations

import html
import re

import httpx2

from ._credentials import redact
from ._error_answer import error_details, error_object, json_or_none, retry_after
from ._exceptions import APIStatusError, request_id_of, status_error_class

__all__ = [
    "describe_body",
    "error_details",
    "error_object",
    "json_or_none",
    "redact",
    "reported_error",
    "status_error",
]

_MAX_DETAIL = 300
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)


def status_error(response: httpx2.Response, *, now: float) -> APIStatusError:
    """The typed exception for an error ``response`` whose body has been read."""
    return _typed_error(response, response.status_code, f"Error code: {response.status_code}", now=now)


def reported_error(response: httpx2.Response, *, now: float) -> APIStatusError:
    """The typed exception for a 2xx ``response`` whose body reports an error instead of the reply (see
    ``reports_error``). The error's numeric ``code`` stands for the status it would have had (OpenRouter's 429
    or 502); ``status_code`` stays the answer's own."""
    error = error_object(json_or_none(response))
    code = error.get("code") if error is not None else None
    reported = int(code) if isinstance(code, int | str) and str(code).isdigit() else 0
    status = reported if 400 <= reported <= 599 else response.status_code
    code_note = f" (code {status})" if status != response.status_code else ""
    heading = f"Error reported in the body of a {response.status_code} answer{code_note}"
    return _typed_error(response, status, heading, now=now)


def _typed_error(response: httpx2.Response, status: int, heading: str, *, now: float) -> APIStatusError:
    body = json_or_none(response)
    error = error_object(body)
    detail = describe_body(body, response.text, response.request)
    message = f"{heading} - {detail}"
    raw_message = error.get("message") if error is not None else None
    request_id = request_id_of(response.headers, raw_message if isinstance(raw_message, str) else "")
    if request_id and request_id not in message:
        message += f" (request id: {request_id})"
    code = error.get("code") if error is not None else None
    cls = status_error_class(status, code, raw_message)
    return cls(
        message,
        response=response,
        body=error if error is not None else body,
        retry_after=retry_after(response, now=now),
        request_id=request_id,
    )


def describe_body(body: object, text: str, request: httpx2.Request | None = None) -> str:
    """One readable line for an error body: its message, else the text of an HTML page, else the raw text.

    The request's credential is masked before the line is shortened, so no part of a key survives a cut.
    """
    error = error_object(body)
    if error is not None and isinstance(error.get("message"), str):
        detail = str(error["message"])
    elif isinstance(body, str):
        detail = body
    elif "<" in text and ">" in text:
        detail = _html_text(text)
    else:
        detail = text if text.strip() else "(empty body)"
    return _shorten(redact(detail, request))


def _html_text(page: str) -> str:
    title = _TITLE.search(page)
    if title and title.group(1).strip():
        return html.unescape(title.group(1))
    return html.unescape(_TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", page)))


def _shorten(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _MAX_DETAIL else line[: _MAX_DETAIL - 1] + "…"
