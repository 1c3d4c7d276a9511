"""The mock Mixroute gateway as a Starlette app: the spec's routes, OpenAI's errors, deterministic replies."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Mapping

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mixroute_mock.body import BodyError, parse_body
from mixroute_mock.catalogue import catalogue_handlers
from mixroute_mock.delivery import json_reply, stream_reply
from mixroute_mock.embeddings import EMBEDDINGS_OPERATION, embeddings_handler
from mixroute_mock.errors import NEW_API_REQUEST_ID, REQUEST_ID, ApiError
from mixroute_mock.gate import Endpoint, Gate, Handler
from mixroute_mock.lifecycle import Stopping, ended_early, note_ended_early
from mixroute_mock.limits import bounded_reply
from mixroute_mock.profiles import DEFAULT_PROFILE, Profile, profile_named
from mixroute_mock.replies import InvalidDraw
from mixroute_mock.scripts import SCRIPT_HEADER, ScriptError, Scripts, parse_script
from mixroute_mock.settings import MockSettings
from mixroute_mock.spec import CATALOGUE_EXTENSION, Operation, Spec
from mixroute_mock.spec_answers import SpecAnswer
from mixroute_mock.user_schemas import schema_violation

logger = logging.getLogger("mixroute.mock")
# The operation the gateway serves, by the operationId the spec gives it.
CHAT_OPERATION = "createChatCompletion"
# Where tests in any language queue scripted replies (scripts.py); outside the API's own paths.
SCRIPTS_PATH = "/_mock/scripts"


class UnhandledOperation(ValueError):
    """The spec has an operation the mock has no handler for."""


class RequestLog:
    """Gives every response an `x-request-id` and logs one line per request, saying why it ended early if it
    did: a client that left (also while its body was read), a fault, a stop, a response left unfinished."""

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
        finished = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, request_id, finished
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                # An error playing new-api carries new-api's id header and no other, as new-api's own do.
                if NEW_API_REQUEST_ID in headers:
                    request_id = headers[NEW_API_REQUEST_ID]
                else:
                    headers.append(REQUEST_ID, request_id)
            elif not message.get("more_body", False):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except ClientDisconnect:
            # The client left before its body was read (during a `latency` fault, say): nothing to answer.
            note_ended_early(scope, "client disconnected")
        finally:
            if status and not finished:
                note_ended_early(scope, "response left unfinished")
            if self.log:
                elapsed = (time.perf_counter() - started) * 1000
                why = ended_early(scope)
                note = f" ({why})" if why else ""
                line = "%s %s %s %s %.1fms%s"
                logger.info(line, request_id, scope["method"], scope["path"], status, elapsed, note)


class MockGateway:
    """The operations the mock serves: bespoke handlers where the gateway's behaviour matters, every other
    operation of the spec answered from the spec alone (spec_answers.py)."""

    def __init__(self, settings: MockSettings, spec: Spec, stopping: Stopping) -> None:
        self.settings = settings
        self.spec = spec
        self.stopping = stopping
        self.gate = Gate(settings, spec, stopping)
        self.scripts = Scripts()

    def handlers(self) -> dict[str, Endpoint]:
        """The handler of every operation of the spec, by operationId."""
        bespoke: dict[str, Handler] = {
            CHAT_OPERATION: self.chat,
            **catalogue_handlers(self.gate),
            EMBEDDINGS_OPERATION: embeddings_handler(self.gate),
        }
        return {
            operation_id: bespoke.get(operation_id, self.from_spec)(operation)
            for operation_id, operation in self.spec.operations.items()
        }

    def from_spec(self, operation: Operation) -> Endpoint:
        return SpecAnswer(self.gate, operation).answer

    def chat(self, operation: Operation) -> Endpoint:
        async def answer(request: Request) -> Response:
            admitted = await self.gate.admit(request)
            if isinstance(admitted, Response):
                return admitted
            body = await self.gate.body(request, operation, schema_violation)
            admitted.upstream_error(str(body["model"]))
            scripted = self.scripts.take(request.headers.get(SCRIPT_HEADER, ""))
            try:
                reply = bounded_reply(body, self.settings.max_reply_chars, scripted)
            except InvalidDraw as bug:
                raise ApiError(500, str(bug)) from None
            profile = self.profile_of(str(body["model"]), operation)
            if body.get("stream"):
                include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
                return stream_reply(
                    reply,
                    include_usage=include_usage,
                    fault=admitted.fault,
                    headers=admitted.headers,
                    stopping=self.stopping,
                    profile=profile,
                )
            return json_reply(reply, admitted.fault, admitted.headers, profile)

        return answer

    def profile_of(self, model: str, operation: Operation) -> Profile:
        """The upstream profile `model` is served with: the settings', else the one its catalogue entry in
        the spec names (`x-mixroute-models: {glm-5: {profile: glm}}`), else the spec-true one."""
        listed = (operation.catalogue or {}).get(model, {}).get("profile")
        return profile_named(self.settings.profile_of(model, default=str(listed or DEFAULT_PROFILE)))

    async def script(self, request: Request) -> Response:
        """`POST` queues scripted replies, `DELETE` empties every queue; either needs an accepted key."""
        self.gate.authenticate(request)
        if request.method == "DELETE":
            self.scripts.clear()
            return Response(status_code=204)
        try:
            key, replies = parse_script(parse_body(await request.body()))
        except BodyError as error:
            raise ApiError(400, error.violation.message, param=error.violation.param) from None
        except ScriptError as error:
            raise ApiError(400, str(error)) from None
        self.scripts.add(key, replies)
        return Response(status_code=204)


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


def _by_method(endpoints: Mapping[str, Endpoint]) -> Endpoint:
    """One endpoint for a path serving several methods (Starlette answers other methods with 405 first)."""

    async def endpoint(request: Request) -> Response:
        return await endpoints[request.method](request)

    return endpoint


def routes(operations: Mapping[str, Operation], handlers: Mapping[str, Endpoint]) -> list[Route]:
    """A route for each path of the spec, each method bound to the handler of its operation's operationId."""
    by_path: dict[str, dict[str, Endpoint]] = {}
    for operation_id, operation in operations.items():
        if operation_id not in handlers:
            raise UnhandledOperation(f"the spec's operation {operation_id!r} has no handler in the mock")
        by_path.setdefault(operation.path, {})[operation.method] = handlers[operation_id]
    return [Route(path, _by_method(endpoints), methods=list(endpoints)) for path, endpoints in by_path.items()]


