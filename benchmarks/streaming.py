"""Benchmark 2: iterate a long SSE stream into chunks: typed for ours and the SDK, dicts for raw httpx2."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any, cast

import httpx2
import openai

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.decoders import decoders
from benchmarks.payloads import PATH, pieces, seed_request, sse_stream
from benchmarks.results import Row
from benchmarks.timing import Budget, compare
from mixroute_client import AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest

FAMILY = "2 stream"
BASELINE = "httpx2 iter_lines+json.loads"

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


def stream_of_ours() -> Callable[..., Any]:
    """The generated ``stream()``: a function, so that a test can hand the benchmarks a broken one."""
    return create_chat_completion.stream


def stream_sides(
    ours: AuthenticatedClient, raw: httpx2.Client, sdk: openai.OpenAI, *, read_to_end: bool
) -> dict[str, Callable[[], Outcome]]:
    """One streamed call per side, digested; ``read_to_end`` makes raw httpx2 read past ``[DONE]`` too."""
    request = {**seed_request(), "stream": True}
    body = CreateChatCompletionRequest.from_dict(seed_request())

    def iterate_raw() -> Outcome:
        with raw.stream("POST", PATH, json=request) as response:
            lines = response.iter_lines()
            # Reading the body to its very end is what lets httpx2 reuse the connection.
            return digest(raw_contents(list(lines) if read_to_end else lines))

    def iterate_ours() -> Outcome:
        with stream_of_ours()(client=ours, body=body) as chunks:
            return digest(chunk.choices[0].delta.content for chunk in chunks if chunk.choices)

    def iterate_sdk() -> Outcome:
        with sdk.chat.completions.create(**request) as chunks:
            return digest(chunk.choices[0].delta.content for chunk in chunks if chunk.choices)

    return {"raw": iterate_raw, "ours": iterate_ours, "openai": iterate_sdk}


def readers(chunks: int) -> tuple[dict[str, Callable[[], object]], dict[str, clients.Replay]]:
    """Every way of reading one stream of ``chunks`` chunks, each on its own replay of the same bytes.

    ``raw``, ``ours`` and ``openai`` (``create(stream=True)``) iterate and return the stream's ``digest``;
    ``ours+final`` and ``openai .stream()`` (the SDK's accumulating helper) also ask for the final completion
    and return its content.
    """
    body = pieces(sse_stream(chunks))
    typed_request = CreateChatCompletionRequest.from_dict(seed_request())
    replays = {side: clients.Replay(body, "text/event-stream") for side in SIDES}
    raw = clients.raw(replays["raw"].transport())
    ours, ours_final = (clients.ours(replays[side].transport()) for side in ("ours", "ours+final"))
    sdk, sdk_helper = (clients.sdk(replays[side].transport()) for side in ("openai", "openai .stream()"))
    stream = stream_of_ours()

    def read_ours_final() -> str | None:
        with stream(client=ours_final, body=typed_request) as typed:
            digest(chunk.choices[0].delta.content for chunk in typed)
            content: str | None = typed.get_final_completion().choices[0].message.content
            return content

    def read_sdk_helper() -> str | None:
        with sdk_helper.chat.completions.stream(**seed_request()) as events:
            for _ in events:
                pass
            return events.get_final_completion().choices[0].message.content

    sides: dict[str, Callable[[], object]] = {
        **stream_sides(ours, raw, sdk, read_to_end=False),
        "ours+final": read_ours_final,
        "openai .stream()": read_sdk_helper,
    }
    return sides, replays


SIDES = ("raw", "ours", "ours+final", "openai", "openai .stream()")
# One row per pair: what the row adds to its name, our side, the SDK's side, the target (issue 14).
ROWS = (("", "ours", "openai", 2.0), (" + final", "ours+final", "openai .stream()", 2.5))


def run(budget: Budget) -> list[Row]:
    sides, replays = readers(budget.stream_chunks)
    outcome = agreed({side: sides[side]() for side in ("raw", "ours", "openai")})
    final = agreed({side: sides[side]() for side in ("ours+final", "openai .stream()")})
    sent = agreed({side: replay.last_request for side, replay in replays.items() if side != "openai .stream()"})
    count, sha = cast(Outcome, outcome)
    checks = {"chunks": count, "content_sha256": sha, "final_content_chars": len(str(final)), "request": sent}
    rows: list[Row] = []
    for decoder, decoding in decoders():
        with decoding():
            agreed({"before": (outcome, final), "ours": (sides["ours"](), sides["ours+final"]())})
            medians = compare(sides, budget)
        rows.extend(
            paired_rows(FAMILY, budget.stream_chunks, f", ours decoding with {decoder}", medians, checks=checks)
        )
    return rows


def paired_rows(family: str, chunks: int, detail: str, figures: dict[str, float], **fields: Any) -> list[Row]:
    """A row for each pair of ``ROWS`` (iterating, and with the final), ours and the SDK's against raw; the
    targets go with time, not with other units."""
    with_targets = fields.get("unit", "s") == "s"
    return [
        Row(
            family=family,
            name=f"{chunks}-chunk stream{suffix}{detail}",
            ours=figures[ours],
            baseline=figures["raw"],
            baseline_label=BASELINE,
            openai=figures[sdk],
            target=target if with_targets else None,
            **fields,
        )
        for suffix, ours, sdk, target in ROWS
    ]
