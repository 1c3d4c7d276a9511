# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
import httpx2

from ..._runtime import _operation
from ..._runtime._operation import Operation, Request
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job import Job
from ...models.job_view import JobView
from ...types import UNSET, Response, Unset

OPERATION: Operation[Job, None, None] = Operation(
    name="get_job",
    method="GET",
    path="/v1/jobs/{job_id}",
    url="/v1/jobs/{}",
    replies=((200, 200, Job.from_dict),),
    errors=((404, 404, ErrorResponse.from_dict),),
    reply_schema="Job",
    tags=("jobs",),
    errors_in_body=True,
)


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: JobView | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_logs: bool,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Job]:
    """Read a job

    Args:
        job_id (str):
        view (JobView | Unset):
        limit (int | Unset):
        include_logs (bool):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Job]
    """

    return _operation.call_detailed(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "view": view,
                "limit": limit,
                "include_logs": include_logs,
            },
        ),
        _operation.per_call(max_retries, timeout),
    )


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: JobView | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_logs: bool,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Job:
    """Read a job

    Args:
        job_id (str):
        view (JobView | Unset):
        limit (int | Unset):
        include_logs (bool):
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
        Job
    """

    return _operation.call(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "view": view,
                "limit": limit,
                "include_logs": include_logs,
            },
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: JobView | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_logs: bool,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Response[ErrorResponse | Job]:
    """Read a job

    Args:
        job_id (str):
        view (JobView | Unset):
        limit (int | Unset):
        include_logs (bool):
        max_retries (int | None): Retries for this call; None means the client's ``max_retries``.
        timeout (float | httpx2.Timeout | None): Timeout for this call; None means the client's. A number
            bounds each whole non-streamed attempt, an httpx2.Timeout each phase; streams are bounded per phase.

    Raises:
        APIConnectionError: No complete answer (APITimeoutError: not in time), after the retries.
        UsageError: The request URL cannot be built.
        errors.UnexpectedStatus: An undocumented status and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | Job]
    """

    return await _operation.acall_detailed(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "view": view,
                "limit": limit,
                "include_logs": include_logs,
            },
        ),
        _operation.per_call(max_retries, timeout),
    )


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: JobView | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_logs: bool,
    max_retries: int | None = None,
    timeout: float | httpx2.Timeout | None = None,
) -> Job:
    """Read a job

    Args:
        job_id (str):
        view (JobView | Unset):
        limit (int | Unset):
        include_logs (bool):
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
        Job
    """

    return await _operation.acall(
        client,
        OPERATION,
        Request(
            path=(job_id,),
            query={
                "view": view,
                "limit": limit,
                "include_logs": include_logs,
            },
        ),
        _operation.per_call(max_retries, timeout),
    )
