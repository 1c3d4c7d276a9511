"""CI replays a fixed draw; developers' runs explore (see conftest.py)."""

import os

from hypothesis import settings


def test_the_profile_follows_the_ci_variable() -> None:
    assert settings.default.derandomize is bool(os.environ.get("CI"))
    assert settings.default.print_blob
