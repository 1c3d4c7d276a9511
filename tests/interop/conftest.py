"""What every interop test shares: no way out but loopback, and the mock each test talks to.

The clients are run as a team that uses them would run them, against the `mixroute_mock` fixture the mock's
pytest plugin gives (a fresh mock per test, on a loopback port of this process). Nothing may reach a real
provider: pytest-socket refuses every connection but to 127.0.0.1 (`--allow-hosts` in pyproject.toml's
addopts), every client is given the mock's URL, and the libraries that fetch or report on their own are
told not to before they are imported (this file is imported before any test module).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mixroute_mock.plugin import MixrouteMock

# Set before litellm and langchain are imported: litellm fetches its model cost map at import time unless told
# to use the copy it ships, and reports telemetry unless turned off.
OFFLINE_ENVIRONMENT = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_TELEMETRY": "False",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_TRACING": "false",
    "LOGFIRE_SEND_TO_LOGFIRE": "false",
    "DO_NOT_TRACK": "1",
    # A client built without the mock's URL fails to connect here (nothing listens), instead of reaching OpenAI.
    "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
    "OPENAI_API_KEY": "sk-not-a-real-key",
}
os.environ.update(OFFLINE_ENVIRONMENT)


class _StatusRecorder:
    """ASGI middleware that notes the status of every response the mock sends."""

    def __init__(self, app: ASGIApp, statuses: list[int]) -> None:
        self.app = app
        self.statuses = statuses

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def noting(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.statuses.append(int(message["status"]))
            await send(message)

        await self.app(scope, receive, noting)


@pytest.fixture(autouse=True)
def no_server_error(request: pytest.FixtureRequest) -> Iterator[list[int]]:
    """Every test's mock answers with no 5xx: whatever these clients send, a 500 would be a bug of the mock
    (the tests inject only 401 and 429)."""
    statuses: list[int] = []
    if "mixroute_mock" in request.fixturenames:
        mock: MixrouteMock = request.getfixturevalue("mixroute_mock")
        mock.app.add_middleware(_StatusRecorder, statuses=statuses)
    yield statuses
    assert [status for status in statuses if status >= 500] == []
