"""Benchmark 5: end to end over loopback against the mock server running under uvicorn.

Sequential latency (p50 and p99 of single calls, sides interleaved call by call) for plain and streamed
calls, and many concurrent async streams, which must all complete without an error.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import httpx2
import openai

from benchmarks import clients, connections
from benchmarks.agreement import DisagreementError, agreed
from benchmarks.payloads import PATH, seed_request
from benchmarks.results import Row
from benchmarks.stats import median, percentile
from benchmarks.streaming import stream_sides
from benchmarks.timing import Budget, time_once
from mixroute_client import AsyncMixroute, AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import CreateChatCompletionRequest
from mixroute_mock import MockSettings, running_mock

FAMILY = "5 loopback"
BASELINE = "httpx2"
# The highest acceptable ratio to raw httpx2 of plain calls run at once.
CONCURRENT_TARGET = 1.1
# Every side waits this long for a pool slot or a reply: the clients' defaults (5 s for httpx) fail a call of 200
# at once on a loaded machine, and a row must come out slower there, never short of calls.
PATIENCE_S = 120.0


# The default rate limit would throttle a benchmark that sends hundreds of calls a minute.
MOCK_SETTINGS = MockSettings(api_keys=(clients.API_KEY,), rate_limit_per_minute=10**9, log=False)


def _latencies(sides: Mapping[str, Callable[[], object]], calls: int) -> dict[str, list[float]]:
    for call in sides.values():
        call()  # connect and warm up outside the measurement
    samples: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(calls):
        for side, call in sides.items():
            samples[side].append(time_once(call))
    return samples


def _latency_rows(what: str, samples: dict[str, list[float]], checks: dict[str, Any]) -> list[Row]:
    return [
        Row(
            family=FAMILY,
            name=f"{what} {label}",
            ours=percentile(samples["ours"], fraction),
            baseline=percentile(samples["raw"], fraction),
            baseline_label=BASELINE,
            openai=percentile(samples["openai"], fraction),
            checks={**checks, "calls": len(samples["raw"])},
        )
        for label, fraction in (("p50", 0.5), ("p99", 0.99))
    ]


def _plain(base_url: str, budget: Budget) -> list[Row]:
    transport = httpx2.HTTPTransport()
    ours, raw, sdk = (
        clients.ours(transport, base_url),
        clients.raw(transport, base_url),
        clients.sdk(transport, base_url),
    )
    request = seed_request()
    body = CreateChatCompletionRequest.from_dict(request)
    sides: dict[str, Callable[[], object]] = {
        "raw": lambda: raw.post(PATH, json=request).json()["choices"][0]["message"]["content"],
        "ours": lambda: create_chat_completion.sync(client=ours, body=body).choices[0].message.content,
        "openai": lambda: sdk.chat.completions.create(**request).choices[0].message.content,
    }
    # The mock answers the same request with the same reply, so every side must read the same content.
    content = agreed({side: call() for side, call in sides.items()})
    if not isinstance(content, str) or not content:
        raise DisagreementError(f"the mock's reply has no content to compare: {content!r}")
    return _latency_rows("plain call", _latencies(sides, budget.e2e_calls), {"content": content})


def _streamed(base_url: str, budget: Budget) -> list[Row]:
    transport = httpx2.HTTPTransport()
    ours, raw, sdk = (
        clients.ours(transport, base_url),
        clients.raw(transport, base_url),
        clients.sdk(transport, base_url),
    )
    sides = stream_sides(ours, raw, sdk, read_to_end=False)
    count, _ = agreed({side: call() for side, call in sides.items()})
    return _latency_rows("streamed call", _latencies(sides, budget.e2e_calls), {"chunks": count})


@dataclass
class _Tally:
    """What the concurrent streams of one side came to, over all rounds."""

    completed: int = 0
    errors: int = 0
    first_error: str = ""
    chunks: set[int] = field(default_factory=set)
    walls: list[float] = field(default_factory=list)

    async def run(self, streams: int, one: Callable[[], Awaitable[int]]) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        outcomes = await asyncio.gather(*(one() for _ in range(streams)), return_exceptions=True)
        self.walls.append(loop.time() - start)
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                self.errors += 1
                self.first_error = self.first_error or f"{type(outcome).__name__}: {outcome}"
            else:
                self.completed += 1
                self.chunks.add(outcome)

    def summary(self) -> dict[str, Any]:
        return {"completed": self.completed, "errors": self.errors, "chunks_per_stream": sorted(self.chunks)}


def _concurrent(base_url: str, budget: Budget) -> list[Row]:
    name = f"{budget.concurrent_streams} concurrent async streams"
    request = {**seed_request(), "stream": True}
    body = CreateChatCompletionRequest.from_dict(seed_request())
    # Several rounds, in alternating order, so neither side always meets a cold or a busy server.
    rounds = max(1, budget.repeat // 2)

    async def measure() -> dict[str, _Tally]:
        ours = AuthenticatedClient(base_url=base_url, token=clients.API_KEY, timeout=httpx2.Timeout(PATIENCE_S))
        auth = {"Authorization": f"Bearer {clients.API_KEY}"}
        async with httpx2.AsyncClient(base_url=base_url, headers=auth, timeout=PATIENCE_S) as raw:

            async def one_raw() -> int:
                async with raw.stream("POST", PATH, json=request) as response:
                    response.raise_for_status()
                    return sum([1 async for line in response.aiter_lines() if line.startswith("data: {")])

            async def one_ours() -> int:
                async with create_chat_completion.asyncio_stream(client=ours, body=body) as chunks:
                    return sum([1 async for _ in chunks])

            return await _rounds({"raw": one_raw, "ours": one_ours}, budget.concurrent_streams, rounds)

    tallies = asyncio.run(measure())
    ours, raw = tallies["ours"], tallies["raw"]
    expected = rounds * budget.concurrent_streams
    failed = [
        f"{side}: {tally.errors} of {expected} failed ({tally.first_error})"
        for side, tally in tallies.items()
        if tally.completed != expected
    ]
    if not failed:
        agreed({side: tally.chunks for side, tally in tallies.items()})
    return [
        Row(
            family=FAMILY,
            name=name,
            ours=median(ours.walls),
            baseline=median(raw.walls),
            baseline_label="httpx2 async",
            note="; ".join(failed),
            checks={"rounds": rounds, "ours": ours.summary(), "raw": raw.summary()},
        )
    ]


async def _rounds(sides: Mapping[str, Callable[[], Awaitable[Any]]], at_once: int, rounds: int) -> dict[str, _Tally]:
    """``rounds`` rounds of ``at_once`` concurrent calls of every side, the order alternating round by round."""
    tallies = {side: _Tally() for side in sides}
    for one in sides.values():
        await one()  # connect and warm up
    for number in range(rounds):
        for side in sorted(sides, reverse=number % 2 == 1):
            await tallies[side].run(at_once, sides[side])
    return tallies


def _concurrent_plain(base_url: str, budget: Budget) -> list[Row]:
    """Many plain calls at once through each async client: ours, raw httpx2 (the floor), raw httpx and the SDK."""
    request = seed_request()
    auth = {"Authorization": f"Bearer {clients.API_KEY}"}
    rounds = max(1, budget.repeat)

    async def measure(at_once: int) -> dict[str, _Tally]:
        limits = {"max_connections": at_once, "max_keepalive_connections": at_once}
        async with (
            httpx2.AsyncClient(
                base_url=base_url, headers=auth, limits=httpx2.Limits(**limits), timeout=PATIENCE_S
            ) as raw,
            httpx.AsyncClient(
                base_url=base_url, headers=auth, limits=httpx.Limits(**limits), timeout=PATIENCE_S
            ) as legacy,
            AsyncMixroute(
                api_key=clients.API_KEY,
                base_url=base_url,
                timeout=PATIENCE_S,
                http_client=httpx2.AsyncClient(limits=httpx2.Limits(**limits)),
            ) as ours,
            openai.AsyncOpenAI(
                api_key=clients.API_KEY,
                base_url=f"{base_url}/v1",
                timeout=PATIENCE_S,
                http_client=httpx2.AsyncClient(limits=httpx2.Limits(**limits), timeout=PATIENCE_S),
            ) as sdk,
        ):

            async def one_raw() -> object:
                return (await raw.post(PATH, json=request)).json()["choices"][0]["message"]["content"]

            async def one_httpx() -> object:
                return (await legacy.post(PATH, json=request)).json()["choices"][0]["message"]["content"]

            async def one_ours() -> object:
                return (await ours.chat.completions.create(**request)).choices[0].message.content

            async def one_sdk() -> object:
                return (await sdk.chat.completions.create(**request)).choices[0].message.content

            sides = {"raw": one_raw, "httpx": one_httpx, "ours": one_ours, "openai": one_sdk}
            return await _rounds(sides, at_once, rounds)

    rows = []
    for at_once in budget.concurrent_calls:
        tallies = asyncio.run(measure(at_once))
        failed = [
            f"{side}: {tally.errors} failed ({tally.first_error})" for side, tally in tallies.items() if tally.errors
        ]
        walls = {side: median(tally.walls) for side, tally in tallies.items()}
        rows.append(
            Row(
                family=FAMILY,
                name=f"{at_once} concurrent async plain calls",
                ours=walls["ours"],
                baseline=walls["raw"],
                baseline_label="httpx2 async",
                openai=walls["openai"],
                target=CONCURRENT_TARGET,
                note="; ".join(failed),
                checks={"rounds": rounds, "httpx async": walls["httpx"], "httpx ratio": walls["httpx"] / walls["raw"]},
            )
        )
    return rows


def run(budget: Budget) -> list[Row]:
    with running_mock(MOCK_SETTINGS) as base_url:
        return [
            *_plain(base_url, budget),
            *_streamed(base_url, budget),
            connections.sequential_streams(base_url, budget.e2e_calls),
            *_concurrent_plain(base_url, budget),
            *_concurrent(base_url, budget),
        ]
