"""The suite's guard against reaching a real provider: what conftest.py promises holds in every test."""

from __future__ import annotations

import os
import socket

import pytest
from conftest import OFFLINE_ENVIRONMENT
from pytest_socket import SocketConnectBlockedError


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
