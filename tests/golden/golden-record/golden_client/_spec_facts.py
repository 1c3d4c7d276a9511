# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""What the hand-written runtime (``_runtime/``) needs to know of the spec, handed to it on import.

The package imports this module before any other; the protocol facts are the spec's ``x-mixroute-*`` extensions.
"""

from collections.abc import Mapping

from ._runtime._facts import ErrorMeaning, SpecFacts, register


def _params_by_model() -> Mapping[str, object]:
    # The request TypedDicts load with the first dict converted to a model, not with the package.
    from .params import PARAMS_BY_MODEL

    return PARAMS_BY_MODEL


register(
    SpecFacts(
        # The spec's first server, without the path prefix.
        default_base_url="https://golden.invalid",
        # Every path of the spec starts with this: a base URL written with it (as OpenAI users do) loses it.
        path_prefix="/v1",
        genai_operations=(
            ("POST", "/v1/completions", "text_completion"),
            ("GET", "/v1/jobs", "list_jobs"),
            ("DELETE", "/v1/jobs/{job_id}", "delete_job"),
            ("GET", "/v1/jobs/{job_id}", "get_job"),
            ("POST", "/v1/jobs/{job_id}/runs", "create_run"),
        ),
        error_codes={
            "job_gone": "not_found",
        },
        error_meanings=(
            ErrorMeaning(
                name="not_found",
                exception="NotFoundError",
                retryable=False,
                phrases=("no such job",),
            ),
        ),
        retryable_statuses=frozenset((429,)),
        retryable_status_classes=frozenset((5,)),
        request_id_headers=("x-golden-request-id",),
        request_id_pattern="\\[id=(\\w+)\\]",
        last_resort_request_id_headers=(),
        params_by_model=_params_by_model,
        version="1.0.0",
    )
)
