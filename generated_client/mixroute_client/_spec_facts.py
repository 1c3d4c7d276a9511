# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
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
        default_base_url="https://console.mixroute.io",
        # Every path of the spec starts with this: a base URL written with it (as OpenAI users do) loses it.
        path_prefix="/v1",
        genai_operations=(
            ("POST", "/v1/chat/completions", "chat"),
            ("GET", "/v1/models", "list_models"),
            ("GET", "/v1/models/{model}", "retrieve_model"),
            ("POST", "/v1/embeddings", "embeddings"),
        ),
        error_codes={
            "model_not_found": "not_found",
            "insufficient_user_quota": "quota",
            "pre_consume_token_quota_failed": "quota",
            "insufficient_quota": "quota",
        },
        error_meanings=(
            ErrorMeaning(
                name="quota",
                exception="InsufficientQuotaError",
                retryable=False,
                phrases=("exceeded your current quota", "quota is not enough", "额度不足"),
            ),
            ErrorMeaning(
                name="not_found",
                exception="NotFoundError",
                retryable=False,
                phrases=(
                    "no available channel for model",
                    "无可用渠道",
                    "does not exist or you do not have access to it",
                ),
            ),
        ),
        retryable_statuses=frozenset((408, 409, 429)),
        retryable_status_classes=frozenset((5,)),
        request_id_headers=(
            "x-request-id",
            "X-Oneapi-Request-Id",
            "llm_provider-x-request-id",
            "llm_provider-x-oneapi-request-id",
        ),
        request_id_pattern="\\(request id: ([^()\\s]+)\\)",
        last_resort_request_id_headers=("x-litellm-call-id",),
        params_by_model=_params_by_model,
        version="0.3.0",
    )
)
