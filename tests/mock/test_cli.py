"""The `mixroute-mock` command: a flag for every MOCK_* setting, read the way the variable is."""

from __future__ import annotations

import pytest

from mixroute_mock.__main__ import environment, main
from mixroute_mock.settings import HOST, OPTIONS, PORT, Address, MockSettings


def test_every_setting_has_one_variable_and_one_flag() -> None:
    assert len({option.variable for option in OPTIONS}) == len({option.flag for option in OPTIONS}) == len(OPTIONS)
    assert {*MockSettings().to_env(), HOST, PORT} == {option.variable for option in OPTIONS}


def test_flags_override_the_variables_they_stand_for() -> None:
    flags = ["--host", "127.0.0.2", "--port", "0", "--api-keys", "sk-a,sk-b", "--models", "*", "--fault", "latency=1"]
    limits = ["--rate-limit", "30", "--rate-burst", "3", "--log", "0", "--max-reply-chars", "5000"]
    env = environment([*flags, *limits], {"MOCK_API_KEYS": "sk-env"})
    assert Address.from_env(env) == Address("127.0.0.2", 0)
    expected = MockSettings(
        api_keys=("sk-a", "sk-b"),
        models=("*",),
        rate_limit_per_minute=30,
        rate_limit_burst=3,
        fault="latency=1",
        log=False,
        max_reply_chars=5_000,
    )
    assert MockSettings.from_env(env) == expected


def test_without_flags_the_environment_and_defaults_hold() -> None:
    env = environment([], {"MOCK_PORT": "4999"})
    assert Address.from_env(env) == Address("127.0.0.1", 4999)
    assert Address.from_env(environment([], {})) == Address("127.0.0.1", 4010)
    assert MockSettings.from_env(env) == MockSettings()


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--rate-limit", "many"], "got 'many' (set by --rate-limit or MOCK_RATE_LIMIT)"),
        (["--fault", "nonsense"], "unknown fault 'nonsense'"),
    ],
)
def test_a_bad_flag_value_is_a_usage_error_naming_it(
    flags: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(flags) == 2
    assert named in capsys.readouterr().err


def test_an_unknown_flag_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--no-such-flag", "1"])
    assert exit_info.value.code == 2
    assert "--no-such-flag" in capsys.readouterr().err
