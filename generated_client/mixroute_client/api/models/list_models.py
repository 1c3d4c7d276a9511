# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._operation import Operation, Request
from ...client import AuthenticatedClient
from ...models.error_response import ErrorResponse
from ...models.model_list import ModelList
from ...types import Response

OPERATION: Operation[ModelList, None, None] = Operation(
    name="list_models",
    method="GET",
    path="/v1/models",
    url="/v1/models",
    replies=((200, 200, ModelList.from_dict),),
    errors=(
        (401, 401, ErrorResponse.from_dict),
        (429, 429, ErrorResponse.from_dict),
        (500, 500, ErrorResponse.from_dict),
        (503, 503, ErrorResponse.from_dict),
    ),
    reply_schema="ModelList",
    tags=("models",),
    errors_in_body=True,
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | ModelList]:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | ModelList]
    """

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(),
        _operation.per_call(max_retries, timeout),
    )


def sync(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> ModelList:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises InsufficientQuotaError or NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        ModelList
    """

    return _operation.call(
        client,
        OPERATION,
        Request(),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | ModelList]:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | ModelList]
    """

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> ModelList:
    """List the models

     Lists the models the API key may use. new-api adds `success: true` and each model's
    `supported_endpoint_types`; both are kept.

    Args:
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises InsufficientQuotaError or NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        ModelList
    """

    return await _operation.acall(
        client,
        OPERATION,
        Request(),
        _operation.per_call(max_retries, timeout),
    )
