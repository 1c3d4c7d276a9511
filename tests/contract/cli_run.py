"""`make contract`: the schemathesis CLI against a live server, with a JUnit report in reports/.

By default it starts the mock on a free loopback port, runs every check in every phase, positive and negative,
and stops the mock.
With MIXROUTE_BASE_URL and MIXROUTE_API_KEY both set, it tests the real API instead: positive cases only and
few of them, so the run costs little.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from mixroute_client import MixrouteError
from mixroute_mock import DEFAULT_API_KEY, MockSettings, running_mock
from tests.contract.strict_client import check_with_strict_client
from tests.spec import SPEC_PATH

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("schemathesis.toml")
REPORT_DIR = ROOT / "reports"
MOCK_EXAMPLES = 60
REAL_EXAMPLES = 5
# CI runs a fixed draw so that a red run can be replayed; elsewhere every run explores (the seed is printed).
CI_SEED = "20261125"


def st_command(url: str, *, real: bool, environ: Mapping[str, str] = os.environ) -> list[str]:
    """The `st run` command line for one target."""
    seed = ["--seed", CI_SEED] if environ.get("CI") else []
    scope = (
        ["--mode", "positive", "--phases", "examples,fuzzing", "--max-examples", str(REAL_EXAMPLES)]
        if real
        else ["--mode", "all", "--phases", "examples,coverage,fuzzing", "--max-examples", str(MOCK_EXAMPLES)]
    )
    return [
        str(Path(sys.executable).with_name("st")),
        "--config-file",
        str(CONFIG),
        "run",
        str(SPEC_PATH),
        "--url",
        url,
        "--checks",
        "all",
        *scope,
        *seed,
        "--output-sanitize",
        "false",
        "--report",
        "junit",
        "--report-dir",
        str(REPORT_DIR),
        "--no-color",
    ]


def _run(command: Sequence[str], env: Mapping[str, str]) -> int:
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT, env={**os.environ, **env}, check=False).returncode


def main(environ: Mapping[str, str] = os.environ) -> int:
    base_url, key = environ.get("MIXROUTE_BASE_URL", ""), environ.get("MIXROUTE_API_KEY", "")
    if base_url and key:
        print(f"contract: testing the real API at {base_url} (positive cases only)", flush=True)
        return _run(st_command(base_url, real=True), {}) or _strict_pass(base_url, key)
    # The rate limit is lifted: 429s would only crowd out the success path the run is meant to cover.
    with running_mock(MockSettings(rate_limit_per_minute=1_000_000, log=False)) as url:
        print(f"contract: testing the mock at {url}", flush=True)
        return _run(st_command(url, real=False), {"MIXROUTE_API_KEY": DEFAULT_API_KEY}) or _strict_pass(
            url, DEFAULT_API_KEY
        )


def _strict_pass(url: str, key: str) -> int:
    try:
        checked = check_with_strict_client(url, key)
    except MixrouteError as exc:
        print(f"contract: the strict client found a deviation: {exc}", flush=True)
        return 1
    print(f"contract: the strict client read {', '.join(checked)} plain and streamed without a deviation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
