"""Benchmark 5: end to end over loopback against the mock server running under uvicorn.

Sequential latency (p50 and p99 of single calls, sides interleaved call by call) for plain and streamed
calls, and many concurrent async streams, which must all complete without an error.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any

import httpx

from benchmarks import clients
from benchmarks.agreement import agreed
from benchmarks.payloads import PATH, seed_request
from benchmarks.results import Row, unavailable
from benchmarks.stats import percentile
from benchmarks.streaming import Outcome, digest, raw_contents, stream_of_ours
from benchmarks.timing import Budget, time_once
from mixroute_client import AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest

FAMILY = "5 loopback"
BASELINE = "httpx"
MockStarter = Callable[..., AbstractContextManager[str]]


def _mock() -> tuple[MockStarter, Any] | None:
    """``running_mock`` and a generous ``MockSettings`` when the mock server package exists yet."""
    try:
        module = importlib.import_module("tests.mock_server")
    except ImportError:
        return None
    starter, settings_type = getattr(module, "running_mock", None), getattr(module, "MockSettings", None)
    if starter is None or settings_type is None:
        return None
    # The default rate limit would throttle a benchmark that sends hundreds of calls a minute.
    return starter, settings_type(api_keys=(clients.API_KEY,), rate_limit_per_minute=10**9, log=False)


def _latencies(sides: Mapping[str, Callable[[], object]], calls: int) -> dict[str, list[float]]:
    for call in sides.values():
        call()  # connect and warm up outside the measurement
    samples: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(calls):
        for side, call in sides.items():
            samples[side].append(time_once(call))
    return samples


def _latency_rows(what: str, samples: dict[str, list[float]], checks: dict[str, Any], note: str) -> list[Row]:
    return [
        Row(
            family=FAMILY,
            name=f"{what} {label}",
            ours=percentile(samples["ours"], fraction) if "ours" in samples else None,
            baseline=percentile(samples["raw"], fraction),
            baseline_label=BASELINE,
            openai=percentile(samples["openai"], fraction),
            note=note,
            checks={**checks, "calls": len(samples["raw"])},
        )
        for label, fraction in (("p50", 0.5), ("p99", 0.99))
    ]


def _plain(base_url: str, budget: Budget) -> list[Row]:
    transport = httpx.HTTPTransport()
    ours, raw, sdk = (
        clients.ours(transport, base_url),
        clients.raw(transport, base_url),
        clients.sdk(transport, base_url),
    )
    request = seed_request()
    body = CreateChatCompletionRequest.from_dict(request)
    sides: dict[str, Callable[[], object]] = {
        "raw": lambda: raw.post(PATH, json=request).json()["id"],
        "ours": lambda: getattr(create_chat_completion.sync(client=ours, body=body), "id", None),
        "openai": lambda: sdk.chat.completions.create(**request).id,
    }
    agreed({side: call() is not None for side, call in sides.items()})
    return _latency_rows("plain call", _latencies(sides, budget.e2e_calls), {}, "")


def _streamed(base_url: str, budget: Budget) -> list[Row]:
    transport = httpx.HTTPTransport()
    ours, raw, sdk = (
        clients.ours(transport, base_url),
        clients.raw(transport, base_url),
        clients.sdk(transport, base_url),
    )
    request = {**seed_request(), "stream": True}
    body = CreateChatCompletionRequest.from_dict(seed_request())
    stream = stream_of_ours()

    def iterate_raw() -> Outcome:
        with raw.stream("POST", PATH, json=request) as response:
            return digest(raw_contents(response.iter_lines()))

    def iterate_ours() -> Outcome:
        assert stream is not None
        with stream(client=ours, body=body) as chunks:
            return digest(chunk.choices[0].delta.content for chunk in chunks if chunk.choices)

    def iterate_sdk() -> Outcome:
        with sdk.chat.completions.create(**request) as chunks:
            return digest(chunk.choices[0].delta.content for chunk in chunks if chunk.choices)

    sides: dict[str, Callable[[], Outcome]] = {"raw": iterate_raw, "openai": iterate_sdk}
    if stream is not None:
        sides["ours"] = iterate_ours
    count, _ = agreed({side: call() for side, call in sides.items()})
    note = "" if stream is not None else "ours n/a (stream() not available)"
    return _latency_rows("streamed call", _latencies(sides, budget.e2e_calls), {"chunks": count}, note)


async def _concurrently(streams: int, one: Callable[[], Any]) -> tuple[int, int]:
    """How many of ``streams`` concurrent streams completed and how many raised."""
    outcomes = await asyncio.gather(*(one() for _ in range(streams)), return_exceptions=True)
    errors = sum(isinstance(outcome, BaseException) for outcome in outcomes)
    return len(outcomes) - errors, errors


def _concurrent(base_url: str, budget: Budget) -> list[Row]:
    name = f"{budget.concurrent_streams} concurrent async streams"
    asyncio_stream = getattr(create_chat_completion, "asyncio_stream", None)
    if asyncio_stream is None:
        return [unavailable(FAMILY, name, BASELINE, "asyncio_stream() not available")]
    request = {**seed_request(), "stream": True}
    body = CreateChatCompletionRequest.from_dict(seed_request())

    async def measure() -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
        ours = AuthenticatedClient(base_url=base_url, token=clients.API_KEY)
        async with httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {clients.API_KEY}"}) as raw:

            async def one_raw() -> int:
                async with raw.stream("POST", PATH, json=request) as response:
                    response.raise_for_status()
                    return sum([1 async for line in response.aiter_lines() if line.startswith("data:")])

            async def one_ours() -> int:
                async with asyncio_stream(client=ours, body=body) as chunks:
                    return sum([1 async for _ in chunks])

            walls: dict[str, float] = {}
            results: dict[str, tuple[int, int]] = {}
            for side, one in (("raw", one_raw), ("ours", one_ours)):
                await _concurrently(1, one)  # connect and warm up
                loop = asyncio.get_running_loop()
                start = loop.time()
                results[side] = await _concurrently(budget.concurrent_streams, one)
                walls[side] = loop.time() - start
            return walls, results

    walls, results = asyncio.run(measure())
    completed, errors = results["ours"]
    return [
        Row(
            family=FAMILY,
            name=name,
            ours=walls["ours"],
            baseline=walls["raw"],
            baseline_label="httpx async",
            note="" if errors == 0 and completed == budget.concurrent_streams else f"{errors} of ours failed",
            checks={
                "ours": {"completed": completed, "errors": errors},
                "raw": dict(zip(("completed", "errors"), results["raw"], strict=True)),
            },
        )
    ]


def run(budget: Budget) -> list[Row]:
    found = _mock()
    if found is None:
        return [
            unavailable(FAMILY, "loopback against the mock", BASELINE, "tests.mock_server.running_mock not available")
        ]
    starter, settings = found
    with starter(settings) as base_url:
        return [*_plain(base_url, budget), *_streamed(base_url, budget), *_concurrent(base_url, budget)]
