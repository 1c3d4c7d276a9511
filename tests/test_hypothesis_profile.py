"""CI replays a fixed draw; developers' runs explore (see conftest.py)."""

import os

from hypothesis import settings


def test_the_profile_follows_the_ci_variable() -> None:
    active = settings()  # a fresh settings object inherits the loaded profile, as the tests' own do
    assert active.derandomize is bool(os.environ.get("CI"))
    assert active.print_blob
