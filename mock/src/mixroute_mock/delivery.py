"""Sending a reply: plain JSON, an event stream, or one of the broken answers fault injection asks for."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

import anyio
from starlette.datastructures import MutableHeaders
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Receive, Scope, Send

from mixroute_mock.errors import ApiError
from mixroute_mock.faults import Fault
from mixroute_mock.lifecycle import LAST_EVENT_WAIT, Stopping, await_disconnect, note_ended_early
from mixroute_mock.profiles import DEFAULT_PROFILE, EMPTY_ROLE, PROFILES, Profile
from mixroute_mock.replies import Reply
from mixroute_mock.streaming import DONE, chunks, event

EVENT_STREAM = "text/event-stream; charset=utf-8"
_BAD_GATEWAY_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


class PieceResponse(Response):
    """A body sent piece by piece, `delay` seconds apart, each piece made only when it is sent. Left
    `complete=False`, it never finishes, so the server drops the connection mid-body: the way a proxy or an
    upstream dies halfway through an answer.

    When the client goes away the rest is not sent, and the request's log line says so. When the server is
    stopping, the rest is sent at once so that the client still gets a whole answer; if that takes too long
    (lifecycle.DRAIN), the body ends with `last_piece` instead, the stream's final event."""

    def __init__(
        self,
        pieces: Iterable[bytes],
        *,
        media_type: str,
        headers: Mapping[str, str],
        status_code: int = 200,
        complete: bool = True,
        delay: float = 0.0,
        stopping: Stopping | None = None,
        last_piece: bytes = b"",
    ) -> None:
        super().__init__(status_code=status_code, media_type=media_type, headers=headers)
        del self.headers["content-length"]  # sent chunked: the length is not known up front
        self.pieces = pieces
        self.complete = complete
        self.delay = delay
        self.stopping = stopping or Stopping()
        self.last_piece = last_piece
        self._started = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async with anyio.create_task_group() as group:

            async def watch() -> None:
                await await_disconnect(receive)
                note_ended_early(scope, "client disconnected")
                group.cancel_scope.cancel()

            group.start_soon(watch)
            with self.stopping.stream() as sending:
                await self._send_pieces(send)
            if sending.cancelled_caught:
                await self._end_at_shutdown(scope, send)
            elif not self.complete:
                note_ended_early(scope, "connection dropped, as the fault asked")
            group.cancel_scope.cancel()

    async def _start(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        self._started = True

    async def _send_pieces(self, send: Send) -> None:
        await self._start(send)
        for number, piece in enumerate(self.pieces):
            if number:
                await self.stopping.pause(self.delay)
            await send({"type": "http.response.body", "body": piece, "more_body": True})
        if self.complete:
            await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def _end_at_shutdown(self, scope: Scope, send: Send) -> None:
        """The body's end, after its final piece, for a client still reading; a connection meant to be dropped
        is dropped all the same."""
        if not self.complete:
            note_ended_early(scope, "connection dropped at shutdown, as the fault asked")
            return
        with anyio.move_on_after(LAST_EVENT_WAIT) as waiting:
            if not self._started:
                await self._start(send)
            await send({"type": "http.response.body", "body": self.last_piece, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        if waiting.cancelled_caught:
            note_ended_early(scope, "cut short at shutdown; its client read too slowly to get a final event")
        else:
            note_ended_early(scope, "cut short at shutdown; ended with a final event")


def fault_response(fault: Fault) -> Response | None:
    """The answer a status, `html` or `malformed-json` fault gives in place of the real one; `error-in-200` sends
    the status's error envelope with 200, its `code` the status, as OpenRouter reports an upstream failure."""
    if fault.html:
        return HTMLResponse(_BAD_GATEWAY_PAGE, status_code=502)
    if fault.malformed_json:
        return Response(b'{"id": "chatcmpl-mock", "object": "chat.compl', media_type="application/json")
    if fault.status is None:
        return None
    headers = MutableHeaders()
    if fault.retry_after is not None or fault.status == 429:
        headers["retry-after"] = str(fault.retry_after if fault.retry_after is not None else 1)
    if fault.retry_after_ms is not None:
        headers["retry-after-ms"] = str(fault.retry_after_ms)
    if fault.should_retry is not None:
        headers["x-should-retry"] = str(fault.should_retry).lower()
    error = ApiError(fault.status, f"Injected fault: status {fault.status}.", headers=headers)
    if fault.error_in_200:
        envelope = {"error": {"code": fault.status, "message": error.message}}
        return JSONResponse(envelope, status_code=200, headers=error.headers)
    return error.response()


def json_reply(
    reply: Reply, fault: Fault, headers: Mapping[str, str], profile: Profile = PROFILES[DEFAULT_PROFILE]
) -> Response:
    return json_payload(profile.completion(reply.completion()), fault, headers)


def json_payload(payload: Any, fault: Fault, headers: Mapping[str, str], status: int = 200) -> Response:
    """Any JSON answer, cut halfway when a `drop-after` fault asks for a dropped connection."""
    body = json.dumps(payload, ensure_ascii=False).encode()
    if fault.drop_after is not None:
        return PieceResponse([body[: len(body) // 2]], media_type="application/json", headers=headers, complete=False)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def _events(reply: Reply, include_usage: bool, fault: Fault, profile: Profile) -> Iterator[bytes]:
    """The stream's events one at a time: however many choices and tokens, only one is held at once. The
    `empty-role` fault plays GLM-5's habit for one request, whatever the model's profile."""
    played = profile.stream(chunks(reply, include_usage=include_usage), reply)
    for chunk in EMPTY_ROLE.stream(played, reply) if fault.empty_role else played:
        yield event(chunk)
    if not fault.no_done:
        yield event(DONE)


def _dropped_after(events: Iterator[bytes], count: int) -> Iterator[bytes]:
    """`count` events, then half of the next one (or of a bare `data: {` when there is none)."""
    yield from islice(events, count)
    cut = next(events, b"data: {")
    yield cut[: max(1, len(cut) // 2)]


def _failed_after(events: Iterator[bytes], count: int) -> Iterator[bytes]:
    yield from islice(events, count)
    yield event(ApiError(500, "Injected fault: the upstream failed mid-stream.").envelope())


# The last event of a stream the server could not finish before it stopped: an error, as an upstream sends one.
SHUTDOWN_EVENT = event(ApiError(503, "The mock server is shutting down: this stream ends here.").envelope())


def stream_reply(
    reply: Reply,
    *,
    include_usage: bool,
    fault: Fault,
    headers: Mapping[str, str],
    stopping: Stopping,
    profile: Profile = PROFILES[DEFAULT_PROFILE],
) -> Response:
    """The reply as an event stream, played with `profile`'s habits and the fault's."""
    events = _events(reply, include_usage, fault, profile)
    complete = fault.drop_after is None
    if fault.drop_after is not None:
        events = _dropped_after(events, fault.drop_after)
    elif fault.error_event_after is not None:
        events = _failed_after(events, fault.error_event_after)
    return PieceResponse(
        events,
        media_type=EVENT_STREAM,
        headers={**headers, "cache-control": "no-cache"},
        complete=complete,
        delay=fault.event_delay or 0.0,
        stopping=stopping,
        last_piece=SHUTDOWN_EVENT,
    )
