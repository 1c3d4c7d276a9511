"""The mock as a real server on loopback: start, serve, drop connections on request, stop on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import SECOND_API_KEY
from tests.mock_server import DEFAULT_API_KEY
from tests.mock_server.live import await_announced_url

ASK = {"model": "glm-5", "messages": [{"role": "user", "content": "ping over loopback"}]}
PATH = "/v1/chat/completions"
ROOT = Path(__file__).resolve().parents[1]


def test_running_mock_serves_on_loopback_with_the_given_keys(mock_url: str) -> None:
    assert mock_url.startswith("http://127.0.0.1:")
    for key in (DEFAULT_API_KEY, SECOND_API_KEY):
        response = httpx.post(f"{mock_url}{PATH}", headers={"Authorization": f"Bearer {key}"}, json=ASK)
        assert response.status_code == 200
        assert "ping over loopback" in response.json()["choices"][0]["message"]["content"]


@pytest.mark.parametrize("stream", [True, False])
def test_drop_after_cuts_the_connection_mid_body(mock_url: str, stream: bool) -> None:
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}", "X-Mock-Fault": "drop-after=2"}
    received: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        httpx.stream("POST", f"{mock_url}{PATH}", headers=headers, json={**ASK, "stream": stream}) as response,
    ):
        received.extend(response.iter_text())
    if stream:
        assert "".join(received).count("\n\n") == 2


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_ends_the_server_with_status_0(stop: signal.Signals) -> None:
    command = [sys.executable, "-m", "tests.mock_server", "--host", "127.0.0.1", "--port", "0"]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) as process:
        try:
            url = await_announced_url(process, deadline=time.monotonic() + 30)
            assert httpx.get(f"{url}/").status_code == 404
            process.send_signal(stop)
            assert process.wait(timeout=15) == 0
        finally:
            process.kill()


def test_a_bad_setting_is_refused_with_its_name() -> None:
    command = [sys.executable, "-m", "tests.mock_server", "--port", "0"]
    env = {"MOCK_RATE_LIMIT": "lots"}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "MOCK_RATE_LIMIT" in result.stderr
