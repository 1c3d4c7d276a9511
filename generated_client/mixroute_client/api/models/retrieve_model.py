# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._operation import Operation, Request
from ...client import AuthenticatedClient
from ...models.error_response import ErrorResponse
from ...models.model import Model
from ...types import Response

OPERATION: Operation[Model, None, None] = Operation(
    name="retrieve_model",
    method="GET",
    path="/v1/models/{model}",
    url="/v1/models/{}",
    replies=((200, 200, Model.from_dict),),
    errors=(
        (401, 401, ErrorResponse.from_dict),
        (404, 404, ErrorResponse.from_dict),
        (429, 429, ErrorResponse.from_dict),
        (500, 500, ErrorResponse.from_dict),
        (503, 503, ErrorResponse.from_dict),
    ),
    reply_schema="Model",
    tags=("models",),
    errors_in_body=True,
)


def sync_detailed(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Model]:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Model]
    """

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(
            path=(model,),
        ),
        _operation.per_call(max_retries, timeout),
    )


def sync(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Model:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
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
        Model
    """

    return _operation.call(
        client,
        OPERATION,
        Request(
            path=(model,),
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio_detailed(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Model]:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Model]
    """

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(
            path=(model,),
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio(
    model: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Model:
    """Retrieve a model

     Describes one model by its id. An id the gateway does not know is a 404 with new-api's error body
    (`code: model_not_found`); new-api itself sends that body with status 200, which a client reads as a
    model that fails to parse.

    Args:
        model (str):
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
        Model
    """

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            path=(model,),
        ),
        _operation.per_call(max_retries, timeout),
    )
