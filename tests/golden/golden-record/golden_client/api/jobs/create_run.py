# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._operation import Operation, Request
from ..._runtime._streaming import AsyncStream, Stream
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run import Run
from ...models.run_chunk import RunChunk
from ...models.run_request import RunRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[Run, RunChunk, Run] = Operation(
    name="create_run",
    method="POST",
    path="/v1/jobs/{job_id}/runs",
    url="/v1/jobs/{}/runs",
    replies=((200, 200, Run.from_dict),),
    errors=((400, 400, ErrorResponse.from_dict),),
    reply_schema="Run",
    chunk=RunChunk.from_dict,
    chunk_schema="RunChunk",
    final=Run.from_dict,
    accumulator=None,
    stream_flag="stream",
    tags=("jobs",),
    errors_in_body=True,
)


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Run]
    """

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "priority": priority,
            },
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Run:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        Run
    """

    return _operation.call(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "priority": priority,
            },
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Run]
    """

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "priority": priority,
            },
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Run:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        Run
    """

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "priority": priority,
            },
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


def stream(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Stream[RunChunk, Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        Stream[RunChunk, Run]: use it in a `with` block and iterate it; `get_final_completion()` gives the accumulated result. Sets `stream: true` itself.
    """

    return _operation.stream(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "priority": priority,
            },
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )


def asyncio_stream(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunRequest,
    priority: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> AsyncStream[RunChunk, Run]:
    """Start a run of a job

    Args:
        job_id (str):
        priority (int | Unset):
        body (RunRequest):
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
        AsyncStream[RunChunk, Run]: use it in an `async with` block and iterate it; `await get_final_completion()` gives the accumulated result.
    """

    return _operation.astream(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "priority": priority,
            },
            body=body,
        ),
        _operation.per_call(max_retries, timeout),
    )