def _check_listed_profiles(spec: Spec) -> None:
    """Raise ValueError when a catalogue entry of the spec names an unknown profile: at start, not per request."""
    for operation in spec.operations.values():
        for facts in (operation.catalogue or {}).values():
            if "profile" in facts:
                profile_named(str(facts["profile"]))


def create_app(settings: MockSettings | None = None, *, spec: Spec | None = None) -> Starlette:
    """The ASGI app for `spec`, by default the one mixroute-client ships. `app.state.stopping` is the Stopping
    to set when the server is told to stop; `app.state.fault_budget` counts the `times=N` faults;
    `app.state.scripts` holds the queues of scripted replies. Raises ValueError when the spec lists no models
    and the settings name none, has an operation the mock cannot serve, or a catalogue entry names an unknown
    upstream profile."""
    settings = settings or MockSettings()
    spec = spec or Spec.packaged()
    unlisted = [op.operation_id for op in spec.operations.values() if op.catalogue is not None and not op.catalogue]
    if settings.models is None and unlisted:
        listing = f"the spec lists no models ({CATALOGUE_EXTENSION}) for {', '.join(unlisted)}"
        raise ValueError(f"{listing}: name the models served (MOCK_MODELS)")
    _check_listed_profiles(spec)
    stopping = Stopping()
    gateway = MockGateway(settings, spec, stopping)
    scripting = Route(SCRIPTS_PATH, gateway.script, methods=["POST", "DELETE"])
    app = Starlette(
        routes=[*routes(spec.operations, gateway.handlers()), scripting],
        middleware=[Middleware(RequestLog, log=settings.log)],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
    )
    # The server running the app sets it on SIGTERM (see __main__.py).
    app.state.stopping = stopping
    app.state.fault_budget = gateway.gate.budget
    # The pytest fixture queues a test's scripted replies here.
    app.state.scripts = gateway.scripts
    return app
