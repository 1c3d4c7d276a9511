# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._operation import Operation, Request
from ...client import AuthenticatedClient
from ...models.create_embedding_request import CreateEmbeddingRequest
from ...models.create_embedding_response import CreateEmbeddingResponse
from ...models.error_response import ErrorResponse
from ...types import Response

OPERATION: Operation[CreateEmbeddingResponse, None, None] = Operation(
    name="create_embedding",
    method="POST",
    path="/v1/embeddings",
    url="/v1/embeddings",
    replies=((200, 200, CreateEmbeddingResponse.from_dict),),
    errors=(
        (400, 400, ErrorResponse.from_dict),
        (401, 401, ErrorResponse.from_dict),
        (403, 403, ErrorResponse.from_dict),
        (404, 404, ErrorResponse.from_dict),
        (429, 429, ErrorResponse.from_dict),
        (500, 500, ErrorResponse.from_dict),
        (502, 502, ErrorResponse.from_dict),
        (503, 503, ErrorResponse.from_dict),
    ),
    reply_schema="CreateEmbeddingResponse",
    tags=("embeddings",),
    errors_in_body=True,
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEmbeddingRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[CreateEmbeddingResponse | ErrorResponse]:
    """Create embeddings

     Turns text (or token ids) into vectors. new-api relays it to OpenAI, Gemini, Qwen, Zhipu and others;
    each input gives one item of `data`, in the input's order.

    Args:
        body (CreateEmbeddingRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[CreateEmbeddingResponse | ErrorResponse]
    """

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateEmbeddingRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> CreateEmbeddingResponse:
    """Create embeddings

     Turns text (or token ids) into vectors. new-api relays it to OpenAI, Gemini, Qwen, Zhipu and others;
    each input gives one item of `data`, in the input's order.

    Args:
        body (CreateEmbeddingRequest):
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
        CreateEmbeddingResponse
    """

    return _operation.call(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEmbeddingRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[CreateEmbeddingResponse | ErrorResponse]:
    """Create embeddings

     Turns text (or token ids) into vectors. new-api relays it to OpenAI, Gemini, Qwen, Zhipu and others;
    each input gives one item of `data`, in the input's order.

    Args:
        body (CreateEmbeddingRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[CreateEmbeddingResponse | ErrorResponse]
    """

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateEmbeddingRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> CreateEmbeddingResponse:
    """Create embeddings

     Turns text (or token ids) into vectors. new-api relays it to OpenAI, Gemini, Qwen, Zhipu and others;
    each input gives one item of `data`, in the input's order.

    Args:
        body (CreateEmbeddingRequest):
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
        CreateEmbeddingResponse
    """

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )
