# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
from typing import Any

import httpx2

from ..._runtime import _operation
from ..._runtime._operation import Operation, Request
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response

OPERATION: Operation[Any, None, None] = Operation(
    name="delete_job",
    method="DELETE",
    path="/v1/jobs/{job_id}",
    url="/v1/jobs/{}",
    replies=((204, 204, None),),
    errors=((404, 404, ErrorResponse.from_dict),),
    reply_schema=None,
    tags=("jobs",),
)


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Any | ErrorResponse]:
    """Delete a job

    Args:
        job_id (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Any | ErrorResponse]
    """

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(
            path=(job_id,),
        ),
        _operation.per_call(max_retries, timeout),
    )


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Any:
    """Delete a job

    Args:
        job_id (str):
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
        Any
    """

    return _operation.call(
        client,
        OPERATION,
        Request(
            path=(job_id,),
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[Any | ErrorResponse]:
    """Delete a job

    Args:
        job_id (str):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[Any | ErrorResponse]
    """

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(
            path=(job_id,),
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Any:
    """Delete a job

    Args:
        job_id (str):
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
        Any
    """

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            path=(job_id,),
        ),
        _operation.per_call(max_retries, timeout),
    )
