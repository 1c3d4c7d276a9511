# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""What the hand-written runtime (``_runtime/``) needs to know of the spec; generated from it and installed into
the runtime (``_runtime/_facts.py``), which imports no generated module."""

from ._runtime._facts import SpecFacts, install

# The spec's first server, without the path prefix.
DEFAULT_BASE_URL = "https://golden.invalid"
# Every path of the spec starts with this: a base URL written with it (as OpenAI users do) loses it.
PATH_PREFIX = "/v1"
# (METHOD, path template, gen_ai.operation.name) of every operation, for the runtime's telemetry spans and metrics.
GENAI_OPERATIONS: tuple[tuple[str, str, str], ...] = (
    ("POST", "/v1/completions", "text_completion"),
    ("GET", "/v1/jobs", "list_jobs"),
    ("DELETE", "/v1/jobs/{job_id}", "delete_job"),
    ("GET", "/v1/jobs/{job_id}", "get_job"),
    ("POST", "/v1/jobs/{job_id}/runs", "create_run"),
)

install(
    SpecFacts(
        version="1.0.0",
        default_base_url=DEFAULT_BASE_URL,
        path_prefix=PATH_PREFIX,
        genai_operations=GENAI_OPERATIONS,
    )
)
