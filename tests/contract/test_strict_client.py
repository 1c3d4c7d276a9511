"""The contract suite's client side: the spec's examples through a strict client against the live mock."""

from __future__ import annotations

import pytest

from mixroute_client import errors
from tests.contract.strict_client import check_with_strict_client, request_examples
from tests.mock_server import DEFAULT_API_KEY, MockSettings, running_mock


def test_the_strict_client_reads_every_example_from_the_mock_without_a_deviation() -> None:
    with running_mock(MockSettings(log=False)) as url:
        assert check_with_strict_client(url, DEFAULT_API_KEY) == [name for name, _ in request_examples()]


def test_the_strict_pass_fails_on_a_deviating_server() -> None:
    # A fault makes the mock stream a chunk the spec does not allow; tolerant clients read it, strict ones not.
    with running_mock(MockSettings(log=False, fault="empty-role")) as url, pytest.raises(errors.MixrouteError):
        check_with_strict_client(url, DEFAULT_API_KEY)
