"""The mock Mixroute gateway as a Starlette app: the spec's routes, OpenAI's errors, deterministic replies."""

from __future__ import annotations

import hmac
import logging
import time
import uuid
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tests.mock_server.body import BodyError, parse_body
from tests.mock_server.delivery import fault_response, json_reply, stream_reply
from tests.mock_server.errors import NEW_API_REQUEST_ID, ApiError, gateway_error
from tests.mock_server.faults import FAULT_HEADER, Fault, FaultBudget, FaultSyntaxError, combine, parse_fault
from tests.mock_server.lifecycle import Stopping, ended_early
from tests.mock_server.ratelimit import RateLimiter
from tests.mock_server.replies import build_reply
from tests.mock_server.settings import MockSettings
from tests.mock_server.spec import CHAT_PATH, Spec
from tests.mock_server.user_schemas import schema_violation

logger = logging.getLogger("mixroute.mock")
_REQUEST_SCHEMA = "CreateChatCompletionRequest"


class RequestLog:
    """Gives every response an `x-request-id` and logs one line per request."""

    def __init__(self, app: ASGIApp, *, log: bool) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"req_{uuid.uuid4().hex[:24]}"
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status, request_id
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                # An error playing new-api carries new-api's id header and no other, as new-api's own do.
                if NEW_API_REQUEST_ID in headers:
                    request_id = headers[NEW_API_REQUEST_ID]
                else:
                    headers.append("x-request-id", request_id)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if self.log:
                elapsed = (time.perf_counter() - started) * 1000
                why = ended_early(scope)
                note = f" ({why})" if why else ""
                line = "%s %s %s %s %.1fms%s"
                logger.info(line, request_id, scope["method"], scope["path"], status, elapsed, note)


def _is_known(key: str, known: tuple[str, ...]) -> bool:
    """Whether `key` is one of `known`, in a time that does not depend on how much of a key it got right.

    Every known key is compared (a list, not a short-circuiting generator). Header values arrive as latin-1
    text, so encoding them back as latin-1 gives the bytes that were sent."""
    sent = key.encode("latin-1")
    return any([hmac.compare_digest(sent, candidate.encode()) for candidate in known])  # noqa: C419


def _mask(key: str) -> str:
    return f"{key[:5]}***{key[-2:]}" if len(key) > 8 else "***"


class MockGateway:
    """The chat completions endpoint; one instance per app, so rate limits and fault budgets are per app."""

    def __init__(self, settings: MockSettings, spec: Spec, stopping: Stopping) -> None:
        self.settings = settings
        self.spec = spec
        self.stopping = stopping
        self.limiter = RateLimiter(settings.rate_limit_per_minute, settings.burst)
        self.budget = FaultBudget()
        self.server_fault = parse_fault(settings.fault)

    def _fault(self, request: Request) -> Fault:
        try:
            asked = parse_fault(request.headers.get(FAULT_HEADER, ""))
        except FaultSyntaxError as error:
            raise ApiError(400, f"Invalid X-Mock-Fault header: {error}", param="X-Mock-Fault") from None
        return self.budget.admit(combine(self.server_fault, asked))

    def _authenticate(self, request: Request) -> str:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            raise ApiError(401, "You didn't provide an API key. Use the header `Authorization: Bearer YOUR_KEY`.")
        if not _is_known(key, self.settings.api_keys):
            raise ApiError(401, f"Incorrect API key provided: {_mask(key)}.")
        return key

    async def _body(self, request: Request) -> dict[str, Any]:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            shown = media_type or "none"
            raise ApiError(400, f"Invalid Content-Type {shown!r}: the request body must be application/json.")
        try:
            body = parse_body(await request.body())
        except BodyError as error:
            raise ApiError(400, error.violation.message, param=error.violation.param) from None
        violation = self.spec.violation(_REQUEST_SCHEMA, body)
        if violation is None and isinstance(body, dict):
            violation = schema_violation(body)
        if violation is not None:
            raise ApiError(400, violation.message, param=violation.param)
        assert isinstance(body, dict)  # the schema says so, and it was just checked
        if not self.settings.serves(str(body["model"]), self.spec.models):
            message = f"The model `{body['model']}` does not exist or you do not have access to it."
            raise ApiError(404, message, param="model", code="model_not_found")
        return body

    async def chat(self, request: Request) -> Response:
        fault = self._fault(request)
        if fault.latency:
            await anyio.sleep(fault.latency)
        broken = fault_response(fault)
        if broken is not None:
            return broken
        decision = self.limiter.take(self._authenticate(request))
        if not decision.allowed:
            raise ApiError(429, "Rate limit reached for requests; retry after Retry-After.", headers=decision.headers())
        body = await self._body(request)
        if fault.error is not None:
            raise gateway_error(fault.error, model=str(body["model"]))
        reply = build_reply(body)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            headers = decision.headers()
            return stream_reply(
                reply, include_usage=include_usage, fault=fault, headers=headers, stopping=self.stopping
            )
        return json_reply(reply, fault, decision.headers())


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 (unknown path) and 405 (with `Allow`), in OpenAI's envelope."""
    assert isinstance(exc, HTTPException)
    where = f"{request.method} {request.url.path}"
    if exc.status_code == 405:
        message = f"Method {request.method} is not allowed for {request.url.path}."
        return ApiError(405, message, headers=exc.headers).response()
    return ApiError(exc.status_code, f"Invalid URL ({where}).", code="unknown_url", headers=exc.headers).response()


def create_app(settings: MockSettings | None = None) -> Starlette:
    """The ASGI app. It reads openapi/mixroute.yaml now, so a spec change needs a new app. `app.state.stopping`
    is the Stopping to set when the server is told to stop."""
    settings = settings or MockSettings()
    spec = Spec.load()
    stopping = Stopping()
    gateway = MockGateway(settings, spec, stopping)
    app = Starlette(
        routes=[Route(CHAT_PATH, gateway.chat, methods=list(spec.routes[CHAT_PATH]))],
        middleware=[Middleware(RequestLog, log=settings.log)],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
    )
    # The server running the app sets it on SIGTERM (see __main__.py).
    app.state.stopping = stopping
    return app
