"""The suite's guards: nothing reaches a real provider, and every status the mock sends is seen."""

from __future__ import annotations

import os
import socket

import openai
import pytest
from conftest import OFFLINE_ENVIRONMENT
from pytest_socket import SocketConnectBlockedError

from mixroute_mock.plugin import MixrouteMock


def test_only_the_mock_host_is_reachable() -> None:
    # Another loopback address: refused by pytest-socket before any packet leaves, and on this machine anyway.
    with (
        pytest.warns(UserWarning, match="127.0.0.2"),
        pytest.raises(SocketConnectBlockedError),
        socket.create_connection(("127.0.0.2", 9), timeout=1),
    ):
        pass


def test_the_libraries_are_told_to_stay_offline() -> None:
    for name, value in OFFLINE_ENVIRONMENT.items():
        assert os.environ[name] == value
    import litellm  # noqa: PLC0415 - imported here to check what its import read

    assert litellm.model_cost, "litellm's bundled model cost map"


def test_the_statuses_the_mock_sends_are_noted(mixroute_mock: MixrouteMock, no_server_error: list[int]) -> None:
    sdk = openai.OpenAI(base_url=f"{mixroute_mock.base_url}/v1", api_key=mixroute_mock.api_key, max_retries=0)
    sdk.models.list()
    with pytest.raises(openai.RateLimitError):
        sdk.models.list(extra_headers={"X-Mock-Fault": "status=429"})
    assert no_server_error == [200, 429]
