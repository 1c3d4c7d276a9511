# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._accumulate import ChatCompletionAccumulator
from ..._runtime._operation import Operation, Request
from ..._runtime._streaming import AsyncStream, Stream
from ...client import AuthenticatedClient, Client
from ...models.completion import Completion
from ...models.completion_chunk import CompletionChunk
from ...models.completion_request import CompletionRequest
from ...models.error_response import ErrorResponse
from ...types import Response

OPERATION: Operation[Completion, CompletionChunk, Completion] = Operation(
    name="create_completion",
    method="POST",
    path="/v1/completions",
    url="/v1/completions",
    replies=((200, 200, Completion.from_dict),),
    errors=((400, 400, ErrorResponse.from_dict),),
    reply_schema="Completion",
    chunk=CompletionChunk.from_dict,
    chunk_schema="CompletionChunk",
    final=Completion.from_dict,
    accumulator=ChatCompletionAccumulator,
    stream_flag="stream",
    tags=("chat",),
    errors_in_body=True,
)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Completion | ErrorResponse]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Completion | ErrorResponse]
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
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Completion:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        Completion
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
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Completion | ErrorResponse]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Completion | ErrorResponse]
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
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Completion:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        Completion
    """

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


def stream(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Stream[CompletionChunk, Completion]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        Stream[CompletionChunk, Completion]: use it in a `with` block and iterate it; `get_final_completion()` gives the accumulated result. Sets `stream: true` itself.
    """

    return _operation.stream(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


def asyncio_stream(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> AsyncStream[CompletionChunk, Completion]:
    """Create a completion

    Args:
        body (CompletionRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        APIStatusError: An error status (BadRequestError, AuthenticationError, RateLimitError, ...).
            A body code with its own meaning raises NotFoundError, whatever the status.
        APIResponseValidationError: A success status whose body does not match the spec or cannot be decoded.

    Returns:
        AsyncStream[CompletionChunk, Completion]: use it in an `async with` block and iterate it; `await get_final_completion()` gives the accumulated result.
    """

    return _operation.astream(
        client,
        OPERATION,
        Request(
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )
