"""Hypothesis profiles: random exploration on developers' machines, a reproducible run in CI.

CI (which sets CI=true) must not turn red on a draw nobody can replay, so there every property test and the
schemathesis suite use a derandomized run; locally each run explores new examples, and a failure prints the
blob to reproduce it. Test modules create their `settings(...)` after this file is loaded, so they inherit
the profile and only override what they set themselves.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev", print_blob=True)
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
