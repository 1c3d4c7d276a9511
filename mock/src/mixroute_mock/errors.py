"""Errors in OpenAI's envelope: `{"error": {"message", "type", "param", "code"}}`."""

from __future__ import annotations

import secrets
import string
import time
from collections.abc import Mapping
from dataclasses import dataclass

from starlette.responses import JSONResponse

# new-api's request-id header; its own errors carry it instead of `x-request-id`.
NEW_API_REQUEST_ID = "X-Oneapi-Request-Id"

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


# new-api prints amounts with a full-width dollar sign (logger.FormatQuota).
_NO_QUOTA = "\uff040.000000"
_SOME_QUOTA = "\uff040.002000"
# Keyed by the `code` each one carries; `X-Mock-Fault: error=<code>` asks for one. Sources: new-api
# (QuantumNous/new-api) middleware/distributor.go for model_not_found, service/pre_consume_quota.go and
# service/quota.go for the quota errors (the Chinese user-quota text is served in English here, as new-api's
# other messages are); OpenAI's error-codes guide for insufficient_quota.
GATEWAY_ERRORS: dict[str, GatewayError] = {
    "model_not_found": GatewayError(
        503, "new_api_error", "No available channel for model {model} under group default (distributor)", True
    ),
    "insufficient_user_quota": GatewayError(
        403, "new_api_error", f"user quota is not enough, user quota: {_NO_QUOTA}, need quota: {_SOME_QUOTA}", True
    ),
    "pre_consume_token_quota_failed": GatewayError(
        403,
        "new_api_error",
        f"token quota is not enough, token remain quota: {_NO_QUOTA}, need quota: {_SOME_QUOTA}",
        True,
    ),
    "insufficient_quota": GatewayError(
        429,
        "insufficient_quota",
        "You exceeded your current quota, please check your plan and billing details. For more information on"
        " this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
        False,
    ),
}


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
