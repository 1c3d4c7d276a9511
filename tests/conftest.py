"""Hypothesis profiles, and the fixtures every test shares: one live mock per session, one in-process client.

Hypothesis: random exploration on developers' machines, a reproducible run in CI.

CI (which sets CI=true) must not turn red on a draw nobody can replay, so there every property test and the
schemathesis suite use a derandomized run; locally each run explores new examples, and a failure prints the
blob to reproduce it. Test modules create their `settings(...)` after this file is loaded, so they inherit
the profile and only override what they set themselves.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from typing import Protocol

import httpx2
import pytest
from hypothesis import settings

from benchmarks import payloads as benchmark_payloads
from mixroute_client import AuthenticatedClient, RetryPolicy
from mixroute_mock import DEFAULT_API_KEY, MockSettings, create_app, running_mock

settings.register_profile("dev", print_blob=True)
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


# One set of settings serves every test: a rate limit too high to be felt (tests about 429s inject them with
# X-Mock-Fault), a second key for the tests that check several keys, the benchmarks' key for the tests of the
# loopback benchmarks, no request log on the test output.
SECOND_API_KEY = "sk-second"
TEST_MOCK_SETTINGS = MockSettings(
    api_keys=(DEFAULT_API_KEY, SECOND_API_KEY, benchmark_payloads.API_KEY), rate_limit_per_minute=1_000_000, log=False
)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> Iterator[None]:
    """The modules marked ``heavy`` first, each group in the shuffled order: xdist hands whole modules out in this
    order, so the long ones start early rather than leave one worker running alone at the end. (Outermost of the
    wrappers, so this runs after pytest-randomly's shuffle.)"""
    yield
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)


class InProcessClient(Protocol):
    def __call__(self, *, retry_policy: RetryPolicy, fault: str = "") -> AuthenticatedClient: ...


@pytest.fixture(scope="session")
def mock_url() -> Iterator[str]:
    """The base URL of the one real mock server of the session (of each xdist worker), on a free loopback port.

    Its state lives as long: a test that injects a fault for N requests (`times=N`) names a key of its own.
    """
    with running_mock(TEST_MOCK_SETTINGS) as url:
        yield url


@pytest.fixture
def in_process_client() -> InProcessClient:
    """Builds clients whose async side talks to the mock app in this process.

    One app per test, shared by the clients it builds: its fault counters and rate buckets start empty for
    every test, and a property test pays for the app (it reads the spec) once, not once per example.
    """
    app = create_app(TEST_MOCK_SETTINGS)

    def build(*, retry_policy: RetryPolicy, fault: str = "") -> AuthenticatedClient:
        headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}"} | ({"X-Mock-Fault": fault} if fault else {})
        client = AuthenticatedClient(base_url="http://mock", token=DEFAULT_API_KEY, retry_policy=retry_policy)
        return client.set_async_httpx_client(
            httpx2.AsyncClient(transport=httpx2.ASGITransport(app), base_url="http://mock", headers=headers)
        )

    return build


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    """The cycle collector on for the test, and afterwards as it was (tests of code that pauses it)."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was_enabled else gc.disable)()


@pytest.fixture(scope="module")
def frozen_heap() -> None:
    """What the session holds so far (the collected suite, the spec, imported modules) out of the cycle collector's
    sight, for tests of code that runs full collections itself (the benchmarks' timing loop, before each sample):
    each then walks about what it does in `python -m benchmarks`, not the whole suite. What the tests allocate
    afterwards is collected as before. Per module, not once for the session: an in-process `mypy.api.run`
    unfreezes everything."""
    gc.collect()
    gc.freeze()


@pytest.fixture
def anyio_backend() -> str:
    """The event loop of every ``pytest.mark.anyio`` test."""
    return "asyncio"
