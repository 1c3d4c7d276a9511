# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
"""What the hand-written runtime (``_runtime/``) needs to know of the spec; generated from it and installed into
the runtime (``_runtime/_facts.py``), which imports no generated module."""

from ._runtime._facts import SpecFacts, install

# The spec's first server, without the path prefix.
DEFAULT_BASE_URL = "https://console.mixroute.io"
# Every path of the spec starts with this: a base URL written with it (as OpenAI users do) loses it.
PATH_PREFIX = "/v1"
# (METHOD, path template, gen_ai.operation.name) of every operation, for the runtime's telemetry spans and metrics.
GENAI_OPERATIONS: tuple[tuple[str, str, str], ...] = (
    ("POST", "/v1/chat/completions", "chat"),
    ("GET", "/v1/models", "list_models"),
    ("GET", "/v1/models/{model}", "retrieve_model"),
    ("POST", "/v1/embeddings", "embeddings"),
)

install(
    SpecFacts(
        version="0.3.0",
        default_base_url=DEFAULT_BASE_URL,
        path_prefix=PATH_PREFIX,
        genai_operations=GENAI_OPERATIONS,
    )
)
