"""Benchmark 2: iterate a long SSE stream into chunks: typed for ours and the SDK, dicts for raw httpx."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.payloads import PATH, pieces, seed_request, sse_stream
from benchmarks.results import Row
from benchmarks.timing import Budget, compare
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest

FAMILY = "2 stream"
TARGET = 4.0
BASELINE = "httpx iter_lines+json.loads"

Outcome = tuple[int, str]


def digest(contents: Iterable[str | None]) -> Outcome:
    """How many chunks there were and a hash of their content in order: equal means the same stream."""
    count, sha = 0, hashlib.sha256()
    for content in contents:
        count += 1
        sha.update((content or "").encode())
    return count, sha.hexdigest()


def raw_contents(lines: Iterable[str]) -> Iterable[str | None]:
    """The floor: SSE ``data:`` lines decoded with json.loads, no model, stopping at ``[DONE]``."""
    for line in lines:
        if not line.startswith("data:"):
            continue
        data = line[5:].lstrip()
        if data == "[DONE]":
            return
        content: str | None = json.loads(data)["choices"][0]["delta"].get("content")
        yield content


def stream_of_ours() -> Callable[..., Any] | None:
    """The generated ``stream()`` if this build of the client has it (it is added by the runtime work)."""
    found: Callable[..., Any] | None = getattr(create_chat_completion, "stream", None)
    return found


def run(budget: Budget) -> list[Row]:
    name = f"{budget.stream_chunks}-chunk stream"
    stream = stream_of_ours()
    body = pieces(sse_stream(budget.stream_chunks))
    request = {**seed_request(), "stream": True}
    replays = {side: clients.Replay(body, "text/event-stream") for side in ("ours", "raw", "openai")}
    ours = clients.ours(replays["ours"].transport())
    raw = clients.raw(replays["raw"].transport())
    sdk = clients.sdk(replays["openai"].transport())
    typed_request = CreateChatCompletionRequest.from_dict(seed_request())

    def iterate_ours() -> Outcome:
        assert stream is not None
        with stream(client=ours, body=typed_request) as chunks:
            return digest(chunk.choices[0].delta.content for chunk in chunks)

    def iterate_raw() -> Outcome:
        with raw.stream("POST", PATH, json=request) as response:
            return digest(raw_contents(response.iter_lines()))

    def iterate_sdk() -> Outcome:
        with sdk.chat.completions.create(**request) as chunks:
            return digest(chunk.choices[0].delta.content for chunk in chunks)

    sides = {"raw": iterate_raw, "ours": iterate_ours, "openai": iterate_sdk}
    if stream is None:
        # The SDK against the floor is still worth knowing while ours cannot be measured yet.
        del sides["ours"], replays["ours"]
    count, sha = agreed({side: iterate() for side, iterate in sides.items()})
    sent = agreed({side: replay.last_request for side, replay in replays.items()})
    medians = compare(sides, budget)
    return [
        Row(
            family=FAMILY,
            name=name,
            ours=medians.get("ours"),
            baseline=medians["raw"],
            baseline_label=BASELINE,
            openai=medians["openai"],
            target=TARGET,
            note="" if stream is not None else "n/a (stream() not available)",
            checks={"chunks": count, "content_sha256": sha, "body_bytes": sum(map(len, body)), "request": sent},
        )
    ]
