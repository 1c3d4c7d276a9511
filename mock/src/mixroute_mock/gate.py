"""What the mock does for every operation before its own work, as the gateway does: fault injection, the API
key, the rate limit, the JSON body checked against the spec's schema and the model against the catalogue."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from mixroute_mock.body import BodyError, parse_body
from mixroute_mock.delivery import fault_response
from mixroute_mock.errors import MODEL_NOT_FOUND, ApiError, gateway_error
from mixroute_mock.faults import FAULT_HEADER, Fault, FaultBudget, FaultSyntaxError, combine, parse_fault
from mixroute_mock.lifecycle import Stopping
from mixroute_mock.ratelimit import RateLimiter
from mixroute_mock.settings import MockSettings
from mixroute_mock.spec import Operation, Spec, Violation

Endpoint = Callable[[Request], Awaitable[Response]]
# A handler for an operation of the spec, made for it (so it knows its path, schemas and catalogue).
Handler = Callable[[Operation], Endpoint]
# A check of a body the spec's schema accepted (the JSON Schemas a chat request carries), None when it passes.
BodyCheck = Callable[[dict[str, Any]], Violation | None]


@dataclass(frozen=True)
class Admission:
    """A request let through: the fault it asked for and the rate-limit headers of its answer."""

    fault: Fault
    headers: dict[str, str]

    def upstream_error(self, model: str) -> None:
        """Raise the gateway error an `error=` fault asks for, as the upstream serving `model` would fail."""
        if self.fault.error is not None:
            raise gateway_error(self.fault.error, model=model)


def _is_known(key: str, known: tuple[str, ...]) -> bool:
    """Whether `key` is one of `known`, in a time that does not depend on how much of a key it got right.

    Every known key is compared (a list, not a short-circuiting generator). Header values arrive as latin-1
    text, so encoding them back as latin-1 gives the bytes that were sent."""
    sent = key.encode("latin-1")
    return any([hmac.compare_digest(sent, candidate.encode()) for candidate in known])  # noqa: C419


# What a 401 shows of a wrong key, so its owner can tell which key it was: its first and last few characters,
# and never more than a third of it (a short key would otherwise be given away almost whole).
SHOWN_HEAD = 3
SHOWN_TAIL = 4


def masked_key(key: str) -> str:
    """`key` as a 401 shows it: `sk-***wxyz` for a long key, fewer characters for a short one, `***` for the
    shortest."""
    shown = min(SHOWN_HEAD + SHOWN_TAIL, len(key) // 3)
    head = min(SHOWN_HEAD, (shown + 1) // 2)
    tail = shown - head
    return f"{key[:head]}***{key[len(key) - tail :]}"


class Gate:
    """One per app, so rate limits and fault budgets are per app."""

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

    def authenticate(self, request: Request) -> str:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            raise ApiError(401, "You didn't provide an API key. Use the header `Authorization: Bearer YOUR_KEY`.")
        if not _is_known(key, self.settings.api_keys):
            raise ApiError(401, f"Incorrect API key provided: {masked_key(key)}.")
        return key

    async def admit(self, request: Request) -> Admission | Response:
        """The request let through, or the broken answer a fault asks for instead; raises ApiError for a bad
        key, a bad fault header or a spent rate limit."""
        # The key first: a request without one must not spend a fault budget (nor grow its table).
        key = self.authenticate(request)
        fault = self._fault(request)
        if fault.latency:
            await self.stopping.pause(fault.latency)
        broken = fault_response(fault)
        if broken is not None:
            return broken
        decision = self.limiter.take(key)
        if not decision.allowed:
            raise ApiError(429, "Rate limit reached for requests; retry after Retry-After.", headers=decision.headers())
        return Admission(fault, decision.headers())

    async def json_body(self, request: Request, operation: Operation, check: BodyCheck | None = None) -> Any:
        """The request's JSON body, valid against the operation's schema (and `check`), for a model served."""
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            shown = media_type or "none"
            raise ApiError(400, f"Invalid Content-Type {shown!r}: the request body must be application/json.")
        try:
            body = parse_body(await request.body())
        except BodyError as error:
            raise ApiError(400, error.violation.message, param=error.violation.param) from None
        violation = self._violation(operation, body)
        if violation is None and check is not None and isinstance(body, dict):
            violation = check(body)
        if violation is not None:
            raise ApiError(400, violation.message, param=violation.param)
        if operation.catalogue is not None and isinstance(body, dict) and isinstance(body.get("model"), str):
            self.check_model(body["model"], operation)
        return body

    async def body(self, request: Request, operation: Operation, check: BodyCheck | None = None) -> dict[str, Any]:
        """`json_body` of an operation whose schema asks for an object."""
        body = await self.json_body(request, operation, check)
        if not isinstance(body, dict):
            raise ApiError(400, "Invalid value for the request body: it must be a JSON object.")
        return body

    def _violation(self, operation: Operation, body: Any) -> Violation | None:
        if operation.request_schema is not None:
            return self.spec.violation(operation.request_schema, body)
        return self.spec.violation_at(operation.body_pointer, body) if operation.body_pointer else None

    def serves(self, model: str, operation: Operation) -> bool:
        """Whether `model` is served for `operation`: named in the settings, else in the operation's catalogue."""
        return self.settings.serves(model, tuple(operation.catalogue or ()))

    def check_model(self, model: str, operation: Operation) -> None:
        if not self.serves(model, operation):
            message = f"The model `{model}` does not exist or you do not have access to it."
            raise ApiError(404, message, param="model", code=MODEL_NOT_FOUND)
