"""The contract suite's client side: the spec's examples through a strict client against the live mock."""

from __future__ import annotations

import pytest

from mixroute_client import errors
from mixroute_mock import DEFAULT_API_KEY
from tests.contract.strict_client import EMBEDDINGS_PATH, check_with_strict_client, request_examples


def test_the_strict_client_reads_every_example_from_the_mock_without_a_deviation(mock_url: str) -> None:
    chat = [name for name, _ in request_examples()]
    embeddings = [name for name, _ in request_examples(EMBEDDINGS_PATH)]
    assert check_with_strict_client(mock_url, DEFAULT_API_KEY) == [*chat, "models", *embeddings]


def test_the_strict_pass_fails_on_a_deviating_server(mock_url: str) -> None:
    # The fault makes the mock stream GLM-5's `"role": ""`: tolerant clients read it, a strict one refuses it.
    with pytest.raises(errors.APIResponseValidationError, match=r"delta\.role"):
        check_with_strict_client(mock_url, DEFAULT_API_KEY, headers={"X-Mock-Fault": "empty-role"})
