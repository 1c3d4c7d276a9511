"""The runners around the mock: with_mock (make demo), settings from the environment, the contract CLI line."""

from __future__ import annotations

import sys

import pytest

from mixroute_mock import DEFAULT_API_KEY, MockSettings
from mixroute_mock.with_mock import main as with_mock
from tests.contract.cli_run import st_command

ASKS_THE_MOCK = """
import os, sys, httpx2
url, key = os.environ["MIXROUTE_BASE_URL"], os.environ["MIXROUTE_API_KEY"]
body = {"model": "glm-5", "messages": [{"role": "user", "content": "hi"}]}
response = httpx2.post(url + "/v1/chat/completions", headers={"Authorization": "Bearer " + key}, json=body)
sys.exit(0 if response.status_code == 200 else 3)
"""


def test_with_mock_points_the_command_at_the_mock_and_passes_its_status_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_LOG", "0")
    assert with_mock([sys.executable, "-c", ASKS_THE_MOCK]) == 0
    assert with_mock([sys.executable, "-c", "raise SystemExit(7)"]) == 7


def test_with_mock_without_a_command_is_a_usage_error() -> None:
    assert with_mock([]) == 2


def test_settings_from_the_environment() -> None:
    settings = MockSettings.from_env(
        {"MOCK_API_KEYS": "sk-a, sk-b,", "MOCK_RATE_LIMIT": "30", "MOCK_FAULT": "latency=1", "MOCK_LOG": "off"}
    )
    assert settings == MockSettings(api_keys=("sk-a", "sk-b"), rate_limit_per_minute=30, fault="latency=1", log=False)
    assert settings.burst == 30
    assert MockSettings.from_env({}) == MockSettings()
    assert MockSettings.from_env({}).api_keys == (DEFAULT_API_KEY,)


@pytest.mark.parametrize(
    ("environ", "words"),
    [
        ({"MOCK_RATE_LIMIT": "many"}, "MOCK_RATE_LIMIT must be an integer"),
        ({"MOCK_FAULT": "explode"}, "unknown fault 'explode'"),
        ({"MOCK_API_KEYS": " , "}, "at least one non-empty key"),
        ({"MOCK_RATE_LIMIT": "0"}, ">= 1"),
    ],
)
def test_bad_settings_are_refused_with_the_reason(environ: dict[str, str], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        MockSettings.from_env(environ)


def test_the_contract_run_on_the_real_api_is_positive_and_small() -> None:
    real = st_command("https://api.example", real=True)
    mock = st_command("http://127.0.0.1:1", real=False)
    assert real[real.index("--mode") + 1] == "positive"
    assert real[real.index("--phases") + 1] == "examples,fuzzing"
    assert int(real[real.index("--max-examples") + 1]) <= 10
    assert mock[mock.index("--mode") + 1] == "all"
    assert mock[mock.index("--phases") + 1] == "examples,coverage,fuzzing"
    for command in (real, mock):
        assert command[command.index("--checks") + 1] == "all"
        assert command[command.index("--report") + 1] == "junit"
        assert command[command.index("--output-sanitize") + 1] == "false"


def test_the_contract_run_is_reproducible_in_ci_only() -> None:
    in_ci = st_command("http://127.0.0.1:1", real=False, environ={"CI": "true"})
    locally = st_command("http://127.0.0.1:1", real=False, environ={})
    assert in_ci[in_ci.index("--seed") + 1].isdigit()
    assert "--seed" not in locally


def test_models_from_the_environment_and_back() -> None:
    assert MockSettings.from_env({"MOCK_MODELS": " my-model, *,"}).models == ("my-model", "*")
    assert MockSettings.from_env({"MOCK_MODELS": " "}).models is None  # blank: the spec's catalogue
    for settings in (MockSettings(models=("a", "b"), rate_limit_burst=3, fault="latency=1"), MockSettings()):
        assert MockSettings.from_env(settings.to_env()) == settings


def test_models_must_name_something() -> None:
    with pytest.raises(ValueError, match="at least one model"):
        MockSettings(models=())
