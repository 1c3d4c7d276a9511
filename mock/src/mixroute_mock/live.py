"""running_mock(): the real mock server in a subprocess on a free loopback port, stopped on exit."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import httpx2

from mixroute_mock.serving import START_TIMEOUT, STOP_TIMEOUT
from mixroute_mock.settings import MockSettings

_READY_PREFIX = "listening on "


def _forward_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def await_announced_url(process: subprocess.Popen[str], deadline: float) -> str:
    """The URL the server announces on stdout; a reader thread lets the wait honour the deadline."""
    assert process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_forward_lines, args=(process.stdout, lines), daemon=True).start()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"the mock server did not announce itself within {START_TIMEOUT} s")
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            continue
        if line is None:
            raise RuntimeError(f"the mock server exited with status {process.wait()} before it was ready")
        if line.startswith(_READY_PREFIX):
            return line[len(_READY_PREFIX) :].strip()


def _await_answer(url: str, deadline: float) -> None:
    """Poll until the server answers HTTP (any status will do)."""
    while True:
        try:
            httpx2.get(f"{url}/", timeout=max(0.1, deadline - time.monotonic()))
            return
        except httpx2.TransportError:
            if time.monotonic() >= deadline:
                raise


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def running_mock(settings: MockSettings | None = None, *, env: dict[str, str] | None = None) -> Iterator[str]:
    """Start `python -m mixroute_mock` on 127.0.0.1 with a free port and yield its base URL.

    `settings` become MOCK_* variables; `env` adds or overrides variables of the server's environment.
    """
    server_env = {**os.environ, **(settings or MockSettings()).to_env(), **(env or {})}
    command = [sys.executable, "-m", "mixroute_mock", "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(command, env=server_env, stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        url = await_announced_url(process, deadline)
        _await_answer(url, deadline)
        yield url
    finally:
        _stop(process)
