"""`python -m mixroute_mock.with_mock COMMAND...`: run a command against the mock on a free loopback port.

The command gets MIXROUTE_BASE_URL and MIXROUTE_API_KEY pointing at the mock, which is stopped when the command
ends; the exit status is the command's. Mock settings come from MOCK_* variables as for the server itself.
"""

from __future__ import annotations

import os
import subprocess
import sys

from mixroute_mock.live import running_mock
from mixroute_mock.settings import MockSettings


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    settings = MockSettings.from_env()
    with running_mock(settings) as url:
        env = {**os.environ, "MIXROUTE_BASE_URL": url, "MIXROUTE_API_KEY": settings.api_keys[0]}
        return subprocess.run(argv, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
