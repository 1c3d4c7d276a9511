"""The mock as a real server on loopback: start, serve, drop connections on request, stop on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2
import pytest

from mixroute_mock import DEFAULT_API_KEY
from mixroute_mock.live import await_announced_url
from tests.conftest import SECOND_API_KEY

ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "ping over loopback"}]}
PATH = "/v1/chat/completions"
ROOT = Path(__file__).resolve().parents[1]


def test_running_mock_serves_on_loopback_with_the_given_keys(mock_url: str) -> None:
    assert mock_url.startswith("http://127.0.0.1:")
    for key in (DEFAULT_API_KEY, SECOND_API_KEY):
        response = httpx2.post(f"{mock_url}{PATH}", headers={"Authorization": f"Bearer {key}"}, json=ASK)
        assert response.status_code == 200
        assert "ping over loopback" in response.json()["choices"][0]["message"]["content"]


@pytest.mark.parametrize("stream", [True, False])
def test_drop_after_cuts_the_connection_mid_body(mock_url: str, stream: bool) -> None:
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}", "X-Mock-Fault": "drop-after=2"}
    received: list[str] = []
    with (
        pytest.raises(httpx2.RemoteProtocolError),
        httpx2.stream("POST", f"{mock_url}{PATH}", headers=headers, json={**ASK, "stream": stream}) as response,
    ):
        received.extend(response.iter_text())
    if stream:
        assert "".join(received).count("\n\n") == 2


BAD_REGEX_TOOL = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "pattern": "("}}}
HOSTILE = [
    b'{"model": "glm-5", "messages": [], "temperature": NaN}',
    b'{"model": "glm-5", "seed": ' + b"9" * 5_000 + b"}",
    b'{"model": "glm-5", "metadata": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    json.dumps({**ASK, "tools": [BAD_REGEX_TOOL]}).encode(),
]


def test_hostile_bodies_get_a_400_on_a_connection_that_keeps_serving(mock_url: str) -> None:
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}", "Content-Type": "application/json"}
    with httpx2.Client(base_url=mock_url, headers=headers, timeout=30) as client:
        for content in HOSTILE:
            refused = client.post(PATH, content=content)
            assert refused.status_code == 400, refused.text[:200]
            assert set(refused.json()["error"]) == {"message", "type", "param", "code"}
            assert refused.headers.get("connection") != "close"
        assert client.post(PATH, json=ASK).status_code == 200


@contextmanager
def own_server(*flags: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The mock in a process of the test's own, its log (stderr) kept for reading after it stops."""
    command = [sys.executable, "-m", "mixroute_mock", "--host", "127.0.0.1", "--port", "0", *flags]
    env = {**os.environ, "MOCK_LOG": "1"}
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            yield process, await_announced_url(process, deadline=time.monotonic() + 30)
        finally:
            process.kill()


def stopped(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Stop the server with SIGTERM: its exit status and everything it logged."""
    process.send_signal(signal.SIGTERM)
    _, log = process.communicate(timeout=15)
    return process.returncode, log


def slow_stream(url: str, *, model: str = "glm-5") -> Any:
    """A streamed call whose events come 5 s apart: in flight for a minute unless something ends it."""
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}", "X-Mock-Fault": "event-delay=5"}
    body = {**ASK, "model": model, "stream": True}
    return httpx2.stream("POST", f"{url}{PATH}", headers=headers, json=body, timeout=60)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_ends_the_server_with_status_0(stop: signal.Signals) -> None:
    with own_server() as (process, url):
        assert httpx2.get(f"{url}/").status_code == 404
        process.send_signal(stop)
        assert process.wait(timeout=15) == 0


def test_sigterm_lets_streams_in_flight_finish_whole_and_exits_0() -> None:
    with own_server("--models", "*") as (process, url), slow_stream(url, model="any-model:free") as response:
        events = (line for line in response.iter_lines() if line)
        first = next(events)
        status, log = stopped(process)
        rest = list(events)
    assert json.loads(first.removeprefix("data: "))["model"] == "any-model:free"
    assert rest[-1] == "data: [DONE]"
    assert status == 0
    assert "Traceback" not in log
    assert "ASGI" not in log  # no "Exception in ASGI application", no cancelled task


def test_a_client_that_leaves_mid_stream_is_one_log_line() -> None:
    with own_server() as (process, url):
        with slow_stream(url) as response:
            next(line for line in response.iter_lines() if line)
        # Leaving the block closed the connection halfway through the stream.
        status, log = stopped(process)
    assert status == 0
    assert "Traceback" not in log
    lines = [line for line in log.splitlines() if f"POST {PATH}" in line]
    assert len(lines) == 1
    assert lines[0].endswith("(client disconnected)")


def test_a_bad_setting_is_refused_with_its_name() -> None:
    command = [sys.executable, "-m", "mixroute_mock", "--port", "0"]
    env = {"MOCK_RATE_LIMIT": "lots"}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "MOCK_RATE_LIMIT" in result.stderr
