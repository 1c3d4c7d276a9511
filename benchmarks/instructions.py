"""CPU cost of one stream in instructions, which stay repeatable on a shared machine where wall time does not.

``python -m benchmarks.instructions [--chunks N] [SIDE ...]`` runs every side under callgrind twice, with a
different number of streams, and reports (count(N2) - count(N1)) / (N2 - N1): one stream's instructions, with
start-up and imports cancelled out (the method of /work/shared/REFERENCE.md, "Measuring speed").
``parse-call`` is ``chat.completions.parse()`` into a pydantic model against ``validated-call``, ``create()`` with
the same request followed by ``model_validate_json`` of the content (benchmarks/structured.py).
``--side SIDE --streams N`` is what callgrind runs: N streams of one side, nothing else. With
``BENCH_JSON=json`` our side decodes events and replies as it does without orjson (the ``fast`` extra), with the
standard library's decoder, even where orjson is there.

The ``*-call`` sides are one non-streamed call instead (``--streams`` then counts calls): ``ours-call`` is the
``make bench`` plain call (the module function on a request built once) against ``raw-call`` (httpx2 +
``json.loads``, issue 14); the module function against ``Mixroute().chat.completions.create``, with typed
messages and with plain dicts (issue 11, item 9), against ``module-call``. Calls are reported per call.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from functools import partial
from typing import Any

import httpx2

from benchmarks import clients
from benchmarks.calls import _module_body
from benchmarks.decoders import standard_library_json
from benchmarks.payloads import BASE_URL, PATH, seed_request, seed_response
from benchmarks.streaming import readers
from mixroute_client import AuthenticatedClient, Mixroute
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest, UserMessage

STREAMS = (1, 3)
# A plain call allocates a few hundred objects, so the cycle collector runs every two or three calls: two calls
# caught one collection or none, and the figure moved by half a collection's cost with the heap's phase.
CALLS = (1, 21)
STREAM_SIDES = ("raw", "ours", "ours+final")
COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _side(side: str, chunks: int) -> Callable[[], object]:
    """The one side measured: building the others would put them in the heap of its run."""
    if side in STRUCTURED_SIDES:
        return _structured_sides()[side]
    return readers(chunks)[0][side] if side in STREAM_SIDES else _call_sides()[side]


def _structured_sides() -> dict[str, Callable[[], object]]:
    """parse() into a pydantic model, and create() with the same request followed by the same validation
    (benchmarks/structured.py), on the same reply."""
    from benchmarks.structured import Location, structured_reply  # noqa: PLC0415 (pydantic: these sides only)

    model, messages = seed_request()["model"], seed_request()["messages"]
    replay = clients.Replay(structured_reply(), "application/json")
    client = Mixroute(
        api_key=clients.API_KEY, base_url=BASE_URL, http_client=httpx2.Client(transport=replay.transport())
    )
    client.chat.completions.parse(model=model, messages=messages, response_format=Location)
    response_format = replay.last_request["response_format"]

    def validated() -> object:
        completion = client.chat.completions.create(model=model, messages=messages, response_format=response_format)
        return Location.model_validate_json(completion.choices[0].message.content or "")

    return {
        "parse-call": partial(client.chat.completions.parse, model=model, messages=messages, response_format=Location),
        "validated-call": validated,
    }


def _call_sides() -> dict[str, Callable[[], object]]:
    reply = json.dumps(seed_response()).encode()
    module = clients.ours(clients.Replay(reply, "application/json").transport())
    http = httpx2.Client(transport=clients.Replay(reply, "application/json").transport())
    resource = Mixroute(api_key=clients.API_KEY, base_url=BASE_URL, http_client=http)
    model, plain = seed_request()["model"], seed_request()["messages"]
    typed = [UserMessage.from_dict(message) for message in plain]
    raw = clients.raw(clients.Replay(reply, "application/json").transport())
    request = seed_request()
    body = CreateChatCompletionRequest.from_dict(request)
    sides: dict[str, Callable[[], object]] = {
        "raw-call": partial(_raw_call, raw, request),
        "ours-call": partial(create_chat_completion.sync, client=module, body=body),
    }
    for suffix, messages in (("", typed), ("-dicts", plain)):
        sides[f"module-call{suffix}"] = partial(_module_call, module, model, messages)
        sides[f"resource-call{suffix}"] = partial(resource.chat.completions.create, model=model, messages=messages)
    return sides


def _raw_call(raw: httpx2.Client, request: dict[str, Any]) -> object:
    return json.loads(raw.post(PATH, json=request).content)


def _module_call(client: AuthenticatedClient, model: str, messages: list[Any]) -> object:
    return create_chat_completion.sync(client=client, body=_module_body(model, messages))


SIDES = (
    "raw",
    "ours",
    "ours+final",
    "raw-call",
    "ours-call",
    "module-call",
    "resource-call",
    "module-call-dicts",
    "resource-call-dicts",
    "parse-call",
    "validated-call",
)
STRUCTURED_SIDES = ("parse-call", "validated-call")


def run_side(side: str, streams: int, chunks: int) -> None:
    decoding = standard_library_json() if os.environ.get("BENCH_JSON") == "json" else nullcontext()
    with decoding:
        iterate = _side(side, chunks)
        # The imports' and the harness's objects out of the collector's sight: a full collection over them
        # (the SDK is imported) costs millions of instructions and falls into one run and not the other.
        gc.collect()
        gc.freeze()
        for _ in range(streams):
            iterate()


def count(side: str, streams: int, chunks: int) -> int:
    """Instructions callgrind collected over a whole interpreter running ``streams`` streams of ``side``."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "benchmarks.instructions",
        "--side",
        side,
        "--streams",
        str(streams),
        "--chunks",
        str(chunks),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no total:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_stream(side: str, chunks: int) -> float:
    low, high = CALLS if side.endswith(("-call", "-call-dicts")) else STREAMS
    return (count(side, high, chunks) - count(side, low, chunks)) / (high - low)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.instructions", description=__doc__)
    parser.add_argument("sides", nargs="*", default=list(SIDES), help=f"any of {', '.join(SIDES)}")
    parser.add_argument("--chunks", type=int, default=5000)
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)
    parser.add_argument("--streams", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    unknown = set(args.sides) - set(SIDES)
    if unknown:
        parser.error(f"unknown sides: {', '.join(sorted(unknown))}")
    if args.side:
        run_side(args.side, args.streams, args.chunks)
        return 0
    calls = [side for side in args.sides if side.endswith(("-call", "-call-dicts"))]
    streams = [side for side in args.sides if side not in calls]
    if streams:
        costs = {side: per_stream(side, args.chunks) for side in dict.fromkeys(["raw", *streams])}
        for side, cost in costs.items():
            print(f"{side:<12} {cost / args.chunks:>10.0f} instructions/chunk  {cost / costs['raw']:.2f}x raw")
    if calls:
        baseline = "raw-call" if "ours-call" in calls else "module-call"
        baseline = "validated-call" if "parse-call" in calls else baseline
        costs = {side: per_stream(side, args.chunks) for side in dict.fromkeys([baseline, *calls])}
        for side, cost in costs.items():
            print(f"{side:<20} {cost:>10.0f} instructions/call  {cost / costs[baseline]:.3f}x {baseline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
