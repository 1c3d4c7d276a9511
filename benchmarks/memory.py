"""Benchmark 7: peak memory while reading a long stream, at two lengths, so that growth per chunk shows.

tracemalloc's peak of Python allocations while one stream is read, the stream's bytes being made beforehand
(they are the network's, not the client's). Without the final completion: ours, raw httpx + ``json.loads``
and the SDK's ``create(stream=True)``. With it: ours with ``get_final_completion()``, the same raw loop and
the SDK's accumulating ``.stream()`` helper.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from benchmarks import clients
from benchmarks.payloads import PATH, pieces, seed_request, sse_stream
from benchmarks.results import Row
from benchmarks.streaming import digest, raw_contents, stream_of_ours
from benchmarks.timing import Budget
from mixroute_client.models import CreateChatCompletionRequest

FAMILY = "7 memory"
BASELINE = "httpx iter_lines+json.loads"


def peak_bytes(read: Callable[[], object]) -> float:
    """Peak bytes Python allocated while ``read`` ran."""
    tracemalloc.start()
    try:
        read()
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


def _readers(chunks: int) -> dict[str, Callable[[], object]]:
    body = pieces(sse_stream(chunks))
    request = {**seed_request(), "stream": True}
    typed_request = CreateChatCompletionRequest.from_dict(seed_request())
    replay = clients.Replay(body, "text/event-stream")
    raw = clients.raw(replay.transport())
    ours = clients.ours(replay.transport())
    sdk = clients.sdk(replay.transport())
    stream = stream_of_ours()
    assert stream is not None

    def read_raw() -> object:
        with raw.stream("POST", PATH, json=request) as response:
            return digest(raw_contents(response.iter_lines()))

    def read_ours(final: bool) -> object:
        with stream(client=ours, body=typed_request) as typed:
            outcome = digest(chunk.choices[0].delta.content for chunk in typed)
            return typed.get_final_completion() if final else outcome

    def read_sdk() -> object:
        with sdk.chat.completions.create(**request) as typed:
            return digest(chunk.choices[0].delta.content for chunk in typed)

    def read_sdk_helper() -> object:
        with sdk.chat.completions.stream(**seed_request()) as events:
            for _ in events:
                pass
            return events.get_final_completion()

    return {
        "raw": read_raw,
        "ours": lambda: read_ours(final=False),
        "ours+final": lambda: read_ours(final=True),
        "openai": read_sdk,
        "openai .stream()": read_sdk_helper,
    }


# One row per pair: what the row adds to its name, our side, the SDK's side.
ROWS = (("", "ours", "openai"), (" + final", "ours+final", "openai .stream()"))


def rows_for(chunks: int) -> list[Row]:
    peaks = {side: peak_bytes(read) for side, read in _readers(chunks).items()}
    return [
        Row(
            family=FAMILY,
            name=f"{chunks}-chunk stream{suffix}, peak",
            ours=peaks[ours],
            baseline=peaks["raw"],
            baseline_label=BASELINE,
            openai=peaks[sdk],
            unit="B",
            checks={"chunks": chunks},
        )
        for suffix, ours, sdk in ROWS
    ]


def run(budget: Budget) -> list[Row]:
    # What every side builds on first use (the SDK's lazily built models, our lazily imported stream module)
    # is not what a long stream costs: a short stream first, unmeasured.
    for read in _readers(5).values():
        read()
    return [row for chunks in budget.memory_chunks for row in rows_for(chunks)]
