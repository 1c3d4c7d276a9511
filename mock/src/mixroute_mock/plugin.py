"""The pytest plugin (loaded by pytest on its own once mixroute-mock is installed): the `mixroute_mock` fixture.

One server per test session (per xdist worker) listens on a loopback port in a thread of the test process; each
test gets a fresh app behind it, built from the settings its `mixroute_mock` marker names, so no rate bucket or
fault budget is shared between tests:

    @pytest.mark.mixroute_mock(fault="status=503; times=1", models=("*",))
    def test_retries(mixroute_mock): ...
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.applications import Starlette

from mixroute_mock.app import create_app
from mixroute_mock.scripts import Scripts, parse_script
from mixroute_mock.serving import ThreadedServer, serving_in_thread
from mixroute_mock.settings import MockSettings

MARKER = "mixroute_mock"
# A test's output is no place for one log line per request; `log=True` in the marker brings them back.
_FIXTURE_DEFAULTS = MockSettings(log=False)


@dataclass(frozen=True)
class MixrouteMock:
    """The mock one test talks to: `base_url` (no `/v1`; either way works with this client and the OpenAI SDK),
    `api_key` (the first accepted key), the `settings` it runs with and its ASGI `app` (for in-process
    transports such as `httpx2.ASGITransport`)."""

    base_url: str
    api_key: str
    settings: MockSettings
    app: Starlette

    def script(self, *replies: str | dict[str, Any], key: str = "") -> None:
        """Queue the next replies (a string is a reply's content; an object is described in
        mixroute_mock/scripts.py) for the requests whose `X-Mock-Script` header is `key` (none: the empty key).
        Raises ValueError for a reply of the wrong shape."""
        _, parsed = parse_script({"key": key, "replies": list(replies)})
        scripts: Scripts = self.app.state.scripts
        scripts.add(key, parsed)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**settings): settings of this test's mock, as MockSettings takes them (api_keys, models,"
        " rate_limit_per_minute, rate_limit_burst, fault, log, max_reply_chars); a model `NAME=PROFILE` plays an"
        " upstream's habits",
    )


def marked_settings(node: pytest.Item) -> MockSettings:
    """The fixture's settings with what the test's closest `mixroute_mock` marker changes."""
    marker = node.get_closest_marker(MARKER)
    changes: dict[str, Any] = dict(marker.kwargs) if marker else {}
    try:
        return dataclasses.replace(_FIXTURE_DEFAULTS, **changes)
    except (TypeError, ValueError) as error:
        raise pytest.UsageError(f"@pytest.mark.{MARKER}({_shown(changes)}) on {node.nodeid}: {error}") from None


def _shown(changes: dict[str, Any]) -> str:
    return ", ".join(f"{name}={value!r}" for name, value in changes.items())


@pytest.fixture(scope="session")
def mixroute_mock_server() -> Iterator[ThreadedServer]:
    """The session's loopback server; the `mixroute_mock` fixture puts each test's app behind it."""
    with serving_in_thread(create_app(_FIXTURE_DEFAULTS)) as server:
        yield server


@pytest.fixture
def mixroute_mock(request: pytest.FixtureRequest, mixroute_mock_server: ThreadedServer) -> MixrouteMock:
    """A fresh mock for this test on a loopback port of this process, with the settings its marker names."""
    settings = marked_settings(request.node)
    app = create_app(settings)
    mixroute_mock_server.serve(app)
    return MixrouteMock(mixroute_mock_server.url, settings.api_keys[0], settings, app)
