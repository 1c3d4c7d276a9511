"""What every interop test shares: no way out but loopback, and the mock each test talks to.

The clients are run as a team that uses them would run them, against the `mixroute_mock` fixture the mock's
pytest plugin gives (a fresh mock per test, on a loopback port of this process). Nothing may reach a real
provider: pytest-socket refuses every connection but to 127.0.0.1 (the Makefile's `interop` target passes
`--allow-hosts`), every client is given the mock's URL, and the libraries that fetch or report on their own are
told not to before they are imported (this file is imported before any test module).
"""

from __future__ import annotations

import os

# Set before litellm and langchain are imported: litellm fetches its model cost map at import time unless told
# to use the copy it ships, and reports telemetry unless turned off.
OFFLINE_ENVIRONMENT = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_TELEMETRY": "False",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_TRACING": "false",
    "LOGFIRE_SEND_TO_LOGFIRE": "false",
    "DO_NOT_TRACK": "1",
    # A client built without the mock's URL would call this, which pytest-socket refuses.
    "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
    "OPENAI_API_KEY": "sk-not-a-real-key",
}
os.environ.update(OFFLINE_ENVIRONMENT)
