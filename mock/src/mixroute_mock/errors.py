"""Errors in OpenAI's envelope: `{"error": {"message", "type", "param", "code"}}`."""

from __future__ import annotations

import secrets
import string
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.responses import JSONResponse

from mixroute_mock.spec import Spec

# Where the spec lists the gateway's errors by code and the request-id headers with their origins.
ERROR_CODES_EXTENSION = "x-mixroute-error-codes"
REQUEST_ID_EXTENSION = "x-mixroute-request-id"

# The `type` and `code` OpenAI uses for the statuses the mock can be asked to fail with.
_KINDS: dict[int, tuple[str, str | None]] = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("permission_error", None),
    404: ("invalid_request_error", None),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    502: ("server_error", "bad_gateway"),
    503: ("server_error", "service_unavailable"),
}


class ApiError(Exception):
    """An error answer; raise it anywhere in a handler and the app turns it into the envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        kind: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        default_kind, default_code = _KINDS.get(
            status, ("server_error" if status >= 500 else "invalid_request_error", None)
        )
        self.type = kind or default_kind
        self.code = code if code is not None else default_code
        self.headers = dict(headers or {})

    def envelope(self) -> dict[str, dict[str, str | None]]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    def response(self) -> JSONResponse:
        return JSONResponse(self.envelope(), status_code=self.status, headers=self.headers)


@dataclass(frozen=True)
class GatewayError:
    """An error a real gateway answers with, as data: `{model}` in the message is the request's model.

    `new_api` errors are new-api's own: `type` new_api_error, `param` "", the message ending in
    ` (request id: <id>)`, and the same id in the X-Oneapi-Request-Id header (no `x-request-id`)."""

    status: int
    type: str
    message: str
    new_api: bool


def gateway_errors(document: Mapping[str, Any]) -> dict[str, GatewayError]:
    """The spec's gateway errors by the `code` each one carries (`X-Mock-Fault: error=<code>` asks for one)."""
    listed: Mapping[str, Mapping[str, Any]] = document.get(ERROR_CODES_EXTENSION, {})
    return {
        code: GatewayError(
            int(entry["status"]), str(entry["type"]), str(entry["message"]), entry["origin"] == "new-api"
        )
        for code, entry in listed.items()
    }


def request_id_header(document: Mapping[str, Any], origin: str) -> str:
    """The name of the spec's request-id header of `origin` (`gateway`, `new-api`)."""
    headers: list[Mapping[str, str]] = document.get(REQUEST_ID_EXTENSION, {}).get("headers", [])
    found = next((header["name"] for header in headers if header["origin"] == origin), None)
    if found is None:
        raise ValueError(f"the spec's {REQUEST_ID_EXTENSION} lists no header of origin {origin!r}")
    return found


def code_meaning(document: Mapping[str, Any], meaning: str) -> str:
    """The first of the spec's error codes with `meaning` (`not_found`: what an unknown model is answered with)."""
    listed: Mapping[str, Mapping[str, Any]] = document.get(ERROR_CODES_EXTENSION, {})
    found = next((code for code, entry in listed.items() if entry.get("meaning") == meaning), None)
    if found is None:
        raise ValueError(f"the spec's {ERROR_CODES_EXTENSION} lists no code meaning {meaning!r}")
    return found


GATEWAY_ERRORS = gateway_errors(Spec.packaged().document)
MODEL_NOT_FOUND = code_meaning(Spec.packaged().document, "not_found")
# The gateway's request-id header, and new-api's, which its own errors carry instead.
REQUEST_ID = request_id_header(Spec.packaged().document, "gateway")
NEW_API_REQUEST_ID = request_id_header(Spec.packaged().document, "new-api")


def new_api_request_id() -> str:
    """An id shaped like new-api's: a timestamp to the second, nine digits, eight letters or digits."""
    alphabet = string.ascii_letters + string.digits
    letters = "".join(secrets.choice(alphabet) for _ in range(8))
    return f"{time.strftime('%Y%m%d%H%M%S')}{secrets.randbelow(10**9):09d}{letters}"


def gateway_error(code: str, model: str) -> ApiError:
    """The error `GATEWAY_ERRORS[code]` for a request for `model`."""
    known = GATEWAY_ERRORS[code]
    message = known.message.format(model=model)
    if not known.new_api:
        return ApiError(known.status, message, code=code, kind=known.type)
    request_id = new_api_request_id()
    return ApiError(
        known.status,
        f"{message} (request id: {request_id})",
        param="",
        code=code,
        kind=known.type,
        headers={NEW_API_REQUEST_ID: request_id},
    )
